import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf, splitNameEmail } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * Request Tracker 5 (Best Practical), self-hosted: recognised on any origin the agent
 * granted by its ticket structure, else its page signature. Checked against pages captured from a real RT 5.0.3
 * (Debian 12 package) on loopback; see e2e/rt/.
 *
 * RT shows a ticket on two pages. The display page (/Ticket/Display.html?id=N) holds
 * the history, loaded by AJAX after the page; the reply page
 * (/Ticket/Update.html?Action=Respond&id=N) holds the editor and, in RT 5.0, no history.
 * Both give the same ticket id, so what was read on one page can stand for the other.
 */

const SIGNATURE = [
  '#bpscredits a[href*="bestpractical.com"]', // footer credit on every RT 4.x/5.x page
  'body[id^="comp-Ticket-"] #header h1', // RT names <body> after the Mason component shown
];

const TITLE = [
  '#header h1', // "#N: subject" on the display page, "Update ticket #N: subject" on the reply page (RT 4.2–5.0)
];
const TICKET_ID_INPUT = [
  'form[name="TicketUpdate"] input[name="id"]', // reply page form (RT 4–5)
  '.ticket-info-basics input[name="id"]', // inline-edit form in The Basics (RT 5)
];
const STATUS = [
  '.ticket-info-basics .status .value .current-value', // display page, The Basics (RT 5)
  '.ticket-info-basics .status .value', // RT 4.4, no current-value wrapper
];
const REQUESTORS = [
  '.ticket-info-people .requestors .value .user', // display page, People box (RT 4.4–5)
];
/** The reply page has no People box; the preview of who gets the reply lists the requestors first. */
const REPLY_RECIPIENTS = [
  '#previewscrips input[name="TxnSendMailTo"] + label .user', // reply page, "Scrips and Recipients" (RT 5)
];
/** "Reply to requestors" or "Comments (Not sent to requestors)" on the reply page. */
const UPDATE_TYPE = ['select#UpdateType'];
/** Cc'd people write from the customer's side too; AdminCcs are staff and stay out. */
const CCS = ['.ticket-info-people .cc .value .user'];

const HISTORY = [
  '#delayed_ticket_history .history-container', // display page after the AJAX load (RT 5, $ShowHistory 'delay')
  '.history .history-container', // History.html, or $ShowHistory 'always'
];
const MESSAGES = [
  '.transaction.message[data-transaction-id]', // create, correspond and comment transactions (RT 4.2–5)
];
const AUTHOR = ['.metadata .description .user'];
const DATE = ['.metadata .date'];
const DESCRIPTION = ['.metadata .description'];
const BODY = ['.messagebody'];
/** Quoted earlier mail is nested one stanza deeper, behind a "Show quoted text" folder. */
const NOT_THEIR_WORDS = ['.message-stanza .message-stanza', '.message-stanza-folder'];

const EDITOR = [
  '#cke_UpdateContent iframe.cke_wysiwyg_frame', // CKEditor 4 over the reply box (RT 4.4–5.0)
  'textarea#UpdateContent', // rich text turned off, or before CKEditor starts
];

/**
 * RT gives a comment and a reply the same classes; only the description says which,
 * in the agent's language. These are RT 5.0's own translations of "Comments added"
 * (its po/ files), for the languages most agents use.
 */
const COMMENTS_ADDED = new Set([
  'Comments added', // en
  'Kommentar hinzugefügt', // de
  'Commentaires ajoutés', // fr
  'Comentarios añadidos', // es
  'Aggiunti commenti', // it
  'Commentaar toegevoegd', // nl
  'Comentários adicionados', // pt, pt_BR, pt_PT
  'Komentarze zostały dodane', // pl
  'Kommentarer tillagda', // sv
  'Kommentarer tilføjet', // da
  'La til kommentarer', // nb
  'Kommentti lisätty', // fi
  'Komentáře přidány', // cs
  'Добавлен комментарий', // ru
  'Yorumlar eklendi', // tr
  'コメントが追加されました', // ja
  '创建注释完成', // zh_CN
  '新增評論完畢', // zh_TW
]);

interface Person {
  id: string | null;
  label: string;
}

function personOf(user: Element): Person {
  return { id: user.getAttribute('data-user-id'), label: lineOf(user) ?? '' };
}

