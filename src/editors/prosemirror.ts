import type { EditorStrategy } from './types.ts';
import { byPaste } from './attempts.ts';

/**
 * ProseMirror and editors built on it (TipTap, Remirror; the composers of Intercom,
 * Front, HubSpot, Jira). PM redraws from its state, so text must enter as a paste.
 */
export const prosemirror: EditorStrategy = {
  id: 'prosemirror',
  detect: (target) => !!target.closest('.ProseMirror'),
  insert: (target, text, options) => byPaste(target.closest<HTMLElement>('.ProseMirror')!, text, options),
};
