import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/** Trix (Basecamp, Rails Action Text). Typed text stays but records no undo step; a paste records one. */
export const trix: EditorStrategy = {
  id: 'trix',
  detect: (target) => !!target.closest('trix-editor'),
  insert: (target, text, options) => byPaste(target.closest<HTMLElement>('trix-editor')!, text, options, true),
};
