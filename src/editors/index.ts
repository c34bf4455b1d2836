import type { EditorStrategy, InsertOptions, InsertResult } from './types.ts';
import { editableRoot } from './caret.ts';
import { prosemirror } from './prosemirror.ts';
import { contentEditable } from './contenteditable.ts';
import { textarea } from './textarea.ts';

/**
 * Editor strategies, most specific first: a library editor must be offered the text
 * before the plain contenteditable strategy would write around its model.
 */
export const editors: readonly EditorStrategy[] = [prosemirror, contentEditable, textarea];

export async function insertText(target: Element, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  const root = editableRoot(target);
  if (!root) return { ok: false, via: 'none' };
  for (const editor of editors) {
    if (!editor.detect(root)) continue;
    try {
      if (await editor.insert(root, text, options)) return { ok: true, via: editor.id };
    } catch {
      // One editor failing must not stop the next strategy.
    }
  }
  return { ok: false, via: 'none' };
}

export type { EditorStrategy, InsertOptions, InsertResult } from './types.ts';
