import { ensureCaretInside, selectTextRange } from './caret.ts';

/**
 * Offers text to an editor as a paste. Modern editors (ProseMirror, Lexical, Slate,
 * CKEditor 5, Quill 2, TinyMCE, Trix) take a paste into their own model as one undo
 * step, where execCommand text would be redrawn away. Returns whether the editor
 * handled it (it cancels the event when it does).
 */
export function pasteInto(root: HTMLElement, text: string, replace?: { start: number; end: number }): boolean {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  if (replace) {
    root.focus();
    selectTextRange(root, replace.start, replace.end);
  } else {
    ensureCaretInside(root);
  }
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  data.setData('text/html', toHtml(text));
  const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
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
