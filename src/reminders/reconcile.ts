/**
 * Alarms are triggers, the store is the record. These pure functions decide what the
 * background must do to bring the two back in line after the worker, or the whole
 * browser, was gone for a while.
 */
import { WAITING, type Reminder } from './model.ts';

export const ALARM_PREFIX = 'reminder:';
export const alarmName = (id: string): string => `${ALARM_PREFIX}${id}`;
export const reminderIdOf = (name: string): string | null => (name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null);

export interface AlarmInfo {
  name: string;
  scheduledTime: number;
}

export interface AlarmPlan {
  /** Alarms to (re)create: missing, or set for another time than the record says. */
  create: { name: string; when: number }[];
  /** Our alarms with no waiting reminder behind them (done, deleted, or already fired). */
  clear: string[];
}

/** Which reminders are overdue and must fire now (each exactly once: the store marks them). */
export function overdue(reminders: readonly Reminder[], now: number): Reminder[] {
  return reminders.filter((r) => WAITING.includes(r.status) && Date.parse(r.dueAt) <= now);
}

/**
 * Chrome allows an extension 500 active alarms. Only the soonest waiting reminders get
 * one; as they fire, reconcile arms the next ones (storage is the record, alarms only
 * wake the worker).
 */
export const MAX_ALARMS = 100;

/** Alarm changes that give each of the soonest MAX_ALARMS future waiting reminders one alarm at its time. */
export function planAlarms(reminders: readonly Reminder[], alarms: readonly AlarmInfo[], now: number): AlarmPlan {
  const existing = new Map(alarms.filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a.scheduledTime]));
  const future = reminders
    .map((r) => ({ r, when: Date.parse(r.dueAt) }))
    .filter(({ r, when }) => WAITING.includes(r.status) && when > now);
  const soonest = new Set([...future].sort((a, b) => a.when - b.when).slice(0, MAX_ALARMS).map(({ r }) => r.id));
  const wanted = new Map<string, number>();
  for (const { r, when } of future) if (soonest.has(r.id)) wanted.set(alarmName(r.id), when);
  const create = [...wanted].filter(([name, when]) => existing.get(name) !== when).map(([name, when]) => ({ name, when }));
  const clear = [...existing.keys()].filter((name) => !wanted.has(name));
  return { create, clear };
}

/** One notification per reminder, or one summary when several came due together. */
export type FirePlan = { kind: 'none' } | { kind: 'single'; reminder: Reminder } | { kind: 'summary'; reminders: Reminder[] };

export function planNotifications(fired: readonly Reminder[]): FirePlan {
  if (fired.length === 0) return { kind: 'none' };
  if (fired.length === 1) return { kind: 'single', reminder: fired[0]! };
  return { kind: 'summary', reminders: [...fired].sort((a, b) => a.dueAt.localeCompare(b.dueAt)) };
}
