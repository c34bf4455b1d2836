/** TinyMCE 8, self-hosted (license_key 'gpl'): the editable is an iframe's body. */
import { GREETING, htmlToText, register, wordIn } from './harness.ts';

interface Tiny {
  getContent(): string;
  getBody(): HTMLElement;
}
const tinymce = (window as unknown as { tinymce: { init(o: object): Promise<Tiny[]> } }).tinymce;

const textarea = document.querySelector<HTMLTextAreaElement>('#editor')!;
textarea.value = `<p>${GREETING}</p>`;
const [editor] = await tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  base_url: new URL('./vendor/tinymce', location.href).href.replace(/\/$/, ''),
  suffix: '.min',
  height: 240,
  menubar: false,
  promotion: false,
});

register({
  family: 'tinymce',
  text: () => htmlToText(editor!.getContent()),
  wordAt: (word) => wordIn(editor!.getBody(), word),
});
