import { describe, expect, it } from 'vitest';
import { analyzeTicket } from './index.ts';
import { withHeatMark } from './heat-mark.ts';
import { rankPhrases } from '../phrases/rank.ts';
import { builtInPhrases } from '../phrases/index.ts';

const ticket = { helpdesk: 'demo', id: '1', url: 'https://demo.example/t/1', subject: 'Order', customer: { name: 'Ana' }, messages: [{ author: 'customer' as const, text: 'Could you resend the invoice for order 4411, please?' }] };

describe('the agent’s heat mark', () => {
  it('replaces the reading’s level and keeps its reasons', () => {
    const read = analyzeTicket(ticket);
    expect(read.heat.level).toBe(0);
    const marked = withHeatMark(read, 3);
    expect(marked.heat.level).toBe(3);
    expect(marked.heat.reasons).toEqual(read.heat.reasons);
    expect(marked.wants).toEqual(read.wants);
  });

  it('ignores a corrupt stored value', () => {
    const read = analyzeTicket(ticket);
    for (const bad of [7, -1, '3', null, undefined, 1.5]) expect(withHeatMark(read, bad)).toBe(read);
  });
});

describe('phrases follow the agent’s heat mark', () => {
  it('puts phrases written for a furious customer first once the agent says so', () => {
    const read = analyzeTicket(ticket);
    const phrases = builtInPhrases('en');
    const heatOf = (list: ReturnType<typeof rankPhrases>) => list[0]?.heat;
    const calm = rankPhrases(phrases, read);
    const furious = rankPhrases(phrases, withHeatMark(read, 3));
    expect(furious).not.toEqual(calm);
    const top = heatOf(furious);
    expect(top === undefined || (top[0] <= 3 && top[1] >= 3)).toBe(true);
  });
});
