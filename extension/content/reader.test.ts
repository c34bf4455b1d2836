import { describe, expect, it } from 'vitest';
import { fixturePages, loadFixture, ownerOf } from '../../e2e/support/helpdesk-pages.ts';
import { traceReads } from '../../src/helpdesks/dom.ts';
import { changeFilter, readPage } from './reader.ts';

function load(page: string) {
  const { doc, url, fixture } = loadFixture(page);
  return { doc, url, adapter: ownerOf(page, fixture) };
}

/** What the page's observer would hand over for the changes `change` makes. */
function recordsOf(doc: Document, change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

const textNodes = (root: Node): Text[] => {
  const found: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
};

describe('which page changes are worth reading the page again', () => {
  const demo = () => load('demo');

  it('skips a relative time refreshing: the panel shows nothing of it', () => {
    const { doc, url } = demo();
    const matters = changeFilter(readPage(doc, url.href).textFrom);
    const time = doc.querySelector('ol.thread > li.message time')!;
    expect(recordsOf(doc, () => (time.textContent = '7 minutes ago')).some(matters)).toBe(false);
  });

  it('takes an edited message, a new message and a renamed customer', () => {
    const { doc, url } = demo();
    const matters = changeFilter(readPage(doc, url.href).textFrom);
    const body = doc.querySelector('ol.thread > li.message .message-body p')!;
    expect(recordsOf(doc, () => ((body.firstChild as Text).data = 'Edited.')).some(matters)).toBe(true);
    const thread = doc.querySelector('ol.thread')!;
    expect(recordsOf(doc, () => thread.append(thread.lastElementChild!.cloneNode(true))).some(matters)).toBe(true);
    const name = doc.querySelector('.requester .requester-name')!;
    expect(recordsOf(doc, () => (name.textContent = 'Marcus D.')).some(matters)).toBe(true);
  });

  // The filter is only safe if every text an adapter puts in its Ticket came through
  // textOf or lineOf: on each saved page, any text change that alters the Ticket must be
  // one the filter lets through.
  it.each(fixturePages)('lets through every text change that alters what %s reads', (page) => {
    const { doc, url, adapter } = load(page);
    const read = () => JSON.stringify(adapter.read(doc, url));
    const textFrom = new WeakSet<Node>();
    traceReads(textFrom);
    const before = read();
    traceReads(null);
    const matters = changeFilter(textFrom);
    let altering = 0;
    for (const node of textNodes(doc.body)) {
      const original = node.data;
      const records = recordsOf(doc, () => (node.data = `${original} zq`));
      const alters = read() !== before;
      node.data = original;
      if (!alters) continue;
      altering++;
      expect(records.some(matters), `"${original.trim().slice(0, 60)}" changes the ticket`).toBe(true);
    }
    expect(altering).toBeGreaterThan(0);
  });
});
