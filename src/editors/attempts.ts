/**
 * The three ways text can enter an editor, shared by the per-family strategies. Each
 * returns whether the editor took it, so a strategy can try the next way when not.
 */
import type { InsertOptions, PageFamily } from './types.ts';
import { moveCaretBack, placeCaret } from './caret.ts';
import { pasteInto, toHtml } from './paste.ts';

/** Characters between `{{cursor}}` and the end, counting a paragraph break as one step. */
export function caretOffsetFromEnd(text: string, cursor: number | undefined): number {
  if (cursor === undefined) return 0;
  return text.slice(cursor).replace(/\n{2,}/g, '\n').length;
}

/**
 * As a paste: editors that redraw from their own model (ProseMirror, CKEditor 5, Quill 2,
 * Lexical, Slate, Draft.js, TinyMCE, Trix) take it into the model as one undo step.
 */
export async function byPaste(root: HTMLElement, text: string, { cursor, replace }: InsertOptions, plainOnly = false): Promise<boolean> {
  if (!(await pasteInto(root, text, replace, plainOnly))) return false;
  const back = caretOffsetFromEnd(text, cursor);
  if (back > 0) {
    // Editors that render after the paste (Slate, Draft.js) set the DOM caret then: move it after that.
    await new Promise((resolve) => setTimeout(resolve, 0));
    moveCaretBack(root, back);
  }
  return true;
}

/**
 * Through the editor's own API in the page's world, for editors that ignore a synthetic
 * paste (CKEditor 4, Quill 1, Summernote) or whose events only count from the page.
 */
export async function byPageApi(family: PageFamily, root: HTMLElement, text: string, options: InsertOptions): Promise<boolean> {
  if (!options.page) return false;
  return options.page(root, {
    family,
    text,
    html: toHtml(text),
    ...(options.cursor !== undefined ? { cursor: options.cursor } : {}),
    ...(options.replace ? { replace: options.replace } : {}),
  });
}

/**
 * As typing: the browser's own insertText keeps its undo stack and fires a trusted
 * `input` event, which is what a plain contenteditable (and editors that watch the DOM
 * for changes) need. Each line break becomes the browser's own paragraph break.
 */
export function byExecCommand(root: HTMLElement, text: string, { cursor, replace }: InsertOptions): boolean {
  const doc = root.ownerDocument;
  placeCaret(root, replace);
  const before = root.textContent ?? '';
  const ok = doc.execCommand('insertText', false, text);
  if (!ok || root.textContent === before) return false;
  moveCaretBack(root, caretOffsetFromEnd(text, cursor));
  return true;
}

