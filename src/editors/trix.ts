import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';
import { placeCaret } from './caret.ts';

/** Trix (Basecamp, Rails Action Text). Typed text stays but records no undo step; a paste records one. */
export const trix: EditorStrategy = {
  id: 'trix',
  detect: (target) => !!target.closest('trix-editor'),
  insert(target, text, options) {
    const root = target.closest<HTMLElement>('trix-editor')!;
    placeCaret(root, options.replace);
    // Trix stops reading the DOM selection on mousedown until the next mousemove/keydown
    // (or 200 ms): right after a double-click its model still has the old caret, and a
    // paste would land there. A mousemove resumes it and it re-reads the selection.
    const win = root.ownerDocument.defaultView!;
    root.dispatchEvent(new win.MouseEvent('mousemove', { bubbles: true }));
    root.ownerDocument.dispatchEvent(new win.Event('selectionchange'));
    return byPaste(root, text, options, true);
  },
};
