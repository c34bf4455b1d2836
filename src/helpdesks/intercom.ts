import type { Author, Message } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, textOf } from './dom.ts';
import { customerFrom } from './dom-read.ts';

/**
 * Intercom Inbox (Inbox 2, 2023+), conversation view, at
 * https://app.intercom.com/a/inbox/<app id>/inbox/<folder…>/conversation/<id>
 * (old links /a/apps/<app id>/conversations/<id> redirect there).
 * Sources: Intercom's published conversation model (conversation parts with a
 * part_type of comment / note / assignment / close…, authored by a user, lead, admin or
 * bot), which the inbox renders one element per part; the ProseMirror composer named in
 * public composer integrations. Attribute names below follow that model and are the
 * least certain of our hosted adapters: check them against a live inbox first.
 */

const CONVERSATION_PATH = /\/conversations?\/(\d+)/;

const TITLE = [
  '[data-testid="conversation-title"]', // Inbox 2 header (tickets and titled conversations)
  '.inbox2__conversation-header h1',
];
const STATE = [
  '[data-testid="conversation-state"]', // Open / Snoozed / Closed
];
const PARTS = [
  '[data-testid="conversation-stream"] [data-part-type]', // one element per conversation part
  '[data-part-type]',
];
const AUTHOR = ['[data-testid="part-author"]'];
const BODY = ['[data-testid="part-body"]'];
const TIME = ['time[datetime]'];
const CUSTOMER_NAME = ['[data-testid="user-details"] [data-testid="user-name"]'];
const CUSTOMER_EMAIL = ['[data-testid="user-details"] [data-testid="user-email"]'];
const EDITOR = [
  '[data-testid="composer"] .ProseMirror[contenteditable="true"]', // Inbox 2 composer (ProseMirror)
  '.inbox2__composer [contenteditable="true"]',
];

const CUSTOMER_AUTHORS = new Set(['user', 'lead', 'contact']);

/** Only comments and notes carry words; assignments, snoozes and closes are skipped. */
function authorOf(part: Element): Author | null {
  const type = part.getAttribute('data-part-type');
  if (type === 'note') return 'note';
  if (type !== 'comment') return null;
  return CUSTOMER_AUTHORS.has(part.getAttribute('data-author-type') ?? '') ? 'customer' : 'agent';
}

export const intercom: HelpdeskAdapter = {
  id: 'intercom',
  name: 'Intercom',
  hostPatterns: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],

  // Conversation parts with their author and body hooks, all of them (untitled conversations have no title).
  structure: { parts: [PARTS, AUTHOR, BODY], needs: 3 },

  matches(url) {
    return /^app\.(?:(?:eu|au)\.)?intercom\.com$/.test(url.hostname);
  },

  read(doc, url) {
    const id = url.pathname.match(CONVERSATION_PATH)?.[1];
    const parts = all(doc, PARTS);
    if (!id || parts.length === 0) return null;

    const messages: Message[] = [];
    for (const part of parts) {
      const author = authorOf(part);
      const text = textOf(first(part, BODY));
      if (!author || !text) continue;
      const name = lineOf(first(part, AUTHOR));
      const at = isoDate(first(part, TIME)?.getAttribute('datetime'));
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const name = lineOf(first(doc, CUSTOMER_NAME)) ?? messages.find((m) => m.author === 'customer')?.name;
    const status = lineOf(first(doc, STATE));
    return {
      helpdesk: 'intercom',
      id,
      url: url.href,
      subject: lineOf(first(doc, TITLE)) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(name, lineOf(first(doc, CUSTOMER_EMAIL))),
      messages,
    };
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
