import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, splitNameEmail, textOf } from './dom.ts';
import { customerFrom } from './dom-read.ts';

/**
 * Zammad agent interface, classic ticket zoom (#ticket/zoom/<id>), Zammad 5–6.
 * Structure taken from Zammad's own templates and controllers on GitHub
 * (app/assets/javascripts/app/views/ticket_zoom.jst.eco, ticket_zoom/article_view.jst.eco,
 * ticket_zoom/title.jst.eco, ticket_zoom/meta.jst.eco, controllers/ticket_zoom/article_view.coffee)
 * and a saved ticket-zoom article list published on GitHub. Self-hosted: recognised on any
 * origin the agent granted by its ticket structure, else its page signature or route.
 */

const SIGNATURE = [
  '.ticketZoom', // ticket zoom container (Zammad 3+)
  '.ticket-article-item[data-id]', // article rows
  '#app .splash svg.icon-logo', // boot splash from app/views/init/index.html.erb
];
/** Zammad's routes live in the hash: #ticket/zoom/12, #ticket/view/…, #dashboard. */
const ROUTE = /^#(ticket\/(zoom|view|create)|dashboard|search|customer_ticket)/;
const ZOOM_ROUTE = /^#ticket\/zoom\/(\d+)/;

/** Every open ticket keeps its own task container; only the active one is on screen. */
const ACTIVE_ZOOM = [
  '.content.active .ticketZoom', // taskbar task shown to the agent
  '.ticketZoom',
];
const NUMBER = ['.ticketZoom-header .ticket-number', '.ticket-number'];
const TITLE = ['.ticketZoom-header .ticket-title-update', '.ticket-title-update'];
const ARTICLES = ['.ticket-article .ticket-article-item', '.ticket-article-item'];
/** First meta row is "From" whenever the article has a sender (article_view.jst.eco). */
const FROM = ['.article-meta.top .article-meta-row:first-child .article-meta-value'];
const BODY = ['.richtext-content'];
const CREATED = ['.task-subline time[datetime]', 'time[datetime]'];
const STATE = ['select[name="state_id"]'];

const EDITOR = [
  '.article-new .articleNewEdit-body[contenteditable="true"]', // reply box under the articles
  '.articleNewEdit-body[contenteditable="true"]',
  '.article-new [contenteditable="true"].js-textarea',
];

/** Signature Zammad marks: a js-signatureMarker span before it, or a data-signature block. */
const SIGNATURE_MARKER = '.js-signatureMarker';
const SIGNATURE_BLOCK = '[data-signature="true"]';

/** Sender class from article_view.coffee ("customer", "agent", "system"); is-internal marks notes. */
function authorOf(article: Element): Author | null {
  const classes = article.classList;
  if (classes.contains('system')) return null; // trigger mails, auto-close notices
  if (classes.contains('is-internal')) return 'note';
  if (classes.contains('customer')) return 'customer';
  if (classes.contains('agent')) return 'agent';
  return null;
}

/** Body text up to the signature Zammad detected, read in place. */
function bodyText(body: Element | null): string {
  return textOf(body, { skip: [SIGNATURE_BLOCK], stopAt: SIGNATURE_MARKER });
}

/** Agent mail goes out as "Jonas Weber via Brewline Service" (Zammad's default sender format). */
function agentName(from: string | undefined): string | undefined {
  return from?.replace(/\s+via\s+.+$/, '') || undefined;
}

function stateOf(scope: Element | Document): string | undefined {
  const select = first(scope, STATE) as HTMLSelectElement | null;
  if (!select) return undefined;
  const chosen = select.querySelector('option[selected]') ?? select.options[select.selectedIndex];
  return lineOf(chosen);
}

export const zammad: HelpdeskAdapter = {
  id: 'zammad',
  name: 'Zammad',

  // Ticket zoom and its articles, outside the hash route (a saved page).
  structure: { parts: [ACTIVE_ZOOM, ARTICLES, TITLE, NUMBER], needs: 3 },

  matches(url, doc) {
    if (first(doc, SIGNATURE)) return true;
    return ROUTE.test(url.hash) && doc.getElementById('app') !== null;
  },

  read(doc, url) {
    const zoom = first(doc, ACTIVE_ZOOM);
    if (!zoom) return null;
    // The state field sits in the sidebar beside the zoom, inside the same task container.
    const scope: Element | Document = zoom.closest('.content') ?? doc;
    const id = lineOf(first(zoom, NUMBER)) ?? url.hash.match(ZOOM_ROUTE)?.[1];
    if (!id) return null;

    const messages: Message[] = [];
    let customer: { name?: string; email?: string } = {};
    for (const article of all(zoom, ARTICLES)) {
      const author = authorOf(article);
      const text = bodyText(first(article, BODY));
      if (!author || !text) continue;
      const from = splitNameEmail(lineOf(first(article, FROM)));
      const at = isoDate(first(article, CREATED)?.getAttribute('datetime'));
      if (author === 'customer' && !customer.name && !customer.email) customer = from;
      const name = author === 'customer' ? from.name : agentName(from.name);
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const status = stateOf(scope);
    const ticket: Ticket = {
      helpdesk: 'zammad',
      id,
      url: url.href,
      subject: lineOf(first(zoom, TITLE)) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(customer.name, customer.email),
      messages,
    };
    return ticket;
  },

  editor(doc) {
    const zoom = first(doc, ACTIVE_ZOOM);
    return zoom ? first(zoom, EDITOR) : first(doc, EDITOR);
  },
};
