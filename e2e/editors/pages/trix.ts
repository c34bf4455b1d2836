import 'trix';
import 'trix/dist/trix.css';
import { register, wordIn } from './harness.ts';

type TrixElement = HTMLElement & { editor: { getDocument(): { toString(): string } } };

document.addEventListener('trix-initialize', () => {
  const element = document.querySelector<TrixElement>('trix-editor')!;
  register({ family: 'trix', text: () => element.editor.getDocument().toString(), wordAt: (word) => wordIn(element, word) });
});
