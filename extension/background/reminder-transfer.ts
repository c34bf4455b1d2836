/** Export, import and "Delete all data" for reminders, run in the background (the only writer). */
import browser from 'webextension-polyfill';
import { toIcs } from '../../src/reminders/ics.ts';
import { parseImport, toJson, type ImportProblem } from '../../src/reminders/transfer.ts';
import { ALARM_PREFIX } from '../../src/reminders/reconcile.ts';
import * as store from '../storage/reminders.ts';
import { remindersDb } from '../storage/reminders.ts';
import { reconcile } from './followups.ts';
import { t } from '../ui/i18n.ts';

export async function exportReminders(format: 'json' | 'ics', now = new Date()): Promise<string> {
  const all = await store.listAll(await remindersDb());
  return format === 'json' ? toJson(all, now) : toIcs(all, { now, title: (r) => t('ics_title', r.subject) });
}

export type ImportOutcome = { ok: true; added: number; updated: number; unchanged: number } | { ok: false; problems: ImportProblem[] };

/** All or nothing: a file with any bad entry changes nothing and says which and why. */
export async function importReminders(text: string): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const counts = await store.mergeImport(await remindersDb(), parsed.reminders);
  // Imported reminders need their alarms, and any already past their time fire now.
  await reconcile();
  return { ok: true, ...counts };
}

export async function overview(): Promise<{ total: number; due: number; setAside: number }> {
  const db = await remindersDb();
  const [total, due, setAside] = await Promise.all([db.count('reminders'), store.countByStatus(db, 'due'), db.count('quarantine')]);
  return { total, due, setAside };
}

/** Every reminder, every set-aside record, every setting, every alarm and notification of ours. */
export async function deleteAllData(): Promise<void> {
  await store.clearAll(await remindersDb());
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => undefined);
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(ALARM_PREFIX)) await browser.alarms.clear(alarm.name);
  }
  for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
  await reconcile();
}
