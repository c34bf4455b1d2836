import { placeCaret, selectionFor, selectionSettled } from './caret.ts';

/**
 * Offers text to an editor as a paste, at the caret (or over the range to replace).
 * Returns whether the editor handled it: editors that take a paste into their own model
 * cancel the event, and one that does not (Quill 1, Summernote, a bare contenteditable)
 * leaves the page untouched, as a synthetic paste has no default action.
 */
export async function pasteInto(root: HTMLElement, text: string, replace?: { start: number; end: number }, plainOnly = false): Promise<boolean> {
  const win = root.ownerDocument.defaultView!;
  if (placeCaret(root, replace)) {
    const wanted = selectionFor(root)?.getRangeAt(0).cloneRange();
    await selectionSettled(root);
    // Some editors (TinyMCE) put back their own remembered caret on focus: set ours again.
    const now = selectionFor(root);
    if (wanted && now && (now.rangeCount === 0 || !sameRange(now.getRangeAt(0), wanted))) {
      now.removeAllRanges();
      now.addRange(wanted);
      await selectionSettled(root);
    }
  }
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  // Slate and Trix handle only plain-text pastes themselves; with HTML they wait for the
  // browser's own `beforeinput`, which a synthetic paste never brings.
  if (!plainOnly) data.setData('text/html', toHtml(text));
  let event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Firefox ignores `clipboardData` here (the event carries an empty one) and takes a single
  // type through its own `dataType`/`data` fields instead.
  if (!event.clipboardData?.getData('text/plain')) {
    const gecko = plainOnly ? { dataType: 'text/plain', data: text } : { dataType: 'text/html', data: toHtml(text) };
    event = new win.ClipboardEvent('paste', { ...gecko, bubbles: true, cancelable: true, composed: true } as ClipboardEventInit);
  }
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

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
