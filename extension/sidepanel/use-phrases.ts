/**
 * The phrases the panel offers: built-ins in the UI language as the agent reworded or
 * hid them, the organisation's team pack, and the agent's own phrases. Follows edits
 * made in the options page (and, with sync on, on the agent's other browsers) live.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { builtInPhrases, type Phrase } from '../../src/phrases/index.ts';
import { activePhrases, mergeLibrary } from '../../src/phrases/library.ts';
import { loadManaged, NO_MANAGED, onManagedChanged, type ManagedConfig } from '../storage/managed.ts';
import { loadLibrary, onLibraryChanged } from '../storage/phrases.ts';
import { EMPTY_STORED_LIBRARY, type StoredLibrary } from '../storage/phrases-schema.ts';

export function usePhrases(language: string): readonly Phrase[] {
  const [personal, setPersonal] = useState<StoredLibrary>(EMPTY_STORED_LIBRARY);
  const [managed, setManaged] = useState<ManagedConfig>(NO_MANAGED);
  useEffect(() => {
    void loadLibrary().then(setPersonal);
    void loadManaged().then(setManaged);
    const offLibrary = onLibraryChanged(setPersonal);
    const offManaged = onManagedChanged(setManaged);
    return () => {
      offLibrary();
      offManaged();
    };
  }, []);
  return useMemo(
    () => activePhrases(mergeLibrary({ builtIns: builtInPhrases(language), team: managed.phrases, personal })),
    [language, personal, managed],
  );
}
