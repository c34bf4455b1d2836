/**
 * Opt-in sync of settings and personal phrases through the browser's own sync storage
 * (never customer data: tickets and reminders stay in this browser). storage.local
 * remains the record every page reads; this module copies records between it and
 * storage.sync, chunked to fit the sync quotas. Works on any pair of storage areas, so
 * tests run it on an in-memory fake.
 */
import { decodeChunks, encodeChunks, headKey, itemBytes, QUOTA_BYTES, staleKeys, SyncTooLargeError } from './sync-chunks.ts';

/** The part of a storage area this module uses (browser.storage.local/sync fit it). */
export interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Records that travel: settings (settings.ts) and the personal phrase library (phrases.ts). */
export const SYNCED_KEYS = ['settings', 'phrases'] as const;
export type SyncedKey = (typeof SYNCED_KEYS)[number];

export const SYNC_STATE_KEY = 'syncState';

export interface SyncState {
  enabled: boolean;
  /** Per record: the head stamp and the content hash both sides had at the last sync. */
  last: Partial<Record<SyncedKey, { savedAt: number; hash: string }>>;
  /** When this browser last finished a sync with no error (ms since the epoch), for the options page. */
  syncedAt?: number;
  /** Why the last push failed, for the options page; cleared by a good sync. */
  error?: { code: 'too_large'; key: SyncedKey; bytes: number; limit: number } | { code: 'failed'; key: SyncedKey; message: string };
}

export const SYNC_OFF: SyncState = { enabled: false, last: {} };

export function readSyncState(value: unknown): SyncState {
  const v = value as Partial<SyncState> | undefined;
  if (!v || typeof v !== 'object') return SYNC_OFF;
  return {
    enabled: v.enabled === true,
    last: v.last && typeof v.last === 'object' ? v.last : {},
    ...(typeof v.syncedAt === 'number' ? { syncedAt: v.syncedAt } : {}),
    ...(v.error ? { error: v.error } : {}),
  };
}

