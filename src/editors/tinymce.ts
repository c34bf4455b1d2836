import type { EditorStrategy } from './types.ts';
import { byPageApi, byPaste } from './attempts.ts';

/**
 * TinyMCE (iframe body `#tinymce`, or an inline `.mce-content-body`). Typed text stays but
 * records no undo level. Its own `insertContent` in the page adds one and lets us put the
 * caret at the end of a never-focused editor (on focus TinyMCE restores one at the start);
 * its paste handling, which also adds one, is the way in without the bridge.
 */
export const tinymce: EditorStrategy = {
  id: 'tinymce',
  detect: (target) => !!target.closest('.mce-content-body'),
  async insert(target, text, options) {
    const root = target.closest<HTMLElement>('.mce-content-body')!;
    return (await byPageApi('tinymce', root, text, options)) || byPaste(root, text, options);
  },
};
