/** Slate 0.146 with slate-react and slate-history on React 18. */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Range, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { GREETING, register, wordIn } from './harness.ts';

const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: GREETING }] }] as unknown as Descendant[];

function Reply() {
  return React.createElement(Slate, { editor, initialValue }, React.createElement(Editable, { className: 'plain-editor' }));
}

const mount = document.querySelector<HTMLElement>('#editor')!;
createRoot(mount).render(React.createElement(Reply));

register({
  family: 'slate',
  text: () => editor.children.map((n) => Node.string(n)).join('\n'),
  wordAt: (word) => wordIn(mount, word),
  caretAtEnd: () => !!editor.selection && Range.isCollapsed(editor.selection) && Editor.isEnd(editor, editor.selection.anchor, []),
  selectedText: () => (editor.selection ? Editor.string(editor, editor.selection) : ''),
});
