/** The shape of the reminders database, for idb's typed stores and indexes. */
import type { DBSchema } from 'idb';
import type { Reminder, ReminderStatus } from '../../src/reminders/model.ts';

export interface QuarantinedRecord {
  key?: number;
  storedAt: string;
  /** Where it was found, e.g. "reminders/abc" or "storage.local reminders.abc". */
  source: string;
  reason: string;
  value: unknown;
}

export interface OliveDB extends DBSchema {
  reminders: {
    key: string;
    value: Reminder;
    indexes: { 'by-due': string; 'by-ticket': string; 'by-status-due': [ReminderStatus, string] };
  };
  quarantine: { key: number; value: QuarantinedRecord };
}
