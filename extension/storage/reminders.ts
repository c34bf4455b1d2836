/**
 * Reminder records. The background is the only writer; storage is the record and
 * alarms only wake the worker, so nothing here lives in memory between events.
 */
import browser from 'webextension-polyfill';
import type { ReminderView, TicketRef } from '../messaging.ts';

const KEY = 'reminders';

export type Reminder = ReminderView;

async function readAll(): Promise<Record<string, Reminder>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!stored || typeof stored !== 'object') return {};
  const out: Record<string, Reminder> = {};
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    if (isReminder(value)) out[id] = value;
    else console.warn('[olive-branch] set aside a corrupt reminder record', id);
  }
  return out;
}

async function writeAll(all: Record<string, Reminder>): Promise<void> {
  await browser.storage.local.set({ [KEY]: all });
}

export async function listReminders(ticketKey?: string): Promise<Reminder[]> {
  const all = Object.values(await readAll());
  return all
    .filter((r) => ticketKey === undefined || r.ticketKey === ticketKey)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

export async function getReminder(id: string): Promise<Reminder | undefined> {
  return (await readAll())[id];
}

export async function addReminder(ticket: TicketRef, dueAt: string, note?: string): Promise<Reminder> {
  const all = await readAll();
  const reminder: Reminder = {
    id: crypto.randomUUID(),
    ticketKey: ticket.key,
    ticketUrl: ticket.url,
    subject: ticket.subject,
    ...(ticket.customerName ? { customerName: ticket.customerName } : {}),
    dueAt,
    ...(note ? { note } : {}),
    status: 'scheduled',
  };
  all[reminder.id] = reminder;
  await writeAll(all);
  return reminder;
}

export async function updateReminder(id: string, patch: Partial<Reminder>): Promise<Reminder | undefined> {
  const all = await readAll();
  const existing = all[id];
  if (!existing) return undefined;
  all[id] = { ...existing, ...patch, id };
  await writeAll(all);
  return all[id];
}

export async function deleteReminder(id: string): Promise<boolean> {
  const all = await readAll();
  if (!all[id]) return false;
  delete all[id];
  await writeAll(all);
  return true;
}

function isReminder(value: unknown): value is Reminder {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.ticketKey === 'string' &&
    typeof r.ticketUrl === 'string' &&
    typeof r.subject === 'string' &&
    typeof r.dueAt === 'string' &&
    !Number.isNaN(Date.parse(r.dueAt)) &&
    ['scheduled', 'due', 'done'].includes(r.status as string)
  );
}
