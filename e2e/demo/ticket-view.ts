/**
 * The ticket view. The extension's demo adapter reads exactly this DOM, so the class
 * names, attributes and nesting below are a contract (see the task brief and
 * src/helpdesks/demo.ts); change them only together with the adapter.
 */
import { el, humanDate, initials, paragraphs } from './dom.ts';
import type { DemoMessage, DemoTicket } from './tickets.ts';

export interface TicketViewParts {
  root: HTMLElement;
  thread: HTMLOListElement;
  /** Where the reply editor is mounted; it sits inside `.reply-box`, before the Send button. */
  editorMount: HTMLElement;
  sendButton: HTMLButtonElement;
  simulateButton: HTMLButtonElement;
  /** Formatting buttons, wired by the reply editor. */
  toolbar: HTMLElement;
}

const ROLE_LABEL: Record<DemoMessage['author'], string> = {
  customer: 'Customer',
  agent: 'Agent',
  note: 'Internal note',
};

export function renderMessage(message: DemoMessage): HTMLLIElement {
  return el(
    'li',
    { class: 'message', 'data-author': message.author },
    el('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(message.name)),
    el(
      'article',
      { class: 'message-card' },
      el(
        'header',
        { class: 'message-meta' },
        el('span', { class: 'message-author' }, message.name),
        ' ',
        el('span', { class: 'message-role' }, ROLE_LABEL[message.author]),
        ' ',
        el('time', { datetime: message.at }, humanDate(message.at)),
      ),
      el('div', { class: 'message-body' }, ...paragraphs(message.text).map((p) => el('p', {}, p))),
    ),
  );
}

function toolButton(command: string, label: string, glyph: string): HTMLButtonElement {
  return el('button', { class: 'tool-button', type: 'button', 'data-command': command, 'aria-label': label, title: label }, glyph);
}

export function renderTicketView(ticket: DemoTicket, messages: readonly DemoMessage[]): TicketViewParts {
  const thread = el('ol', { class: 'thread', 'aria-label': 'Conversation' }, ...messages.map(renderMessage));
  const simulateButton = el('button', { class: 'simulate-button', type: 'button' }, 'Simulate customer reply');
  const editorMount = el('div', { class: 'editor-mount' });
  const sendButton = el('button', { class: 'send-button', type: 'button' }, 'Send');
  const toolbar = el(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Formatting' },
    toolButton('bold', 'Bold', 'B'),
    toolButton('italic', 'Italic', 'I'),
    toolButton('bulletList', 'Bulleted list', '• List'),
  );

  const root = el(
    'section',
    { class: 'ticket-view', 'data-ticket-id': ticket.id, 'aria-labelledby': 'ticket-subject' },
    el(
      'header',
      { class: 'ticket-header' },
      el(
        'div',
        { class: 'ticket-title-row' },
        el('span', { class: 'ticket-number' }, `#${ticket.id}`),
        el('h1', { class: 'ticket-subject', id: 'ticket-subject' }, ticket.subject),
        el('span', { class: 'ticket-status', 'data-status': ticket.status }, ticket.status),
      ),
      el(
        'div',
        { class: 'ticket-meta-row' },
        el(
          'div',
          { class: 'requester' },
          el('span', { class: 'requester-name' }, ticket.customer.name),
          ' ',
          el('a', { class: 'requester-email', href: `mailto:${ticket.customer.email}` }, ticket.customer.email),
        ),
        simulateButton,
      ),
    ),
    el('div', { class: 'thread-scroller' }, thread),
    el(
      'div',
      { class: 'reply-box' },
      el('div', { class: 'reply-to' }, 'Reply to ', el('strong', {}, ticket.customer.name)),
      editorMount,
      el('div', { class: 'reply-footer' }, toolbar, sendButton),
    ),
  );
  return { root, thread, editorMount, sendButton, simulateButton, toolbar };
}
