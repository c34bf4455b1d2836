/**
 * Running sync between this browser's storage.local and storage.sync (the copying rules
 * are in sync.ts). The background runs it on every relevant storage change, so edits made
 * on the agent's other browsers arrive with no page open; pages only write storage.local
 * and show the state recorded here.
 */
import browser from 'webextension-polyfill';
import { libraryRecord, mergeStoredLibraries, migrateLibrary } from './phrases-schema.ts';
import { readSyncState, SYNC_STATE_KEY, SYNCED_KEYS, syncAll, type Area, type SyncState } from './sync.ts';

export async function loadSyncState(): Promise<SyncState> {
  return readSyncState((await browser.storage.local.get(SYNC_STATE_KEY))[SYNC_STATE_KEY]);
}

const mergePhrases = (local: unknown, remote: unknown) =>
  libraryRecord(mergeStoredLibraries(migrateLibrary(local).library, migrateLibrary(remote).library));

/**
 * One run at a time across the worker and every open page: two runs side by side would
 * each see the other's half-written push as a change and push again.
 */
async function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? ((await locks.request('olive-branch-sync', run)) as T) : run();
}

async function runSync(): Promise<SyncState> {
  const state = await loadSyncState();
  if (!state.enabled) return state;
  const result = await syncAll(browser.storage.local as Area, browser.storage.sync as Area, state, { merge: { phrases: mergePhrases } });
  // Turned off during the run (where locks are missing): the agent's "off" stands.
  const latest = await loadSyncState();
  if (!latest.enabled) return latest;
  const next = result.state.error ? result.state : { ...result.state, syncedAt: Date.now() };
  await browser.storage.local.set({ [SYNC_STATE_KEY]: next });
  return next;
}

let running: Promise<SyncState> | null = null;
let again: Promise<SyncState> | null = null;

/** Copy settings and phrases between this browser and its sync storage, when the agent turned sync on. */
export function syncNow(): Promise<SyncState> {
  // A call during a run gets one more run after it, so a change made meanwhile is not missed.
  if (!running) {
    running = exclusive(runSync).finally(() => (running = null));
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
  await exclusive(async () => {
    const state = await loadSyncState();
    // Forget the last sync on the way off: coming back on must compare afresh.
    const { syncedAt: _forgotten, ...off } = state;
    await browser.storage.local.set({ [SYNC_STATE_KEY]: enabled ? { ...state, enabled } : { ...off, enabled, last: {} } });
  });
  return enabled ? syncNow() : loadSyncState();
}

/** Whether a storage change calls for a sync: another device wrote sync storage, or this browser changed a synced record. */
export function callsForSync(changes: Record<string, unknown>, area: string): boolean {
  return area === 'sync' || (area === 'local' && SYNCED_KEYS.some((key) => key in changes));
}

/** Reports the sync state (on, off, last error) whenever a run records it. */
export function onSyncStateChanged(listener: (state: SyncState) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[SYNC_STATE_KEY]) listener(readSyncState(changes[SYNC_STATE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
