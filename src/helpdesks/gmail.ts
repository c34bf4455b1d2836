import type { Message } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, lineOf, splitNameEmail } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * Gmail used as a shared support inbox, thread view, at
 * https://mail.google.com/mail/u/<n>/#<folder>/<thread id>.
 * Selector sources: the long-lived obfuscated classes every public Gmail extension and
 * userscript relies on (`h2.hP` subject, `div.adn` message, `span.gD[email]` sender,
 * `div.a3s` body, `.Am.Al.editable` compose body) and the `gmail_quote` /
 * `gmail_signature` classes Gmail itself puts on quoted history and signatures.
 *
 * Gmail has no internal notes, and the "agent" is whoever owns the mailbox: a message
 * sent from the signed-in address is the agent's, every other one the customer's.
 * Gmail shows no machine-readable time (only a localised title), so `at` is left out.
 */

const SUBJECT = [
  'h2.hP', // thread subject (2014+ and the 2022 Material redesign)
];
const MESSAGES = [
  'div.adn.ads[data-message-id]', // an expanded message in the thread
  'div.adn[data-legacy-message-id]',
];
const SENDER = [
  'span.gD[email]', // sender chip, full address in the email attribute
  '.gD',
];
const BODY = [
  'div.a3s', // message body
];
const ACCOUNT = [
  'a[aria-label^="Google Account:"]', // account button, "Google Account: Name (address)"
];
const EDITOR = [
  'div.Am.Al.editable[contenteditable="true"]', // reply / compose body
  'div[aria-label="Message Body"][contenteditable="true"]',
  'div[g_editable="true"][role="textbox"]',
];
/** Parts Gmail marks as not the new words of this message. */
const NOT_MESSAGE = ['.gmail_quote', '.gmail_signature', 'div.yj6qo', 'div.adL > .im'];

/** The signed-in address: from the account button, else from the tab title "… - address - Gmail". */
function accountEmail(doc: Document): string | undefined {
  const label = first(doc, ACCOUNT)?.getAttribute('aria-label') ?? '';
  return (
    splitNameEmail(label).email ?? doc.title.match(/ - ([^\s]+@[^\s]+) - Gmail$/)?.[1]
  )?.toLowerCase();
}

/** Thread id: the last hash segment when it looks like one, else the id Gmail prints on the subject. */
function threadId(url: URL, doc: Document): string | undefined {
  const fromHash = url.hash.split('/').pop();
  if (fromHash && /^[A-Za-z0-9]{16,}$/.test(fromHash)) return fromHash;
  return first(doc, SUBJECT)?.getAttribute('data-legacy-thread-id') ?? undefined;
}

export const gmail: HelpdeskAdapter = {
  id: 'gmail',
  name: 'Gmail',
  hostPatterns: ['https://mail.google.com/*'],

  // Short class names, so all four together, with the message ids and sender addresses.
  structure: { parts: [SUBJECT, MESSAGES, SENDER, BODY], needs: 4 },

  matches(url) {
    return url.hostname === 'mail.google.com';
  },

  read(doc, url) {
    const subject = lineOf(first(doc, SUBJECT));
    const id = threadId(url, doc);
    if (!subject || !id) return null;

    const me = accountEmail(doc);
    const messages: Message[] = [];
    let customer: { name?: string; email?: string } = {};
    for (const item of all(doc, MESSAGES)) {
      const text = textWithout(first(item, BODY), NOT_MESSAGE);
      if (!text) continue;
      const sender = first(item, SENDER);
      const name = sender?.getAttribute('name') ?? lineOf(sender);
      const email = sender?.getAttribute('email')?.toLowerCase();
      const author = me && email === me ? 'agent' : 'customer';
      if (author === 'customer' && !customer.email) customer = { ...(name ? { name } : {}), ...(email ? { email } : {}) };
      messages.push({ author, ...(name ? { name } : {}), text });
    }

    return {
      helpdesk: 'gmail',
      id,
      url: url.href,
      subject,
      customer: customerFrom(customer.name, customer.email),
      messages,
    };
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
