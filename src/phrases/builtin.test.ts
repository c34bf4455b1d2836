import { describe, expect, it } from 'vitest';
import { checkDraft } from '../analysis/draft.ts';
import { WANT_IDS } from '../analysis/types.ts';
import { DEFAULT_STEP_IDS } from '../playbooks/types.ts';
import { builtInLanguages, builtInPhrases, fillTemplate, validateTemplate, type TemplateContext } from './index.ts';

const full: TemplateContext = {
  customer: { firstName: 'Dana', name: 'Dana Whitlock' },
  theirWord: 'ridiculous',
  agentName: 'Sam',
  company: 'Acme Prints',
  ticket: { id: '4821', subject: 'Wrong name tags' },
};

describe('built-in phrases', () => {
  it('covers every default step with at least ten English phrases', () => {
    const phrases = builtInPhrases('en');
    expect(phrases.length).toBeGreaterThanOrEqual(70);
    for (const step of DEFAULT_STEP_IDS) {
      expect(phrases.filter((p) => p.step === step).length, step).toBeGreaterThanOrEqual(10);
    }
  });

  it('covers every default step with at least three Spanish phrases', () => {
    const phrases = builtInPhrases('es');
    expect(phrases.every((p) => p.lang === 'es')).toBe(true);
    for (const step of DEFAULT_STEP_IDS) {
      expect(phrases.filter((p) => p.step === step).length, step).toBeGreaterThanOrEqual(3);
    }
  });

  it('falls back to English for an unknown language and finds a base language from a region tag', () => {
    expect(builtInPhrases('xx')[0]?.lang).toBe('en');
    expect(builtInPhrases()[0]?.lang).toBe('en');
    expect(builtInPhrases('es-MX')[0]?.lang).toBe('es');
    expect(builtInLanguages).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it('hands out copies, so editing one does not change the library', () => {
    const first = builtInPhrases('en');
    first[0]!.text = 'changed';
    first[0]!.wants?.push('refund');
    expect(builtInPhrases('en')[0]!.text).not.toBe('changed');
  });

  it('has unique ids and valid tags', () => {
    for (const lang of builtInLanguages) {
      const phrases = builtInPhrases(lang);
      expect(new Set(phrases.map((p) => p.id)).size, lang).toBe(phrases.length);
      for (const p of phrases) {
        expect(validateTemplate(p.text), p.id).toEqual([]);
        expect(DEFAULT_STEP_IDS).toContain(p.step);
        expect(['warm', 'formal']).toContain(p.tone);
        if (p.heat) expect(p.heat[0], p.id).toBeLessThanOrEqual(p.heat[1]);
        for (const w of p.wants ?? []) expect(WANT_IDS).toContain(w);
      }
    }
  });

  it('gives every phrase its own short title, unique within its step and language', () => {
    for (const lang of builtInLanguages) {
      const seen = new Map<string, string>();
      for (const p of builtInPhrases(lang)) {
        const title = p.title?.trim() ?? '';
        // The panel and the picker show the title in bold above the text: without one they repeat the text.
        expect(title, p.id).not.toBe('');
        expect(title.length, p.id).toBeLessThanOrEqual(40);
        const key = `${p.lang}|${p.step}|${title.toLocaleLowerCase(p.lang)}`;
        expect(seen.get(key), `${p.id} has the same title as ${seen.get(key)}`).toBeUndefined();
        seen.set(key, p.id);
      }
    }
  });

  it('offers variants for calm and furious customers and for each common remedy', () => {
    const phrases = builtInPhrases('en');
    expect(phrases.some((p) => p.heat && p.heat[1] <= 1)).toBe(true);
    expect(phrases.some((p) => p.heat && p.heat[0] === 3)).toBe(true);
    for (const want of ['refund', 'replacement', 'redo', 'discount', 'credit', 'cancel', 'manager', 'speed'] as const) {
      expect(phrases.some((p) => p.step === 'resolve' && p.wants?.includes(want)), want).toBe(true);
    }
    expect(phrases.some((p) => p.step === 'ask' && /what would feel fair/i.test(p.text))).toBe(true);
  });

  it('never says what the method forbids, with or without ticket details', () => {
    for (const phrase of builtInPhrases('en')) {
      for (const context of [full, {}]) {
        const { text } = fillTemplate(phrase.text, context);
        const { findings } = checkDraft(text);
        expect(findings.map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`), phrase.id).toEqual([]);
      }
    }
  });

  it('fills into clean text with no leftover braces, doubled spaces or dangling commas', () => {
    for (const lang of builtInLanguages) {
      for (const phrase of builtInPhrases(lang)) {
        for (const context of [full, {}]) {
          const { text, cursor } = fillTemplate(phrase.text, context);
          // The caret spot is left open on purpose ("You ordered |, and"): judge each side.
          for (const side of cursor === undefined ? [text] : [text.slice(0, cursor), text.slice(cursor)]) {
            expect(side, phrase.id).not.toMatch(/\{\{|\}\}| {2}| ,|,[.!?:]/);
          }
        }
      }
    }
  });

  it('gives Spanish phrases Spanish fallbacks rather than English ones', () => {
    for (const phrase of builtInPhrases('es')) {
      const { text } = fillTemplate(phrase.text, {});
      expect(text, phrase.id).not.toMatch(/\b(there|frustrating|our team|your request)\b/);
    }
  });

  it('puts the caret where the agent must add specifics', () => {
    const already = builtInPhrases('en').find((p) => p.id === 'en.act.already-done')!;
    const { text, cursor } = fillTemplate(already.text, full);
    expect(text.slice(0, cursor)).toBe("I've already ");
  });
});
