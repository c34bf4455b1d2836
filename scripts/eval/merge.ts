/**
 * `node scripts/eval/run.mjs merge dev/incoming-….json …`: adds items collected after the
 * split to the development half. The test half stays frozen, so an item may only join if
 * its source is not in the test half; every item must pass LABELS.md's checks and have an
 * id of its own. Merged files are removed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVAL_DIR, loadHalf, sourceKey, type Item } from './corpus.ts';
import { problemsOf } from './validate.mjs';

const FILES: Record<Item['kind'], string> = { message: 'messages.json', thread: 'threads.json', draft: 'drafts.json' };

export function main(args: string[]): number {
  const files = args.map((a) => resolve(EVAL_DIR, a));
  const dev = loadHalf('dev');
  const test = loadHalf('test');
  const validation = loadHalf('validation');
  const all = (c: typeof dev): Item[] => [...c.messages, ...c.threads, ...c.drafts];
  const testSources = new Set([...all(test), ...all(validation)].map((i) => sourceKey(i.source)));
  const ids = new Set([...all(dev), ...all(validation), ...all(test)].map((i) => i.id));
  const items = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Item[]);
  const problems: string[] = [];
  for (const item of items) {
    for (const p of problemsOf(item) as string[]) problems.push(`${item.id}: ${p}`);
    if (testSources.has(sourceKey(item.source))) problems.push(`${item.id}: its source is in the test half or the validation set`);
    if (ids.has(item.id)) problems.push(`${item.id}: id already taken`);
    ids.add(item.id);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    return 1;
  }
  const byFile = new Map<string, Item[]>();
  for (const item of items) {
    const file = join(EVAL_DIR, 'dev', `${item.lang}-${FILES[item.kind]}`);
    if (!byFile.has(file)) byFile.set(file, JSON.parse(readFileSync(file, 'utf8')) as Item[]);
    byFile.get(file)!.push(item);
  }
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.id.localeCompare(b.id));
    writeFileSync(file, `${JSON.stringify(list, null, 1)}\n`);
    console.log(`${file.slice(EVAL_DIR.length + 1)}: ${list.length} items`);
  }
  for (const f of files) rmSync(f);
  return 0;
}
