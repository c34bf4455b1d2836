/** Follow-up reminders: alarms wake the worker, storage says what is due. */
import browser from 'webextension-polyfill';
import { addReminder, getReminder, listReminders, updateReminder, type Reminder } from '../storage/reminders.ts';
import type { TicketRef } from '../messaging.ts';

const ALARM_PREFIX = 'reminder:';

export const alarmName = (id: string) => `${ALARM_PREFIX}${id}`;

export async function schedule(ticket: TicketRef, dueAt: string, note?: string): Promise<Reminder> {
  const reminder = await addReminder(ticket, dueAt, note);
  await browser.alarms.create(alarmName(reminder.id), { when: Date.parse(dueAt) });
  return reminder;
}

export async function onAlarm(alarm: browser.Alarms.Alarm): Promise<void> {
  if (!alarm.name.startsWith(ALARM_PREFIX)) return;
  const reminder = await getReminder(alarm.name.slice(ALARM_PREFIX.length));
  if (reminder?.status === 'scheduled') await fire(reminder);
}

async function fire(reminder: Reminder): Promise<void> {
  // Mark first: if the worker dies after this, the reminder is shown as due, never fired twice.
  await updateReminder(reminder.id, { status: 'due' });
  const who = reminder.customerName ?? 'your customer';
  await browser.notifications.create(alarmName(reminder.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: `Follow up with ${who}`,
    message: reminder.note ? `${reminder.subject}\n${reminder.note}` : reminder.subject,
    priority: 2,
  });
}

/** Alarms are triggers, storage is the record: recreate lost alarms and fire overdue reminders once. */
export async function reconcile(now = Date.now()): Promise<void> {
  const alarms = new Set((await browser.alarms.getAll()).map((a) => a.name));
  for (const reminder of await listReminders()) {
    if (reminder.status !== 'scheduled') continue;
    const due = Date.parse(reminder.dueAt);
    if (due <= now) await fire(reminder);
    else if (!alarms.has(alarmName(reminder.id))) await browser.alarms.create(alarmName(reminder.id), { when: due });
  }
}

/** Focuses a tab that shows the ticket, or opens one. */
export async function openTicket(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(ALARM_PREFIX)) return;
  const reminder = await getReminder(notificationId.slice(ALARM_PREFIX.length));
  await browser.notifications.clear(notificationId);
  if (!reminder) return;
  const tabs = await browser.tabs.query({});
  const existing = tabs.find((tab) => tab.url && sameTicketUrl(tab.url, reminder.ticketUrl));
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: reminder.ticketUrl });
  }
}

function sameTicketUrl(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname && x.search === y.search && x.hash === y.hash;
  } catch {
    return false;
  }
}

/** Development builds only: lets the e2e tests bring every scheduled reminder due in `ms`. */
export async function bringForward(ms: number): Promise<number> {
  const when = Date.now() + ms;
  const scheduled = (await listReminders()).filter((r) => r.status === 'scheduled');
  for (const reminder of scheduled) {
    await updateReminder(reminder.id, { dueAt: new Date(when).toISOString() });
    await browser.alarms.create(alarmName(reminder.id), { when });
  }
  return scheduled.length;
}
