import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/** Draft.js (React). Its paste handler builds the blocks from the event's data and pushes one undo state. */
export const draftjs: EditorStrategy = {
  id: 'draftjs',
  detect: (target) => !!target.closest('.public-DraftEditor-content, .DraftEditor-root'),
  insert(target, text, options) {
    const root = target.closest('.DraftEditor-root')?.querySelector<HTMLElement>('.public-DraftEditor-content') ?? (target as HTMLElement);
    return byPaste(root, text, options);
  },
};
