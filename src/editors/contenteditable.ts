import type { EditorStrategy } from './types.ts';
import { byExecCommand } from './attempts.ts';

/** A plain contenteditable with no editor library behind it: the browser's own editing keeps undo. */
export const contentEditable: EditorStrategy = {
  id: 'contenteditable',
  detect: (target) => (target as HTMLElement).isContentEditable === true,
  insert: (target, text, options) => byExecCommand(target as HTMLElement, text, options),
};
