import { describe, expect, it } from 'vitest';
import { followUpAt, parseClock } from './due.ts';

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
