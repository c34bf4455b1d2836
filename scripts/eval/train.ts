/**
 * `npm run train`: fits the heat model (src/analysis/heat-model.ts) on the development
 * half of the corpus plus the project's own constructed messages, and writes its weights
 * to src/analysis/model/heat-model.json; then the step models (train-steps.ts) to
 * src/analysis/model/step-model.json. Deterministic: full-batch gradient descent from
 * zero, fixed steps, sorted output, so the same input gives the same file.
 * `--cv` reports 5-fold cross-validated accuracy on the development half instead, which is
 * how the settings below were chosen (the test half is never read here).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { heatSignals } from '../../src/analysis/heat.ts';
import { readingOf } from '../../src/analysis/language.ts';
import { prepare } from '../../src/analysis/text.ts';
import { customers } from '../../src/analysis/corpus/customers.ts';
import type { HeatLevel } from '../../src/analysis/types.ts';
import { loadHalf } from './corpus.ts';
import { fitSteps, stepExamples } from './train-steps.ts';

export const SETTINGS: { minDocs: number; l2Words: number; l2Cues: number; steps: number; rate: number; minWordWeight: number } = {
  /** A word must appear in this many training messages to get a weight of its own. */
  minDocs: 4,
  /** L2 penalty on word weights and on cue weights (cues are few and general: penalised less). */
  l2Words: 0.25,
  l2Cues: 0.002,
  steps: 1500,
  rate: 0.5,
  /**
   * Word weights smaller than this are left out of the shipped file: they rarely change a
   * level and cost bytes in the panel. 0.05 rather than 0.03 leaves room for the step
   * models within the panel's 60 KB (5-fold CV exact 48.7% -> 48.0%).
   */
  minWordWeight: 0.05,
};

export interface Example {
  features: Map<string, number>;
  level: HeatLevel;
  /** Where it came from, so cross-validation folds never split a source. */
  group: string;
}

const isWord = (name: string) => name.includes(':');

export function examples(withConstructed = true): Example[] {
  const out: Example[] = [];
  const push = (text: string, level: HeatLevel, group: string) => {
    const own = prepare(text);
    const reading = readingOf(own);
    if (reading.kind !== 'read') return;
    out.push({ features: heatSignals(own, reading.lexicon).features, level, group });
  };
  const dev = loadHalf('dev');
  for (const m of dev.messages) push(m.text, m.heat, m.source);
  for (const t of dev.threads) for (const turn of t.messages) if (turn.author === 'customer' && turn.heat !== undefined) push(turn.text, turn.heat, t.source);
  if (withConstructed) customers.forEach((c, i) => push(c.text, c.heat, `constructed-${i % 20}`));
  return out;
}

export interface Fitted {
  thresholds: [number, number, number];
  weights: Record<string, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function fit(train: readonly Example[], settings = SETTINGS): Fitted {
  const docs = new Map<string, number>();
  for (const e of train) for (const name of e.features.keys()) docs.set(name, (docs.get(name) ?? 0) + 1);
  const names = [...docs.keys()].filter((n) => !isWord(n) || (docs.get(n) ?? 0) >= settings.minDocs).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = train.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of e.features) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val, level: e.level };
  });
  const w = new Float64Array(names.length);
  const theta = [0.5, 1.5, 2.5];
  const penalty = names.map((n) => (n === 'bias' ? 0 : isWord(n) ? settings.l2Words : settings.l2Cues));
  const n = Math.max(rows.length, 1);
  for (let step = 0; step < settings.steps; step++) {
    const gw = new Float64Array(names.length);
    const gt = [0, 0, 0];
    for (const r of rows) {
      let s = 0;
      for (let j = 0; j < r.idx.length; j++) s += w[r.idx[j]!]! * r.val[j]!;
      let ds = 0;
      for (let k = 0; k < 3; k++) {
        const p = sigmoid(s - theta[k]!);
        const y = r.level > k ? 1 : 0;
        ds += p - y;
        gt[k]! -= p - y;
      }
      for (let j = 0; j < r.idx.length; j++) gw[r.idx[j]!]! += ds * r.val[j]!;
    }
    for (let i = 0; i < names.length; i++) w[i]! -= settings.rate * (gw[i]! / n + penalty[i]! * w[i]!);
    for (let k = 0; k < 3; k++) theta[k]! -= settings.rate * (gt[k]! / n);
    theta.sort((a, b) => a - b);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    // Word weights are many and small: two decimals are plenty and cost the panel fewer bytes.
    const v = isWord(name) ? Math.round(w[i]! * 100) / 100 : Math.round(w[i]! * 1000) / 1000;
    if (v !== 0 && (!isWord(name) || Math.abs(w[i]!) >= settings.minWordWeight)) weights[name] = v;
  });
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { thresholds: [round(theta[0]!), round(theta[1]!), round(theta[2]!)], weights };
}

export function predict(model: Fitted, features: ReadonlyMap<string, number>): HeatLevel {
  let s = 0;
  for (const [name, v] of features) s += (model.weights[name] ?? 0) * v;
  return model.thresholds.filter((t) => s > t).length as HeatLevel;
}

function crossValidate(all: readonly Example[], settings: typeof SETTINGS): void {
  const groups = [...new Set(all.map((e) => e.group))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % 5]));
  let exact = 0;
  let within = 0;
  const confusion = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (let f = 0; f < 5; f++) {
    const model = fit(all.filter((e) => fold.get(e.group) !== f), settings);
    // Scored on the corpus's own messages only: the constructed ones are training material.
    for (const e of all.filter((x) => fold.get(x.group) === f && !x.group.startsWith('constructed-'))) {
      const p = predict(model, e.features);
      confusion[e.level]![p]! += 1;
      if (p === e.level) exact++;
      if (Math.abs(p - e.level) <= 1) within++;
    }
  }
  console.log(confusion.map((row, i) => `labelled ${i}: read as ${row.join(' / ')}`).join('\n'));
  const n = all.filter((x) => !x.group.startsWith('constructed-')).length;
  console.log(`5-fold CV on ${n} development examples: exact ${((exact / n) * 100).toFixed(1)}%, within one ${((within / n) * 100).toFixed(1)}%`);
}

export function main(args: string[]): number {
  const all = examples(!args.includes('--without-constructed'));
  if (args.includes('--cv')) {
    // `--cv minDocs=3 l2Words=0.5`: try other settings on the development half.
    const tried = { ...SETTINGS } as Record<string, number>;
    for (const a of args) {
      const [key, value] = a.split('=');
      if (key && value && key in tried) tried[key] = Number(value);
    }
    crossValidate(all, tried as unknown as typeof SETTINGS);
    return 0;
  }
  const model = fit(all);
  const sorted = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => a.localeCompare(b)));
  const file = resolve(import.meta.dirname, '../../src/analysis/model/heat-model.json');
  writeFileSync(file, `${JSON.stringify({ thresholds: model.thresholds, weights: sorted })}\n`);
  console.log(`heat model: ${all.length} examples, ${Object.keys(sorted).length} weights, thresholds ${model.thresholds.join(' / ')} → ${file}`);

  const steps = fitSteps(stepExamples());
  const stepFile = resolve(import.meta.dirname, '../../src/analysis/model/step-model.json');
  writeFileSync(stepFile, `${JSON.stringify(steps)}\n`);
  console.log(`step models: ${Object.values(steps.steps).reduce((n, w) => n + Object.keys(w).length - 1, 0)} weights → ${stepFile}`);
  return 0;
}
