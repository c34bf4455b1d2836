import { adapterPicker, type HelpdeskAdapter } from '../../src/helpdesks/index.ts';
import { traceReads } from '../../src/helpdesks/dom.ts';
import type { Reading } from '../messaging.ts';
import { editableRoot } from '../../src/editors/caret.ts';

const MAX_DRAFT = 20_000;

export interface PageRead {
  reading: Reading;
  /** The reply box's editable element, for reading the draft alone while only it changes. */
  draftRoot: HTMLElement | null;
  /** The elements the adapter took text from: a change elsewhere leaves the reading as it is. */
  textFrom: WeakSet<Node>;
}

/** The content script reads one page many times: the adapter it picked is checked, not picked anew. */
export const pagePicker = adapterPicker();

/** Reads the page through the adapter that claims it. Never throws: a broken page reads as basic mode. */
export function readPage(doc: Document, href: string): PageRead {
  const url = new URL(href);
  const adapter = pagePicker(url, doc);
  let ticket = null;
  const textFrom = new WeakSet<Node>();
  traceReads(textFrom);
  try {
    ticket = adapter.read(doc, url);
  } catch (error) {
    console.debug('[olive-branch] adapter failed to read the page', adapter.id, error);
  } finally {
    traceReads(null);
  }
  const editor = safeEditor(adapter, doc);
  const draftRoot = editor ? editableRoot(editor) : null;
  return {
    reading: { adapter: adapter.id, adapterName: adapter.name, ticket, hasEditor: editor !== null, draft: draftOf(draftRoot) },
    draftRoot,
    textFrom,
  };
}

/**
 * Tells whether a change to the page can change the reading that noted `textFrom`: it
 * adds or removes an element (a new message, a view drawn again), or changes text inside
 * an element the read took text from. Text anywhere else (a "5 minutes ago" refreshing, a
 * presence label) cannot: adapters read text only through textOf and lineOf, which note
 * what they read. (Keeping each node's answer saves little time and costs the page's heap
 * a wrapper per node.)
 */
export function changeFilter(textFrom: WeakSet<Node>): (record: MutationRecord) => boolean {
  const within = (target: Node): boolean => {
    for (let node: Node | null = target; node; node = node.parentNode) if (textFrom.has(node)) return true;
    return false;
  };
  return (record) => (record.type === 'childList' && (hasElement(record.addedNodes) || hasElement(record.removedNodes))) || within(record.target);
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
}

export function safeEditor(adapter: HelpdeskAdapter, doc: Document): Element | null {
  try {
    return adapter.editor(doc);
  } catch {
    return null;
  }
}

export function draftOf(root: HTMLElement | null): string {
  if (!root) return '';
  const text = 'value' in root ? String((root as HTMLTextAreaElement).value) : (root.innerText ?? root.textContent ?? '');
  return text.slice(0, MAX_DRAFT);
}

/**
 * A 53-bit hash (cyrb53) of a serialised reading: what the content script keeps to tell
 * whether the page changed, instead of the serialised text (tens of KB on a long thread).
 */
export function fingerprint(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
