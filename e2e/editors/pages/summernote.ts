/** Summernote 0.9.1 (lite build, no Bootstrap) on jQuery 3.7.1, loaded as page scripts. */
import { GREETING, htmlToText, register, wordIn } from './harness.ts';

type JQ = ((selector: string) => { summernote(...args: unknown[]): unknown }) & object;
const $ = (window as unknown as { jQuery: JQ }).jQuery;

const textarea = document.querySelector<HTMLTextAreaElement>('#editor')!;
textarea.value = `<p>${GREETING}</p>`;
$('#editor').summernote({ height: 180 });

register({
  family: 'summernote',
  text: () => htmlToText($('#editor').summernote('code') as string),
  wordAt: (word) => wordIn(document.querySelector('.note-editable')!, word),
});
