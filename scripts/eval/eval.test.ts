import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfFiles, loadHalf, sourceKey, type Corpus } from './corpus.ts';
import { evaluate } from './evaluate.ts';
import { sha256, SUMS } from './split.ts';
import { problemsOf } from './validate.mjs';
import floors from './floors.json';

/**
 * The coach's evaluation corpus stays what it was when it was split, and the engine keeps
 * reading its frozen test half at least as well as it did when the floors were set.
 */
const dev = loadHalf('dev');
const test = loadHalf('test');
const validation = loadHalf('validation');
const all = (c: Corpus) => [...c.messages, ...c.threads, ...c.drafts];

describe('evaluation corpus', () => {
  it('has a frozen test half: every file is the one checksummed at the split', () => {
    const sums = readFileSync(SUMS, 'utf8').trim().split('\n').map((line) => line.split(/\s+/));
    expect(halfFiles('test').map((f) => basename(f))).toEqual(sums.map(([, name]) => name));
    for (const [sum, name] of sums) expect({ name, sum: sha256(`${SUMS.replace(/SHA256SUMS$/, '')}${name}`) }).toEqual({ name, sum });
  });

  it('puts each source wholly in one half (the validation set too)', () => {
    const halves = [dev, validation, test].map((c) => new Set(all(c).map((i) => sourceKey(i.source))));
    const shared = [0, 1, 2].flatMap((a) => [0, 1, 2].filter((b) => b > a).flatMap((b) => [...halves[a]!].filter((k) => halves[b]!.has(k))));
    expect(shared).toEqual([]);
  });

  it('holds well-formed, uniquely named items', () => {
    const items = [...all(dev), ...all(validation), ...all(test)];
    expect(items.flatMap((i) => problemsOf(i).map((p: string) => `${i.id}: ${p}`))).toEqual([]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('is the size issue 11 asks for, three quarters of it real text', () => {
    const count = (pick: (c: Corpus) => { origin: string }[]) => {
      const list = [...pick(dev), ...pick(test)];
      return { n: list.length, real: list.filter((i) => i.origin === 'real').length / list.length };
    };
    const messages = count((c) => c.messages);
    const threads = count((c) => c.threads);
    const drafts = count((c) => c.drafts);
    expect(messages.n).toBeGreaterThanOrEqual(400);
    expect(threads.n).toBeGreaterThanOrEqual(100);
    expect(drafts.n).toBeGreaterThanOrEqual(150);
    for (const kind of [messages, threads, drafts]) expect(kind.real).toBeGreaterThanOrEqual(0.75);
    const spanish = [...dev.messages, ...test.messages].filter((m) => m.lang === 'es' && m.origin === 'real');
    expect(spanish.length).toBeGreaterThanOrEqual(80);
  });
});

describe('the coach on the frozen test half', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`reads ${lang} at least as well as when the floors were set`, () => {
      const f = evaluate(test, lang);
      const floor = floors[lang];
      const reached = {
        heatExact: f.heatExact,
        heatWithinOne: f.heatWithinOne,
        wantsF1: f.wantsF1,
        theirWordsRecall: f.theirWordsRecall,
        currentStep: f.currentStep,
        stepsJaccard: f.stepsJaccard,
        draftRecall: f.draftRecall,
      };
      for (const [key, value] of Object.entries(reached)) expect({ [key]: value }).toEqual({ [key]: expect.toSatisfy((x: number) => x >= floor[key as keyof typeof floor] - 1e-9) });
      expect(f.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms + 1e-9);
    });
  }
});
