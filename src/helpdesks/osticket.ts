import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * osTicket staff panel (scp/tickets.php?id=N), releases 1.10 to 1.18.
 * Structure taken from osTicket's own templates (include/staff/ticket-view.inc.php,
 * include/staff/templates/thread-entry.tmpl.php, class.thread.php) and checked against
 * a saved staff-panel ticket page published on GitHub. Self-hosted: recognised on any
 * origin the agent granted by the ticket view's structure, else the staff panel's assets.
 */

const SIGNATURE = [
  'link[href*="scp/css/scp.css"]', // staff panel stylesheet, every 1.x release
  'script[src*="redactor-osticket.js"]', // osTicket's Redactor glue (1.10+)
  'img[src*="scp/logo.php"]', // staff panel logo endpoint (1.10+)
];

const THREAD = [
  '#ticketThread #thread-items', // Thread::render wrapper (1.11+)
  '#ticketThread', // 1.10, entries sit directly in the thread div
];
const ENTRIES = [
  '.thread-entry', // one per message/response/note; events are .thread-event and skipped
];
const NUMBER = [
  '.sticky.bar h2 a[href*="tickets.php?id="]', // "Ticket #231570" in the sticky header (1.10+)
];
const SUBJECT = [
  '.tixTitle h3', // subject block under the header (1.10+)
  '.tixTitle',
];
const STATUS = [
  'table.ticket_info a[href="#statuses"]', // agents who may close see the status as a menu link
  'table.ticket_info table tr:first-child > td', // read-only agents see plain text in the first row
];
const CUSTOMER_NAME = ['table.ticket_info span[id^="user-"][id$="-name"]'];
const CUSTOMER_EMAIL = ['table.ticket_info span[id^="user-"][id$="-email"]'];
const POSTER = [
  '.header > b', // "<b>Name</b> posted <time>" (1.11+)
  '.header b',
];
const POSTED_AT = ['.header time[datetime]'];
const BODY = ['.thread-body'];
/** Inside the body but not the message: attachment lists and layout clearers. */
const NOT_MESSAGE = ['.attachments', '.clear'];

const EDITOR = [
  '#reply .redactor-in[contenteditable="true"]', // Redactor 3 over the response box (1.15+)
  '#reply .redactor-editor[contenteditable="true"]', // Redactor 10 (1.10–1.14)
  '#reply textarea#response', // rich text turned off, or before Redactor starts
  'textarea#response',
];

/** Entry classes from thread-entry.tmpl.php: M → message, R → response, N → note. */
function authorOf(entry: Element): Author | null {
  const classes = entry.classList;
  if (classes.contains('system')) return null; // auto-replies and alerts, not a person
  if (classes.contains('note')) return 'note';
  if (classes.contains('response')) return 'agent';
  if (classes.contains('message')) return 'customer';
  return null;
}

function ticketNumber(doc: Document, url: URL): string | undefined {
  const shown = lineOf(first(doc, NUMBER))?.match(/#\s*(\S+)/)?.[1];
  return shown ?? url.searchParams.get('id') ?? undefined;
}

/** The agent may list the thread newest first (a staff preference); the contract wants oldest first. */
function oldestFirst(messages: Message[]): Message[] {
  if (messages.some((m) => !m.at)) return messages;
  // isoDate writes one fixed ISO format, so the strings sort as the times do.
  const ordered = messages.every((m, i) => i === 0 || messages[i - 1]!.at! <= m.at!);
  return ordered ? messages : [...messages].sort((a, b) => (a.at! < b.at! ? -1 : a.at! > b.at! ? 1 : 0));
}

export const osticket: HelpdeskAdapter = {
  id: 'osticket',
  name: 'osTicket',

  // The ticket view without scp.css, the Redactor glue or the logo (a themed, proxied or saved page).
  structure: { parts: [THREAD, NUMBER, SUBJECT, ENTRIES], needs: 3 },

  matches(_url, doc) {
    return first(doc, SIGNATURE) !== null;
  },

  read(doc, url) {
    const thread = first(doc, THREAD);
    const id = ticketNumber(doc, url);
    if (!thread || !id) return null;

    const messages: Message[] = [];
    for (const entry of all(thread, ENTRIES)) {
      const author = authorOf(entry);
      const text = textWithout(first(entry, BODY), NOT_MESSAGE);
      if (!author || !text) continue;
      const name = lineOf(first(entry, POSTER));
      const at = isoDate(first(entry, POSTED_AT)?.getAttribute('datetime'));
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const status = lineOf(first(doc, STATUS));
    const ticket: Ticket = {
      helpdesk: 'osticket',
      id,
      url: url.href,
      subject: lineOf(first(doc, SUBJECT)) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(lineOf(first(doc, CUSTOMER_NAME)), lineOf(first(doc, CUSTOMER_EMAIL))),
      messages: oldestFirst(messages),
    };
    return ticket;
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
