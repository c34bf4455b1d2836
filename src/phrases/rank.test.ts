import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/types.ts';
import { builtInPhrases } from './index.ts';
import { rankPhrases } from './rank.ts';
import type { Phrase } from './types.ts';

type Input = Pick<Analysis, 'heat' | 'wants' | 'current'>;
const at = (current: string, level: Analysis['heat']['level'] = 1, wants: Analysis['wants'] = []): Input => ({
  heat: { level, reasons: [] },
  wants,
  current,
});
const p = (id: string, step: Phrase['step'], extra: Partial<Phrase> = {}): Phrase => ({ id, step, text: id, tone: 'warm', lang: 'en', ...extra });

describe('rankPhrases', () => {
  const library = [
    p('listen-1', 'listen'),
    p('apologize-calm', 'apologize', { heat: [0, 1] }),
    p('apologize-any', 'apologize'),
    p('apologize-furious', 'apologize', { heat: [3, 3] }),
    p('resolve-refund', 'resolve', { wants: ['refund'] }),
    p('resolve-generic', 'resolve'),
    p('resolve-replacement', 'resolve', { wants: ['replacement'] }),
  ];

  it("puts the current step's phrases first", () => {
    const ranked = rankPhrases(library, at('apologize'));
    expect(ranked.slice(0, 3).every((r) => r.step === 'apologize')).toBe(true);
    expect(ranked).toHaveLength(library.length);
  });

  it('lets the caller name the step when the playbook uses its own ids', () => {
    const ranked = rankPhrases(library, at('heard-hear'), { step: 'resolve' });
    expect(ranked[0]?.step).toBe('resolve');
  });

  it('offers follow-up phrases once the thread is complete', () => {
    const ranked = rankPhrases(builtInPhrases(), at('complete'));
    expect(ranked[0]?.step).toBe('follow_up');
  });

  it('puts a phrase written for this heat above an all-purpose one, and a misfit last', () => {
    expect(rankPhrases(library, at('apologize', 3)).slice(0, 3).map((r) => r.id)).toEqual(['apologize-furious', 'apologize-any', 'apologize-calm']);
    expect(rankPhrases(library, at('apologize', 0)).slice(0, 3).map((r) => r.id)).toEqual(['apologize-calm', 'apologize-any', 'apologize-furious']);
  });

  it('treats unknown heat as the middle, not as calm', () => {
    const ranked = rankPhrases([p('hot', 'listen', { heat: [2, 3] }), p('calm', 'listen', { heat: [0, 0] })], at('listen', null));
    expect(ranked[0]?.id).toBe('hot');
  });

  it("raises phrases for what the customer wants and lowers offers they didn't ask for", () => {
    const ranked = rankPhrases(library, at('resolve', 1, ['replacement'])).slice(0, 3).map((r) => r.id);
    expect(ranked).toEqual(['resolve-replacement', 'resolve-generic', 'resolve-refund']);
  });

  it('keeps library order among equals, and respects the limit', () => {
    const same = [p('a', 'ask'), p('b', 'ask'), p('c', 'ask')];
    expect(rankPhrases(same, at('ask')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rankPhrases(same, at('ask'), { limit: 2 }).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('answers a furious customer who wants a refund with the right built-in phrases', () => {
    const top = rankPhrases(builtInPhrases(), at('resolve', 3, ['refund']), { limit: 2 });
    expect(top.every((r) => r.step === 'resolve' && r.wants?.includes('refund'))).toBe(true);
  });
});
