/**
 * The options page's view of the phrase library: the merged entries, saving, and a
 * one-step undo for deletions (the agent sees "Deleted · Undo" and can take it back).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryEntry, PersonalLibrary } from '../../src/phrases/library.ts';
import { loadManaged, NO_MANAGED, onManagedChanged, type ManagedConfig } from '../storage/managed.ts';
import { loadLibrary, onLibraryChanged, saveLibrary } from '../storage/phrases.ts';
import { entriesOf } from '../storage/phrases-library.ts';
import type { StoredLibrary } from '../storage/phrases-schema.ts';

export interface LibraryModel {
  ready: boolean;
  library: StoredLibrary;
  entries: LibraryEntry[];
  managed: ManagedConfig;
  save(next: PersonalLibrary): Promise<void>;
  /** Save, keeping the state before it so `undo` can restore it. */
  saveUndoable(next: PersonalLibrary, what: string): Promise<void>;
  undoLabel: string | null;
  undo(): Promise<void>;
}

export function useLibrary(language: string): LibraryModel {
  const [library, setLibrary] = useState<StoredLibrary | null>(null);
  const [managed, setManaged] = useState<ManagedConfig>(NO_MANAGED);
  const [undoState, setUndoState] = useState<{ before: PersonalLibrary; what: string } | null>(null);

  useEffect(() => {
    void loadLibrary().then(setLibrary);
    void loadManaged().then(setManaged);
    const off = [onLibraryChanged(setLibrary), onManagedChanged(setManaged)];
    return () => off.forEach((f) => f());
  }, []);

  const current = library ?? { phrases: [], hidden: [], updatedAt: 0 };
  const entries = useMemo(() => entriesOf({ language, personal: current, managed }), [language, current, managed]);

  const save = async (next: PersonalLibrary) => {
    setLibrary(await saveLibrary(next));
  };
  return {
    ready: library !== null,
    library: current,
    entries,
    managed,
    save: async (next) => {
      setUndoState(null);
      await save(next);
    },
    saveUndoable: async (next, what) => {
      setUndoState({ before: { phrases: current.phrases, hidden: current.hidden }, what });
      await save(next);
    },
    undoLabel: undoState?.what ?? null,
    undo: async () => {
      if (!undoState) return;
      setUndoState(null);
      await save(undoState.before);
    },
  };
}
