/**
 * `node scripts/eval/run.mjs agreement`: how often a second, blind labelling of part of the
 * development half (agreement/*.json: labelled from LABELS.md alone, without the first
 * labels or the engine) agrees with the corpus's own labels: the yardstick for the goals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR, loadHalf } from './corpus.ts';
import { labelledProgress } from './evaluate.ts';

const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(EVAL_DIR, 'agreement', name), 'utf8')) as T[];
const pct = (a: number, b: number) => `${((a / Math.max(b, 1)) * 100).toFixed(0)}%`;

export function main(): number {
  const dev = loadHalf('dev');
  const messages = new Map(dev.messages.map((m) => [m.id, m]));
  const drafts = new Map(dev.drafts.map((d) => [d.id, d]));
  const threads = new Map(dev.threads.map((t) => [t.id, t]));

  let exact = 0, within = 0, n = 0, tp = 0, fp = 0, fn = 0;
  for (const b of read<{ id: string; heat: number; wants: string[] }>('messages.json')) {
    const a = messages.get(b.id);
    if (!a) continue;
    n++;
    if (a.heat === b.heat) exact++;
    if (Math.abs(a.heat - b.heat) <= 1) within++;
    for (const w of b.wants) {
      if ((a.wants as string[]).includes(w)) tp++;
      else fp++;
    }
    for (const w of a.wants) if (!b.wants.includes(w)) fn++;
  }
  let kinds = 0, kept = 0;
  for (const b of read<{ id: string; kinds: string[] }>('drafts.json')) {
    const a = drafts.get(b.id);
    if (!a) continue;
    for (const k of a.kinds) {
      kinds++;
      if (b.kinds.includes(k)) kept++;
    }
  }
  let current = 0, jaccard = 0, t = 0;
  for (const b of read<{ id: string; turns: { steps?: string[] }[] }>('threads.json')) {
    const a = threads.get(b.id);
    if (!a) continue;
    t++;
    const second = { ...a, messages: a.messages.map((m, i) => ({ ...m, steps: (b.turns[i]?.steps ?? []) as typeof m.steps })) };
    const [x, y] = [labelledProgress(a), labelledProgress(second)];
    if (x.current === y.current) current++;
    const union = new Set([...x.done, ...y.done]);
    jaccard += union.size === 0 ? 1 : x.done.filter((s) => y.done.includes(s)).length / union.size;
  }
  console.log(`| between two labellers | agreement |\n|---|---:|`);
  console.log(`| heat level exact (${n} messages) | ${pct(exact, n)} |\n| heat within one level | ${pct(within, n)} |`);
  console.log(`| wants (micro F1) | ${((2 * tp) / Math.max(2 * tp + fp + fn, 1)).toFixed(2)} |`);
  console.log(`| draft problems the second labeller also found (${kinds} labels) | ${pct(kept, kinds)} |`);
  console.log(`| current step (${t} threads) | ${pct(current, t)} |\n| steps done (Jaccard) | ${(jaccard / Math.max(t, 1)).toFixed(2)} |`);
  return 0;
}
