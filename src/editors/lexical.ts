import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/** Lexical (Meta). It reconciles the DOM from its state; a paste enters through its PASTE_COMMAND. */
export const lexical: EditorStrategy = {
  id: 'lexical',
  detect: (target) => !!target.closest('[data-lexical-editor="true"]'),
  insert: (target, text, options) => byPaste(target.closest<HTMLElement>('[data-lexical-editor="true"]')!, text, options),
};
