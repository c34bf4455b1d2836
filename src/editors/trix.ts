import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/** Trix (Basecamp, Rails Action Text). Typed text stays but records no undo step; a paste records one. */
export const trix: EditorStrategy = {
  id: 'trix',
  detect: (target) => !!target.closest('trix-editor'),
  insert(target, text, options) {
    const root = target.closest<HTMLElement>('trix-editor')!;
    // Trix maps the DOM selection to its own on `selectionchange`; make sure it has the current one.
    root.ownerDocument.dispatchEvent(new Event('selectionchange'));
    return byPaste(root, text, options, true);
  },
};
