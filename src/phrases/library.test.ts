import { describe, expect, it } from 'vitest';
import { builtInPhrases } from './index.ts';
import { activePhrases, duplicatePhrase, mergeImport, mergeLibrary, removePhrase, setHidden, upsertPhrases, type PersonalLibrary } from './library.ts';
import type { Phrase } from './types.ts';

const builtIns = builtInPhrases('en');
const first = builtIns[0]!;
const mine: Phrase = { id: 'me.a', step: 'resolve', text: 'We will send a new one today.', tone: 'warm', lang: 'en' };
const team: Phrase = { id: 'refund-policy', step: 'resolve', text: 'Our team can refund you in full.', tone: 'formal', lang: 'en', title: 'Team refund' };

describe('phrase library merge', () => {
  it('lists built-ins, then the team pack, then the agent’s own phrases', () => {
    const entries = mergeLibrary({ builtIns, team: [team], personal: { phrases: [mine], hidden: [] } });
    expect(entries).toHaveLength(builtIns.length + 2);
    expect(entries.at(-2)).toMatchObject({ origin: 'team', readOnly: true, phrase: { id: 'team.refund-policy' } });
    expect(entries.at(-1)).toMatchObject({ origin: 'personal', readOnly: false, phrase: mine });
  });

  it('overrides a built-in in place and brings the original back when the override goes', () => {
    const reworded = { ...first, text: 'My own wording, {{customer.first_name}}.' };
    let library: PersonalLibrary = upsertPhrases({ phrases: [], hidden: [] }, [reworded]);
    let entry = mergeLibrary({ builtIns, personal: library })[0]!;
    expect(entry).toMatchObject({ origin: 'builtin', overridden: true, phrase: reworded, original: first });
    library = removePhrase(library, first.id);
    entry = mergeLibrary({ builtIns, personal: library })[0]!;
    expect(entry).toMatchObject({ overridden: false, phrase: first });
  });

  it('hides a built-in from the panel without losing it, and shows it again', () => {
    let library = setHidden({ phrases: [], hidden: [] }, first.id, true);
    let entries = mergeLibrary({ builtIns, personal: library });
    expect(entries[0]?.hidden).toBe(true);
    expect(activePhrases(entries).some((p) => p.id === first.id)).toBe(false);
    library = setHidden(library, first.id, false);
    entries = mergeLibrary({ builtIns, personal: library });
    expect(activePhrases(entries).some((p) => p.id === first.id)).toBe(true);
  });

  it('lets no team phrase shadow a built-in or an own phrase', () => {
    const entries = mergeLibrary({ builtIns, team: [{ ...team, id: 'team.x' }, { ...team, id: 'x' }], personal: { phrases: [{ ...mine, id: 'team.x' }], hidden: [] } });
    expect(entries.filter((e) => e.phrase.id === 'team.x').map((e) => e.origin)).toEqual(['team']);
  });

  it('merges an import: same ids replaced, new ones added, hidden ids united', () => {
    const merged = mergeImport({ phrases: [mine], hidden: ['a'] }, { phrases: [{ ...mine, text: 'New text.' }, team], hidden: ['b'] });
    expect(merged.phrases.map((p) => [p.id, p.text])).toEqual([['me.a', 'New text.'], ['refund-policy', team.text]]);
    expect(merged.hidden).toEqual(['a', 'b']);
  });

  it('duplicates as a separate, editable copy', () => {
    const copy = duplicatePhrase(first, '(copy)', 'me.copy');
    expect(copy).toMatchObject({ id: 'me.copy', text: first.text, step: first.step });
    expect(copy.title).toMatch(/\(copy\)$/);
    const entries = mergeLibrary({ builtIns, personal: { phrases: [copy], hidden: [] } });
    expect(entries.at(-1)).toMatchObject({ origin: 'personal', phrase: { id: 'me.copy' } });
    expect(entries[0]?.phrase).toEqual(first);
  });
});
