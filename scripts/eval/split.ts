/**
 * Puts every collected item (incoming/*.json) in the development or the test half, a
 * whole source at a time, chosen by a hash of the source so nobody picks which page
 * lands where (running it again while collecting moves nothing, it only adds). Once
 * test/SHA256SUMS is written (`--freeze`) the test half is frozen and this refuses to run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EVAL_DIR, halfFiles, KIND_FILES, sourceKey, type Half, type Item } from './corpus.ts';

export function halfOf(source: string): Exclude<Half, 'validation'> {
  const digest = createHash('sha256').update(sourceKey(source)).digest();
  return (digest[0] ?? 0) < 128 ? 'dev' : 'test';
}

export const SUMS = join(EVAL_DIR, 'test', 'SHA256SUMS');

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function main(args: string[]): number {
  if (existsSync(SUMS)) {
    console.error('test/SHA256SUMS exists: the test half is frozen, and the split ran already.');
    return 1;
  }
  const incoming = join(EVAL_DIR, 'incoming');
  const items = readdirSync(incoming)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(incoming, f), 'utf8')) as Item[]);
  const out: Record<'dev' | 'test', Record<string, Item[]>> = { dev: {}, test: {} };
  for (const item of items) {
    const half = halfOf(item.source);
    const file = `${item.lang}-${KIND_FILES[item.kind]}`;
    (out[half][file] ??= []).push(item);
  }
  for (const half of ['dev', 'test'] as const) {
    mkdirSync(join(EVAL_DIR, half), { recursive: true });
    for (const [file, list] of Object.entries(out[half])) {
      list.sort((a, b) => a.id.localeCompare(b.id));
      writeFileSync(join(EVAL_DIR, half, file), `${JSON.stringify(list, null, 1)}\n`);
      console.log(`${half}/${file}: ${list.length} items`);
    }
  }
  if (args.includes('--freeze')) {
    const sums = halfFiles('test').map((f) => `${sha256(f)}  ${basename(f)}`);
    writeFileSync(SUMS, `${sums.join('\n')}\n`);
    console.log(`test half frozen: ${SUMS}`);
  }
  return 0;
}
