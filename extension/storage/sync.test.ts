import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeChunks, encodeChunks, itemBytes, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, SyncTooLargeError } from './sync-chunks.ts';
import { syncAll, syncRecord, SYNC_OFF, type Area, type SyncState } from './sync.ts';
import { libraryRecord, mergeStoredLibraries, migrateLibrary } from './phrases-schema.ts';
import type { Phrase } from '../../src/phrases/types.ts';

const phrase = (i: number, text = `Phrase number ${i}, with ünïcödé and "quotes" 🙂.`): Phrase => ({ id: `me.${i}`, step: 'resolve', text, tone: 'warm', lang: 'en' });
const library = (n: number, updatedAt = 1) => libraryRecord({ phrases: Array.from({ length: n }, (_, i) => phrase(i)), hidden: [], updatedAt });

/** Two browsers sharing one sync storage: each has its own local area. */
function devices() {
  const sync = fakeBrowser.storage.sync as unknown as Area;
  const makeLocal = (): Area => {
    const data = new Map<string, unknown>();
    return {
      async get(keys) {
        const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items) {
        for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      },
      async remove(keys) {
        for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
      },
    };
  };
  return { sync, a: makeLocal(), b: makeLocal() };
}

const on: SyncState = { ...SYNC_OFF, enabled: true };
let clock = 1_000;
const options = { now: () => ++clock, gen: () => `g${++clock}` };

beforeEach(() => fakeBrowser.reset());

describe('sync chunks', () => {
  it('cuts a large library into items that each fit the per-item quota, and reads it back whole', () => {
    const value = library(150);
    const items = encodeChunks('phrases', value, 5, 'g1');
    expect(Object.keys(items).length).toBeGreaterThan(2);
    for (const [key, item] of Object.entries(items)) expect(itemBytes(key, item)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(decodeChunks('phrases', items)?.value).toEqual(value);
  });

  it('refuses a value beyond the total quota with the sizes in the error', () => {
    const big = library(2_000);
    expect(() => encodeChunks('phrases', big, 5, 'g1')).toThrow(SyncTooLargeError);
    try {
      encodeChunks('phrases', big, 5, 'g1');
    } catch (e) {
      expect((e as SyncTooLargeError).limit).toBe(QUOTA_BYTES);
      expect((e as SyncTooLargeError).bytes).toBeGreaterThan(QUOTA_BYTES);
    }
  });

  it('counts what other records already use against the total', () => {
    expect(() => encodeChunks('phrases', library(10), 5, 'g1', QUOTA_BYTES - 100)).toThrow(SyncTooLargeError);
  });

  it('reads nothing from an incomplete write instead of half a library', () => {
    const items = encodeChunks('phrases', library(150), 5, 'g1');
    delete items['phrases.g1.1'];
    expect(decodeChunks('phrases', items)).toBeNull();
  });
});

describe('sync between two browsers', () => {
  it('carries phrases written on one browser to the other', async () => {
    const { sync, a, b } = devices();
    await a.set({ phrases: library(120) });
    const first = await syncAll(a, sync, on, options);
    expect(first.outcomes.phrases).toBe('pushed');
    const second = await syncAll(b, sync, on, options);
    expect(second.outcomes.phrases).toBe('pulled');
    expect((await b.get('phrases')).phrases).toEqual(library(120));
    // Nothing changed since: both sides stay put.
    expect((await syncAll(b, sync, second.state, options)).outcomes.phrases).toBe('unchanged');
  });

  it('leaves no old slices behind after a smaller library replaces a larger one', async () => {
    const { sync, a } = devices();
    await a.set({ phrases: library(150, 1) });
    const { state } = await syncAll(a, sync, on, options);
    await a.set({ phrases: library(3, 2) });
    await syncAll(a, sync, state, options);
    const keys = Object.keys(await sync.get(null)).filter((k) => k.startsWith('phrases.'));
    expect(keys).toHaveLength(2); // head + one slice
    expect(migrateLibrary(decodeChunks('phrases', await sync.get(null))?.value).library.phrases).toHaveLength(3);
  });

  it('keeps every phrase when both browsers changed the library before syncing', async () => {
    const { sync, a, b } = devices();
    await a.set({ phrases: libraryRecord({ phrases: [phrase(1)], hidden: [], updatedAt: 10 }) });
    await b.set({ phrases: libraryRecord({ phrases: [phrase(2)], hidden: ['en.listen.no-rush'], updatedAt: 20 }) });
    const merge = { phrases: (l: unknown, r: unknown) => libraryRecord(mergeStoredLibraries(migrateLibrary(l).library, migrateLibrary(r).library)) };
    const sa = await syncAll(a, sync, on, { ...options, merge });
    const sb = await syncAll(b, sync, on, { ...options, merge });
    expect(sb.outcomes.phrases).toBe('merged');
    await syncAll(a, sync, sa.state, { ...options, merge });
    for (const device of [a, b]) {
      const lib = migrateLibrary((await device.get('phrases')).phrases).library;
      expect(lib.phrases.map((p) => p.id).sort()).toEqual(['me.1', 'me.2']);
      expect(lib.hidden).toEqual(['en.listen.no-rush']);
    }
  });

  it('keeps the local edit and explains when a record is too large for sync, while settings still sync', async () => {
    const { sync, a } = devices();
    await a.set({ phrases: library(2_000), settings: { version: 1, data: { agentName: 'Sam' } } });
    const result = await syncAll(a, sync, on, options);
    expect(result.state.error).toMatchObject({ code: 'too_large', key: 'phrases', limit: QUOTA_BYTES });
    expect(result.outcomes.settings).toBe('pushed');
    expect((await a.get('phrases')).phrases).toEqual(library(2_000));
    expect(decodeChunks('settings', await sync.get(null))?.value).toEqual({ version: 1, data: { agentName: 'Sam' } });
  });

  it('does nothing while sync is off', async () => {
    const { sync, a } = devices();
    await a.set({ phrases: library(3) });
    expect((await syncAll(a, sync, SYNC_OFF, options)).outcomes).toEqual({});
    expect(await sync.get(null)).toEqual({});
  });

  it('waits while another browser is half-way through writing', async () => {
    const { sync, a } = devices();
    await sync.set({ 'phrases.head': { gen: 'x', count: 2, savedAt: 5, bytes: 10 }, 'phrases.x.0': '{"ver' });
    await a.set({ phrases: library(1) });
    expect((await syncRecord(a, sync, 'phrases', on, options)).outcome).toBe('waiting');
  });
});
