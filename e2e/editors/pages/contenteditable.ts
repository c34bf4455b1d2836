import { GREETING, register, wordIn } from './harness.ts';

const editor = document.querySelector<HTMLElement>('#editor')!;
editor.innerHTML = '<div></div>';
editor.firstElementChild!.textContent = GREETING;

register({
  family: 'contenteditable',
  // No library here: what the page would submit is what the browser renders.
  text: () => editor.innerText,
  wordAt: (word) => wordIn(editor, word),
});
