import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editors } from './index.ts';

/**
 * Every file in src/editors that is a strategy is registered once in index.ts, and is
 * verified either by a harness page built from the real package (e2e/editors/families.ts)
 * or, for editors that cannot be installed (Froala, Redactor), by a saved-page test here.
 */
const here = import.meta.dirname;
const HELPERS = new Set(['index.ts', 'types.ts', 'caret.ts', 'paste.ts', 'attempts.ts', 'page-api.ts', 'saved-page.ts']);
const strategyFiles = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !HELPERS.has(f));
const families = readFileSync(join(here, '../../e2e/editors/families.ts'), 'utf8');

describe('editor strategy registry', () => {
  it('registers every strategy file exactly once, the plain fallbacks last', () => {
    const ids = editors.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(-2)).toEqual(['contenteditable', 'textarea']);
    for (const file of strategyFiles) expect(ids, `${file} is not registered in index.ts`).toContain(basename(file, '.ts'));
  });

  it('has a harness page or a saved-page test for every strategy', () => {
    for (const { id } of editors) {
      const harness = families.includes(`via: '${id}'`);
      const saved = existsSync(join(here, `${id}.saved-page.test.ts`));
      expect(harness || saved, `${id} has neither a harness page nor a saved-page test`).toBe(true);
    }
  });
});
