import type { EditorStrategy, InsertOptions, InsertResult } from './types.ts';
import { editableRoot } from './caret.ts';
import { ckeditor5 } from './ckeditor5.ts';
import { ckeditor4 } from './ckeditor4.ts';
import { tinymce } from './tinymce.ts';
import { prosemirror } from './prosemirror.ts';
import { quill } from './quill.ts';
import { lexical } from './lexical.ts';
import { slate } from './slate.ts';
import { draftjs } from './draftjs.ts';
import { trix } from './trix.ts';
import { froala } from './froala.ts';
import { summernote } from './summernote.ts';
import { redactor } from './redactor.ts';
import { contentEditable } from './contenteditable.ts';
import { textarea } from './textarea.ts';

/**
 * Editor strategies, most specific first: a library editor must be offered the text
 * before the plain contenteditable strategy would write around its model.
 */
export const editors: readonly EditorStrategy[] = [
  ckeditor5,
  ckeditor4,
  tinymce,
  prosemirror,
  quill,
  lexical,
  slate,
  draftjs,
  trix,
  froala,
  summernote,
  redactor,
  contentEditable,
  textarea,
];

/**
 * Inserts into the editor `target` is or holds (looking into same-origin iframes and open
 * shadow roots). Only the first strategy that claims the editor is tried: falling through
 * to the plain contenteditable one would write around a library editor's model.
 */
export async function insertText(target: Element, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  const root = editableRoot(target);
  if (!root) return { ok: false, via: 'none' };
  const editor = editors.find((e) => e.detect(root));
  if (!editor) return { ok: false, via: 'none' };
  try {
    if (await editor.insert(root, text, options)) return { ok: true, via: editor.id };
  } catch {
    // A broken editor page must not throw into the content script: the panel copies instead.
  }
  return { ok: false, via: 'none' };
}

export { editableRoot, findEditable } from './caret.ts';
export type { EditorStrategy, InsertOptions, InsertResult, PageFamily, PageInsertRequest, PageWorld } from './types.ts';
export { PAGE_FAMILIES } from './types.ts';
