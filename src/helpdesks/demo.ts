import type { HelpdeskAdapter } from './types.ts';
import type { Author, Message, Ticket } from '../ticket.ts';
import { firstNameOf } from '../ticket.ts';
import { all, first, isoDate, lineOf, textOf } from './dom.ts';

/** The demo helpdesk bundled under e2e/demo (served on loopback by npm start and the e2e tests). */
const SIGNATURE = 'meta[name="application-name"][content="Olive Branch Demo Helpdesk"]';

const VIEW = ['section.ticket-view[data-ticket-id]']; // demo v1
const SUBJECT = ['.ticket-subject']; // demo v1
const STATUS = ['.ticket-status']; // demo v1
const REQUESTER_NAME = ['.requester .requester-name']; // demo v1
const REQUESTER_EMAIL = ['.requester .requester-email']; // demo v1
const MESSAGES = ['ol.thread > li.message']; // demo v1
const EDITOR = ['.reply-box .ProseMirror', '.reply-box [contenteditable="true"]', '.reply-box textarea']; // demo v1 (TipTap)

const AUTHORS = new Set<Author>(['customer', 'agent', 'note']);

export const demo: HelpdeskAdapter = {
  id: 'demo',
  name: 'Demo helpdesk',
  // Plain class names another page may use too: only all of them together are the demo.
  structure: { parts: [VIEW, SUBJECT, REQUESTER_NAME, MESSAGES], needs: 4 },

  matches: (_url, doc) => doc.querySelector(SIGNATURE) !== null,
  read(doc, url) {
    const view = first(doc, VIEW);
    if (!view) return null;
    const name = lineOf(first(view, REQUESTER_NAME));
    const email = lineOf(first(view, REQUESTER_EMAIL));
    const status = lineOf(first(view, STATUS));
    const messages: Message[] = all(view, MESSAGES).map((li) => {
      const role = li.getAttribute('data-author') as Author;
      const author = lineOf(li.querySelector('.message-author'));
      const at = isoDate(li.querySelector('time')?.getAttribute('datetime'));
      return {
        author: AUTHORS.has(role) ? role : 'customer',
        ...(author ? { name: author } : {}),
        ...(at ? { at } : {}),
        text: textOf(li.querySelector('.message-body')),
      };
    });
    const firstName = firstNameOf(name);
    const ticket: Ticket = {
      helpdesk: 'demo',
      id: view.getAttribute('data-ticket-id') ?? '',
      url: url.href,
      subject: lineOf(first(view, SUBJECT)) ?? '',
      ...(status ? { status } : {}),
      customer: { ...(name ? { name } : {}), ...(firstName ? { firstName } : {}), ...(email ? { email } : {}) },
      messages,
    };
    return ticket;
  },
  editor: (doc) => first(doc, EDITOR),
};
