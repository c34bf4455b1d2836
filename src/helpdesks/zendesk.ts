import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, splitNameEmail } from './dom.ts';
import { customerFrom, inputValue, textWithout } from './dom-read.ts';

/**
 * Zendesk Support, Agent Workspace (the omnichannel ticket view, default since 2021).
 * Selector sources: public userscripts and extensions that read the Agent Workspace log
 * (data-test-id attributes are Zendesk's own test hooks and outlive class-name churn).
 */

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

const SUBJECT = [
  'input[data-test-id="omni-header-subject"]', // Agent Workspace ticket header (2021+)
  '[data-test-id="ticket-pane-subject"]', // older workspace builds, seen in transcript exporters
];
const STATUS = [
  '[data-test-id^="status-badge-"]', // header badge, data-test-id names the status (status-badge-open)
];
const REQUESTER = [
  '[data-test-id="ticket-system-field-requester-select"]', // requester field in the ticket properties
];
const LOG_ITEMS = [
  '[data-test-id="omni-log-container"] article[data-test-id="omni-log-comment-item"]', // Agent Workspace log
  'article[data-test-id="omni-log-comment-item"]', // same item when the container hook is renamed
];
const SENDER = [
  '[data-test-id="omni-log-comment-user-link"]', // link to the author's profile
  '[data-test-id="omni-log-item-sender"]', // header line naming the author
];
const MESSAGE = [
  '[data-test-id="omni-log-item-message"]', // carries type="end-user" | "agent" | "internal"
];
const BODY = [
  '.zd-comment', // e-mail and web-form comments
  '[data-test-id="omni-log-message-content"]', // messaging (chat) bubbles
];
const NOTE_TAG = [
  '[data-test-id="omni-log-internal-note-tag"]', // "Internal note" label on notes
];
const AGENT_BADGE = [
  '[data-test-id="omni-log-avatar-badge-AgentBadge"]', // badge on team members' avatars
];
const TIME = [
  'time[data-test-id="timestamp-relative"][datetime]', // relative stamp, exact time in datetime
  'time[datetime]',
];
/** Parts Zendesk marks as not being the message itself. */
const NOT_MESSAGE = ['.signature', '[data-test-id="convo-log-item-read-indicator"]'];

const EDITOR = [
  '[data-test-id="omnicomposer-rich-text-ckeditor"]', // CKEditor 5 composer (2022+)
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]', // plain-text composer mode
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]', // pre-2022 rich-text editor
];

function authorOf(item: Element, sender: string | undefined, requester: string | undefined): Author {
  const type = first(item, MESSAGE)?.getAttribute('type');
  if (first(item, NOTE_TAG) || type === 'internal') return 'note';
  if (type === 'end-user') return 'customer';
  if (type === 'agent') return 'agent';
  if (first(item, AGENT_BADGE)) return 'agent';
  return sender && requester && sender === requester ? 'customer' : 'agent';
}

export const zendesk: HelpdeskAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  hostPatterns: ['https://*.zendesk.com/*'],

  // Zendesk's own test hooks, all of them: unmistakable off zendesk.com (a saved page, a proxy).
  structure: { parts: [LOG_ITEMS, MESSAGE, SUBJECT], needs: 3 },

  matches(url) {
    return url.hostname.endsWith('.zendesk.com');
  },

  read(doc, url) {
    const id = url.pathname.match(TICKET_PATH)?.[1];
    const items = all(doc, LOG_ITEMS);
    if (!id || items.length === 0) return null;

    const requester = splitNameEmail(lineOf(first(doc, REQUESTER)));
    const messages: Message[] = [];
    for (const item of items) {
      const text = textWithout(first(item, BODY), NOT_MESSAGE);
      if (!text) continue;
      const name = lineOf(first(item, SENDER));
      const at = isoDate(first(item, TIME)?.getAttribute('datetime'));
      messages.push({
        author: authorOf(item, name, requester.name),
        ...(name ? { name } : {}),
        ...(at ? { at } : {}),
        text,
      });
    }

    const customerName = requester.name ?? messages.find((m) => m.author === 'customer')?.name;
    const status = lineOf(first(doc, STATUS));
    const ticket: Ticket = {
      helpdesk: 'zendesk',
      id,
      url: url.href,
      subject: inputValue(first(doc, SUBJECT)) ?? lineOf(first(doc, SUBJECT)) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(customerName, requester.email),
      messages,
    };
    return ticket;
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
