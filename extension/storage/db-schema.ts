/** The shape of the reminders database, for idb's typed stores and indexes. */
import type { DBSchema } from 'idb';
import type { Reminder, ReminderStatus } from '../../src/reminders/model.ts';
import type { StepMarks } from '../../src/analysis/step-marks.ts';
import type { HeatLevel } from '../../src/analysis/types.ts';

export interface QuarantinedRecord {
  key?: number;
  storedAt: string;
  /** Where it was found, e.g. "reminders/abc" or "storage.local reminders.abc". */
  source: string;
  reason: string;
  value: unknown;
}

/** What the agent recorded about one ticket (keyed like reminders: origin + id). */
export interface TicketState {
  ticketKey: string;
  /** Steps marked by hand; they override what the engine derives from the thread. */
  stepMarks: StepMarks;
  /** How heated the agent says the customer is; overrides the engine's reading for this ticket. */
  heatMark?: HeatLevel;
  note?: string;
  /** The remedy agreed with the customer. */
  remedy?: string;
  updatedAt: string;
}

export interface OliveDB extends DBSchema {
  reminders: {
    key: string;
    value: Reminder;
    indexes: { 'by-due': string; 'by-ticket': string; 'by-status-due': [ReminderStatus, string] };
  };
  quarantine: { key: number; value: QuarantinedRecord };
  ticketState: { key: string; value: TicketState; indexes: { 'by-updated': string } };
}
