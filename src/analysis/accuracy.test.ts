import { describe, expect, it } from 'vitest';
import { analyzeTicket } from './index.ts';
import { WANT_IDS } from './types.ts';
import { DEFAULT_STEP_IDS } from '../playbooks/types.ts';
import type { Message, Ticket } from '../ticket.ts';
import { customers } from './corpus/customers.ts';
import { replies } from './corpus/replies.ts';

/**
 * Measures the engine against the hand-labelled corpus and fails when any figure
 * drops below what it reached when these thresholds were set (just under it).
 * The printed table is the one quoted in the issue note.
 */

const ticket = (messages: Message[]): Ticket => ({ helpdesk: 'test', id: '1', url: 'https://help.example/t/1', subject: 'corpus', customer: {}, messages });

interface Score {
  label: string;
  tp: number;
  fp: number;
  fn: number;
}
const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);

function tally(labels: readonly string[], pairs: { truth: readonly string[]; found: readonly string[] }[]): Score[] {
  return labels.map((label) => {
    const s: Score = { label, tp: 0, fp: 0, fn: 0 };
    for (const { truth, found } of pairs) {
      const t = truth.includes(label);
      const f = found.includes(label);
      if (t && f) s.tp++;
      else if (f) s.fp++;
      else if (t) s.fn++;
    }
    return s;
  });
}

function table(title: string, scores: Score[]): string {
  const rows = scores.map((s) => `| ${s.label.padEnd(14)} | ${String(s.tp + s.fn).padStart(4)} | ${pct(precision(s))} | ${pct(recall(s))} |`);
  return [`${title}`, '| label          |    n | prec. | recall |', '|---|---|---|---|', ...rows].join('\n');
}

const customerResults = customers.map((c) => ({ c, a: analyzeTicket(ticket([{ author: 'customer', text: c.text }])) }));
const replyResults = replies.map((r) => ({
  r,
  a: analyzeTicket(ticket([{ author: 'customer', text: 'My order is late.' }, { author: 'agent', text: r.text }])),
}));

const heatScores = tally(
  ['0', '1', '2', '3'],
  customerResults.map(({ c, a }) => ({ truth: [String(c.heat)], found: [String(a.heat.level)] })),
);
const exact = customerResults.filter(({ c, a }) => a.heat.level === c.heat).length / customers.length;
const within1 = customerResults.filter(({ c, a }) => a.heat.level !== null && Math.abs(a.heat.level - c.heat) <= 1).length / customers.length;
const wantScores = tally(WANT_IDS, customerResults.map(({ c, a }) => ({ truth: c.wants, found: a.wants })));
const stepScores = tally(DEFAULT_STEP_IDS, replyResults.map(({ r, a }) => ({ truth: r.steps, found: a.done })));

/** Floors per label: [precision, recall], set just under the figures reached. */
// Reached when set: heat exact 90%, within one 100%; every want and step 100% (in-sample: the cues
// were tuned on this corpus and the heat model is trained on it too, so these are regression
// floors, not estimates for unseen tickets; scripts/eval's frozen test half is the estimate).
const HEAT_FLOORS = { exact: 0.84, within1: 0.98 };
const HEAT_LEVEL_FLOORS: Record<string, [number, number]> = {
  '0': [0.76, 0.97],
  '1': [0.77, 0.68],
  '2': [0.88, 0.72],
  '3': [0.83, 0.92],
};
const WANT_FLOORS: Record<string, [number, number]> = Object.fromEntries(WANT_IDS.map((w) => [w, [0.95, 0.95]]));
// Real customers ask "where is my refund?" wanting an answer as well as the money; this corpus
// labels only the money, so the broader real-text reading costs precision here (81% when set).
WANT_FLOORS.explanation = [0.8, 0.95];
const STEP_FLOORS: Record<string, [number, number]> = Object.fromEntries(DEFAULT_STEP_IDS.map((s) => [s, [0.95, 0.95]]));

describe('accuracy on the labelled corpus', () => {
  it('has enough labelled examples', () => {
    expect(customers.length).toBeGreaterThanOrEqual(100);
    expect(replies.length).toBeGreaterThanOrEqual(60);
  });

  it('prints the figures for the issue note', () => {
    const report = [
      `Heat: exact ${pct(exact)}, within one level ${pct(within1)} (${customers.length} customer messages)`,
      table('Heat level', heatScores),
      table('Wants', wantScores),
      table(`Steps (${replies.length} agent replies)`, stepScores),
    ].join('\n\n');
    console.log(report);
    expect(report).toContain('Heat level');
  });

  it('reads heat at least as well as when the floors were set', () => {
    expect(exact).toBeGreaterThanOrEqual(HEAT_FLOORS.exact);
    expect(within1).toBeGreaterThanOrEqual(HEAT_FLOORS.within1);
    for (const s of heatScores) {
      const [p, r] = HEAT_LEVEL_FLOORS[s.label] ?? [0, 0];
      expect({ level: s.label, precision: precision(s) }).toEqual({ level: s.label, precision: expect.toSatisfy((x: number) => x >= p) });
      expect({ level: s.label, recall: recall(s) }).toEqual({ level: s.label, recall: expect.toSatisfy((x: number) => x >= r) });
    }
  });

  it('finds what customers want at least as well as when the floors were set', () => {
    for (const s of wantScores) {
      const [p, r] = WANT_FLOORS[s.label] ?? [0, 0];
      expect({ want: s.label, precision: precision(s) }).toEqual({ want: s.label, precision: expect.toSatisfy((x: number) => x >= p) });
      expect({ want: s.label, recall: recall(s) }).toEqual({ want: s.label, recall: expect.toSatisfy((x: number) => x >= r) });
    }
  });

  it('recognises the steps agent replies do at least as well as when the floors were set', () => {
    for (const s of stepScores) {
      const [p, r] = STEP_FLOORS[s.label] ?? [0, 0];
      expect({ step: s.label, precision: precision(s) }).toEqual({ step: s.label, precision: expect.toSatisfy((x: number) => x >= p) });
      expect({ step: s.label, recall: recall(s) }).toEqual({ step: s.label, recall: expect.toSatisfy((x: number) => x >= r) });
    }
  });

  it('lists the misses (debug aid)', () => {
    const misses = [
      ...customerResults
        .filter(({ c, a }) => a.heat.level !== c.heat || [...a.wants].sort().join() !== [...c.wants].sort().join())
        .map(({ c, a }) => `C heat ${c.heat}→${a.heat.level} wants [${c.wants}]→[${a.wants}] :: ${c.text.slice(0, 90)} :: ${a.heat.reasons.map((r) => r.code + '=' + r.evidence).join('; ')}`),
      ...replyResults
        .filter(({ r, a }) => [...r.steps].sort().join() !== [...a.done].sort().join())
        .map(({ r, a }) => `R [${r.steps}]→[${a.done}] :: ${r.text.slice(0, 100)}`),
    ];
    if (process.env.SHOW_MISSES) console.log(misses.join('\n'));
    expect(Array.isArray(misses)).toBe(true);
  });
});
