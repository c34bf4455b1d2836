/**
 * The extension's reminders database: opened lazily in the background, taking the
 * first shell's storage.local record in on the way (migration 3). The background is the
 * only writer; pages ask it through messages.
 */
import browser from 'webextension-polyfill';
import type { IDBPDatabase } from 'idb';
import { openOliveDb, type OliveDB } from './db.ts';

/** The storage.local key the first shell kept reminders under. */
export const LEGACY_KEY = 'reminders';

let opening: Promise<IDBPDatabase<OliveDB>> | undefined;

/** The open database; a failed open is retried on the next call rather than remembered. */
export function remindersDb(): Promise<IDBPDatabase<OliveDB>> {
  opening ??= openOliveDb({
    readLegacy: async () => (await browser.storage.local.get(LEGACY_KEY))[LEGACY_KEY],
    dropLegacy: () => browser.storage.local.remove(LEGACY_KEY),
  }).then(
    (db) => {
      // Closed from elsewhere (an upgrade, "Delete all data"): open afresh next time.
      db.addEventListener('close', () => (opening = undefined));
      return db;
    },
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}

export * from './reminders-store.ts';
