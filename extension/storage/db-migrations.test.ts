import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openOliveDb, DB_VERSION } from './db.ts';

let n = 0;
const fresh = () => `olive-test-${++n}-${Math.random()}`;
const legacyRecord = {
  a: { id: 'a', ticketKey: 'https://desk.test#7', ticketUrl: 'https://desk.test/t/7', subject: 'Late parcel', customerName: 'Ann', dueAt: '2026-11-24T08:00:00.000Z', status: 'scheduled' },
  b: { id: 'b', ticketKey: 'https://desk.test#8', ticketUrl: 'https://desk.test/t/8', subject: 'Refund', dueAt: '2026-11-20T08:00:00.000Z', status: 'done' },
  broken: { id: 'broken', subject: 42 },
};

describe('reminders database migrations', () => {
  it('1: creates the reminders store with "due before T" and "for ticket X" indexes', async () => {
    const db = await openOliveDb({ name: fresh(), version: 1 });
    expect([...db.objectStoreNames]).toEqual(['reminders']);
    const store = db.transaction('reminders').store;
    expect([...store.indexNames].sort()).toEqual(['by-due', 'by-status-due', 'by-ticket']);
    expect(store.keyPath).toBe('id');
    db.close();
  });

  it('2: adds the quarantine store and keeps reminders written under version 1', async () => {
    const name = fresh();
    const v1 = await openOliveDb({ name, version: 1 });
    await v1.put('reminders', { ...legacyRecord.a, status: 'scheduled' });
    v1.close();
    const v2 = await openOliveDb({ name, version: 2 });
    expect([...v2.objectStoreNames].sort()).toEqual(['quarantine', 'reminders']);
    expect((await v2.get('reminders', 'a'))?.subject).toBe('Late parcel');
    v2.close();
  });

  it('3: moves the storage.local record into IndexedDB, sets a broken entry aside, then drops the old key', async () => {
    const name = fresh();
    let dropped = 0;
    const db = await openOliveDb({ name, readLegacy: async () => legacyRecord, dropLegacy: async () => void dropped++, now: () => new Date('2026-11-23T12:00:00Z') });
    expect(db.version).toBe(DB_VERSION);
    const ids = (await db.getAll('reminders')).map((r) => r.id).sort();
    expect(ids).toEqual(['a', 'b']);
    expect((await db.get('reminders', 'a'))?.createdAt).toBe('2026-11-23T12:00:00.000Z');
    const aside = await db.getAll('quarantine');
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ source: 'storage.local reminders.broken', value: { id: 'broken', subject: 42 } });
    expect(dropped).toBe(1);
    db.close();
  });

  it('3 runs once: reopening an upgraded database does not import a leftover legacy record again', async () => {
    const name = fresh();
    (await openOliveDb({ name, readLegacy: async () => legacyRecord })).close();
    const again = await openOliveDb({ name, readLegacy: async () => ({ c: { ...legacyRecord.a, id: 'c' } }) });
    expect((await again.getAll('reminders')).map((r) => r.id).sort()).toEqual(['a', 'b']);
    again.close();
  });

  it('upgrades a version 1 database with data straight to the latest', async () => {
    const real = fresh();
    const v1 = await openOliveDb({ name: real, version: 1 });
    await v1.put('reminders', { ...legacyRecord.b, status: 'done' });
    v1.close();
    const latest = await openOliveDb({ name: real, readLegacy: async () => undefined });
    expect(latest.version).toBe(DB_VERSION);
    expect(await latest.count('reminders')).toBe(1);
    latest.close();
  });
});
