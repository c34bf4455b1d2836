import { placeCaret, selectionSettled } from './caret.ts';

/**
 * Offers text to an editor as a paste, at the caret (or over the range to replace).
 * Returns whether the editor handled it: editors that take a paste into their own model
 * cancel the event, and one that does not (Quill 1, Summernote, a bare contenteditable)
 * leaves the page untouched, as a synthetic paste has no default action.
 */
export async function pasteInto(root: HTMLElement, text: string, replace?: { start: number; end: number }, plainOnly = false): Promise<boolean> {
  const win = root.ownerDocument.defaultView!;
  if (placeCaret(root, replace)) await selectionSettled(root);
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  // Slate and Trix handle only plain-text pastes themselves; with HTML they wait for the
  // browser's own `beforeinput`, which a synthetic paste never brings.
  if (!plainOnly) data.setData('text/html', toHtml(text));
  const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Paragraphs for blank-line breaks, <br> for single ones; the text is escaped, never markup. */
export function toHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split('\n').map(escape).join('<br>')}</p>`)
    .join('');
}
