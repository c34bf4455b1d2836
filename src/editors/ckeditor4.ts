import type { EditorStrategy } from './types.ts';
import { byExecCommand, byPageApi, byPaste } from './attempts.ts';

/**
 * CKEditor 4 (Request Tracker, many older helpdesks). Classic mode edits an iframe's body,
 * inline mode a div; both carry `cke_editable`. Its own `insertHtml` records one undo
 * snapshot, so the page's world is asked first; a paste or the browser's typing are the
 * fallbacks when no bridge is installed.
 */
export const ckeditor4: EditorStrategy = {
  id: 'ckeditor4',
  detect: (target) => !!target.closest('.cke_editable'),
  async insert(target, text, options) {
    const root = target.closest<HTMLElement>('.cke_editable')!;
    return (await byPageApi('ckeditor4', root, text, options)) || (await byPaste(root, text, options)) || byExecCommand(root, text, options);
  },
};
