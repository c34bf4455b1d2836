/**
 * `node scripts/eval/run.mjs merge dev/incoming-….json …`: adds items collected after the
 * split to the development half. An item may only join if its source is in neither the
 * frozen test half nor the validation set; every item must pass LABELS.md's checks and have an
 * id of its own. Merged files are removed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVAL_DIR, KIND_FILES, loadHalf, sourceKey, type Item } from './corpus.ts';
import { problemsOf } from './validate.mjs';

export function main(args: string[]): number {
  const files = args.map((a) => resolve(EVAL_DIR, a));
  const dev = loadHalf('dev');
  const test = loadHalf('test');
  const validation = loadHalf('validation');
  const all = (c: typeof dev): Item[] => [...c.messages, ...c.threads, ...c.drafts];
  const heldOutSources = new Set([...all(test), ...all(validation)].map((i) => sourceKey(i.source)));
  const ids = new Set([...all(dev), ...all(validation), ...all(test)].map((i) => i.id));
  const items = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Item[]);
  const problems: string[] = [];
  for (const item of items) {
    for (const p of problemsOf(item) as string[]) problems.push(`${item.id}: ${p}`);
    if (heldOutSources.has(sourceKey(item.source))) problems.push(`${item.id}: its source is in the test half or the validation set`);
    if (ids.has(item.id)) problems.push(`${item.id}: id already taken`);
    ids.add(item.id);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    return 1;
  }
  const byFile = new Map<string, Item[]>();
  for (const item of items) {
    const file = join(EVAL_DIR, 'dev', `${item.lang}-${KIND_FILES[item.kind]}`);
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
