import type { EditorStrategy } from './types.ts';
import { ensureCaretInside, moveCaretBack, selectTextRange } from './caret.ts';

/** A plain contenteditable with no editor library behind it: the browser's own editing keeps undo. */
export const contentEditable: EditorStrategy = {
  id: 'contenteditable',
  detect: (target) => (target as HTMLElement).isContentEditable === true,
  insert(target, text, { cursor, replace }) {
    const root = target as HTMLElement;
    const doc = root.ownerDocument;
    if (replace) {
      root.focus();
      selectTextRange(root, replace.start, replace.end);
    } else {
      ensureCaretInside(root);
    }
    const before = root.textContent ?? '';
    const ok = doc.execCommand('insertText', false, text);
    if (!ok || root.textContent === before) return false;
    moveCaretBack(root, text.length - (cursor ?? text.length));
    return true;
  },
};
