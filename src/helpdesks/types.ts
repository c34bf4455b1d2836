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
  /**
   * Whether this adapter understands the page: the URL for hosted products; for self-hosted
   * ones the signature every page of theirs carries (assets, footer, route), list pages too.
   */
  matches(url: URL, doc: Document): boolean;
  /** What its ticket page is made of, for when the URL and the assets say nothing (see PageStructure). */
  structure?: PageStructure;
  /** The open ticket, or null when the page shows none (an inbox, a login page). */
  read(doc: Document, url: URL): Ticket | null;
  /** The reply editor element, or null when none is open. */
  editor(doc: Document): Element | null;
}

/**
 * The parts of a product's ticket page (thread container, entry classes, ids) that stay
 * when a theme, a reverse proxy rewriting asset paths, or a save without resources takes
 * the signature away. `pickAdapter` scores them: one point per part present.
 */
export interface PageStructure {
  /** Each part is one of the adapter's own selector lists; present when any of its selectors matches. */
  parts: readonly (readonly string[])[];
  /**
   * Points needed to claim a page: enough that no other product's page reaches them (a
   * test reads every saved page with every adapter). Hosted products need every part:
   * off their own origin only an unmistakable structure may claim a page.
   */
  needs: number;
}
