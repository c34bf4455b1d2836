/**
 * Runs once: puts every collected item (incoming/*.json) in the development or the test
 * half, a whole source at a time, chosen by a hash of the source so nobody picks which
 * page lands where. Refuses to run again once test/ exists: the test half is frozen.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR, sourceKey, type Half, type Item } from './corpus.ts';

export function halfOf(source: string): Half {
  const digest = createHash('sha256').update(sourceKey(source)).digest();
  return (digest[0] ?? 0) < 128 ? 'dev' : 'test';
}

const FILES: Record<Item['kind'], string> = { message: 'messages.json', thread: 'threads.json', draft: 'drafts.json' };

export function main(): number {
  if (existsSync(join(EVAL_DIR, 'test'))) {
    console.error('test/ exists: the test half is frozen, and the split ran already.');
    return 1;
  }
  const incoming = join(EVAL_DIR, 'incoming');
  const items = readdirSync(incoming)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(incoming, f), 'utf8')) as Item[]);
  const out: Record<Half, Record<string, Item[]>> = { dev: {}, test: {} };
  for (const item of items) {
    const half = halfOf(item.source);
    const file = `${item.lang}-${FILES[item.kind]}`;
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
  return 0;
}
