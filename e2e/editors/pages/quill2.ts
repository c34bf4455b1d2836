import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { GREETING, register, wordIn } from './harness.ts';

const quill = new Quill('#editor', { theme: 'snow' });
quill.setText(`${GREETING}\n`, 'api');
quill.history.clear();

register({ family: 'quill', text: () => quill.getText(), wordAt: (word) => wordIn(quill.root, word) });
