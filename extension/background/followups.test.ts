import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { reconcile, schedule, onNotificationButton, fireDue, complete } = await import('./followups.ts');
const { remindersDb, clearAll, getReminder, putReminder } = await import('../storage/reminders.ts');
const { createReminder } = await import('../../src/reminders/model.ts');
const { alarmName } = await import('../../src/reminders/reconcile.ts');

const ticket = (n: number) => ({ key: `https://desk.test#${n}`, url: `https://desk.test/tickets/${n}`, subject: `Ticket ${n}`, customerName: `Customer ${n}` });
const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const future = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Writes a reminder straight into the store, as if scheduled before the browser closed. */
async function stored(n: number, dueAt: string) {
  return putReminder(await remindersDb(), createReminder({ ticket: ticket(n), dueAt }, `r${n}`, new Date(Date.now() - 86_400_000)));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearAll(await remindersDb());
});

describe('reconciling after the worker or the browser was gone', () => {
  it('fires an overdue reminder once, even when start-up and worker start reconcile at the same time', async () => {
    await stored(1, past(30));
    await Promise.all([reconcile(), reconcile(), fireDue()]);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([alarmName('r1')]);
    expect((await getReminder(await remindersDb(), 'r1'))?.status).toBe('due');
    await reconcile();
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
  });

  it('sums up several reminders that came due while closed in one notification', async () => {
    await stored(1, past(90));
    await stored(2, past(60));
    await stored(3, future(60));
    await reconcile();
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual(['reminders:summary']);
    expect(shown['reminders:summary']!.message).toContain('Customer 1: Ticket 1');
    expect(shown['reminders:summary']!.message).toContain('Customer 2: Ticket 2');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('recreates the alarm of a future reminder that lost it', async () => {
    const r = await stored(4, future(120));
    expect(await fakeBrowser.alarms.get(alarmName(r.id))).toBeUndefined();
    await reconcile();
    expect((await fakeBrowser.alarms.get(alarmName(r.id)))?.scheduledTime).toBe(Date.parse(r.dueAt));
  });
});

describe('notification buttons', () => {
  it('"Snooze 1 h" moves the reminder an hour on, re-arms its alarm and takes it off the badge', async () => {
    await stored(5, past(1));
    await fireDue();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const before = Date.now();
    await onNotificationButton(alarmName('r5'), 1);
    const r = await getReminder(await remindersDb(), 'r5');
    expect(r?.status).toBe('snoozed');
    expect(Date.parse(r!.dueAt) - before).toBeGreaterThanOrEqual(3_600_000 - 1_000);
    expect((await fakeBrowser.alarms.get(alarmName('r5')))?.scheduledTime).toBe(Date.parse(r!.dueAt));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('"Open ticket" focuses a tab that already shows the ticket instead of opening another', async () => {
    await stored(6, past(1));
    await fireDue();
    const other = await fakeBrowser.tabs.create({ url: 'https://desk.test/tickets/7', active: true });
    const mine = await fakeBrowser.tabs.create({ url: 'https://desk.test/tickets/6', active: false });
    await fakeBrowser.tabs.update(other.id!, { active: true });
    await onNotificationButton(alarmName('r6'), 0);
    expect((await fakeBrowser.tabs.get(mine.id!)).active).toBe(true);
    expect(await fakeBrowser.tabs.query({ url: 'https://desk.test/tickets/6' })).toHaveLength(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()[alarmName('r6')]).toBeUndefined();
  });

  it('"Open ticket" opens the ticket when no tab shows it', async () => {
    await stored(8, past(1));
    await onNotificationButton(alarmName('r8'), 0);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain('https://desk.test/tickets/8');
  });
});

describe('scheduling and completing', () => {
  it('schedules with an alarm at the due time, and done clears it', async () => {
    const r = await schedule({ ticket: ticket(9), dueAt: future(30), note: 'ask about the refund' });
    expect((await fakeBrowser.alarms.get(alarmName(r.id)))?.scheduledTime).toBe(Date.parse(r.dueAt));
    expect(await complete(r.id)).toBe(true);
    expect(await fakeBrowser.alarms.get(alarmName(r.id))).toBeUndefined();
    expect((await getReminder(await remindersDb(), r.id))?.status).toBe('done');
  });
});
