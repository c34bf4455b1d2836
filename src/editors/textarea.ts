import type { EditorStrategy } from './types.ts';
import { isTextField } from './caret.ts';

/**
 * <textarea> and text <input>. execCommand('insertText') keeps the browser's undo stack
 * and fires a trusted `input` event, so frameworks (React, Vue) see the change.
 */
export const textarea: EditorStrategy = {
  id: 'textarea',
  detect: (target) => isTextField(target),
  insert(target, text, { cursor, replace }) {
    const field = target as HTMLTextAreaElement;
    const doc = field.ownerDocument;
    if (doc.activeElement !== field) {
      field.focus();
      if (!replace) field.setSelectionRange(field.value.length, field.value.length);
    }
    if (replace) field.setSelectionRange(replace.start, replace.end);
    const start = field.selectionStart ?? field.value.length;
    const ok = doc.execCommand('insertText', false, text);
    if (!ok || !field.value.includes(text)) {
      // Fallback for browsers without execCommand on fields: no native undo, but the app sees an input event.
      field.setRangeText(text, start, field.selectionEnd ?? start, 'end');
      field.dispatchEvent(new (doc.defaultView!.InputEvent)('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    const caret = start + (cursor ?? text.length);
    field.setSelectionRange(caret, caret);
    return true;
  },
};
