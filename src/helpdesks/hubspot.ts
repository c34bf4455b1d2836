import type { Author, Message } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, textOf } from './dom.ts';
import { customerFrom } from './dom-read.ts';

/**
 * HubSpot Service Hub: the Help Desk workspace
 * (https://app.hubspot.com/help-desk/<portal>/view/<view>/ticket/<ticket id>) and the
 * older conversations inbox (https://app.hubspot.com/live-messages/<portal>/inbox/<thread id>).
 * Sources: HubSpot's habit of stable `data-test-id` / `data-selenium-test` hooks, seen in
 * public extensions that read CRM and ticket records (`data-selenium-test="highlightTitle"`);
 * HubSpot's Conversations API model, where a thread holds MESSAGEs (direction INCOMING
 * from the visitor or OUTGOING from an agent) and COMMENTs (agents only); the ProseMirror
 * composer. Timeline hook names are reconstructed: check against a live portal.
 */

const TICKET_PATH = /\/help-desk\/\d+\/(?:view\/[^/]+\/)?ticket\/(\d+)/;
const THREAD_PATH = /\/live-messages\/\d+\/inbox\/(\d+)/;

const SUBJECT = [
  '[data-test-id="thread-subject"]', // Help Desk / inbox thread header
  '[data-selenium-test="highlightTitle"]', // ticket record highlight card
];
const STATUS = [
  '[data-test-id="ticket-status"]', // pipeline stage shown on the ticket card
];
const ITEMS = [
  '[data-test-id="thread-history"] [data-message-type]', // one element per message or comment
];
const SENDER = ['[data-test-id="message-sender"]'];
const BODY = ['[data-test-id="message-body"]'];
const TIME = ['time[datetime]'];
const CUSTOMER_NAME = ['[data-test-id="contact-card"] [data-test-id="contact-name"]'];
const CUSTOMER_EMAIL = ['[data-test-id="contact-card"] [data-test-id="contact-email"]'];
const EDITOR = [
  '[data-test-id="composer"] .ProseMirror[contenteditable="true"]', // reply composer (ProseMirror)
  '[data-test-id="composer"] [contenteditable="true"]',
];

function authorOf(item: Element): Author | null {
  const type = item.getAttribute('data-message-type');
  if (type === 'COMMENT') return 'note';
  if (type !== 'MESSAGE') return null; // status changes, assignments…
  return item.getAttribute('data-direction') === 'INCOMING' ? 'customer' : 'agent';
}

export const hubspot: HelpdeskAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  hostPatterns: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],

  // HubSpot's test hooks, all of them: unmistakable off app.hubspot.com.
  structure: { parts: [ITEMS, SUBJECT, SENDER, BODY], needs: 4 },

  matches(url) {
    return url.hostname === 'app.hubspot.com' || url.hostname === 'app-eu1.hubspot.com';
  },

  read(doc, url) {
    const id = url.pathname.match(TICKET_PATH)?.[1] ?? url.pathname.match(THREAD_PATH)?.[1];
    const items = all(doc, ITEMS);
    if (!id || items.length === 0) return null;

    const messages: Message[] = [];
    for (const item of items) {
      const author = authorOf(item);
      const text = textOf(first(item, BODY));
      if (!author || !text) continue;
      const name = lineOf(first(item, SENDER));
      const at = isoDate(first(item, TIME)?.getAttribute('datetime'));
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const name = lineOf(first(doc, CUSTOMER_NAME)) ?? messages.find((m) => m.author === 'customer')?.name;
    const status = lineOf(first(doc, STATUS));
    return {
      helpdesk: 'hubspot',
      id,
      url: url.href,
      subject: lineOf(first(doc, SUBJECT)) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(name, lineOf(first(doc, CUSTOMER_EMAIL))),
      messages,
    };
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
