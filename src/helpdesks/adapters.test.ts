import { readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterPicker, adapters, pickAdapter, structureScore } from './index.ts';
import { FIXTURES as fixtures, fixturePages as pages, loadFixture as load, ownerOf } from '../../e2e/support/helpdesk-pages.ts';

/**
 * The refined-github rule for adapters: every file in src/helpdesks/ that is an adapter
 * is registered, has a saved page under e2e/fixtures/helpdesks/<id>.html, and reads that
 * page into exactly the Ticket in <id>.json ({ url, ticket }).
 */
const here = import.meta.dirname;
// Shared reading helpers live in dom.ts and dom-<topic>.ts; everything else is an adapter.
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

const adapterFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f) && !/^dom(-[a-z-]+)?\.ts$/.test(f))
  .map((f) => basename(f, '.ts'));

/**
 * What a themed install, a proxy rewriting asset paths, a footer turned off or a page saved
 * without its resources leaves: no <link>, <script>, <img> or footer. Footers are the
 * element and the products' own: osTicket's and RT's #footer (RT's credits sit in it),
 * FreeScout's .footer.
 */
const STRIPPED = ['link', 'script', 'img', 'footer', '#footer', '#bpscredits', '.footer'];

function strip(doc: Document): Document {
  for (const el of Array.from(doc.querySelectorAll(STRIPPED.join(', ')))) el.remove();
  return doc;
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

  describe('recognises each saved page by its structure', () => {
    for (const page of pages) {
      it(`${page}: without links, scripts, images and footers, the same adapter reads the same ticket`, () => {
        const { doc, url, fixture } = load(page);
        const owner = ownerOf(page, fixture);
        strip(doc);
        expect(doc.querySelector(STRIPPED.join(', '))).toBeNull();
        expect(pickAdapter(url, doc).id).toBe(owner.id);
        // No adapter reads anything from a stripped element (avatars' alt, footer links), so the whole Ticket must match.
        expect(owner.read(doc, url)).toEqual(fixture.ticket);
        if (owner.id !== 'generic') expect(structureScore(owner, doc), 'its structure alone claims it').toBeGreaterThan(0);
      });

      it(`${page}: saved and opened from another origin, it is still recognised`, () => {
        const { doc, url, fixture } = load(page);
        const elsewhere = new URL(url.pathname + url.search + url.hash, 'https://saved-copy.example');
        expect(pickAdapter(elsewhere, strip(doc)).id).toBe(ownerOf(page, fixture).id);
      });

      it(`${page}: no other adapter claims it, by URL, signature or structure`, () => {
        const { doc, url, fixture } = load(page);
        const owner = ownerOf(page, fixture);
        const others = adapters.filter((a) => a !== owner && a.id !== 'generic');
        for (const variant of [doc, strip(load(page).doc)]) {
          for (const other of others) {
            expect(other.matches(url, variant), `${other.id} matches ${page}`).toBe(false);
            expect(structureScore(other, variant), `${other.id}'s structure claims ${page}`).toBe(0);
          }
        }
      });
    }

    it('gives every adapter but generic a structure; hosted ones need all of it', () => {
      for (const adapter of adapters.filter((a) => a.id !== 'generic')) {
        const { structure } = adapter;
        expect(structure, `${adapter.id} has no structure`).toBeDefined();
        expect(structure!.needs).toBeGreaterThanOrEqual(Math.min(3, structure!.parts.length));
        expect(structure!.needs).toBeLessThanOrEqual(structure!.parts.length);
        // Off their own origin, only an unmistakable structure may claim a page.
        if (adapter.hostPatterns) expect(structure!.needs, adapter.id).toBe(structure!.parts.length);
      }
    });
  });

  describe('pickAdapter', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

    it('takes a hosted product by its URL before any structure on the page', () => {
      const { doc } = load('osticket');
      expect(pickAdapter(new URL('https://acme.zendesk.com/agent/tickets/1'), doc).id).toBe('zendesk');
    });

    it("falls back to a self-hosted product's signature on its pages without a ticket", () => {
      const queue = parse('<link rel="stylesheet" href="/scp/css/scp.css"><table class="list queue tickets"></table>');
      expect(pickAdapter(new URL('https://support.acme.example/scp/tickets.php?queue=1'), queue).id).toBe('osticket');
    });

    it('leaves a page with one part of a structure to basic mode', () => {
      const header = parse('<div id="header"><h1>#12: Broken lid</h1></div><div class="thread-entry">hello</div>');
      expect(pickAdapter(new URL('https://shop.example.org/'), header).id).toBe('generic');
    });
  });

  describe('adapterPicker (the content script re-reading one page)', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

    it('picks what pickAdapter picks, read after read, on every saved page', () => {
      for (const adapter of adapters) {
        const { doc, url } = load(adapter.id);
        const pick = adapterPicker();
        const expected = pickAdapter(url, doc).id;
        expect([pick(url, doc).id, pick(url, doc).id, pick(url, doc).id], adapter.id).toEqual([expected, expected, expected]);
      }
    });

    it('picks again when the address changes or the kept adapter no longer finds its page', () => {
      const pick = adapterPicker();
      const { doc, url } = load('osticket');
      expect(pick(url, doc).id).toBe('osticket');
      expect(pick(new URL('https://acme.zendesk.com/agent/tickets/1'), doc).id).toBe('zendesk');
      const blank = parse('<p>signed out</p>');
      expect(pick(url, doc).id).toBe('osticket');
      expect(pick(url, blank).id).toBe('generic');
    });

    it('never keeps basic mode: a page whose ticket appears later gets its adapter', () => {
      const pick = adapterPicker();
      const { doc, url } = load('osticket');
      expect(pick(url, parse('<p>loading…</p>')).id).toBe('generic');
      expect(pick(url, doc).id).toBe('osticket');
    });
  });

  it('lets no adapter but generic claim a blank page on an unknown site', () => {
    const doc = new DOMParser().parseFromString('<html><body><p>hello</p></body></html>', 'text/html');
    expect(pickAdapter(new URL('https://example.org/'), doc).id).toBe('generic');
  });
});
