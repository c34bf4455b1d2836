import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, lineOf } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * FreeScout conversation view (/conversation/<id>), 1.8.x.
 * Structure taken from FreeScout's Blade templates on GitHub
 * (resources/views/layouts/app.blade.php, conversations/view.blade.php,
 * conversations/partials/thread.blade.php, customers/profile_snippet.blade.php).
 * Self-hosted: recognised on any origin the agent granted by its conversation structure,
 * else its page signature.
 */

const SIGNATURE = [
  '#conv-layout #conv-layout-main', // conversation view (every 1.x release)
  '.footer a[href*="freescout.net"]', // "Free open source help desk" footer link
  'script[src*="/storage/js/vars.js"]', // generated JS settings, unminified installs
  '.navbar-brand img[src*="img/logo-brand.svg"]', // default brand logo in the top bar
];

const THREADS = [
  '#conv-layout-main > .thread', // one per message, reply, note or line item
  '#conv-layout-main .thread',
];
const NUMBER = [
  '#conv-subject .conv-numnav strong', // "# <strong>1042</strong>" beside the subject
];
const CONVERSATION_PATH = /\/conversation\/(\d+)/;
const SUBJECT = ['#conv-subject .conv-subjtext'];
/** The status dropdown's list; its sibling button shows the current status. */
const STATUS_MENU = ['.conv-info ul.conv-status'];
const CUSTOMER_NAME = ['#conv-layout-customer .customer-name'];
const CUSTOMER_EMAIL = ['#conv-layout-customer .customer-email .contact-main'];
const PERSON = ['.thread-person strong'];
const BODY = ['.thread-content'];
/** Kept in the body by some modules but not the message itself. */
const NOT_MESSAGE = ['.thread-meta', '.thread-attachments'];

const EDITOR = [
  '.conv-reply-body .note-editable[contenteditable="true"]', // Summernote over textarea#body
  '.conv-reply-body textarea#body', // before Summernote starts
  'textarea#body',
];

/** thread.blade.php writes thread-type-{customer|message|note|lineitem|draft}. */
function authorOf(thread: Element): Author | null {
  const classes = thread.classList;
  if (classes.contains('thread-type-customer')) return 'customer';
  if (classes.contains('thread-type-message')) return 'agent';
  if (classes.contains('thread-type-note')) return 'note';
  return null; // line items (status changes, assignments) and unsent drafts
}

/** FreeScout lists the newest thread first; thread ids grow with time, so sort on them. */
function threadOrder(thread: Element): number {
  const id = thread.getAttribute('data-thread_id') ?? thread.id.replace(/^thread-/, '');
  const n = Number(id);
  return Number.isFinite(n) ? n : 0;
}

function statusOf(doc: Document): string | undefined {
  const menu = first(doc, STATUS_MENU);
  return lineOf(menu?.parentElement?.querySelector('.conv-info-val > span'));
}

export const freescout: HelpdeskAdapter = {
  id: 'freescout',
  name: 'FreeScout',

  // The conversation layout without the footer link, script or logo (a themed or saved page).
  structure: { parts: [THREADS, SUBJECT, NUMBER, CUSTOMER_NAME], needs: 3 },

  matches(_url, doc) {
    return first(doc, SIGNATURE) !== null;
  },

  read(doc, url) {
    const threads = all(doc, THREADS);
    const id = lineOf(first(doc, NUMBER))?.replace(/^#\s*/, '') ?? url.pathname.match(CONVERSATION_PATH)?.[1];
    if (!id || threads.length === 0) return null;

    const messages: Message[] = [];
    for (const thread of [...threads].sort((a, b) => threadOrder(a) - threadOrder(b))) {
      const author = authorOf(thread);
      const text = textWithout(first(thread, BODY), NOT_MESSAGE);
      if (!author || !text) continue;
      const name = lineOf(first(thread, PERSON));
      // The page shows dates only as "2 hours ago" and a local-time tooltip with no zone: no `at`.
      messages.push({ author, ...(name ? { name } : {}), text });
    }

    const status = statusOf(doc);
    const ticket: Ticket = {
      helpdesk: 'freescout',
      id,
      url: url.href,
      subject: lineOf(first(doc, SUBJECT)) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(lineOf(first(doc, CUSTOMER_NAME)), lineOf(first(doc, CUSTOMER_EMAIL))),
      messages,
    };
    return ticket;
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