/** "#12: subject" → ["12", "subject"], whatever words RT puts before the number. */
function titleParts(doc: Document): { id?: string; subject?: string } {
  const match = lineOf(first(doc, TITLE))?.match(/#(\d+):\s*(.*)$/);
  return match ? { id: match[1], subject: match[2] } : {};
}

function ticketIdOf(doc: Document, url: URL): string | undefined {
  const fromTitle = titleParts(doc).id;
  const fromForm = first(doc, TICKET_ID_INPUT)?.getAttribute('value') ?? undefined;
  const fromUrl = url.searchParams.get('id') ?? undefined;
  return [fromTitle, fromForm, fromUrl].find((id) => id !== undefined && /^\d+$/.test(id));
}

/** The display page of the ticket, so a reminder made on the reply page opens the ticket itself. */
function displayUrl(url: URL, id: string): string {
  // RT may live under a path (WebPath, e.g. /rt); keep whatever precedes /Ticket/.
  const root = url.pathname.match(/^(.*)\/Ticket\/[^/]*$/)?.[1];
  const path = root === undefined ? url.pathname : `${root}/Ticket/Display.html`;
  return new URL(`${path}?id=${encodeURIComponent(id)}`, url.origin).href;
}

/** RT prints dates in the agent's zone without naming it; only a date that names its zone is kept. */
function dateOf(entry: Element): string | undefined {
  const shown = lineOf(first(entry, DATE));
  if (!shown || !/(?:[+-]\d{2}:?\d{2}|\bZ|\bGMT|\bUTC)\s*$/.test(shown)) return undefined;
  return isoDate(shown);
}

function samePerson(a: Person, b: Person): boolean {
  return a.id && b.id ? a.id === b.id : a.label !== '' && a.label === b.label;
}

/** The words after the author in "Dana Whitfield <dana@…> - Comments added". */
function actionOf(entry: Element, speaker: Person | undefined): string {
  const description = lineOf(first(entry, DESCRIPTION)) ?? '';
  const rest = speaker && description.startsWith(speaker.label) ? description.slice(speaker.label.length) : description;
  return rest.replace(/^\s*-\s*/, '').trim();
}

function authorOf(entry: Element, speaker: Person | undefined, customers: readonly Person[]): Author {
  if (COMMENTS_ADDED.has(actionOf(entry, speaker))) return 'note';
  return speaker && customers.some((c) => samePerson(c, speaker)) ? 'customer' : 'agent';
}

/** "Dana Whitfield <dana@…>" for customers, "root (Enoch Root)" for staff: the display name either way. */
function displayName(label: string): string | undefined {
  const staff = label.match(/^\S+ \((.+)\)$/);
  if (staff) return staff[1];
  const { name, email } = splitNameEmail(label);
  return name ?? email;
}

function readMessages(doc: Document, customers: readonly Person[]): Message[] {
  const history = first(doc, HISTORY);
  if (!history) return [];
  // The agent may choose "Reverse history order"; transaction ids only grow, so sorting by them gives oldest first.
  const entries = all(history, MESSAGES)
    .map((entry) => ({ entry, txn: Number(entry.getAttribute('data-transaction-id')) }))
    .sort((a, b) => a.txn - b.txn);
  const messages: Message[] = [];
  for (const { entry } of entries) {
    const text = textWithout(first(entry, BODY), NOT_THEIR_WORDS);
    if (!text) continue;
    const user = first(entry, AUTHOR);
    const speaker = user ? personOf(user) : undefined;
    const name = speaker ? displayName(speaker.label) : undefined;
    const at = dateOf(entry);
    messages.push({ author: authorOf(entry, speaker, customers), ...(name ? { name } : {}), ...(at ? { at } : {}), text });
  }
  return messages;
}

/** Who a reply goes to, but only while the agent is replying: a comment goes to staff. */
function replyRecipients(doc: Document): Element[] {
  const type = first(doc, UPDATE_TYPE) as HTMLSelectElement | null;
  const replying = !type || (type.value || type.querySelector('option[selected]')?.getAttribute('value')) === 'response';
  return replying ? all(doc, REPLY_RECIPIENTS) : [];
}

export const rt: HelpdeskAdapter = {
  id: 'rt',
  name: 'Request Tracker',

  // The display page (history, People) or the reply page (update form) with the credits
  // footer turned off; #header h1 alone is any page's.
  structure: { parts: [TITLE, TICKET_ID_INPUT, HISTORY, MESSAGES, REQUESTORS, UPDATE_TYPE, REPLY_RECIPIENTS, EDITOR], needs: 3 },

  matches(_url, doc) {
    return first(doc, SIGNATURE) !== null;
  },

  read(doc, url) {
    const id = ticketIdOf(doc, url);
    if (!id || !first(doc, TITLE)) return null;

    const requestors = (all(doc, REQUESTORS).length ? all(doc, REQUESTORS) : replyRecipients(doc)).map(personOf);
    const customers = [...requestors, ...all(doc, CCS).map(personOf)];
    const { name, email } = splitNameEmail(requestors[0]?.label);
    const status = lineOf(first(doc, STATUS));

    const ticket: Ticket = {
      helpdesk: 'rt',
      id,
      url: displayUrl(url, id),
      subject: titleParts(doc).subject ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(name, email),
      messages: readMessages(doc, customers),
    };
    return ticket;
  },

  editor(doc) {
    const found = first(doc, EDITOR);
    if (found?.tagName === 'IFRAME') {
      // On the live page the editable body sits in a same-origin iframe; a saved page keeps only the frame.
      let body: HTMLElement | null | undefined;
      try {
        body = (found as HTMLIFrameElement).contentDocument?.body;
      } catch {
        body = undefined;
      }
      return body?.isContentEditable || body?.classList.contains('cke_editable') ? body : found;
    }
    return found;
  },
};
