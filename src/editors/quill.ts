import type { EditorStrategy } from './types.ts';
import { byExecCommand, byPageApi, byPaste } from './attempts.ts';

/**
 * Quill 1 and 2. Quill 2 reads a paste's data into its model as one change. Quill 1
 * instead lets the browser paste into a hidden `.ql-clipboard` box and reads that later,
 * so a synthetic paste brings nothing: it goes through Quill's own API in the page.
 */
export const quill: EditorStrategy = {
  id: 'quill',
  detect: (target) => !!target.closest('.ql-editor'),
  async insert(target, text, options) {
    const root = target.closest<HTMLElement>('.ql-editor')!;
    const quill1 = !!root.parentElement?.querySelector(':scope > .ql-clipboard');
    if (!quill1) return byPaste(root, text, options);
    // Quill 1 watches the DOM, so the browser's typing still reaches its model without a bridge.
    return (await byPageApi('quill', root, text, options)) || byExecCommand(root, text, options);
  },
};
