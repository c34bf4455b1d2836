import { pickAdapter } from '../../src/helpdesks/index.ts';
import type { Reading } from '../messaging.ts';
import { editableRoot } from '../../src/editors/caret.ts';

const MAX_DRAFT = 20_000;

/** Reads the page through the adapter that claims it. Never throws: a broken page reads as basic mode. */
export function readPage(doc: Document, href: string): Reading {
  const url = new URL(href);
  const adapter = pickAdapter(url, doc);
  let ticket = null;
  try {
    ticket = adapter.read(doc, url);
  } catch (error) {
    console.debug('[olive-branch] adapter failed to read the page', adapter.id, error);
  }
  const editor = safeEditor(adapter, doc);
  return {
    adapter: adapter.id,
    adapterName: adapter.name,
    ticket,
    hasEditor: editor !== null,
    draft: editor ? draftOf(editor) : '',
  };
}

export function safeEditor(adapter: ReturnType<typeof pickAdapter>, doc: Document): Element | null {
  try {
    return adapter.editor(doc);
  } catch {
    return null;
  }
}

function draftOf(editor: Element): string {
  const root = editableRoot(editor);
  if (!root) return '';
  const text = 'value' in root ? String((root as HTMLTextAreaElement).value) : (root.innerText ?? root.textContent ?? '');
  return text.slice(0, MAX_DRAFT);
}
