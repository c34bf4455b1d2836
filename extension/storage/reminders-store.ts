/**
 * Reminder records in IndexedDB. Every function takes the open database, so tests run
 * them on fake-indexeddb. Read-modify-write steps run inside one transaction: two panels
 * acting at once are serialised by IndexedDB instead of overwriting each other.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { reminderProblem, toReminder, WAITING, type Reminder, type ReminderStatus } from '../../src/reminders/model.ts';
import { mergePlan } from '../../src/reminders/transfer.ts';
import type { OliveDB, QuarantinedRecord } from './db-schema.ts';

type Db = IDBPDatabase<OliveDB>;
type RwTx = IDBPTransaction<OliveDB, ['reminders', 'quarantine'], 'readwrite'>;

/** Sorts after any ISO time, for "everything in this status" key ranges. */
const END = '\uffff';

function statusRange(status: ReminderStatus, before: string = END): IDBKeyRange {
  return IDBKeyRange.bound([status, ''], [status, before]);
}

/** Moves corrupt records out of the way inside `tx` and returns the good ones. */
function keepGood(tx: RwTx, values: unknown[], now: Date): Reminder[] {
  const good: Reminder[] = [];
  for (const value of values) {
    const reminder = toReminder(value);
    if (reminder) {
      good.push(reminder);
      continue;
    }
    const id = (value as { id?: unknown } | null)?.id;
    console.warn('[olive-branch] set aside a corrupt reminder record', id);
    const record: QuarantinedRecord = { storedAt: now.toISOString(), source: `reminders/${String(id)}`, reason: reminderProblem(value) ?? 'unreadable', value };
    void tx.objectStore('quarantine').add(record);
    if (typeof id === 'string') void tx.objectStore('reminders').delete(id);
  }
  return good;
}

async function readChecked(db: Db, read: (tx: RwTx) => Promise<unknown[]>, now = new Date()): Promise<Reminder[]> {
  const tx = db.transaction(['reminders', 'quarantine'], 'readwrite');
  const good = keepGood(tx, await read(tx), now);
  await tx.done;
  return good;
}

const byDue = (a: Reminder, b: Reminder) => a.dueAt.localeCompare(b.dueAt);

/** Every reminder, soonest first; corrupt records are set aside on the way. */
export async function listAll(db: Db): Promise<Reminder[]> {
  return (await readChecked(db, (tx) => tx.objectStore('reminders').index('by-due').getAll())).sort(byDue);
}

export async function listForTicket(db: Db, ticketKey: string): Promise<Reminder[]> {
  return (await readChecked(db, (tx) => tx.objectStore('reminders').index('by-ticket').getAll(ticketKey))).sort(byDue);
}

/** Waiting reminders (scheduled or snoozed) due at or before `at`. */
export async function listDueBefore(db: Db, at: Date): Promise<Reminder[]> {
  const before = at.toISOString();
  const found = await readChecked(db, async (tx) => {
    const index = tx.objectStore('reminders').index('by-status-due');
    const lists = await Promise.all(WAITING.map((s) => index.getAll(statusRange(s, before))));
    return lists.flat();
  });
  return found.sort(byDue);
}

export async function countByStatus(db: Db, status: ReminderStatus): Promise<number> {
  return db.countFromIndex('reminders', 'by-status-due', statusRange(status));
}

export async function getReminder(db: Db, id: string): Promise<Reminder | undefined> {
  const [found] = await readChecked(db, async (tx) => {
    const value = await tx.objectStore('reminders').get(id);
    return value === undefined ? [] : [value];
  });
  return found;
}

export async function putReminder(db: Db, reminder: Reminder): Promise<Reminder> {
  await db.put('reminders', reminder);
  return reminder;
}

/**
 * Changes one reminder inside a single transaction. `change` gets the stored record
 * and returns the new one, or null to leave it alone.
 */
export async function updateReminder(db: Db, id: string, change: (r: Reminder) => Reminder | null): Promise<Reminder | undefined> {
  const tx = db.transaction(['reminders', 'quarantine'], 'readwrite');
  const [current] = keepGood(tx, [await tx.objectStore('reminders').get(id)].filter((v) => v !== undefined), new Date());
  const next = current ? change(current) : null;
  if (next) await tx.objectStore('reminders').put({ ...next, id });
  await tx.done;
  return next ?? current;
}

/** Removes a reminder and returns it, so the panel can offer undo. */
export async function deleteReminder(db: Db, id: string): Promise<Reminder | undefined> {
  const tx = db.transaction('reminders', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing;
}

/**
 * Marks every waiting reminder due at or before `now` as due, and returns them. One
 * transaction: when start-up, the alarm and a reconcile race, only one of them gets
 * each reminder, so it is notified once.
 */
export async function claimDue(db: Db, now: Date): Promise<Reminder[]> {
  const at = now.toISOString();
  const tx = db.transaction(['reminders', 'quarantine'], 'readwrite');
  const index = tx.objectStore('reminders').index('by-status-due');
  const lists = await Promise.all(WAITING.map((s) => index.getAll(statusRange(s, at))));
  const claimed = keepGood(tx, lists.flat(), now).map((r): Reminder => ({ ...r, status: 'due', notifiedAt: at, updatedAt: at }));
  await Promise.all(claimed.map((r) => tx.objectStore('reminders').put(r)));
  await tx.done;
  return claimed.sort(byDue);
}

/** Writes an import in one transaction: it lands whole or, on any failure, not at all. */
export async function mergeImport(db: Db, incoming: readonly Reminder[]): Promise<{ added: number; updated: number; unchanged: number }> {
  const tx = db.transaction('reminders', 'readwrite');
  const stored = new Map<string, Reminder>();
  for (const r of incoming) {
    const existing = toReminder(await tx.store.get(r.id));
    if (existing) stored.set(r.id, existing);
  }
  const { write, unchanged } = mergePlan(stored, incoming);
  await Promise.all(write.map((r) => tx.store.put(r)));
  await tx.done;
  const updated = write.filter((r) => stored.has(r.id)).length;
  return { added: write.length - updated, updated, unchanged };
}

/** Deletes done reminders finished before `cutoff`; returns how many went. */
export async function purgeDone(db: Db, cutoff: Date): Promise<number> {
  const limit = cutoff.toISOString();
  const tx = db.transaction('reminders', 'readwrite');
  let purged = 0;
  for await (const cursor of tx.store.index('by-status-due').iterate(statusRange('done'))) {
    const r = cursor.value;
    if ((r.doneAt ?? r.dueAt) < limit) {
      await cursor.delete();
      purged++;
    }
  }
  await tx.done;
  return purged;
}

export async function listQuarantine(db: Db): Promise<QuarantinedRecord[]> {
  return db.getAll('quarantine');
}

export async function clearAll(db: Db): Promise<void> {
  const tx = db.transaction(['reminders', 'quarantine', 'ticketState'], 'readwrite');
  await Promise.all([tx.objectStore('reminders').clear(), tx.objectStore('quarantine').clear(), tx.objectStore('ticketState').clear()]);
  await tx.done;
}
