/**
 * Benchmarks record rows here; `npm run bench` prints them as one table. Library benches
 * run under vitest (scripts/bench/*.bench.ts), browser benches under Playwright
 * (e2e/bench/*.bench.spec.ts); both append to the same results file.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface BenchRow {
  /** Which issue area the row belongs to, e.g. "engine", "insertion", "reminders". */
  group: string;
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'x' | '%' | 'count';
  /** Upper bound the value should stay under (or equal). */
  target?: number;
  /** Sizes fail CI when over target; timings only report (they are noisy on shared runners). */
  gate?: boolean;
}

export const RESULTS_FILE = resolve(import.meta.dirname, '../../dist/bench/results.jsonl');

export function record(...rows: BenchRow[]): void {
  const file = process.env.OLIVE_BENCH_OUT ?? RESULTS_FILE;
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Median of `runs` timings of `fn` after `warmup` untimed calls, in ms. */
export function medianMs(fn: () => unknown, runs = 25, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
