import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createReminder, type Reminder } from '../../src/reminders/model.ts';
import { openOliveDb } from './db.ts';
import * as store from './reminders-store.ts';

let n = 0;
const open = () => openOliveDb({ name: `store-test-${++n}-${Math.random()}` });
const created = new Date('2026-11-20T12:00:00Z');
function make(id: string, dueAt: string, ticket = '1'): Reminder {
  return createReminder({ ticket: { key: `https://desk.test#${ticket}`, url: `https://desk.test/t/${ticket}`, subject: `Ticket ${ticket}`, customerName: 'Ann' }, dueAt }, id, created);
}

describe('reminder store', () => {
  it('lists waiting reminders due before a time, and the reminders of one ticket', async () => {
    const db = await open();
    await store.putReminder(db, make('early', '2026-11-23T08:00:00Z', '1'));
    await store.putReminder(db, make('later', '2026-11-25T08:00:00Z', '1'));
    await store.putReminder(db, { ...make('done', '2026-11-22T08:00:00Z', '2'), status: 'done' });
    await store.putReminder(db, { ...make('snoozed', '2026-11-23T09:00:00Z', '2'), status: 'snoozed' });
    expect((await store.listDueBefore(db, new Date('2026-11-24T00:00:00Z'))).map((r) => r.id)).toEqual(['early', 'snoozed']);
    expect((await store.listForTicket(db, 'https://desk.test#2')).map((r) => r.id)).toEqual(['done', 'snoozed']);
  });

  it('claims each due reminder once, even when several claims race', async () => {
    const db = await open();
    for (let i = 0; i < 5; i++) await store.putReminder(db, make(`r${i}`, '2026-11-23T08:00:00Z'));
    await store.putReminder(db, make('future', '2026-11-30T08:00:00Z'));
    const now = new Date('2026-11-23T10:00:00Z');
    const claims = await Promise.all([store.claimDue(db, now), store.claimDue(db, now), store.claimDue(db, now)]);
    expect(claims.flat().map((r) => r.id).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(await store.countByStatus(db, 'due')).toBe(5);
    expect((await store.getReminder(db, 'future'))?.status).toBe('scheduled');
  });

  it('loses no change when many updates and inserts interleave', async () => {
    const db = await open();
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.putReminder(db, make(`p${i}`, '2026-11-25T08:00:00Z'))));
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.updateReminder(db, `p${i}`, (r) => ({ ...r, status: 'done' }))));
    expect(await store.countByStatus(db, 'done')).toBe(30);
  });

  it('sets a corrupt record aside and keeps serving the others', async () => {
    const db = await open();
    await store.putReminder(db, make('good', '2026-11-23T08:00:00Z'));
    await db.put('reminders', { id: 'bad', dueAt: 'never' } as unknown as Reminder);
    expect((await store.listAll(db)).map((r) => r.id)).toEqual(['good']);
    const aside = await store.listQuarantine(db);
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ source: 'reminders/bad' });
    expect(await db.get('reminders', 'bad')).toBeUndefined();
  });

  it('purges only done reminders finished before the cutoff', async () => {
    const db = await open();
    await store.putReminder(db, { ...make('old', '2026-01-01T08:00:00Z'), status: 'done', doneAt: '2026-01-02T08:00:00.000Z' });
    await store.putReminder(db, { ...make('recent', '2026-11-01T08:00:00Z'), status: 'done', doneAt: '2026-11-01T08:00:00.000Z' });
    await store.putReminder(db, make('waiting', '2026-01-01T08:00:00Z'));
    expect(await store.purgeDone(db, new Date('2026-08-01T00:00:00Z'))).toBe(1);
    expect((await store.listAll(db)).map((r) => r.id).sort()).toEqual(['recent', 'waiting']);
  });

  it('merges an import: new ids added, newer copies win, older copies are left alone', async () => {
    const db = await open();
    const stored = make('same', '2026-11-23T08:00:00Z');
    await store.putReminder(db, { ...stored, updatedAt: '2026-11-21T00:00:00.000Z' });
    await store.putReminder(db, { ...make('mine', '2026-11-23T08:00:00Z'), updatedAt: '2026-11-22T00:00:00.000Z', note: 'keep me' });
    const result = await store.mergeImport(db, [
      { ...stored, note: 'from file', updatedAt: '2026-11-22T00:00:00.000Z' },
      { ...make('mine', '2026-11-23T08:00:00Z'), updatedAt: '2026-11-01T00:00:00.000Z', note: 'stale' },
      make('new', '2026-11-24T08:00:00Z'),
    ]);
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await store.getReminder(db, 'same'))?.note).toBe('from file');
    expect((await store.getReminder(db, 'mine'))?.note).toBe('keep me');
    expect(await db.count('reminders')).toBe(3);
  });
});
