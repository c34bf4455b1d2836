import { describe, expect, it } from 'vitest';
import { EMPTY_STORED_LIBRARY, mergeStoredLibraries, migrateLibrary, PHRASES_VERSION } from './phrases-schema.ts';
import type { Phrase } from '../../src/phrases/types.ts';

const good: Phrase = { id: 'me.1', step: 'apologize', text: "I'm sorry, {{customer.first_name|there}}.", tone: 'warm', lang: 'en' };

describe('phrase library record', () => {
  it('001 turns nothing into an empty library', () => {
    expect(migrateLibrary(undefined)).toEqual({ library: EMPTY_STORED_LIBRARY, version: PHRASES_VERSION, migrated: true });
  });

  it('drops only the corrupt phrases of a damaged record', () => {
    const { library } = migrateLibrary({ version: 1, data: { phrases: [good, { id: 'me.2', step: 'nope' }, 'junk', good], hidden: ['en.a', 3], updatedAt: 7 } });
    expect(library).toEqual({ phrases: [good], hidden: ['en.a'], updatedAt: 7 });
  });

  it('reads a record from a newer version without claiming to migrate it', () => {
    const result = migrateLibrary({ version: PHRASES_VERSION + 3, data: { phrases: [good], hidden: [], updatedAt: 1, future: true } });
    expect(result.migrated).toBe(false);
    expect(result.library.phrases).toEqual([good]);
  });

  it('merges two libraries, the later change winning for a shared id', () => {
    const older = { phrases: [good, { ...good, id: 'me.2' }], hidden: ['a'], updatedAt: 1 };
    const newer = { phrases: [{ ...good, text: 'Newer wording.' }], hidden: ['b'], updatedAt: 2 };
    const merged = mergeStoredLibraries(newer, older);
    expect(merged.phrases.map((p) => [p.id, p.text])).toEqual([['me.1', 'Newer wording.'], ['me.2', good.text]]);
    expect(merged).toMatchObject({ hidden: ['a', 'b'], updatedAt: 2 });
  });
});
