/**
 * The saved helpdesk pages under e2e/fixtures/helpdesks/, for the unit tests that read them: each
 * <page>.html with its <page>.json ({ url, ticket, pickedBy? }), and the adapter it belongs to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { adapters } from '../../src/helpdesks/index.ts';
import type { HelpdeskAdapter } from '../../src/helpdesks/types.ts';
import type { Ticket } from '../../src/ticket.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures/helpdesks');

export interface Fixture {
  url: string;
  ticket: Ticket | null;
  /** Adapter expected to claim the page; defaults to the fixture's own id. */
  pickedBy?: string;
}

/** Every saved page: <id>.html, and further pages of one product as <id>-<page>.html (rt-display). */
export const fixturePages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => basename(f, '.html'));

export function ownerOf(page: string, fixture: Fixture): HelpdeskAdapter {
  const id = fixture.pickedBy ?? adapters.find((a) => page === a.id || page.startsWith(`${a.id}-`))?.id;
  const owner = adapters.find((a) => a.id === id);
  if (!owner) throw new Error(`${page}.html belongs to no registered adapter`);
  return owner;
}

export function loadFixture(page: string): { doc: Document; url: URL; fixture: Fixture } {
  const html = readFileSync(join(FIXTURES, `${page}.html`), 'utf8');
  const fixture = JSON.parse(readFileSync(join(FIXTURES, `${page}.json`), 'utf8')) as Fixture;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, url: new URL(fixture.url), fixture };
}
