/**
 * The in-page phrase picker, like a text expander: typing the trigger (`;;` by
 * default) in a reply box opens a list next to the caret that filters as the agent
 * types; Enter or Tab replaces the trigger and query with the chosen phrase. The
 * context menu and the shortcut open it without a trigger. The background ranks and
 * fills the phrases (picker.ts there); this side only watches keys and shows the list.
 */
import browser from 'webextension-polyfill';
import {
  acceptBackgroundToContent,
  type ContentToBackground,
  type PickerAnswer,
  type Reading,
  type Self,
} from '../messaging.ts';
import type { InsertResult } from '../../src/editors/types.ts';
import { DEFAULT_SETTINGS, migrateSettings } from '../storage/settings-schema.ts';
import { triggerQuery, typedPastTrigger } from './picker-trigger.ts';
import { PickerView } from './picker-view.ts';
import { followFocusIntoFrames, frameDocument } from './frames.ts';
import { onTyping } from './typing.ts';

export interface PickerDeps {
  self: Self;
  /** What the page reads now; taken once when the picker opens. */
  reading(): Reading;
  insert(target: HTMLElement, text: string, options: { cursor?: number }): Promise<InsertResult>;
}

/** Where the typed trigger and query sit, so the chosen phrase replaces exactly them. */
type Anchor =
  | { kind: 'field'; field: HTMLTextAreaElement | HTMLInputElement; start: number; end: number }
  | { kind: 'text'; root: HTMLElement; node: Text; start: number; end: number }
  | { kind: 'caret'; root: HTMLElement };

interface Open {
  anchor: Anchor;
  query: string;
  reading: Reading;
  answer: PickerAnswer | null;
  active: number;
  asked: number;
}

const LOOKBEHIND = 60;

function isField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && ['text', 'search', ''].includes((el as HTMLInputElement).type));
}

