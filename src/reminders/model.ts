/**
 * The reminder record: what the background stores, the panel shows and the JSON export
 * carries. Plain JSON only (dates are ISO strings) so it crosses message boundaries and
 * IndexedDB unchanged.
 */
import * as v from 'valibot';

export const REMINDER_STATUSES = ['scheduled', 'due', 'snoozed', 'done'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** Statuses still waiting for their time to come: the ones with an alarm. */
export const WAITING: readonly ReminderStatus[] = ['scheduled', 'snoozed'];

const isoTime = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
  // Stored in one canonical form so the "due before T" index orders by time.
  v.transform((s) => new Date(s).toISOString()),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const buildReminderSchema = () =>
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    /** Origin plus ticket id: see `ticketKey` in src/ticket.ts. */
    ticketKey: v.pipe(v.string(), v.minLength(1), v.maxLength(2_100)),
    helpdesk: v.optional(text(100)),
    ticketId: v.optional(text(200)),
    // Only web pages: a reminder opens this URL, so an imported `javascript:` or `file:` link must not get in.
    ticketUrl: v.pipe(v.string(), v.url(), v.maxLength(2_000), v.regex(/^https?:\/\//i, 'is not a web address')),
    subject: text(1_000),
    customerName: v.optional(text(300)),
    dueAt: isoTime,
    note: v.optional(text(2_000)),
    /** The follow-up phrase suggested when it was scheduled, already filled for this customer. */
    phrase: v.optional(text(5_000)),
    status: v.picklist(REMINDER_STATUSES),
    createdAt: v.optional(isoTime),
    updatedAt: v.optional(isoTime),
    doneAt: v.optional(isoTime),
    /** When the last notification for it was shown. */
    notifiedAt: v.optional(isoTime),
  });

let reminders: ReturnType<typeof buildReminderSchema> | undefined;
/** Built on first use: the content script loads this module (the protocol names reminders) but never checks one. */
export const reminderSchema = () => (reminders ??= buildReminderSchema());

export type Reminder = v.InferOutput<ReturnType<typeof reminderSchema>>;

/** Why a value is not a reminder, in one line naming the field, or null when it is one. */
export function reminderProblem(value: unknown): string | null {
  const result = v.safeParse(reminderSchema(), value);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The value as a canonical reminder, or null when it is not one. */
export function toReminder(value: unknown): Reminder | null {
  const result = v.safeParse(reminderSchema(), value);
  return result.success ? result.output : null;
}

/** What the panel knows about a ticket when it schedules a follow-up. */
export interface TicketRef {
  key: string;
  url: string;
  subject: string;
  helpdesk?: string;
  id?: string;
  customerName?: string;
}

export interface NewReminder {
  ticket: TicketRef;
  dueAt: string;
  note?: string;
  phrase?: string;
}

/** A fresh scheduled reminder; `id` and `now` are passed in so this stays pure. */
export function createReminder(input: NewReminder, id: string, now: Date): Reminder {
  const at = now.toISOString();
  const { ticket } = input;
  return {
    id,
    ticketKey: ticket.key,
    ...(ticket.helpdesk ? { helpdesk: ticket.helpdesk } : {}),
    ...(ticket.id ? { ticketId: ticket.id } : {}),
    ticketUrl: ticket.url,
    subject: ticket.subject,
    ...(ticket.customerName ? { customerName: ticket.customerName } : {}),
    dueAt: new Date(input.dueAt).toISOString(),
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
    ...(input.phrase ? { phrase: input.phrase } : {}),
    status: 'scheduled',
    createdAt: at,
    updatedAt: at,
  };
}

/** Due first (oldest first), then waiting (soonest first), then done (latest first). */
export function groupReminders(reminders: readonly Reminder[]): { due: Reminder[]; upcoming: Reminder[]; done: Reminder[] } {
  const byDue = (a: Reminder, b: Reminder) => a.dueAt.localeCompare(b.dueAt);
  return {
    due: reminders.filter((r) => r.status === 'due').sort(byDue),
    upcoming: reminders.filter((r) => WAITING.includes(r.status)).sort(byDue),
    done: reminders.filter((r) => r.status === 'done').sort((a, b) => (b.doneAt ?? b.dueAt).localeCompare(a.doneAt ?? a.dueAt)),
  };
}
