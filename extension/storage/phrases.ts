/**
 * The personal phrase library in storage.local, the record every page reads. Saving
 * writes only here, so a sync failure never loses an edit; the opt-in copy in
 * storage.sync follows from the background (sync-run.ts).
 */
import browser from 'webextension-polyfill';
import type { PersonalLibrary } from '../../src/phrases/library.ts';
import { libraryRecord, migrateLibrary, type StoredLibrary } from './phrases-schema.ts';

export const PHRASES_KEY = 'phrases';

export async function loadLibrary(): Promise<StoredLibrary> {
  const stored = (await browser.storage.local.get(PHRASES_KEY))[PHRASES_KEY];
  const { library, migrated } = migrateLibrary(stored);
  if (migrated && stored !== undefined) await browser.storage.local.set({ [PHRASES_KEY]: libraryRecord(library) });
  return library;
}

export async function saveLibrary(library: PersonalLibrary, now = Date.now()): Promise<StoredLibrary> {
  const stored: StoredLibrary = { phrases: library.phrases, hidden: library.hidden, updatedAt: now };
  // The background copies it to browser sync when the agent turned sync on (sync-run.ts).
  await browser.storage.local.set({ [PHRASES_KEY]: libraryRecord(stored) });
  return stored;
}

export function onLibraryChanged(listener: (library: StoredLibrary) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[PHRASES_KEY]) listener(migrateLibrary(changes[PHRASES_KEY].newValue).library);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
