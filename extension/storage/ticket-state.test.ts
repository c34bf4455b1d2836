import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openOliveDb } from './db.ts';
import { getTicketState, patchTicketState, purgeTicketState } from './ticket-state.ts';

let n = 0;
const open = (version?: number, name = `olive-state-${++n}-${Math.random()}`) => openOliveDb({ name, ...(version ? { version } : {}) });

describe('ticket state', () => {
  it('migration 4 adds the store and keeps the reminders written before it', async () => {
    const name = `olive-state-m4-${Math.random()}`;
    const v3 = await open(3, name);
    await v3.put('reminders', { id: 'r', ticketKey: 'k', ticketUrl: 'https://d.test/1', subject: 'S', dueAt: '2026-11-24T08:00:00.000Z', status: 'scheduled', createdAt: '2026-11-23T08:00:00.000Z' } as never);
    v3.close();
    const v4 = await open(4, name);
    expect([...v4.objectStoreNames]).toContain('ticketState');
    expect(await v4.get('reminders', 'r')).toBeDefined();
    v4.close();
  });

  it('an unknown ticket has no marks, no note and no remedy', async () => {
    const db = await open();
    expect(await getTicketState(db, 'https://d.test#1')).toMatchObject({ stepMarks: {} });
    expect((await getTicketState(db, 'https://d.test#1')).note).toBeUndefined();
  });

  it('merges marks and keeps what another panel wrote', async () => {
    const db = await open();
    await Promise.all([
      patchTicketState(db, 'k', { stepMarks: { listen: 'done' } }),
      patchTicketState(db, 'k', { stepMarks: { apologize: 'done' } }),
      patchTicketState(db, 'k', { remedy: 'Full refund' }),
    ]);
    expect(await getTicketState(db, 'k')).toMatchObject({ stepMarks: { listen: 'done', apologize: 'done' }, remedy: 'Full refund' });
  });

  it('keeps the agent’s heat call until they give it back to the reading, and leaves it alone otherwise', async () => {
    const db = await open();
    await patchTicketState(db, 'k', { heatMark: 3 });
    await patchTicketState(db, 'k', { note: 'Called twice' });
    expect(await getTicketState(db, 'k')).toMatchObject({ heatMark: 3, note: 'Called twice' });
    await patchTicketState(db, 'k', { heatMark: null });
    const state = await getTicketState(db, 'k');
    expect('heatMark' in state).toBe(false);
    expect(state.note).toBe('Called twice');
  });

  it('clearing a note removes it', async () => {
    const db = await open();
    await patchTicketState(db, 'k', { note: 'Called twice' });
    await patchTicketState(db, 'k', { note: '' });
    expect((await getTicketState(db, 'k')).note).toBeUndefined();
  });

  it('purges state untouched for the retention period only', async () => {
    const db = await open();
    await patchTicketState(db, 'old', { note: 'x' }, new Date('2026-01-01T00:00:00Z'));
    await patchTicketState(db, 'new', { note: 'y' }, new Date('2026-11-20T00:00:00Z'));
    expect(await purgeTicketState(db, new Date('2026-09-01T00:00:00Z'))).toBe(1);
    expect((await getTicketState(db, 'old')).note).toBeUndefined();
    expect((await getTicketState(db, 'new')).note).toBe('y');
  });
});
