import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/**
 * CKEditor 5 (Zendesk's composer since 2022). It redraws from its model, dropping text
 * typed into the DOM behind its back; its clipboard pipeline takes a paste as one undo step.
 */
export const ckeditor5: EditorStrategy = {
  id: 'ckeditor5',
  detect: (target) => !!target.closest('.ck-editor__editable'),
  insert: (target, text, options) => byPaste(target.closest<HTMLElement>('.ck-editor__editable')!, text, options),
};
