/** Quill 2 mounted inside a same-origin iframe: the content script lives in the top page only. */
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { GREETING, register, wordIn } from './harness.ts';

const quill = new Quill('#editor', { theme: 'snow' });
quill.setText(`${GREETING}\n`, 'api');
quill.history.clear();

register({ family: 'quill', text: () => quill.getText(), wordAt: (word) => wordIn(quill.root, word) });
