import { ClassicEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { GREETING, htmlToText, register, wordIn } from './harness.ts';

const editor = await ClassicEditor.create(document.querySelector<HTMLElement>('#editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic', 'undo', 'redo'],
  initialData: `<p>${GREETING}</p>`,
});

register({
  family: 'ckeditor5',
  text: () => htmlToText(editor.getData()),
  wordAt: (word) => wordIn(editor.ui.getEditableElement()!, word),
});
