import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters, pickAdapter } from './index.ts';
import type { Ticket } from '../ticket.ts';

/**
 * The refined-github rule for adapters: every file in src/helpdesks/ that is an adapter
 * is registered, has a saved page under e2e/fixtures/helpdesks/<id>.html, and reads that
 * page into exactly the Ticket in <id>.json ({ url, ticket }).
 */
const here = import.meta.dirname;
const fixtures = join(here, '../../e2e/fixtures/helpdesks');
// Shared reading helpers live in dom.ts and dom-<topic>.ts; everything else is an adapter.
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

const adapterFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f) && !/^dom(-[a-z-]+)?\.ts$/.test(f))
  .map((f) => basename(f, '.ts'));

interface Fixture {
  url: string;
  ticket: Ticket | null;
  /** Adapter expected to claim the page; defaults to the fixture's own id. */
  pickedBy?: string;
}

function load(id: string): { doc: Document; url: URL; fixture: Fixture } {
  const html = readFileSync(join(fixtures, `${id}.html`), 'utf8');
  const fixture = JSON.parse(readFileSync(join(fixtures, `${id}.json`), 'utf8')) as Fixture;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, url: new URL(fixture.url), fixture };
}

describe('helpdesk adapter registry', () => {
  it('registers every adapter file exactly once, generic last', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('generic');
    for (const file of adapterFiles) expect(ids, `${file}.ts is not registered in index.ts`).toContain(file);
  });

  it('has a saved page and an expected reading for every adapter', () => {
    for (const { id } of adapters) {
      expect(existsSync(join(fixtures, `${id}.html`)), `missing e2e/fixtures/helpdesks/${id}.html`).toBe(true);
      expect(existsSync(join(fixtures, `${id}.json`)), `missing e2e/fixtures/helpdesks/${id}.json`).toBe(true);
    }
  });

  for (const adapter of adapters) {
    describe(adapter.id, () => {
      it('is picked for its saved page and reads the exact ticket', () => {
        const { doc, url, fixture } = load(adapter.id);
        expect(pickAdapter(url, doc).id).toBe(fixture.pickedBy ?? adapter.id);
        expect(adapter.read(doc, url)).toEqual(fixture.ticket);
      });

      it('reads the same ticket every time (pure)', () => {
        const { doc, url } = load(adapter.id);
        expect(adapter.read(doc, url)).toEqual(adapter.read(doc, url));
      });

      it('finds the reply editor on its saved page', () => {
        const { doc } = load(adapter.id);
        expect(adapter.editor(doc)).not.toBeNull();
      });
    });
  }

  it('lets no adapter but generic claim a blank page on an unknown site', () => {
    const doc = new DOMParser().parseFromString('<html><body><p>hello</p></body></html>', 'text/html');
    expect(pickAdapter(new URL('https://example.org/'), doc).id).toBe('generic');
  });
});
