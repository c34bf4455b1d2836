/**
 * The part of insertion that runs in the page's own JavaScript world (bundled into the
 * main-world script), where editor objects live: `CKEDITOR.instances`, Quill 1's
 * `container.__quill`, Summernote's jQuery plugin, Froala's instances, Redactor's `$R`.
 * Nothing here trusts the page: it only calls the editor API the page already exposes,
 * and the request it acts on was checked by `checkPageRequest`.
 */
import { PAGE_FAMILIES, type PageFamily, type PageInsertRequest } from './types.ts';
import { caretOffsetFromEnd } from './attempts.ts';
import { moveCaretBack, placeCaret, selectTextRange } from './caret.ts';

/** The attribute that marks the one element an insert request is about. */
export const PAGE_MARK = 'data-olive-branch-insert';
/** The one message shape that hands the main-world script a port for one request. */
export const PAGE_HANDSHAKE = 'olive-branch:page-insert/1';
const MAX_TEXT = 20_000;

export interface MarkedRequest extends PageInsertRequest {
  /** Value of PAGE_MARK on the target element. */
  mark: string;
}

const isIndex = (n: unknown, max: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;

/** The request when it has exactly the expected shape and bounds, else null. */
export function checkPageRequest(data: unknown): MarkedRequest | null {
  if (!data || typeof data !== 'object') return null;
  const r = data as Record<string, unknown>;
  const allowed = new Set(['family', 'text', 'html', 'cursor', 'replace', 'mark']);
  if (Object.keys(r).some((k) => !allowed.has(k))) return null;
  if (!PAGE_FAMILIES.includes(r.family as PageFamily)) return null;
  if (typeof r.text !== 'string' || r.text.length > MAX_TEXT) return null;
  if (typeof r.html !== 'string' || r.html.length > MAX_TEXT * 8) return null;
  if (typeof r.mark !== 'string' || !/^[0-9a-f-]{16,64}$/.test(r.mark)) return null;
  if (r.cursor !== undefined && !isIndex(r.cursor, r.text.length)) return null;
  if (r.replace !== undefined) {
    const range = r.replace as Record<string, unknown> | null;
    if (!range || typeof range !== 'object' || !isIndex(range.start, 1e7) || !isIndex(range.end, 1e7) || range.start > range.end) return null;
  }
  return {
    family: r.family as PageFamily,
    text: r.text,
    html: r.html,
    mark: r.mark,
    ...(r.cursor !== undefined ? { cursor: r.cursor as number } : {}),
    ...(r.replace !== undefined ? { replace: r.replace as { start: number; end: number } } : {}),
  };
}

/** The marked element, looked for in the document, its open shadow roots and same-origin frames. */
export function findMarked(doc: Document, mark: string): HTMLElement | null {
  const selector = `[${PAGE_MARK}="${mark}"]`;
  const visit = (scope: Document | ShadowRoot): HTMLElement | null => {
    const hit = scope.querySelector<HTMLElement>(selector);
    if (hit) return hit;
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      let inner: Document | ShadowRoot | null = el.shadowRoot;
      if (!inner && el.tagName === 'IFRAME') {
        try {
          inner = (el as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
      }
      const found = inner ? visit(inner) : null;
      if (found) return found;
    }
    return null;
  };
  return visit(doc);
}

// Loose views of the editor objects: only the members called below.
type Anything = Record<string, unknown> & ((...args: unknown[]) => unknown);
type Win = Window & Record<string, unknown>;
const call = (obj: unknown, path: string, ...args: unknown[]): unknown => {
  const parts = path.split('.');
  let owner = obj as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) owner = owner[part] as Record<string, unknown>;
  return (owner[parts.at(-1)!] as (...a: unknown[]) => unknown).apply(owner, args);
};

/** Inserts through the editor's own API. Returns whether an editor of that family took it. */
export function insertInPage(target: HTMLElement, request: PageInsertRequest): boolean {
  const win = target.ownerDocument.defaultView as unknown as Win;
  const top = window as unknown as Win;
  switch (request.family) {
    case 'ckeditor4':
      return ckeditor4(top, target, request) || (win !== top && ckeditor4(win, target, request));
    case 'tinymce':
      return tinymce(top, target, request);
    case 'quill':
      return quill1(target, request);
    case 'summernote':
      return summernote(target, request);
    case 'froala':
      return froala(top, target, request);
    case 'redactor':
      return redactor(top, target, request);
  }
}

function ckeditor4(win: Win, body: HTMLElement, request: PageInsertRequest): boolean {
  const instances = (win.CKEDITOR as { instances?: Record<string, Anything> } | undefined)?.instances;
  const editor = Object.values(instances ?? {}).find((e) => (call(e, 'editable') as { $?: Element } | null)?.$ === body);
  if (!editor) return false;
  const selection = body.ownerDocument.getSelection();
  const hadCaret = !!selection && selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).commonAncestorContainer);
  // focus() restores the selection CKEditor locked on blur, so the agent's caret comes back.
  call(editor, 'focus');
  if (request.replace) {
    selectTextRange(body, request.replace.start, request.replace.end);
    (call(editor, 'getSelection') as { reset?: () => void } | null)?.reset?.();
  } else if (!hadCaret) {
    // Never focused: at the end, through CKEditor's own range so its selection agrees.
    const range = call(editor, 'createRange') as Anything;
    call(range, 'moveToElementEditEnd', call(editor, 'editable'));
    call(range, 'select');
  }
  call(editor, 'insertHtml', request.text.includes('\n\n') ? request.html : inlineHtml(request.text));
  moveCaretBack(body, caretOffsetFromEnd(request.text, request.cursor));
  return true;
}

