import { describe, expect, it } from 'vitest';
import { parseWhen } from './natural.ts';
import type { WorkingHours } from './due.ts';

const ny: WorkingHours = { timeZone: 'America/New_York', start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
// Monday 23 Nov 2026, 10:30 in New York (UTC-5).
const now = new Date('2026-11-23T15:30:00Z');

describe('natural-language follow-up times', () => {
  it('reads a weekday with a clock time in the agent zone', () => {
    const parsed = parseWhen('next Tuesday 10am', now, ny);
    expect(parsed?.at.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(parsed?.hasTime).toBe(true);
    expect(parsed?.outsideWorkingHours).toBe(false);
  });

  it('puts a day with no time at the start of working hours', () => {
    expect(parseWhen('in 3 days', now, ny)?.at.toISOString()).toBe('2026-11-26T14:00:00.000Z');
    expect(parseWhen('tomorrow', now, ny)).toMatchObject({ hasTime: false, at: new Date('2026-11-24T14:00:00Z') });
  });

  it('reads relative hours from now', () => {
    expect(parseWhen('in 2 hours', now, ny)?.at.toISOString()).toBe('2026-11-23T17:30:00.000Z');
  });

  it('takes the coming weekday, never a past one', () => {
    expect(parseWhen('friday 3pm', now, ny)?.at.toISOString()).toBe('2026-11-27T20:00:00.000Z');
  });

  it('flags a time outside working hours but still accepts it', () => {
    expect(parseWhen('saturday 11am', now, ny)).toMatchObject({ outsideWorkingHours: true, at: new Date('2026-11-28T16:00:00Z') });
    expect(parseWhen('tomorrow 8pm', now, ny)?.outsideWorkingHours).toBe(true);
  });

  it('keeps the wall-clock time when the date lies across a daylight-saving change', () => {
    // New York moves to summer time on 8 March 2026: 10:00 is then UTC-4.
    const winter = new Date('2026-03-05T15:00:00Z');
    expect(parseWhen('March 10 at 10am', winter, ny)?.at.toISOString()).toBe('2026-03-10T14:00:00.000Z');
  });

  it('gives nothing for text with no time in it, for empty text and for the past', () => {
    expect(parseWhen('call her back', now, ny)).toBeNull();
    expect(parseWhen('   ', now, ny)).toBeNull();
    expect(parseWhen('yesterday', now, ny)).toBeNull();
  });

  it('names the part it understood', () => {
    expect(parseWhen('ring Ann on friday at 3pm about the mug', now, ny)?.matched).toBe('on friday at 3pm');
  });
});
