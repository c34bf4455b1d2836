import type { EditorStrategy } from './types.ts';
import { moveCaretBack } from './caret.ts';
import { pasteInto } from './paste.ts';

/**
 * ProseMirror and editors built on it (TipTap, Remirror; the composers of Intercom,
 * Front, HubSpot, Jira). PM redraws from its state, so text must enter as a paste.
 */
export const prosemirror: EditorStrategy = {
  id: 'prosemirror',
  detect: (target) => target.classList.contains('ProseMirror') || !!target.closest('.ProseMirror'),
  insert(target, text, { cursor, replace }) {
    const root = (target.closest('.ProseMirror') ?? target) as HTMLElement;
    if (!pasteInto(root, text, replace)) return false;
    moveCaretBack(root, caretOffsetFromEnd(text, cursor));
    return true;
  },
};

/** Characters between `{{cursor}}` and the end, counting a paragraph break as one step. */
export function caretOffsetFromEnd(text: string, cursor: number | undefined): number {
  if (cursor === undefined) return 0;
  return text.slice(cursor).replace(/\n{2,}/g, '\n').length;
}
