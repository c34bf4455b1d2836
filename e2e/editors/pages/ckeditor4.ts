/** CKEditor 4.22.1 (the last open-licence release), classic: the editable is an iframe's body. */
import { GREETING, htmlToText, register, wordIn } from './harness.ts';

interface Cke4 {
  getData(): string;
  document: { getBody(): { $: HTMLElement } };
  on(event: string, fn: () => void): void;
}
const CKEDITOR = (window as unknown as { CKEDITOR: { replace(id: string, config: object): Cke4 } }).CKEDITOR;

const textarea = document.querySelector<HTMLTextAreaElement>('#editor')!;
textarea.value = `<p>${GREETING}</p>`;
const editor = CKEDITOR.replace('editor', { height: 180, versionCheck: false });
editor.on('instanceReady', () =>
  register({
    family: 'ckeditor4',
    text: () => htmlToText(editor.getData()),
    wordAt: (word) => wordIn(editor.document.getBody().$, word),
  }),
);
