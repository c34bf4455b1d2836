import type { EditorStrategy } from './types.ts';
import { byExecCommand, byPageApi } from './attempts.ts';

/**
 * Summernote (FreeScout). It leaves text pastes to the browser, so a synthetic paste
 * brings nothing; its own `pasteHTML` in the page records one step in its history. The
 * browser's typing is the fallback: Summernote reads the DOM, so the text is still sent.
 */
export const summernote: EditorStrategy = {
  id: 'summernote',
  detect: (target) => !!target.closest('.note-editable'),
  async insert(target, text, options) {
    const root = target.closest<HTMLElement>('.note-editable')!;
    return (await byPageApi('summernote', root, text, options)) || byExecCommand(root, text, options);
  },
};
