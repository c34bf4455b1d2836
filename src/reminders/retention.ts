/** Customer data is kept no longer than needed: done reminders go after a retention period. */
import type { Reminder } from './model.ts';

export const DEFAULT_RETENTION_DAYS = 90;
const DAY = 86_400_000;

/** The instant before which a done reminder is purged. */
export function retentionCutoff(now: number, days: number): number {
  return now - Math.max(1, Math.floor(days)) * DAY;
}

/** Done reminders finished before the cutoff (when they lack a finish time, their due time counts). */
export function expired(reminders: readonly Reminder[], now: number, days: number): Reminder[] {
  const cutoff = retentionCutoff(now, days);
  return reminders.filter((r) => r.status === 'done' && Date.parse(r.doneAt ?? r.dueAt) < cutoff);
}