function tinymce(win: Win, body: HTMLElement, request: PageInsertRequest): boolean {
  const editors = (win.tinymce as { get?: () => Anything[] } | undefined)?.get?.() ?? [];
  const editor = editors.find((e) => call(e, 'getBody') === body);
  if (!editor) return false;
  // TinyMCE puts a DOM caret at the start when it loads, so the DOM cannot tell whether the
  // agent was ever there: its focus state and the bookmark it keeps on blur can.
  const hadCaret = call(editor, 'hasFocus') === true || !!(editor.selection as { lastFocusBookmark?: unknown } | undefined)?.lastFocusBookmark;
  call(editor, 'focus');
  if (request.replace) selectTextRange(body, request.replace.start, request.replace.end);
  else if (!hadCaret) {
    // Never focused: TinyMCE would restore a caret at the start; the agent expects the end.
    call(editor, 'selection.select', body, true);
    call(editor, 'selection.collapse', false);
  }
  // insertContent adds one undo level.
  call(editor, 'insertContent', request.text.includes('\n\n') ? request.html : inlineHtml(request.text));
  moveCaretBack(body, caretOffsetFromEnd(request.text, request.cursor));
  return true;
}

function quill1(root: HTMLElement, request: PageInsertRequest): boolean {
  const q = (root.parentElement as unknown as { __quill?: Anything } | null)?.__quill;
  if (!q) return false;
  const Delta = call(q.constructor, 'import', 'delta') as new () => Anything;
  const selection = call(q, 'getSelection') as { index: number; length: number } | null;
  const end = Math.max(0, (call(q, 'getLength') as number) - 1);
  const { index, length } = request.replace
    ? { index: request.replace.start, length: request.replace.end - request.replace.start }
    : (selection ?? { index: end, length: 0 });
  // One delta is one change, so Quill's history undoes it in one step.
  const change = call(call(call(new Delta(), 'retain', index), 'delete', length), 'insert', request.text);
  call(q, 'updateContents', change, 'user');
  call(q, 'setSelection', index + (request.cursor ?? request.text.length), 0, 'user');
  return true;
}

function summernote(editable: HTMLElement, request: PageInsertRequest): boolean {
  const $ = (editable.ownerDocument.defaultView as unknown as Win).jQuery as Anything | undefined;
  const note = editable.closest('.note-editor')?.previousElementSibling;
  if (!$ || !note) return false;
  const $note = $(note) as Anything;
  if (!call($note, 'data', 'summernote')) return false;
  placeCaret(editable, request.replace);
  // pasteHTML inserts beside a selection rather than over it, and splits the paragraph
  // for <p> markup: clear the selection first and give it inline lines.
  const selection = editable.ownerDocument.getSelection();
  if (selection && !selection.isCollapsed) selection.deleteFromDocument();
  call($note, 'summernote', 'editor.setLastRange');
  // One wrapping node: pasteHTML reorders several top-level nodes.
  call($note, 'summernote', 'pasteHTML', `<span>${inlineHtml(request.text)}</span>`);
  moveCaretBack(editable, caretOffsetFromEnd(request.text, request.cursor));
  return true;
}

/** Lines joined by <br>, escaped: text as inline markup, never the page's HTML. */
function inlineHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .join('<br>');
}

function froala(win: Win, element: HTMLElement, request: PageInsertRequest): boolean {
  const instances = (win.FroalaEditor as { INSTANCES?: Anything[] } | undefined)?.INSTANCES ?? [];
  const editor = instances.find((e) => e.el === element);
  if (!editor) return false;
  placeCaret(element, request.replace);
  call(editor, 'undo.saveStep');
  call(editor, 'html.insert', request.html, true);
  call(editor, 'undo.saveStep');
  moveCaretBack(element, caretOffsetFromEnd(request.text, request.cursor));
  return true;
}

function redactor(win: Win, editable: HTMLElement, request: PageInsertRequest): boolean {
  const source = editable.closest('.redactor-box')?.querySelector('textarea');
  if (!source) return false;
  placeCaret(editable, request.replace);
  if (typeof win.$R === 'function') {
    // Redactor 3: the app object is found from the source textarea.
    call(win, '$R', source, 'insertion.insertHtml', request.html);
  } else if (typeof win.jQuery === 'function' && typeof (call(win, 'jQuery', source) as Anything).redactor === 'function') {
    // Redactor 10 / 2: a jQuery plugin.
    call(call(win, 'jQuery', source), 'redactor', 'insert.html', request.html);
  } else {
    return false;
  }
  moveCaretBack(editable, caretOffsetFromEnd(request.text, request.cursor));
  return true;
}

