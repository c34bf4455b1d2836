import type { EditorStrategy } from './types.ts';
import { byExecCommand, byPageApi, byPaste } from './attempts.ts';

/**
 * Redactor (Imperavi; osTicket's reply box; not on npm, verified on a saved osTicket
 * page). Redactor 3 edits `.redactor-in`, Redactor 10/2 `.redactor-editor`; its
 * `insertion.insertHtml` in the page records one undo step.
 */
export const redactor: EditorStrategy = {
  id: 'redactor',
  detect: (target) => !!target.closest('.redactor-in, .redactor-editor'),
  async insert(target, text, options) {
    const root = target.closest<HTMLElement>('.redactor-in, .redactor-editor')!;
    return (await byPageApi('redactor', root, text, options)) || (await byPaste(root, text, options)) || byExecCommand(root, text, options);
  },
};
