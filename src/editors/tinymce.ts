import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/**
 * TinyMCE (iframe body `#tinymce`, or an inline `.mce-content-body`). Typed text stays but
 * records no undo level; its paste handling adds one.
 */
export const tinymce: EditorStrategy = {
  id: 'tinymce',
  detect: (target) => !!target.closest('.mce-content-body'),
  insert: (target, text, options) => byPaste(target.closest<HTMLElement>('.mce-content-body')!, text, options),
};
