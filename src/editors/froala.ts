import type { EditorStrategy } from './types.ts';
import { byExecCommand, byPageApi, byPaste } from './attempts.ts';

/**
 * Froala (commercial; verified on a saved page, see README). Its own `html.insert` in the
 * page saves an undo step; its paste plugin also reads a paste's HTML when no bridge is there.
 */
export const froala: EditorStrategy = {
  id: 'froala',
  detect: (target) => !!target.closest('.fr-element'),
  async insert(target, text, options) {
    const root = target.closest<HTMLElement>('.fr-element')!;
    return (await byPageApi('froala', root, text, options)) || (await byPaste(root, text, options)) || byExecCommand(root, text, options);
  },
};
