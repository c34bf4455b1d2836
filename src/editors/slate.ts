import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/** Slate (slate-react). Typed DOM text shows but never reaches Slate's value; a paste goes through `insertData`. */
export const slate: EditorStrategy = {
  id: 'slate',
  detect: (target) => !!target.closest('[data-slate-editor="true"]'),
  insert: (target, text, options) => byPaste(target.closest<HTMLElement>('[data-slate-editor="true"]')!, text, options, true),
};