function editableRootOf(el: HTMLElement): HTMLElement {
  let root = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** Elements of a same-origin frame come from another realm, where `instanceof HTMLElement` is false. */
function isElement(target: unknown): target is HTMLElement {
  return !!target && (target as Node).nodeType === Node.ELEMENT_NODE;
}

/** The element the agent is typing in, looking through open shadow roots and same-origin frames. */
function deepActive(doc: Document, onFrame: (inner: Document) => void): HTMLElement | null {
  let active = doc.activeElement as HTMLElement | null;
  for (;;) {
    const inner = frameDocument(active);
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
    else if (inner?.activeElement) {
      onFrame(inner);
      active = inner.activeElement as HTMLElement;
    } else break;
  }
  return active;
}

/** A rectangle in a frame's viewport, moved into the top window's, where the picker shows. */
function inTopViewport(rect: DOMRect, doc: Document): DOMRect {
  let { x, y } = rect;
  for (let win: Window | null = doc.defaultView; win?.frameElement; win = win.parent) {
    const frame = win.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}

/** Text before the caret and the anchor for it, or null when the caret is not in plain typing. */
function caretContext(target: HTMLElement): { before: string; at: (length: number) => Anchor } | null {
  if (isField(target)) {
    const { selectionStart: start, selectionEnd: end } = target;
    if (start === null || start !== end) return null;
    return { before: target.value.slice(Math.max(0, start - LOOKBEHIND), start), at: (length) => ({ kind: 'field', field: target, start: start - length, end: start }) };
  }
  if (!target.isContentEditable) return null;
  const root = editableRootOf(target);
  const selection = root.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (!selection?.isCollapsed || !node || node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return null;
  const offset = selection.focusOffset;
  const text = node as Text;
  return { before: text.data.slice(Math.max(0, offset - LOOKBEHIND), offset), at: (length) => ({ kind: 'text', root, node: text, start: offset - length, end: offset }) };
}

function caretRect(anchor: Anchor): DOMRect {
  const el = anchor.kind === 'field' ? anchor.field : anchor.kind === 'text' ? anchor.node : anchor.root;
  const doc = el.ownerDocument!;
  if (anchor.kind === 'text') {
    const range = doc.createRange();
    range.setStart(anchor.node, anchor.end);
    range.collapse(true);
    const rect = range.getClientRects()[0];
    if (rect) return inTopViewport(rect, doc);
  }
  const box = (anchor.kind === 'field' ? anchor.field : anchor.root).getBoundingClientRect();
  // Without a caret position (text fields do not expose one), open near the field's first line.
  return inTopViewport(new DOMRect(box.left + 8, box.top, 0, Math.min(box.height, 28)), doc);
}

/** Resolves once the editor has read a selection we set (editors take it at `selectionchange`). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

export function mountPicker(doc: Document, deps: PickerDeps): { onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<true> | undefined; stop(): void } {
  let trigger = DEFAULT_SETTINGS.triggerKey;
  let open: Open | null = null;
  let asked = 0;
  // After Escape the same trigger stays in the text; typing on must not reopen the picker for it.
  let dismissed: { at: Node; start: number } | null = null;
  // Set when the caret may have moved into an unopened trigger without typing (a click, a
  // focus change, the picker closed for another reason than typing): the next input is read in full.
  let recheck = true;
  // Built on first use: most pages never open the picker.
  let view: PickerView | null = null;
  const shown = () => (view ??= new PickerView(doc, { choose: (i) => void choose(i) }));

  void browser.storage.local.get('settings').then((stored) => (trigger = migrateSettings(stored.settings).settings.triggerKey));
  const onSettings = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes.settings) trigger = migrateSettings(changes.settings.newValue).settings.triggerKey;
  };
  browser.storage.onChanged.addListener(onSettings);

  // Keys matter only while the list is open: with it closed, a keystroke runs none of our code but `input`.
  let keysFrom: Window | null = null;
  const hearKeys = (win: Window | null) => {
    if (win === keysFrom) return;
    keysFrom?.removeEventListener('keydown', onKeyDown, true);
    keysFrom = win;
    win?.addEventListener('keydown', onKeyDown, true);
  };

  const close = () => {
    if (!open) return;
    open = null;
    recheck = true;
    hearKeys(null);
    view?.host.remove();
  };

  const ask = async (state: Open) => {
    const id = (state.asked = ++asked);
    const request: ContentToBackground = { type: 'contentToBackground.pickerPhrases', query: state.query, reading: state.reading };
    const answer = (await browser.runtime.sendMessage(request).catch(() => null)) as PickerAnswer | null;
    if (open !== state || state.asked !== id || !answer) return; // a newer keystroke already asked
    if (!answer.enabled) return close();
    state.answer = answer;
    state.active = 0;
    const list = shown();
    list.render(answer, 0);
    if (!list.host.isConnected) (doc.body ?? doc.documentElement).append(list.host);
    list.place(caretRect(state.anchor));
  };

  const show = (anchor: Anchor, query: string) => {
    if (open && open.query === query) return;
    open = open ? { ...open, anchor, query } : { anchor, query, reading: deps.reading(), answer: null, active: 0, asked: 0 };
    hearKeys((anchor.kind === 'field' ? anchor.field : anchor.kind === 'text' ? anchor.node : anchor.root).ownerDocument!.defaultView);
    void ask(open);
  };

  const onInput = (event: Event) => {
    // Most keystrokes are plain typing far from any trigger: decide from the event alone,
    // without reading the caret or the text before it (that read is most of a key's cost).
    if (!open && !recheck && typedPastTrigger(event as InputEvent, trigger)) return;
    recheck = false;
    const target = event.composedPath()[0] ?? event.target;
    if (!isElement(target)) return;
    const context = caretContext(target);
    const match = context ? triggerQuery(context.before, trigger) : null;
    if (!context || !match) return close();
    const anchor = context.at(match.length);
    const at = anchor.kind === 'field' ? anchor.field : anchor.kind === 'text' ? anchor.node : null;
    if (dismissed && anchor.kind !== 'caret' && dismissed.at === at && dismissed.start === anchor.start) return;
    dismissed = null;
    show(anchor, match.query);
  };

  async function choose(index: number): Promise<void> {
    const state = open;
    const phrase = state?.answer?.phrases[index];
    close();
    if (!state || !phrase) return;
    const { anchor } = state;
    let target: HTMLElement;
    if (anchor.kind === 'field') {
      target = anchor.field;
      anchor.field.focus();
      anchor.field.setSelectionRange(anchor.start, anchor.end);
    } else if (anchor.kind === 'text') {
      target = anchor.root;
      // Select the trigger and query so the phrase replaces them in one undo step.
      const own = anchor.node.ownerDocument; // the frame's, when the editor is in one
      const range = own.createRange();
      range.setStart(anchor.node, Math.max(0, anchor.start));
      range.setEnd(anchor.node, Math.min(anchor.node.length, anchor.end));
      const selection = own.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      await selectionSettled(own);
    } else {
      target = anchor.root;
    }
    await deps.insert(target, phrase.text, phrase.cursor === undefined ? {} : { cursor: phrase.cursor });
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const state = open;
    if (!state || event.isComposing) return;
    const count = state.answer?.phrases.length ?? 0;
    let handled = true;
    if (event.key === 'Escape') {
      const { anchor } = state;
      if (anchor.kind !== 'caret') dismissed = { at: anchor.kind === 'field' ? anchor.field : anchor.node, start: anchor.start };
      close();
    }
    else if (event.key === 'ArrowDown' && count) state.active = (state.active + 1) % count;
    else if (event.key === 'ArrowUp' && count) state.active = (state.active - 1 + count) % count;
    else if ((event.key === 'Enter' || event.key === 'Tab') && count && !event.shiftKey) void choose(state.active);
    else handled = false;
    if (!handled) return;
    // The editor must not also see these keys (a new line, a moved caret).
    event.preventDefault();
    event.stopImmediatePropagation();
    if (open === state && state.answer) view?.render(state.answer, state.active);
  };

  const onFocusOut = (event: FocusEvent) => {
    recheck = true;
    if (open && event.relatedTarget !== view?.host) close();
  };
  const onPointerDown = () => {
    recheck = true;
  };

  // Editors in same-origin frames (CKEditor 4, TinyMCE) get the same listeners once the agent focuses them.
  const listen = (d: Document) => {
    const unhear = onTyping(d, onInput);
    d.addEventListener('focusout', onFocusOut, true);
    d.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      unhear();
      d.removeEventListener('focusout', onFocusOut, true);
      d.removeEventListener('pointerdown', onPointerDown, true);
    };
  };

  const win = doc.defaultView!;
  const unlisten = listen(doc);
  const leaveFrames = followFocusIntoFrames(doc, listen);
  // Frames already focused when the picker was opened by the context menu or the shortcut.
  const frameCleanups: (() => void)[] = [];
  win.addEventListener('resize', close);

  /** The context menu or shortcut: open at the focused editor, with the best phrases for the ticket. */
  const openHere = () => {
    const target = deepActive(doc, (inner) => frameCleanups.push(listen(inner)));
    if (!target) return;
    const context = caretContext(target);
    const anchor: Anchor | null = context ? context.at(0) : target.isContentEditable ? { kind: 'caret', root: editableRootOf(target) } : null;
    if (!anchor) return;
    close();
    show(anchor, '');
  };

  return {
    onMessage(message, sender) {
      if (!acceptBackgroundToContent(message, sender, deps.self)) return undefined;
      openHere();
      return Promise.resolve(true);
    },
    stop() {
      close();
      unlisten();
      leaveFrames();
      frameCleanups.splice(0).forEach((cleanup) => cleanup());
      win.removeEventListener('resize', close);
      try {
        browser.storage.onChanged.removeListener(onSettings);
      } catch {
        // Already gone with an unloaded extension context.
      }
    },
  };
}
