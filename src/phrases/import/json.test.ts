import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Phrase } from '../types.ts';
import { exportLibrary, importLibraryJson } from './json.ts';
import { importPhrases } from './index.ts';

const own: Phrase = { id: 'me.1', step: 'apologize', text: "I'm sorry, {{customer.first_name|there}}.", tone: 'warm', lang: 'en', title: 'Short sorry', heat: [2, 3], wants: ['apology_only'] };
const override: Phrase = { id: 'en.listen.walk-me-through', step: 'listen', text: 'Tell me everything, {{customer.first_name}}.', tone: 'warm', lang: 'en' };

describe('library JSON', () => {
  it('round-trips: what is exported imports as the same library', () => {
    const library = { phrases: [own, override], hidden: ['en.listen.no-rush'] };
    const result = importPhrases(exportLibrary(library, new Date('2025-05-01T00:00:00Z')));
    expect(result).toEqual({ ok: true, format: 'olive-branch', library, skipped: [] });
  });

  it('refuses the whole file when one phrase is wrong, naming the entry, its title and the field', () => {
    const result = importPhrases(readFileSync(resolve(import.meta.dirname, '../../../e2e/fixtures/imports/broken-library.json'), 'utf8'));
    expect(result).toEqual({
      ok: false,
      format: 'olive-branch',
      errors: [{ entry: 1, title: 'Refund with nickname', field: 'text', code: 'unknown_placeholder', detail: 'customer.nickname' }],
    });
  });

  it('names every wrong field: step, heat order, tone, a missing text', () => {
    const file = {
      format: 'olive-branch/phrases',
      version: 1,
      phrases: [
        { ...own, step: 'grovel' },
        { ...own, id: 'me.2', heat: [3, 1] },
        { ...own, id: 'me.3', tone: 'snarky' },
        { id: 'me.4', step: 'listen', tone: 'warm', lang: 'en' },
        { ...own, id: 'me.5', text: '   ' },
      ],
    };
    const result = importLibraryJson(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.entry, e.field, e.code])).toEqual([
      [0, 'step', 'invalid'],
      [1, 'heat', 'invalid'],
      [2, 'tone', 'invalid'],
      [3, 'text', 'missing'],
      [4, 'text', 'empty'],
    ]);
  });

  it('refuses two phrases with one id', () => {
    const result = importLibraryJson({ format: 'olive-branch/phrases', version: 1, phrases: [own, own] });
    expect(result).toMatchObject({ ok: false, errors: [{ entry: 1, field: 'id', code: 'duplicate_id' }] });
  });

  it('refuses a file from a newer version rather than guessing', () => {
    expect(importLibraryJson({ format: 'olive-branch/phrases', version: 99, phrases: [] })).toMatchObject({ ok: false, errors: [{ code: 'newer_version' }] });
  });

  it('tells text that is not JSON, and JSON that is no library, apart', () => {
    expect(importPhrases('{"format": "olive', { fileName: 'x.json' })).toEqual({ ok: false, errors: [{ code: 'not_json' }] });
    expect(importPhrases('{"hello": 1}')).toEqual({ ok: false, errors: [{ code: 'unknown_format' }] });
  });

  it('refuses a huge file before reading it', () => {
    expect(importPhrases(`{"a":"${'x'.repeat(2_100_000)}"}`)).toMatchObject({ ok: false, errors: [{ code: 'too_large' }] });
  });
});
