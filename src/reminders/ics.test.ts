import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createReminder, type Reminder } from './model.ts';
import { toIcs } from './ics.ts';

const now = new Date('2026-11-23T12:00:00Z');
const base = createReminder(
  {
    ticket: { key: 'https://desk.test#9', url: 'https://desk.test/tickets/9?tab=reply', subject: 'Mug broke; lid, handle & "spout"', customerName: 'Zoë Brontë' },
    dueAt: '2026-11-24T09:00:00Z',
    note: 'Ask if the replacement arrived.\nOffer 10% off, politely — she was furious.',
    phrase: 'Hi Zoë, checking back on your order…',
  },
  'id-1',
  now,
);

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar export', () => {
  it('is a calendar a real parser reads back with the same times, text and link', () => {
    const ics = toIcs([base], { now });
    const [event] = events(ics);
    expect(event!.uid).toBe('id-1@olive-branch');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-11-24T09:15:00.000Z');
    expect(event!.summary).toBe('Follow up: Mug broke; lid, handle & "spout"');
    expect(event!.description).toContain('Offer 10% off, politely — she was furious.');
    expect(event!.description).toContain('Zoë Brontë');
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://desk.test/tickets/9?tab=reply');
    expect(event!.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('uses CRLF and folds long lines at 75 octets without splitting a character', () => {
    const long: Reminder = { ...base, note: 'é'.repeat(200) };
    const ics = toIcs([long], { now });
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.includes('\n') && !/[^\r]\n/.test(ics)).toBe(true);
    expect(events(ics)[0]!.description).toContain('é'.repeat(200));
  });

  it('leaves done reminders out and still makes a valid calendar when nothing is left', () => {
    const ics = toIcs([{ ...base, status: 'done' }], { now });
    expect(events(ics)).toHaveLength(0);
    expect(new ICAL.Component(ICAL.parse(ics)).name).toBe('vcalendar');
  });
});
