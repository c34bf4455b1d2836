import type { Author, Message } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, splitNameEmail } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * Freshdesk agent portal, the "Mint" ticket details page (Ember app, 2018+), at
 * https://<account>.freshdesk.com/a/tickets/<id>. Selector sources: public time-tracker
 * extensions (Toggl, Clockify: `.ticket-subject-heading`, `.breadcrumb__item.active`,
 * `.page-actions__left`), context-bridge extensions (`tkt-properties-*` and `user-name`
 * test ids, `#ticket_original_request`), the mint-navigator userscript (`[data-album]`
 * conversation items, `.ticket-details__item`) and Freshdesk's own quote marker.
 */

const TICKET_PATH = /\/a\/tickets\/(\d+)/;

const SUBJECT = [
  '.ticket-subject-heading', // Mint ticket header (2018+)
  '[data-test-id="ticket-title"]', // newer header builds
];
const STATUS = [
  '[data-test-id="tkt-properties-status"] .ember-power-select-selected-item', // properties form (Mint)
  '[data-test-id="ticket-status"]',
];
const REQUESTER_NAME = [
  '[data-test-id="requester-info-contact-name"] .info-details-content', // contact details widget
  '.widget-requestor-info [data-test-id="user-name"]',
];
const REQUESTER_EMAIL = [
  '[data-test-id="requester-info-contact-email"] .info-details-content', // contact details widget
  '.widget-requestor-info a[href^="mailto:"]',
];
const ITEMS = [
  '.ticket-details__item[data-album]', // description + each conversation, in page order (Mint)
];
const SENDER = [
  '.sender-info [data-test-id="user-name"]', // Mint conversation header
  '.sender-info .user-name',
];
const BODY = [
  '.ticket-details__item__content .fr-view', // Froala-rendered body
  '.ticket-details__item__content',
];
const TIME = ['time[datetime]'];
/** Freshdesk wraps quoted history in `freshdesk_quote` and agent signatures in `.signature-content`. */
const NOT_MESSAGE = ['.freshdesk_quote', '.signature-content'];

const EDITOR = [
  '.reply-editor .fr-element.fr-view[contenteditable="true"]', // Froala reply box (Mint)
  '[data-test-id="reply-editor"] [contenteditable="true"]',
  '.redactor-editor[contenteditable="true"]', // classic (pre-Mint) Redactor box
];

/**
 * Freshdesk marks each conversation with its kind: the original request is the
 * description, customer replies are "incoming", agent replies "outgoing", and notes are
 * "private-note" (a public note is also an agent's words to the team, not the customer).
 */
function authorOf(item: Element): Author {
  const kind = item.classList;
  if (kind.contains('private-note') || kind.contains('public-note')) return 'note';
  if (kind.contains('outgoing')) return 'agent';
  return 'customer';
}

export const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hostPatterns: ['https://*.freshdesk.com/*'],

  // Mint's ticket layout, all of it: unmistakable off freshdesk.com.
  structure: { parts: [ITEMS, SUBJECT, BODY], needs: 3 },

  matches(url) {
    return url.hostname.endsWith('.freshdesk.com');
  },

  read(doc, url) {
    const id = url.pathname.match(TICKET_PATH)?.[1];
    const subject = lineOf(first(doc, SUBJECT));
    if (!id || !subject) return null;

    const messages: Message[] = [];
    for (const item of all(doc, ITEMS)) {
      const text = textWithout(first(item, BODY), NOT_MESSAGE);
      if (!text) continue;
      const name = lineOf(first(item, SENDER));
      const at = isoDate(first(item, TIME)?.getAttribute('datetime'));
      messages.push({ author: authorOf(item), ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const requester = splitNameEmail(lineOf(first(doc, REQUESTER_NAME)));
    const name = requester.name ?? messages.find((m) => m.author === 'customer')?.name;
    const email = lineOf(first(doc, REQUESTER_EMAIL)) ?? requester.email;
    const status = lineOf(first(doc, STATUS));
    return {
      helpdesk: 'freshdesk',
      id,
      url: url.href,
      subject,
      ...(status ? { status } : {}),
      customer: customerFrom(name, email),
      messages,
    };
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
