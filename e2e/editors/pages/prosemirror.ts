/** TipTap (ProseMirror) inside an open shadow root, as some helpdesk widgets mount it. */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { GREETING, register, wordIn } from './harness.ts';

const host = document.querySelector<HTMLElement>('#host')!;
const shadow = host.attachShadow({ mode: 'open' });
shadow.innerHTML = '<style>.ProseMirror{min-height:8rem;border:1px solid #999;padding:.5rem}</style><div id="mount"></div>';
const editor = new Editor({
  element: shadow.querySelector<HTMLElement>('#mount')!,
  extensions: [StarterKit],
  content: `<p>${GREETING}</p>`,
});

register({
  family: 'prosemirror',
  text: () => editor.getText({ blockSeparator: '\n' }),
  wordAt: (word) => wordIn(editor.view.dom, word),
  // ProseMirror takes a selection made in a shadow root on its next selectionchange.
  selectedText: () => {
    const { from, to } = editor.state.selection;
    return editor.state.doc.textBetween(from, to);
  },
});
