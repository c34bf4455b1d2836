import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, splitNameEmail } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * Zoho Desk agent interface, ticket detail view
 * (/agent/<portal>/<department>/tickets/details/<ticketId>).
 * Zoho publishes no markup reference; the URL shape and data-centre hosts come from public
 * extensions and API clients on GitHub. Zoho's React component library exposes its hooks as
 * data-id / data-test-id attributes (class names are generated), so the selectors lean on those
 * and on semantic fallbacks (role="article", <time datetime>); they are reconstructed, not
 * checked against a live page. Hosts: each Zoho data centre spelled out.
 */

const HOSTS = [
  'desk.zoho.com',
  'desk.zoho.eu',
  'desk.zoho.in',
  'desk.zoho.com.au',
  'desk.zoho.jp',
  'desk.zoho.com.cn',
  'desk.zohocloud.ca',
  'desk.zoho.sa',
];
const DETAILS_PATH = /\/tickets\/details\/(\d+)/;

const NUMBER = [
  '[data-id="ticketNumber"]', // "#4521" beside the subject
  '[data-test-id="ticketNumber"]',
];
const SUBJECT = [
  '[data-id="ticketSubject"]', // subject heading of the detail view
  '[data-test-id="ticketSubject"]',
  'h1[title]',
];
const STATUS = ['[data-id="ticketStatus"]', '[data-test-id="ticketStatus"]'];
const CONTACT_NAME = ['[data-id="contactName"]', '[data-test-id="contactName"]'];
const CONTACT_EMAIL = ['[data-id="contactEmail"]', '[data-test-id="contactEmail"]'];
const THREADS = [
  '[data-id="conversationList"] [data-id^="thread_"]', // threads and comments in the Conversation tab
  '[data-test-id="conversationList"] [role="article"]',
];
const AUTHOR_NAME = ['[data-id="authorName"]', '[data-test-id="authorName"]'];
const SENT_AT = ['time[datetime]'];
const BODY = ['[data-id="threadContent"]', '[data-test-id="threadContent"]'];
/** Zoho folds earlier mail into a "…" toggle and marks signatures; neither is the message. */
const NOT_MESSAGE = ['[data-id="quotedContent"]', '.zd_quote', 'blockquote.zmail_extra', '[data-id="signature"]'];

const EDITOR = [
  '[data-id="replyEditor"] [contenteditable="true"]', // rich-text editor of the reply box
  '[data-id="replyEditor"] iframe', // editor rendered in a frame
  '[data-id="commentEditor"] [contenteditable="true"]', // comment (note) box, when that is open
];

/**
 * Each thread carries data-direction="in" (from the contact) or "out" (from an agent);
 * comments are data-type="comment" and private ones data-visibility="private".
 */
function authorOf(thread: Element): Author | null {
  const type = thread.getAttribute('data-type');
  if (type === 'comment') return 'note';
  if (thread.getAttribute('data-visibility') === 'private') return 'note';
  const direction = thread.getAttribute('data-direction');
  if (direction === 'in') return 'customer';
  if (direction === 'out') return 'agent';
  return null;
}

export const zohodesk: HelpdeskAdapter = {
  id: 'zohodesk',
  name: 'Zoho Desk',
  hostPatterns: HOSTS.map((host) => `https://${host}/*`),

  // Zoho Desk's data-id hooks, all of them: unmistakable off desk.zoho.*.
  structure: { parts: [THREADS, SUBJECT, NUMBER, BODY], needs: 4 },

  matches(url) {
    return HOSTS.includes(url.hostname);
  },

  read(doc, url) {
    const ticketId = url.pathname.match(DETAILS_PATH)?.[1];
    const subject = lineOf(first(doc, SUBJECT));
    if (!ticketId || !subject) return null;

    const messages: Message[] = [];
    for (const thread of all(doc, THREADS)) {
      const author = authorOf(thread);
      const text = textWithout(first(thread, BODY), NOT_MESSAGE);
      if (!author || !text) continue;
      const name = splitNameEmail(lineOf(first(thread, AUTHOR_NAME))).name;
      const at = isoDate(first(thread, SENT_AT)?.getAttribute('datetime'));
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }
    // The conversation lists the latest thread first; the contract wants oldest first.
    if (messages.every((m) => m.at)) messages.sort((a, b) => Date.parse(a.at ?? '') - Date.parse(b.at ?? ''));

    const status = lineOf(first(doc, STATUS));
    const ticket: Ticket = {
      helpdesk: 'zohodesk',
      // The agent-facing number (#4521) when shown, else the record id from the URL.
      id: lineOf(first(doc, NUMBER))?.replace(/^#\s*/, '') ?? ticketId,
      url: url.href,
      subject,
      ...(status ? { status } : {}),
      customer: customerFrom(lineOf(first(doc, CONTACT_NAME)), lineOf(first(doc, CONTACT_EMAIL))),
      messages,
    };
    return ticket;
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
