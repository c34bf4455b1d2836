/**
 * `npm run train`: fits the heat model (src/analysis/heat-model.ts) on the development
 * half of the corpus plus the project's own constructed messages, and writes its weights
 * to src/analysis/model/heat-model.json; then the step models (train-steps.ts) to
 * src/analysis/model/step-model.json. Deterministic: full-batch gradient descent from
 * zero, fixed steps, sorted output, so the same input gives the same file.
 * `--cv` reports 5-fold cross-validated accuracy on the development half instead, which is
 * how the settings below were chosen (the test half is never read here); `--cv --curve`
 * the learning curve: the same figure trained on a share of each fold's sources.
 */
import { createHash } from 'node:crypto';
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

export interface CvFigures {
  exact: number;
  within: number;
  /** Development messages scored (the constructed ones are training material only). */
  n: number;
  /** Training examples per fold, on average. */
  trained: number;
  confusion: number[][];
}

/** A stable order of sources that does not follow their names (so a share is not one site's). */
const scrambled = (group: string) => createHash('sha256').update(group).digest('hex');

/**
 * 5-fold cross-validation by source on the development half. With `share` < 1 each fold
 * trains on only that share of its training sources (the same ones for the same input),
 * which is how the learning curve asks whether more labelled messages would help.
 */
export function crossValidate(all: readonly Example[], settings: typeof SETTINGS, share = 1): CvFigures {
  const groups = [...new Set(all.map((e) => e.group))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % 5]));
  let exact = 0;
  let within = 0;
  let trained = 0;
  const confusion = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (let f = 0; f < 5; f++) {
    const training = groups.filter((g) => fold.get(g) !== f).sort((a, b) => scrambled(a).localeCompare(scrambled(b)));
    const kept = new Set(training.slice(0, Math.ceil(training.length * share)));
    const train = all.filter((e) => kept.has(e.group));
    trained += train.length / 5;
    const model = fit(train, settings);
    // Scored on the corpus's own messages only: the constructed ones are training material.
    for (const e of all.filter((x) => fold.get(x.group) === f && !x.group.startsWith('constructed-'))) {
      const p = predict(model, e.features);
      confusion[e.level]![p]! += 1;
      if (p === e.level) exact++;
      if (Math.abs(p - e.level) <= 1) within++;
    }
  }
  const n = all.filter((x) => !x.group.startsWith('constructed-')).length;
  return { exact: exact / n, within: within / n, n, trained: Math.round(trained), confusion };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printCv(all: readonly Example[], settings: typeof SETTINGS): void {
  const cv = crossValidate(all, settings);
  console.log(cv.confusion.map((row, i) => `labelled ${i}: read as ${row.join(' / ')}`).join('\n'));
  console.log(`5-fold CV on ${cv.n} development examples: exact ${pct(cv.exact)}, within one ${pct(cv.within)}`);
}

/** `--curve`: the same cross-validation trained on a quarter, half, three quarters and all of each fold's sources. */
function printCurve(all: readonly Example[], settings: typeof SETTINGS): void {
  const lines = ['| training sources per fold | examples trained on | exact | within one |', '|---:|---:|---:|---:|'];
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const cv = crossValidate(all, settings, share);
    lines.push(`| ${share * 100}% | ${cv.trained} | ${pct(cv.exact)} | ${pct(cv.within)} |`);
  }
  console.log(lines.join('\n'));
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
    if (args.includes('--curve')) printCurve(all, tried as unknown as typeof SETTINGS);
    else printCv(all, tried as unknown as typeof SETTINGS);
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
