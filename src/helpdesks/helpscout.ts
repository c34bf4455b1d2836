import type { Author, Message } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, textOf } from './dom.ts';
import { customerFrom } from './dom-read.ts';

/**
 * Help Scout web app, conversation view, at
 * https://secure.helpscout.net/conversation/<conversation id>/<number>.
 * Selector sources: public Help Scout assistant extensions on GitHub (the
 * `ol[aria-label="Thread Items"]` list with `div[id^="thread-"]` items, `is-customer`
 * marking, `span[data-nocollapse]` author, `[data-cy="ConvoEditor"]` composer,
 * `.c-conversation-sidebar` customer panel) and Help Scout's API thread types
 * (customer, message, note, lineitem), which the app mirrors as `is-<type>` classes.
 */

const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/(\d+))?/;

const SUBJECT = [
  '[data-cy="ConvoSubject"]', // conversation header (2020+ React app)
  '#subjectLine', // classic conversation page
];
const ITEMS = [
  'ol[aria-label="Thread Items"] > li > div[id^="thread-"]', // React app thread list
  '[data-testid="ThreadContainer"] div[id^="thread-"]',
];
const AUTHOR = [
  'span[data-nocollapse="true"]', // author name in the thread header
  '.thread-author',
];
const BODY = [
  '.thread-content', // message body (HTML e-mail rendered as text)
];
const TIME = ['time[datetime]'];
const CUSTOMER_NAME = [
  '.c-conversation-sidebar [data-cy="CustomerName"]', // customer profile card
  '.c-conversation-sidebar .c-customer-name',
];
const CUSTOMER_EMAIL = [
  '.c-conversation-sidebar [data-cy="CustomerEmail"]', // primary e-mail on the card
  '.c-conversation-sidebar a[href^="mailto:"]',
];
const EDITOR = [
  '[data-cy="ConvoEditor"] [contenteditable="true"]', // editable surface inside the composer
  '[data-cy="ConvoEditor"][contenteditable="true"]',
  '[role="textbox"][aria-label="Reply Editor"]',
];

/** Thread type as the app marks it; line items (status changes, assignments) are not messages. */
function authorOf(item: Element): Author | null {
  if (item.classList.contains('is-note')) return 'note';
  if (item.classList.contains('is-customer')) return 'customer';
  if (item.classList.contains('is-message')) return 'agent';
  return null;
}

export const helpscout: HelpdeskAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  hostPatterns: ['https://secure.helpscout.net/*'],

  // Thread items and the subject hook, all of them (FreeScout shares .thread-content and thread- ids).
  structure: { parts: [ITEMS, SUBJECT, BODY], needs: 3 },

  matches(url) {
    return url.hostname === 'secure.helpscout.net';
  },

  read(doc, url) {
    const path = url.pathname.match(CONVERSATION_PATH);
    const subject = lineOf(first(doc, SUBJECT));
    if (!path || !subject) return null;
    // The number (#8812) is what agents quote; the long id is the fallback on old links.
    const id = path[2] ?? path[1] ?? '';

    const messages: Message[] = [];
    for (const item of all(doc, ITEMS)) {
      const author = authorOf(item);
      const text = textOf(first(item, BODY));
      if (!author || !text) continue;
      const name = lineOf(first(item, AUTHOR));
      const at = isoDate(first(item, TIME)?.getAttribute('datetime'));
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const name = lineOf(first(doc, CUSTOMER_NAME)) ?? messages.find((m) => m.author === 'customer')?.name;
    return {
      helpdesk: 'helpscout',
      id,
      url: url.href,
      subject,
      customer: customerFrom(name, lineOf(first(doc, CUSTOMER_EMAIL))),
      messages,
    };
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
