/**
 * The demo helpdesk's entry: a hash-routed single-page app (`#/` inbox,
 * `#/tickets/<id>` a ticket). Switching tickets never reloads the page, so the
 * extension's content script has to notice the change the way it would in Zendesk.
 */
import type { Editor, JSONContent } from '@tiptap/core';
import './styles.css';
import type { DemoHooks } from './hooks.ts';
import { renderInboxList, renderInboxOverview, renderNotFound } from './inbox-view.ts';
import { createReplyEditor, draftText } from './reply-editor.ts';
import { SessionStore } from './session-store.ts';
import { renderMessage, renderTicketView, type TicketViewParts } from './ticket-view.ts';
import { findTicket, tickets, type DemoMessage, type DemoTicket } from './tickets.ts';

const AGENT_NAME = 'Alex (Agent)';
const APP_TITLE = 'Olive Branch Demo Helpdesk';

// Rotated by the "Simulate customer reply" button so a manual demo can escalate a little.
const CANNED_FOLLOW_UPS = [
  'Hello?? Is ANYONE reading these?! I have been waiting all day and still nothing. This is unacceptable.',
  "Still no answer. I'm seriously thinking about cancelling and telling everyone I know about this!!!",
  'Third message today. If nobody replies within the hour I will ask my bank for a chargeback.',
];

interface OpenTicket {
  ticket: DemoTicket;
  parts: TicketViewParts;
  editor: Editor;
}

function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The demo page is missing ${selector}`);
  return found;
}

const inboxList = required<HTMLElement>('.ticket-list');
const main = required<HTMLElement>('#main');
const store = new SessionStore(window.sessionStorage);
const sent = store.sentTexts();
// Unsent drafts per ticket, so hopping between tickets loses nothing (until a reload).
const drafts = new Map<string, JSONContent>();
let open: OpenTicket | null = null;
let followUps = 0;

function threadOf(ticket: DemoTicket): DemoMessage[] {
  return [...ticket.messages, ...store.messagesFor(ticket.id)];
}

function ticketIdFromHash(hash: string): string | null {
  const match = /^#\/tickets\/([^/?#]+)\/?$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function refreshInbox(): void {
  renderInboxList(inboxList, tickets, open?.ticket.id ?? null, threadOf);
}

function scrollThreadToEnd(parts: TicketViewParts): void {
  const scroller = parts.thread.parentElement;
  if (scroller) scroller.scrollTop = scroller.scrollHeight;
}

function append(message: DemoMessage): void {
  if (!open) throw new Error('No ticket is open: navigate to #/tickets/<id> first.');
  store.add(open.ticket.id, message);
  open.parts.thread.append(renderMessage(message));
  scrollThreadToEnd(open.parts);
  refreshInbox();
}

function send(): void {
  if (!open) return;
  const text = draftText(open.editor);
  if (!text) return;
  append({ author: 'agent', name: AGENT_NAME, at: new Date().toISOString(), text });
  sent.push(text);
  open.editor.commands.clearContent(true);
  drafts.delete(open.ticket.id);
}

function receive(text: string): void {
  if (!open) throw new Error('No ticket is open: navigate to #/tickets/<id> first.');
  append({ author: 'customer', name: open.ticket.customer.name, at: new Date().toISOString(), text });
}

function closeTicket(): void {
  if (!open) return;
  const { ticket, editor } = open;
  if (editor.isEmpty) drafts.delete(ticket.id);
  else drafts.set(ticket.id, editor.getJSON());
  editor.destroy();
  open = null;
}

function openTicket(ticket: DemoTicket): void {
  const parts = renderTicketView(ticket, threadOf(ticket));
  main.replaceChildren(parts.root);
  const editor = createReplyEditor({
    mount: parts.editorMount,
    toolbar: parts.toolbar,
    content: drafts.get(ticket.id),
    placeholder: `Write your reply to ${ticket.customer.name}…`,
    onSubmit: send,
  });
  open = { ticket, parts, editor };
  parts.sendButton.addEventListener('click', send);
  parts.simulateButton.addEventListener('click', () => {
    receive(CANNED_FOLLOW_UPS[followUps++ % CANNED_FOLLOW_UPS.length] ?? '');
  });
  scrollThreadToEnd(parts);
}

function show(): void {
  closeTicket();
  const id = ticketIdFromHash(window.location.hash);
  const ticket = id === null ? undefined : findTicket(id);
  if (ticket) {
    openTicket(ticket);
    document.title = `#${ticket.id} ${ticket.subject} · ${APP_TITLE}`;
  } else if (id !== null) {
    main.replaceChildren(renderNotFound(id));
    document.title = `Not found · ${APP_TITLE}`;
  } else {
    main.replaceChildren(renderInboxOverview(tickets, threadOf));
    document.title = `Inbox · ${APP_TITLE}`;
  }
  refreshInbox();
}

const hooks: DemoHooks = {
  get editor() {
    return open?.editor ?? null;
  },
  sent,
  receive,
};
window.demo = hooks;

window.addEventListener('hashchange', show);
show();
