/**
 * The data model every part of Olive Branch shares. Plain JSON only: it crosses
 * message boundaries between the content script, the side panel and the background.
 */

export type Author = 'customer' | 'agent' | 'note';

export interface Message {
  author: Author;
  name?: string;
  /** ISO 8601. */
  at?: string;
  /** Plain text, never HTML. */
  text: string;
}

export interface Customer {
  name?: string;
  firstName?: string;
  email?: string;
}

export interface Ticket {
  /** Adapter id, e.g. `zendesk`, `demo`, `generic`. */
  helpdesk: string;
  id: string;
  url: string;
  subject: string;
  status?: string;
  customer: Customer;
  /** Oldest first. */
  messages: Message[];
}

/** A ticket is identified by its URL's origin plus its id, so two instances never collide. */
export function ticketKey(ticket: Pick<Ticket, 'url' | 'id'>): string {
  let origin: string;
  try {
    origin = new URL(ticket.url).origin;
  } catch {
    origin = 'about:blank';
  }
  return `${origin}#${ticket.id}`;
}

/** First word of a display name, skipping honorifics; undefined when nothing usable. */
export function firstNameOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const cleaned = name.replace(/<[^>]*>/g, '').replace(/["()]/g, ' ').trim();
  if (!cleaned || cleaned.includes('@')) return undefined;
  const parts = cleaned.split(/\s+/).filter((p) => !/^(mr|mrs|ms|miss|dr|prof)\.?$/i.test(p));
  const first = parts[0];
  return first && /\p{L}/u.test(first) ? first : undefined;
}
