/**
 * The one message protocol. Types are named by direction (Dark Reader style) so a
 * receiver only ever handles the messages meant for it; every incoming message is
 * checked for its sender and its shape, and anything else is dropped with a debug log.
 */
import * as v from 'valibot';
import type { Ticket } from '../src/ticket.ts';
import type { InsertResult } from '../src/editors/types.ts';
import type { TicketState } from './storage/db-schema.ts';
import { reminderSchema, type Reminder } from '../src/reminders/model.ts';
import type { ImportProblem } from '../src/reminders/transfer.ts';

/** What the content script knows about its page. */
export interface Reading {
  /** Adapter that read the page; 'generic' means basic mode. */
  adapter: string;
  adapterName: string;
  ticket: Ticket | null;
  hasEditor: boolean;
  /** Current text of the reply editor, for the draft checker. */
  draft: string;
}

/** A stored follow-up reminder, as the background sends it to pages. */
export type ReminderView = Reminder;

/**
 * A schema built on first use. Every surface loads this one protocol, but each checks
 * only the messages sent to it: the content script, on every helpdesk page, would
 * otherwise build (and keep in the page's heap) the panel's and the background's too.
 */
function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

// ── panel → content script ──
const PanelToContent = lazy(() => v.variant('type', [
  v.object({ type: v.literal('panelToContent.getReading') }),
  v.object({
    type: v.literal('panelToContent.insert'),
    text: v.pipe(v.string(), v.maxLength(20_000)),
    cursor: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    replace: v.optional(
      v.object({
        start: v.pipe(v.number(), v.integer(), v.minValue(0)),
        end: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
  }),
]));
export type PanelToContent = v.InferOutput<ReturnType<typeof PanelToContent>>;

// ── content script → panel ──
const ContentToPanel = lazy(() => v.variant('type', [
  v.object({ type: v.literal('contentToPanel.readingChanged'), reading: v.custom<Reading>(isReading) }),
  // Only the reply box changed: the panel keeps the ticket it has (no re-read, no re-analysis).
  v.object({ type: v.literal('contentToPanel.draftChanged'), draft: v.pipe(v.string(), v.maxLength(20_000)) }),
  // A content script has just started in the tab (page load, basic-mode injection): a
  // panel bound to that tab asks for the reading; with none open, nothing is read.
  v.object({ type: v.literal('contentToPanel.started') }),
]));
export type ContentToPanel = v.InferOutput<ReturnType<typeof ContentToPanel>>;

// ── panel → background ──
const TicketRef = lazy(() => v.object({
  key: v.pipe(v.string(), v.maxLength(2_000)),
  url: v.pipe(v.string(), v.url(), v.maxLength(2_000)),
  subject: v.pipe(v.string(), v.maxLength(1_000)),
  customerName: v.optional(v.pipe(v.string(), v.maxLength(300))),
  helpdesk: v.optional(v.pipe(v.string(), v.maxLength(100))),
  id: v.optional(v.pipe(v.string(), v.maxLength(200))),
}));
const PanelToBackground = lazy(() => {
  const reminderId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
  return v.variant('type', [
    v.object({
      type: v.literal('panelToBackground.scheduleFollowUp'),
      ticket: TicketRef(),
      dueAt: v.pipe(v.string(), v.isoTimestamp()),
      note: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
      phrase: v.optional(v.pipe(v.string(), v.maxLength(5_000))),
    }),
    v.object({ type: v.literal('panelToBackground.listReminders'), ticketKey: v.optional(v.string()) }),
    v.object({ type: v.literal('panelToBackground.completeReminder'), id: reminderId }),
    v.object({ type: v.literal('panelToBackground.deleteReminder'), id: reminderId }),
    v.object({
      type: v.literal('panelToBackground.snoozeReminder'),
      id: reminderId,
      minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60 * 24 * 30)),
    }),
    v.object({ type: v.literal('panelToBackground.rescheduleReminder'), id: reminderId, dueAt: v.pipe(v.string(), v.isoTimestamp()) }),
    /** Undo of a delete: the record the delete handed back. */
    v.object({ type: v.literal('panelToBackground.restoreReminder'), reminder: reminderSchema() }),
    v.object({ type: v.literal('panelToBackground.openReminderTicket'), id: reminderId }),
    v.object({ type: v.literal('panelToBackground.exportReminders'), format: v.picklist(['json', 'ics']) }),
    v.object({ type: v.literal('panelToBackground.importReminders'), text: v.pipe(v.string(), v.maxLength(20 * 1024 * 1024)) }),
    v.object({ type: v.literal('panelToBackground.remindersOverview') }),
    v.object({ type: v.literal('panelToBackground.deleteAllData'), confirm: v.literal(true) }),
    v.object({ type: v.literal('panelToBackground.getTicketState'), ticketKey: v.pipe(v.string(), v.minLength(1), v.maxLength(2_100)) }),
    v.object({
      type: v.literal('panelToBackground.patchTicketState'),
      ticketKey: v.pipe(v.string(), v.minLength(1), v.maxLength(2_100)),
      stepMarks: v.optional(v.record(v.pipe(v.string(), v.maxLength(50)), v.picklist(['done', 'undone']))),
      note: v.optional(v.pipe(v.string(), v.maxLength(5_000))),
      remedy: v.optional(v.pipe(v.string(), v.maxLength(500))),
      heatMark: v.optional(v.nullable(v.picklist([0, 1, 2, 3] as const))),
    }),
  ]);
});
export type PanelToBackground = v.InferOutput<ReturnType<typeof PanelToBackground>>;
export type TicketRef = v.InferOutput<ReturnType<typeof TicketRef>>;

export interface Responses {
  'panelToContent.getReading': Reading;
  'panelToContent.insert': InsertResult;
  'panelToBackground.scheduleFollowUp': ReminderView;
  'panelToBackground.listReminders': ReminderView[];
  'panelToBackground.completeReminder': boolean;
  /** The deleted record (for undo), or null when there was none. */
  'panelToBackground.deleteReminder': ReminderView | null;
  'panelToBackground.snoozeReminder': ReminderView | undefined;
  'panelToBackground.rescheduleReminder': ReminderView | undefined;
  'panelToBackground.restoreReminder': ReminderView;
  'panelToBackground.openReminderTicket': boolean;
  'panelToBackground.exportReminders': string;
  'panelToBackground.importReminders': { ok: true; added: number; updated: number; unchanged: number } | { ok: false; problems: ImportProblem[] };
  'panelToBackground.remindersOverview': { total: number; due: number; setAside: number };
  'panelToBackground.deleteAllData': true;
  'panelToBackground.getTicketState': TicketState;
  'panelToBackground.patchTicketState': TicketState;
}

// ── background → pages ──
const BackgroundToPanel = lazy(() => v.object({ type: v.literal('backgroundToPanel.remindersChanged') }));
export type BackgroundToPanel = v.InferOutput<ReturnType<typeof BackgroundToPanel>>;

/** For pages: only our own background (or another of our pages) may say reminders changed. */
export function acceptBackgroundToPanel(message: unknown, sender: SenderInfo, self: Self): BackgroundToPanel | null {
  if (typeof (message as { type?: unknown } | null)?.type !== 'string' || !(message as { type: string }).type.startsWith('backgroundToPanel.')) return null;
  if (!fromOwnPage(sender, self)) return drop('sender is not the extension', message);
  return accept(BackgroundToPanel(), message);
}

/** The parts of `runtime.MessageSender` the checks need. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Where our own extension pages live, e.g. `chrome-extension://abc/`. */
export interface Self {
  id: string;
  origin: string;
}

function fromOwnPage(sender: SenderInfo, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

function fromOwnContentScript(sender: SenderInfo, self: Self): boolean {
  return sender.id === self.id && typeof sender.tab?.id === 'number' && !sender.url?.startsWith(self.origin);
}

function drop(reason: string, message: unknown): null {
  if (typeof console !== 'undefined') console.debug('[olive-branch] dropped message:', reason, message);
  return null;
}

function accept<T>(schema: v.GenericSchema<unknown, T>, message: unknown): T | null {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : drop('bad shape', message);
}

/** A side panel's connection to its tab's content script: while one is open, the page is watched. */
export const PANEL_PORT = 'olive-branch.panel';

/** For the content script: only our own extension pages may hold a panel connection. */
export function acceptPanelConnection(name: string, sender: SenderInfo | undefined, self: Self): boolean {
  return name === PANEL_PORT && !!sender && fromOwnPage(sender, self);
}

/** For the content script: only our own extension pages may ask it to read or insert. */
export function acceptPanelToContent(message: unknown, sender: SenderInfo, self: Self): PanelToContent | null {
  if (!fromOwnPage(sender, self)) return drop('sender is not an extension page', message);
  return accept(PanelToContent(), message);
}

/** For the panel: only our content script in the panel's bound tab. */
export function acceptContentToPanel(
  message: unknown,
  sender: SenderInfo,
  self: Self,
  boundTabId: number | undefined,
): ContentToPanel | null {
  if (!fromOwnContentScript(sender, self)) return drop('sender is not our content script', message);
  if (sender.tab?.id !== boundTabId) return null; // another tab's news: not an error
  return accept(ContentToPanel(), message);
}

/**
 * For the panel, on the port it opened to its tab's top frame: only our own content
 * script can hold the other end (a page cannot reach an extension's port, and another
 * extension cannot take our connection), so the shape is the check. A start notice
 * never comes this way: it is for panels not yet connected.
 */
export function acceptOnPanelPort(message: unknown): Exclude<ContentToPanel, { type: 'contentToPanel.started' }> | null {
  const accepted = accept(ContentToPanel(), message);
  return accepted?.type === 'contentToPanel.started' ? null : accepted;
}

/** For the background: only our own extension pages may manage reminders. */
export function acceptPanelToBackground(message: unknown, sender: SenderInfo, self: Self): PanelToBackground | null {
  if (!fromOwnPage(sender, self)) return drop('sender is not an extension page', message);
  return accept(PanelToBackground(), message);
}

function isReading(value: unknown): value is Reading {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  if (typeof r.adapter !== 'string' || typeof r.adapterName !== 'string') return false;
  if (typeof r.hasEditor !== 'boolean' || typeof r.draft !== 'string') return false;
  return r.ticket === null || isTicket(r.ticket);
}

function isTicket(value: unknown): value is Ticket {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.helpdesk === 'string' &&
    typeof t.id === 'string' &&
    typeof t.url === 'string' &&
    typeof t.subject === 'string' &&
    !!t.customer &&
    typeof t.customer === 'object' &&
    Array.isArray(t.messages) &&
    t.messages.every(
      (m: unknown) =>
        !!m &&
        typeof m === 'object' &&
        typeof (m as Record<string, unknown>).text === 'string' &&
        ['customer', 'agent', 'note'].includes((m as Record<string, unknown>).author as string),
    )
  );
}

// ── in-page phrase picker: content script ⇄ background ──
// The content script stays small: it sends what it reads and the query typed after the
// trigger; the background ranks, searches and fills the phrases (DESIGN.md).
const ContentToBackground = lazy(() => v.object({
  type: v.literal('contentToBackground.pickerPhrases'),
  query: v.pipe(v.string(), v.maxLength(100)),
  reading: v.custom<Reading>(isReading),
}));
export type ContentToBackground = v.InferOutput<ReturnType<typeof ContentToBackground>>;

/** A phrase as the picker shows and inserts it: already filled for the tab's ticket. */
export interface PickerPhrase {
  id: string;
  step: string;
  title: string;
  text: string;
  cursor?: number;
}
export interface PickerAnswer {
  /** False when the agent switched Olive Branch off for this helpdesk: the picker stays closed. */
  enabled: boolean;
  phrases: PickerPhrase[];
  /** Strings the picker shows, in the agent's UI language. */
  labels: { title: string; hint: string; empty: string; cursor: string };
}
export interface ContentToBackgroundResponses {
  'contentToBackground.pickerPhrases': PickerAnswer;
}

/** For the background: only our own content script, in a tab, may ask for picker phrases. */
export function acceptContentToBackground(message: unknown, sender: SenderInfo, self: Self): ContentToBackground | null {
  if (typeof (message as { type?: unknown } | null)?.type !== 'string' || !(message as { type: string }).type.startsWith('contentToBackground.')) return null;
  if (!fromOwnContentScript(sender, self)) return drop('sender is not our content script', message);
  return accept(ContentToBackground(), message);
}

// Background → content script: the context menu and shortcut open the picker in the page.
const BackgroundToContent = lazy(() => v.object({ type: v.literal('backgroundToContent.openPicker') }));
export type BackgroundToContent = v.InferOutput<ReturnType<typeof BackgroundToContent>>;

/** For the content script: only our own extension (its worker or pages) may open the picker. */
export function acceptBackgroundToContent(message: unknown, sender: SenderInfo, self: Self): BackgroundToContent | null {
  if (typeof (message as { type?: unknown } | null)?.type !== 'string' || !(message as { type: string }).type.startsWith('backgroundToContent.')) return null;
  if (!fromOwnPage(sender, self)) return drop('sender is not the extension', message);
  return accept(BackgroundToContent(), message);
}
