#!/usr/bin/env node
// Runs one of the evaluation scripts written in TypeScript (split, train, report) through
// Vite's module runner, so they share the engine's own source without a build step.
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/eval/run.mjs <split|train|report> [args]');
  process.exit(2);
}
const { module } = await runnerImport(resolve(import.meta.dirname, `${script}.ts`));
const code = await module.main(args);
process.exit(typeof code === 'number' ? code : 0);
