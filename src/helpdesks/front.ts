import type { Author, Message } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, textOf } from './dom.ts';
import { customerFrom } from './dom-read.ts';

/**
 * Front (app.frontapp.com), conversation view; conversations are addressed by their
 * `cnv_…` id (https://app.frontapp.com/open/cnv_…, or deep inside an inbox path).
 * Sources: a public Front content script on GitHub noting that Front's class names are
 * styled-components names whose component prefix is stable while the hash suffix
 * changes (`conversationHeader__StyledContainer-…`), hence `[class*="prefix"]`
 * selectors; Front's API model, where a conversation holds messages (msg_…, inbound or
 * outbound) and team comments (com_…, never seen by the customer); the ProseMirror
 * composer. Timeline attribute names are reconstructed: check against a live page.
 */

const CONVERSATION_ID = /\b(cnv_[0-9a-z]+)\b/;

const SUBJECT = [
  '[class*="conversationHeader__StyledSubject"]', // conversation header (2023+)
  '[class*="conversationHeader__StyledContainer"] h1',
];
const ITEMS = [
  '[class*="conversationTimeline__"] [data-message-id], [class*="conversationTimeline__"] [data-comment-id]', // timeline, in order
];
const SENDER = [
  '[class*="messageHeader__StyledSenderName"]', // message header
  '[class*="commentHeader__StyledAuthor"]', // comment header
];
const HANDLE = ['[class*="messageHeader__StyledSenderHandle"]'];
const BODY = ['[class*="messageBody__"]', '[class*="commentBody__"]'];
const TIME = ['time[datetime]'];
const EDITOR = [
  '[class*="composer__"] .ProseMirror[contenteditable="true"]', // reply composer (ProseMirror)
  '[class*="composer__"] [contenteditable="true"]',
];

/** Team comments are Front's internal notes; messages go one way or the other. */
function authorOf(item: Element): Author {
  if (item.hasAttribute('data-comment-id')) return 'note';
  return item.getAttribute('data-inbound') === 'true' ? 'customer' : 'agent';
}

export const front: HelpdeskAdapter = {
  id: 'front',
  name: 'Front',
  hostPatterns: ['https://app.frontapp.com/*'],

  // Front's styled-component names, all of them: unmistakable off app.frontapp.com.
  structure: { parts: [ITEMS, SENDER, BODY, SUBJECT], needs: 4 },

  matches(url) {
    return url.hostname === 'app.frontapp.com';
  },

  read(doc, url) {
    const id = url.pathname.match(CONVERSATION_ID)?.[1];
    const items = all(doc, ITEMS);
    if (!id || items.length === 0) return null;

    const messages: Message[] = [];
    let customer: { name?: string; email?: string } = {};
    for (const item of items) {
      const text = textOf(first(item, BODY));
      if (!text) continue;
      const author = authorOf(item);
      const name = lineOf(first(item, SENDER));
      const at = isoDate(first(item, TIME)?.getAttribute('datetime'));
      if (author === 'customer' && !customer.name && !customer.email) {
        const email = lineOf(first(item, HANDLE))?.replace(/[<>]/g, '');
        customer = { ...(name ? { name } : {}), ...(email ? { email } : {}) };
      }
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    return {
      helpdesk: 'front',
      id,
      url: url.href,
      subject: lineOf(first(doc, SUBJECT)) ?? '',
      customer: customerFrom(customer.name, customer.email),
      messages,
    };
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
