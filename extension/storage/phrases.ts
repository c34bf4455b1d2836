/**
 * The personal phrase library in storage.local (the record every page reads), and the
 * opt-in copy in storage.sync. Saving writes locally first, so a sync failure never
 * loses an edit; the failure is recorded for the options page to explain.
 */
import browser from 'webextension-polyfill';
import type { PersonalLibrary } from '../../src/phrases/library.ts';
import { libraryRecord, mergeStoredLibraries, migrateLibrary, type StoredLibrary } from './phrases-schema.ts';
import { readSyncState, SYNC_STATE_KEY, syncAll, type Area, type SyncState } from './sync.ts';

export const PHRASES_KEY = 'phrases';

export async function loadLibrary(): Promise<StoredLibrary> {
  const stored = (await browser.storage.local.get(PHRASES_KEY))[PHRASES_KEY];
  const { library, migrated } = migrateLibrary(stored);
  if (migrated && stored !== undefined) await browser.storage.local.set({ [PHRASES_KEY]: libraryRecord(library) });
  return library;
}

export async function saveLibrary(library: PersonalLibrary, now = Date.now()): Promise<StoredLibrary> {
  const stored: StoredLibrary = { phrases: library.phrases, hidden: library.hidden, updatedAt: now };
  await browser.storage.local.set({ [PHRASES_KEY]: libraryRecord(stored) });
  await syncNow();
  return stored;
}

export function onLibraryChanged(listener: (library: StoredLibrary) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[PHRASES_KEY]) listener(migrateLibrary(changes[PHRASES_KEY].newValue).library);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

// --- sync -----------------------------------------------------------------------

export async function loadSyncState(): Promise<SyncState> {
  return readSyncState((await browser.storage.local.get(SYNC_STATE_KEY))[SYNC_STATE_KEY]);
}

const mergePhrases = (local: unknown, remote: unknown) =>
  libraryRecord(mergeStoredLibraries(migrateLibrary(local).library, migrateLibrary(remote).library));

let running: Promise<SyncState> | null = null;
let again: Promise<SyncState> | null = null;

async function runSync(): Promise<SyncState> {
  const state = await loadSyncState();
  if (!state.enabled) return state;
  const result = await syncAll(browser.storage.local as Area, browser.storage.sync as Area, state, { merge: { phrases: mergePhrases } });
  await browser.storage.local.set({ [SYNC_STATE_KEY]: result.state });
  return result.state;
}

/** Copy settings and phrases between this browser and its sync storage, when the agent turned sync on. */
export function syncNow(): Promise<SyncState> {
  // One run at a time per page (two would push the same change twice); a call during a
  // run gets one more run after it, so a change made meanwhile is not missed.
  if (!running) {
    running = runSync().finally(() => (running = null));
    return running;
  }
  again ??= running.catch(() => undefined).then(() => {
    again = null;
    return syncNow();
  });
  return again;
}

/** Turning sync on copies both ways at once; turning it off leaves each side's copy as it is. */
export async function setSyncEnabled(enabled: boolean): Promise<SyncState> {
  const state = await loadSyncState();
  // Forget the last sync on the way off: coming back on must compare afresh.
  await browser.storage.local.set({ [SYNC_STATE_KEY]: { ...state, enabled, ...(enabled ? {} : { last: {} }) } });
  return enabled ? syncNow() : loadSyncState();
}

/** Re-sync whenever another device changes sync storage, or this one changes a synced record. */
export function watchSync(onState?: (state: SyncState) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const relevant = area === 'sync' || (area === 'local' && ('settings' in changes || PHRASES_KEY in changes));
    if (relevant) void syncNow().then((state) => onState?.(state));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
