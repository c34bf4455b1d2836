import { GREETING, register } from './harness.ts';

const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
field.value = GREETING;

register({
  family: 'textarea',
  text: () => field.value,
  // A textarea has no text nodes to measure: a word's place is estimated from the font.
  wordAt(word) {
    const at = field.value.indexOf(word);
    if (at < 0) return null;
    const box = field.getBoundingClientRect();
    const probe = document.createElement('span');
    probe.style.cssText = `font:${getComputedStyle(field).font};position:absolute;visibility:hidden;white-space:pre`;
    probe.textContent = field.value.slice(0, at + word.length / 2);
    document.body.append(probe);
    const x = box.left + field.clientLeft + parseFloat(getComputedStyle(field).paddingLeft) + probe.getBoundingClientRect().width;
    probe.remove();
    return { x, y: box.top + field.clientTop + parseFloat(getComputedStyle(field).paddingTop) + 8 };
  },
});

