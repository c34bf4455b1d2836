import Quill from 'quill1';
import 'quill1/dist/quill.snow.css';
import { GREETING, register, wordIn } from './harness.ts';

const quill = new Quill('#editor', { theme: 'snow' });
quill.setText(`${GREETING}\n`, 'api');
(quill as unknown as { history: { clear(): void } }).history.clear();

register({ family: 'quill', text: () => quill.getText(), wordAt: (word) => wordIn(quill.root, word) });
