/** Due-time arithmetic for follow-ups, in the agent's local time zone. */

export type FollowUpPreset = 'tomorrow' | '2days';

/** "09:00" → [9, 0]; anything unreadable falls back to 9:00. */
export function parseClock(clock: string | undefined): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock?.trim() ?? '');
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) return [9, 0];
  return [hours, minutes];
}

/**
 * Tomorrow (or the day after) at the start of the agent's working hours. Calendar days,
 * not 24-hour steps, so a daylight-saving change does not shift the hour.
 */
export function followUpAt(now: Date, preset: FollowUpPreset, workdayStart = '09:00'): Date {
  const [hours, minutes] = parseClock(workdayStart);
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + (preset === 'tomorrow' ? 1 : 2), hours, minutes);
  return due;
}
