/**
 * Opens the reminders database (IndexedDB through idb), running the numbered
 * migrations a stored database has not seen yet. Only the background opens it for
 * writing; the connection is a handle, not state, so a fresh worker just opens again.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_MIGRATIONS, DB_VERSION, type MigrationContext } from './db-migrations.ts';
import type { OliveDB } from './db-schema.ts';

export const DB_NAME = 'olive-branch';
export type { OliveDB, QuarantinedRecord } from './db-schema.ts';
export { DB_VERSION } from './db-migrations.ts';

export interface OpenOptions {
  name?: string;
  /** Stop at this version (tests open old versions to check each migration). */
  version?: number;
  /** Reads the legacy storage.local record; called before opening, since the upgrade cannot wait on it. */
  readLegacy?: () => Promise<unknown>;
  /** Called once the database is open at a version that has taken the legacy record in. */
  dropLegacy?: () => Promise<void>;
  now?: () => Date;
}

export async function openOliveDb(options: OpenOptions = {}): Promise<IDBPDatabase<OliveDB>> {
  const version = options.version ?? DB_VERSION;
  const context: MigrationContext = { legacyReminders: await options.readLegacy?.(), now: options.now?.() ?? new Date() };
  const db = await openDB<OliveDB>(options.name ?? DB_NAME, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (const migration of DB_MIGRATIONS) {
        if (migration.version > oldVersion && migration.version <= version) migration.up(database, tx, context);
      }
    },
    // A newer worker (after an update) wants to upgrade: let go so it is not blocked.
    blocking() {
      db.close();
    },
  });
  if (context.legacyReminders !== undefined && db.version >= 3) await options.dropLegacy?.();
  return db;
}
