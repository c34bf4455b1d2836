import { describe, expect, it } from 'vitest';
import { followUpAt, isWorkingTime, parseClock, quickPick, type WorkingHours } from './due.ts';
import { wallClock, zonedInstant } from './zone.ts';

const berlin: WorkingHours = { timeZone: 'Europe/Berlin', start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const at = (iso: string) => new Date(iso);

describe('follow-up due times', () => {
  const monday = new Date(2026, 10, 23, 16, 45);

  it('puts "tomorrow" at the start of working hours the next day', () => {
    expect(followUpAt(monday, 'tomorrow', '09:00')).toEqual(new Date(2026, 10, 24, 9, 0));
  });

  it('puts "in 2 days" two calendar days later at the working-hours start', () => {
    expect(followUpAt(monday, '2days', '08:30')).toEqual(new Date(2026, 10, 25, 8, 30));
  });

  it('crosses a month end', () => {
    expect(followUpAt(new Date(2026, 10, 30, 12), 'tomorrow')).toEqual(new Date(2026, 11, 1, 9, 0));
  });

  it('falls back to 9:00 for an unreadable working-hours start', () => {
    expect(parseClock('25:00')).toEqual([9, 0]);
    expect(parseClock('nine')).toEqual([9, 0]);
    expect(parseClock('7:05')).toEqual([7, 5]);
  });
});

describe('quick picks in the agent time zone and working hours', () => {
  it('"tomorrow" is 9:00 Berlin time, whatever zone the browser is in', () => {
    // Monday 23 Nov 2026, 15:00 UTC = 16:00 in Berlin.
    expect(quickPick(at('2026-11-23T15:00:00Z'), 'tomorrow', berlin).toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });

  it('"tomorrow" on a Friday is Monday morning when weekends are off', () => {
    expect(quickPick(at('2026-11-27T10:00:00Z'), 'tomorrow', berlin).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('"in 2 hours" stays put inside working hours and slides to the next morning outside them', () => {
    expect(quickPick(at('2026-11-23T09:00:00Z'), '2hours', berlin).toISOString()).toBe('2026-11-23T11:00:00.000Z');
    // 15:30 UTC = 16:30 Berlin; +2 h = 18:30, after hours → Tuesday 9:00 Berlin.
    expect(quickPick(at('2026-11-23T15:30:00Z'), '2hours', berlin).toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });

  it('keeps 9:00 on the wall clock across a daylight-saving change', () => {
    // Berlin leaves summer time on Sunday 25 Oct 2026; Friday 23 Oct + 2 days (Sunday) rolls to Monday 26.
    expect(quickPick(at('2026-10-23T10:00:00Z'), '2days', berlin).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(quickPick(at('2026-10-22T10:00:00Z'), 'tomorrow', berlin).toISOString()).toBe('2026-10-23T07:00:00.000Z');
  });

  it('reads working time in the zone, not in UTC', () => {
    expect(isWorkingTime(at('2026-11-23T07:30:00Z'), berlin)).toBe(false); // 8:30 Berlin
    expect(isWorkingTime(at('2026-11-23T08:30:00Z'), berlin)).toBe(true); // 9:30 Berlin
    expect(isWorkingTime(at('2026-11-28T10:00:00Z'), berlin)).toBe(false); // Saturday
  });

  it('builds wall-clock instants that read back the same, in zones east and west', () => {
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC']) {
      const instant = zonedInstant(2026, 3, 9, 14, 30, zone);
      expect(wallClock(instant, zone)).toMatchObject({ year: 2026, month: 3, day: 9, hour: 14, minute: 30 });
    }
  });
});
