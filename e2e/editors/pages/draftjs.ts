/** Draft.js 0.11.7 on React 18 (React 19 removed what Draft.js uses). */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { GREETING, register, wordIn } from './harness.ts';

let state = EditorState.createWithContent(ContentState.createFromText(GREETING));

function Reply() {
  const [editorState, setEditorState] = React.useState(state);
  state = editorState;
  return React.createElement(Editor, {
    editorState,
    onChange: (next: typeof state) => {
      state = next;
      setEditorState(next);
    },
  });
}

const mount = document.querySelector<HTMLElement>('#editor')!;
createRoot(mount).render(React.createElement(Reply));

register({
  family: 'draftjs',
  text: () => state.getCurrentContent().getPlainText('\n'),
  wordAt: (word) => wordIn(mount, word),
});
