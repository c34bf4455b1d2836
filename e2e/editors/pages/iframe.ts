import { register } from './harness.ts';

const frame = document.querySelector<HTMLIFrameElement>('#frame')!;
const inner = () => frame.contentWindow!.harness!;

function ready(): void {
  if (!frame.contentWindow?.harness) {
    setTimeout(ready, 20);
    return;
  }
  register({ family: 'quill', text: () => inner().text(), wordAt: (word) => inner().wordAt(word) });
}
ready();
