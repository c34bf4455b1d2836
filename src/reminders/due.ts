/** Due-time arithmetic for follow-ups, in the agent's time zone and working hours. */
import { localTimeZone, wallClock, zonedInstant } from './zone.ts';

export type FollowUpPreset = '2hours' | 'tomorrow' | '2days';

export interface WorkingHours {
  /** IANA zone the agent works in, e.g. "Europe/Berlin". */
  timeZone: string;
  /** "HH:MM" */
  start: string;
  /** "HH:MM", after `start`. */
  end: string;
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  timeZone: localTimeZone(),
  start: '09:00',
  end: '17:00',
  days: [1, 2, 3, 4, 5],
};

/** "09:00" → [9, 0]; anything unreadable falls back to 9:00. */
export function parseClock(clock: string | undefined): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock?.trim() ?? '');
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) return [9, 0];
  return [hours, minutes];
}

const minutesOf = (clock: string, fallback: string) => {
  const [h, m] = parseClock(/^\d{1,2}:\d{2}$/.test(clock.trim()) ? clock : fallback);
  return h * 60 + m;
};

/** A working week with no days at all would never come; treat it as every day. */
const workdays = (hours: WorkingHours) => (hours.days.length > 0 ? hours.days : [0, 1, 2, 3, 4, 5, 6]);

/** True when the instant falls inside the agent's working hours on a working day. */
export function isWorkingTime(at: Date, hours: WorkingHours): boolean {
  const w = wallClock(at, hours.timeZone);
  const minute = w.hour * 60 + w.minute;
  return workdays(hours).includes(w.weekday) && minute >= minutesOf(hours.start, '09:00') && minute < minutesOf(hours.end, '17:00');
}

/** The start of working hours on the calendar day `offset` days after `from`'s day, in the agent's zone. */
function dayStart(from: Date, offset: number, hours: WorkingHours): Date {
  const w = wallClock(from, hours.timeZone);
  const [h, m] = parseClock(hours.start);
  return zonedInstant(w.year, w.month, w.day + offset, h, m, hours.timeZone);
}

/** The instant itself when it is working time, else the start of the next working period. */
export function nextWorkingTime(at: Date, hours: WorkingHours): Date {
  if (isWorkingTime(at, hours)) return at;
  const days = workdays(hours);
  for (let offset = 0; offset <= 7; offset++) {
    const start = dayStart(at, offset, hours);
    if (start.getTime() >= at.getTime() && days.includes(wallClock(start, hours.timeZone).weekday)) return start;
  }
  return at;
}

/**
 * The quick picks. "In 2 hours" slides to the next working period when it would land
 * outside one; "tomorrow" and "in 2 days" are calendar days (not 24-hour steps, so a
 * daylight-saving change does not shift the hour) at the start of working hours,
 * moved on to the next working day when that day is off.
 */
export function quickPick(now: Date, preset: FollowUpPreset, hours: WorkingHours = DEFAULT_WORKING_HOURS): Date {
  if (preset === '2hours') return nextWorkingTime(new Date(now.getTime() + 2 * 3_600_000), hours);
  return nextWorkingTime(dayStart(now, preset === 'tomorrow' ? 1 : 2, hours), hours);
}

/** Kept for callers without working hours: tomorrow / in 2 days at `workdayStart`, local zone, any weekday. */
export function followUpAt(now: Date, preset: Exclude<FollowUpPreset, '2hours'>, workdayStart = '09:00'): Date {
  return quickPick(now, preset, { timeZone: localTimeZone(), start: workdayStart, end: '23:59', days: [] });
}
