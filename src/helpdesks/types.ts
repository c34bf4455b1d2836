import type { Ticket } from '../ticket.ts';

/**
 * One per helpdesk product. Pure: given a saved page, `read` returns the same Ticket
 * every time. Selectors are arrays with a comment each naming the UI version they
 * come from.
 */
export interface HelpdeskAdapter {
  id: string;
  name: string;
  /**
   * Content-script match patterns of a hosted product; manifest.json lists each (a test
   * checks). Self-hosted products have none: they run on origins the agent grants.
   */
  hostPatterns?: readonly string[];
  /** Whether this adapter understands the page (URL for hosted products, page signature for self-hosted ones). */
  matches(url: URL, doc: Document): boolean;
  /** The open ticket, or null when the page shows none (an inbox, a login page). */
  read(doc: Document, url: URL): Ticket | null;
  /** The reply editor element, or null when none is open. */
  editor(doc: Document): Element | null;
}
