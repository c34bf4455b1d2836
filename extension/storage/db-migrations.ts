/**
 * Numbered IndexedDB migrations for the reminders database. Each runs inside the
 * upgrade transaction, so a migration either lands whole or not at all; each is
 * synchronous (only IndexedDB requests, no awaits on anything else) because the
 * upgrade transaction commits as soon as it is left idle.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { toReminder } from '../../src/reminders/model.ts';
import type { OliveDB } from './db-schema.ts';

export interface MigrationContext {
  /** The reminders record that the first version kept in storage.local, read before opening. */
  legacyReminders: unknown;
  now: Date;
}

export interface DbMigration {
  version: number;
  what: string;
  up(db: IDBPDatabase<OliveDB>, tx: IDBPTransaction<OliveDB, StoreNames<OliveDB>[], 'versionchange'>, context: MigrationContext): void;
}

const m001: DbMigration = {
  version: 1,
  what: 'reminders store; indexes for "due before T" (per status) and "for ticket X"',
  up(db) {
    const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
    reminders.createIndex('by-due', 'dueAt');
    reminders.createIndex('by-ticket', 'ticketKey');
    // [status, dueAt]: the waiting reminders due before T, without reading the done ones.
    reminders.createIndex('by-status-due', ['status', 'dueAt']);
  },
};

const m002: DbMigration = {
  version: 2,
  what: 'quarantine store: corrupt records are set aside here instead of breaking the rest',
  up(db) {
    db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
  },
};

const m003: DbMigration = {
  version: 3,
  what: 'move the storage.local reminders record of the first shell into IndexedDB',
  up(_db, tx, { legacyReminders, now }) {
    if (!legacyReminders || typeof legacyReminders !== 'object') return;
    const reminders = tx.objectStore('reminders');
    const quarantine = tx.objectStore('quarantine');
    for (const [key, value] of Object.entries(legacyReminders as Record<string, unknown>)) {
      // The old record had no creation time and no "snoozed"; everything else maps as is.
      const reminder = toReminder(value);
      if (reminder) void reminders.put({ ...reminder, createdAt: reminder.createdAt ?? now.toISOString() });
      else void quarantine.add({ storedAt: now.toISOString(), source: `storage.local reminders.${key}`, reason: 'not a reminder', value: cloneable(value) });
    }
  },
};

const m004: DbMigration = {
  version: 4,
  what: 'ticket state: steps marked by hand, a note and the agreed remedy per ticket; indexed by last change for retention',
  up(db) {
    const state = db.createObjectStore('ticketState', { keyPath: 'ticketKey' });
    state.createIndex('by-updated', 'updatedAt');
  },
};

/** Only JSON survives into the quarantine, so a strange value cannot abort the migration. */
function cloneable(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value ?? null)) as unknown;
  } catch {
    return String(value);
  }
}

export const DB_MIGRATIONS: readonly DbMigration[] = [m001, m002, m003, m004];
export const DB_VERSION = DB_MIGRATIONS.at(-1)!.version;
