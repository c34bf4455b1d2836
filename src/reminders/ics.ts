/**
 * iCalendar (RFC 5545) export: one VEVENT with a display alarm per reminder that is not
 * done, so an agent can carry follow-ups into their calendar. Written by hand, it is a
 * small format; the tests check it with a real parser.
 */
import type { Reminder } from './model.ts';

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** 20261124T090000Z */
function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets fold onto continuation lines that start with a space (§3.1), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export interface IcsOptions {
  now: Date;
  /** Minutes of the event; the call-back itself is short. */
  durationMinutes?: number;
  /** Event title, e.g. "Follow up: {subject}"; gets the subject. */
  title?: (reminder: Reminder) => string;
}

export function toIcs(reminders: readonly Reminder[], options: IcsOptions): string {
  const stamp = utcStamp(options.now.toISOString());
  const minutes = options.durationMinutes ?? 15;
  const title = options.title ?? ((r: Reminder) => `Follow up: ${r.subject}`);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Olive Branch//Follow-ups//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    if (r.status === 'done') continue;
    const end = new Date(Date.parse(r.dueAt) + minutes * 60_000).toISOString();
    const description = [r.customerName, r.note, r.phrase].filter(Boolean).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(r.id)}@olive-branch`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(r.dueAt)}`,
      `DTEND:${utcStamp(end)}`,
      `SUMMARY:${escapeText(title(r))}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      `URL:${r.ticketUrl.replace(/[\r\n]/g, '')}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(title(r))}`,
      'TRIGGER:PT0S',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
