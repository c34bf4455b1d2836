/**
 * Follow-up reminders in the background: the only writer of the reminders database.
 * Alarms only wake the worker; the database says what is due. Nothing is kept in
 * worker globals, so any function here may be the first thing a fresh worker runs.
 */
import browser from 'webextension-polyfill';
import { createReminder, type NewReminder, type Reminder } from '../../src/reminders/model.ts';
import { MAX_ALARMS, alarmName, planAlarms, planNotifications, reminderIdOf } from '../../src/reminders/reconcile.ts';
import { retentionCutoff } from '../../src/reminders/retention.ts';
import * as store from '../storage/reminders.ts';
import { remindersDb } from '../storage/reminders.ts';
import { purgeTicketState } from '../storage/ticket-state.ts';
import { loadReminderSettings } from '../storage/reminders-settings.ts';
import { announceChange, BUTTON_OPEN, BUTTON_SNOOZE, notify, setBadge, SUMMARY_ID } from './reminder-notify.ts';
import { focusOrOpen } from './reminder-tabs.ts';

export { alarmName };

/** After every change: the badge counts due follow-ups, open panels re-read. */
async function changed(): Promise<void> {
  await setBadge(await store.countByStatus(await remindersDb(), 'due'));
  await announceChange();
}

/**
 * One alarm for a (re)scheduled reminder, within MAX_ALARMS: when all are taken, it takes
 * the latest one's place only if it is due sooner; otherwise a later re-arm reaches it.
 */
async function armAlarm(reminder: Reminder): Promise<void> {
  const when = Date.parse(reminder.dueAt);
  const ours = (await browser.alarms.getAll()).filter((a) => reminderIdOf(a.name) !== null && a.name !== alarmName(reminder.id));
  if (ours.length >= MAX_ALARMS) {
    const latest = ours.reduce((a, b) => (a.scheduledTime >= b.scheduledTime ? a : b));
    if (when >= latest.scheduledTime) return;
    await browser.alarms.clear(latest.name);
  }
  await browser.alarms.create(alarmName(reminder.id), { when });
}

/** Gives the soonest waiting reminders their alarms and drops stale ones. */
async function rearm(now: Date): Promise<void> {
  const plan = planAlarms(await store.listAll(await remindersDb()), await browser.alarms.getAll(), now.getTime());
  await Promise.all([
    ...plan.clear.map((name) => browser.alarms.clear(name)),
    ...plan.create.map(({ name, when }) => browser.alarms.create(name, { when })),
  ]);
}

export async function schedule(input: NewReminder, now = new Date()): Promise<Reminder> {
  const reminder = await store.putReminder(await remindersDb(), createReminder(input, crypto.randomUUID(), now));
  await armAlarm(reminder);
  // A time already past fires at once, through the same claim as everything else.
  if (Date.parse(reminder.dueAt) <= now.getTime()) await fireDue(now);
  await changed();
  return reminder;
}

/** Fires every waiting reminder whose time has come, each exactly once. */
export async function fireDue(now = new Date()): Promise<Reminder[]> {
  const fired = await store.claimDue(await remindersDb(), now);
  await notify(planNotifications(fired));
  if (fired.length > 0) await changed();
  return fired;
}

export async function onAlarm(alarm: browser.Alarms.Alarm): Promise<void> {
  if (reminderIdOf(alarm.name) === null) return;
  await fireDue();
  // The next reminders beyond the alarm limit get their alarms as these fire.
  await rearm(new Date());
}

/**
 * Alarms are triggers, storage is the record: fire what came due while nobody was
 * listening (one summary when several did), recreate missing alarms, drop stale ones,
 * and purge done reminders past the retention period.
 */
export async function reconcile(now = new Date()): Promise<void> {
  const db = await remindersDb();
  await fireDue(now);
  await rearm(now);
  const { retentionDays } = await loadReminderSettings();
  const cutoff = new Date(retentionCutoff(now.getTime(), retentionDays));
  await store.purgeDone(db, cutoff);
  await purgeTicketState(db, cutoff);
  await changed();
}

async function change(id: string, edit: (r: Reminder, at: string) => Reminder | null): Promise<Reminder | undefined> {
  const at = new Date().toISOString();
  const result = await store.updateReminder(await remindersDb(), id, (r) => edit(r, at));
  await browser.notifications.clear(alarmName(id)).catch(() => undefined);
  return result;
}

export async function complete(id: string): Promise<boolean> {
  const done = await change(id, (r, at) => (r.status === 'done' ? null : { ...r, status: 'done', doneAt: at, updatedAt: at }));
  await browser.alarms.clear(alarmName(id));
  await changed();
  return done?.status === 'done';
}

export async function snooze(id: string, minutes: number): Promise<Reminder | undefined> {
  const until = new Date(Date.now() + minutes * 60_000).toISOString();
  const r = await change(id, (current, at) => ({ ...current, status: 'snoozed', dueAt: until, updatedAt: at }));
  if (r) await armAlarm(r);
  await changed();
  return r;
}

export async function reschedule(id: string, dueAt: string): Promise<Reminder | undefined> {
  const due = new Date(dueAt).toISOString();
  const r = await change(id, (current, at) => {
    const { doneAt: _doneAt, ...rest } = current;
    return { ...rest, status: 'scheduled', dueAt: due, updatedAt: at };
  });
  if (r) await armAlarm(r);
  if (r && Date.parse(due) <= Date.now()) await fireDue();
  await changed();
  return r;
}

/** Deletes and hands the record back, so the panel can undo with `restore`. */
export async function remove(id: string): Promise<Reminder | null> {
  const removed = await store.deleteReminder(await remindersDb(), id);
  await browser.alarms.clear(alarmName(id));
  await browser.notifications.clear(alarmName(id)).catch(() => undefined);
  await changed();
  return removed ?? null;
}

export async function restore(reminder: Reminder): Promise<Reminder> {
  await store.putReminder(await remindersDb(), reminder);
  if (reminder.status === 'scheduled' || reminder.status === 'snoozed') {
    if (Date.parse(reminder.dueAt) > Date.now()) await armAlarm(reminder);
    else await fireDue();
  }
  await changed();
  return reminder;
}

export async function openReminderTicket(id: string): Promise<boolean> {
  const reminder = await store.getReminder(await remindersDb(), id);
  if (!reminder) return false;
  await focusOrOpen(reminder.ticketUrl);
  return true;
}

/** A click on the notification body opens the ticket (the only action Firefox offers). */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (notificationId === SUMMARY_ID) {
    await browser.notifications.clear(notificationId);
    await browser.tabs.create({ url: browser.runtime.getURL('extension/sidepanel/index.html?view=reminders') });
    return;
  }
  const id = reminderIdOf(notificationId);
  if (id === null) return;
  await browser.notifications.clear(notificationId);
  await openReminderTicket(id);
}

export async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  const id = reminderIdOf(notificationId);
  if (id === null) return;
  if (buttonIndex === BUTTON_OPEN) await onNotificationClicked(notificationId);
  else if (buttonIndex === BUTTON_SNOOZE) await snooze(id, 60);
}

/** Development builds only: brings every waiting reminder due in `ms`, for the e2e tests. */
export async function bringForward(ms: number): Promise<number> {
  const when = new Date(Date.now() + ms).toISOString();
  const db = await remindersDb();
  const waiting = (await store.listAll(db)).filter((r) => r.status === 'scheduled' || r.status === 'snoozed');
  for (const r of waiting) {
    const moved = await store.updateReminder(db, r.id, (current) => ({ ...current, dueAt: when }));
    if (moved) await armAlarm(moved);
  }
  return waiting.length;
}
