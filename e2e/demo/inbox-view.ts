/**
 * The inbox column and the inbox overview page. DOM contract: each list item is an
 * `a.ticket-link[href="#/tickets/<id>"]` holding the subject and the customer's name,
 * and the open ticket's link carries `aria-current="page"`.
 */
import { el, shortDate } from './dom.ts';
import type { DemoMessage, DemoTicket } from './tickets.ts';

export type ThreadOf = (ticket: DemoTicket) => DemoMessage[];

function snippet(messages: DemoMessage[]): string {
  const last = messages.at(-1);
  if (!last) return '';
  const line = last.text.replace(/\s+/g, ' ').trim();
  const first = last.name.split(' ')[0] ?? '';
  const who = last.author === 'customer' ? '' : last.author === 'note' ? `Note by ${first}: ` : `${first}: `;
  return who + line;
}

export function renderInboxList(list: HTMLElement, all: readonly DemoTicket[], openId: string | null, threadOf: ThreadOf): void {
  const items = all.map((ticket) => {
    const thread = threadOf(ticket);
    const last = thread.at(-1);
    const link = el(
      'a',
      {
        class: 'ticket-link',
        href: `#/tickets/${ticket.id}`,
        'aria-current': ticket.id === openId ? 'page' : undefined,
        'data-status': ticket.status,
        // The customer spoke last, so the ball is in the agent's court.
        'data-awaiting': last?.author === 'customer' ? 'agent' : undefined,
      },
      el(
        'span',
        { class: 'ticket-link-top' },
        el('span', { class: 'ticket-link-customer' }, ticket.customer.name),
        last ? el('time', { class: 'ticket-link-time', datetime: last.at }, shortDate(last.at)) : null,
      ),
      el('span', { class: 'ticket-link-subject' }, ticket.subject),
      el('span', { class: 'ticket-link-snippet' }, snippet(thread)),
      el(
        'span',
        { class: 'ticket-link-bottom' },
        el('span', { class: 'ticket-link-id' }, `#${ticket.id}`),
        el('span', { class: 'pill', 'data-status': ticket.status }, ticket.status),
        el('span', { class: 'ticket-link-count' }, `${thread.length} ${thread.length === 1 ? 'message' : 'messages'}`),
      ),
    );
    return el('li', {}, link);
  });
  list.replaceChildren(...items);
}

/** What the main area shows on `#/`: a calm summary, so the inbox route has no ticket view. */
export function renderInboxOverview(all: readonly DemoTicket[], threadOf: ThreadOf): HTMLElement {
  const count = (status: DemoTicket['status']) => all.filter((t) => t.status === status).length;
  const waiting = all.filter((t) => t.status !== 'solved' && threadOf(t).at(-1)?.author === 'customer').length;
  const stat = (label: string, value: number, status: string) =>
    el('div', { class: 'stat', 'data-status': status }, el('span', { class: 'stat-value' }, String(value)), el('span', { class: 'stat-label' }, label));
  return el(
    'section',
    { class: 'inbox-overview', 'aria-labelledby': 'overview-title' },
    el('h1', { id: 'overview-title', class: 'overview-title' }, 'Good to see you, Alex'),
    el('p', { class: 'overview-lead' }, `${waiting} conversations are waiting for a reply. Pick one on the left to get started.`),
    el('div', { class: 'stats' }, stat('Open', count('open'), 'open'), stat('Pending', count('pending'), 'pending'), stat('Solved', count('solved'), 'solved')),
  );
}

/** Shown when the hash names a ticket that does not exist; no ticket view either. */
export function renderNotFound(id: string): HTMLElement {
  return el(
    'section',
    { class: 'inbox-overview' },
    el('h1', { class: 'overview-title' }, 'Ticket not found'),
    el('p', { class: 'overview-lead' }, `There is no ticket #${id} in this inbox.`),
    el('a', { class: 'overview-back', href: '#/' }, 'Back to the inbox'),
  );
}