/** A short content fingerprint (FNV-1a of the JSON): enough to tell "changed since last sync". */
export function hashOf(value: unknown): string {
  let hash = 0x811c9dc5;
  const json = JSON.stringify(value) ?? '';
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${json.length.toString(36)}-${hash.toString(36)}`;
}

/** The record's own change stamp (the phrase library keeps `data.updatedAt`), when it has one. */
function stampOf(value: unknown): number {
  const stamp = (value as { data?: { updatedAt?: unknown } } | undefined)?.data?.updatedAt;
  return typeof stamp === 'number' ? stamp : 0;
}

/** How two changed copies of a record become one; absent means the newer stamp wins, ties to the other device. */
export type Merge = (local: unknown, remote: unknown) => unknown;

export interface SyncOptions {
  now?: () => number;
  gen?: () => string;
  merge?: Partial<Record<SyncedKey, Merge>>;
}

export type SyncOutcome = 'pushed' | 'pulled' | 'merged' | 'unchanged' | 'waiting';

/** Bytes the other synced records take now, so one record's write keeps the total within quota. */
function othersBytes(all: Record<string, unknown>, key: string): number {
  let bytes = 0;
  for (const [k, v] of Object.entries(all)) if (!k.startsWith(`${key}.`)) bytes += itemBytes(k, v);
  return bytes;
}

/** Write one record to sync: new slices first, then the head; old slices last. */
export async function pushRecord(sync: Area, key: SyncedKey, value: unknown, savedAt: number, gen: string): Promise<void> {
  const all = await sync.get(null);
  const mine = Object.keys(all).filter((k) => k.startsWith(`${key}.`));
  const mineBytes = mine.reduce((n, k) => n + itemBytes(k, all[k]), 0);
  const others = othersBytes(all, key);
  const items = encodeChunks(key, value, savedAt, gen, others);
  const { [headKey(key)]: head, ...slices } = items;
  let newBytes = 0;
  for (const [k, v] of Object.entries(items)) newBytes += itemBytes(k, v);
  if (others + mineBytes + newBytes > QUOTA_BYTES) {
    // No room for old and new side by side: clear the old first (a reader meanwhile sees "incomplete" and waits).
    await sync.remove(mine);
    await sync.set(items);
    return;
  }
  await sync.set(slices);
  await sync.set({ [headKey(key)]: head });
  const after = await sync.get(null);
  const stale = staleKeys(key, Object.keys(after), decodeChunks(key, after)?.head ?? null);
  if (stale.length > 0) await sync.remove(stale);
}

/**
 * Bring one record's two copies together. A side that changed since the last sync is
 * copied to the other; when both changed, `merge` (or the newer stamp) decides.
 */
export async function syncRecord(local: Area, sync: Area, key: SyncedKey, state: SyncState, options: SyncOptions = {}): Promise<{ outcome: SyncOutcome; state: SyncState }> {
  const now = options.now ?? Date.now;
  const gen = options.gen ?? (() => now().toString(36));
  const all = await sync.get(null);
  const remote = decodeChunks(key, all);
  if (!remote && all[headKey(key)] !== undefined) return { outcome: 'waiting', state }; // another device is mid-write
  const localValue = (await local.get(key))[key];
  const last = state.last[key];
  const localHash = localValue === undefined ? undefined : hashOf(localValue);
  const localChanged = localValue !== undefined && localHash !== last?.hash;
  const remoteChanged = remote !== null && remote.savedAt !== last?.savedAt;

  const remember = (savedAt: number, value: unknown): SyncState => {
    const { error: _drop, ...rest } = state;
    return { ...rest, last: { ...state.last, [key]: { savedAt, hash: hashOf(value) } } };
  };
  const push = async (value: unknown): Promise<SyncState> => {
    const savedAt = Math.max(now(), (remote?.savedAt ?? 0) + 1);
    await pushRecord(sync, key, value, savedAt, gen());
    return remember(savedAt, value);
  };

  if (!remoteChanged && !localChanged) return { outcome: 'unchanged', state };
  if (remote && remoteChanged && !localChanged) {
    await local.set({ [key]: remote.value });
    return { outcome: 'pulled', state: remember(remote.savedAt, remote.value) };
  }
  if (!remoteChanged) return { outcome: 'pushed', state: await push(localValue) };

  // Both sides changed (or this device joins a sync that already holds the record).
  const merge = options.merge?.[key];
  if (merge && remote) {
    const merged = merge(localValue, remote.value);
    await local.set({ [key]: merged });
    return { outcome: 'merged', state: await push(merged) };
  }
  if (remote && stampOf(localValue) <= Math.max(stampOf(remote.value), remote.savedAt)) {
    await local.set({ [key]: remote.value });
    return { outcome: 'pulled', state: remember(remote.savedAt, remote.value) };
  }
  return { outcome: 'pushed', state: await push(localValue) };
}

/** Sync every record; a record too large for sync is reported and the others still go. */
export async function syncAll(local: Area, sync: Area, state: SyncState, options: SyncOptions = {}): Promise<{ state: SyncState; outcomes: Partial<Record<SyncedKey, SyncOutcome>> }> {
  if (!state.enabled) return { state, outcomes: {} };
  let current = state;
  let error: SyncState['error'];
  const outcomes: Partial<Record<SyncedKey, SyncOutcome>> = {};
  for (const key of SYNCED_KEYS) {
    try {
      const result = await syncRecord(local, sync, key, current, options);
      current = result.state;
      outcomes[key] = result.outcome;
    } catch (e) {
      error = e instanceof SyncTooLargeError ? { code: 'too_large', key, bytes: e.bytes, limit: e.limit } : { code: 'failed', key, message: String((e as Error)?.message ?? e) };
    }
  }
  const { error: _old, ...rest } = current;
  return { state: error ? { ...rest, error } : rest, outcomes };
}
