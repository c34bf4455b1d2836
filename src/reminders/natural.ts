/**
 * Natural-language follow-up times ("next Tuesday 10am", "in 3 days") through chrono,
 * read in the agent's time zone. A phrase with no clock time lands at the start of
 * working hours, the time the agent would call back anyway.
 */
import { parse } from 'chrono-node';
import { DEFAULT_WORKING_HOURS, isWorkingTime, parseClock, type WorkingHours } from './due.ts';
import { offsetMinutes, zonedInstant } from './zone.ts';

export interface ParsedWhen {
  at: Date;
  /** The part of the input chrono understood, to show the agent what was read. */
  matched: string;
  /** False when the phrase named only a day and working hours supplied the time. */
  hasTime: boolean;
  /** True when the time falls outside working hours: worth a warning, not a refusal. */
  outsideWorkingHours: boolean;
}

export function parseWhen(text: string, now: Date, hours: WorkingHours = DEFAULT_WORKING_HOURS): ParsedWhen | null {
  const input = text.trim().slice(0, 200);
  if (!input) return null;
  const [result] = parse(input, { instant: now, timezone: offsetMinutes(now, hours.timeZone) }, { forwardDate: true });
  if (!result) return null;
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const hasTime = c.isCertain('hour');
  const [startHour, startMinute] = parseClock(hours.start);
  // Rebuilt from the wall-clock parts so the agent's zone, not the offset of today, decides.
  const at = hasTime
    ? zonedInstant(year, month, day, c.get('hour') ?? 0, c.get('minute') ?? 0, hours.timeZone)
    : zonedInstant(year, month, day, startHour, startMinute, hours.timeZone);
  if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) return null;
  return { at, matched: result.text, hasTime, outsideWorkingHours: !isWorkingTime(at, hours) };
}
