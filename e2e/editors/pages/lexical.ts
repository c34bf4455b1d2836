/** Lexical 0.52 with rich text and history, mounted on a plain contenteditable. */
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { GREETING, register, wordIn } from './harness.ts';

const root = document.querySelector<HTMLElement>('#editor')!;
const editor = createEditor({ namespace: 'harness', onError: (error) => console.error(error) });
editor.setRootElement(root);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
editor.update(
  () => {
    $getRoot().clear().append($createParagraphNode().append($createTextNode(GREETING)));
  },
  // Not 'historic': the history keeps this first state as the one to undo back to.
  { discrete: true },
);

register({
  family: 'lexical',
  text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  wordAt: (word) => wordIn(root, word),
  selectedText: () => editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? ''),
});
