/** Finding the editable element and placing the caret in it, across iframes and shadow roots. */

const EDITABLE = 'textarea, input, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], trix-editor';

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && ['text', 'search', 'email', 'url', ''].includes((el as HTMLInputElement).type);
}

function isEditable(el: Element): boolean {
  return isTextField(el) || (el as HTMLElement).isContentEditable === true;
}

/** A same-origin frame's document, or null (cross-origin frames cannot be reached). */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The outermost contenteditable `el` belongs to: editors put the caret in nested nodes. */
function outermost(el: HTMLElement): HTMLElement {
  let root = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/**
 * The editable root an element belongs to: a text field, or the outermost contenteditable.
 * An iframe or a shadow host is looked into (an iframe's editing body for CKEditor 4 and
 * TinyMCE, a whole editor mounted in a frame or a web component).
 */
export function editableRoot(target: Element): HTMLElement | null {
  if (target.tagName === 'IFRAME') {
    const inner = frameDocument(target as HTMLIFrameElement);
    if (!inner?.body) return null;
    if (inner.body.isContentEditable) return inner.body;
    const found = findEditable(inner);
    return found ? editableRoot(found) : null;
  }
  if (isTextField(target)) return target as HTMLElement;
  const html = target as HTMLElement;
  if (html.isContentEditable) return outermost(html);
  if (html.shadowRoot) {
    const found = findEditable(html.shadowRoot);
    return found ? editableRoot(found) : null;
  }
  const inside = findEditable(target);
  return inside ? editableRoot(inside) : null;
}

/**
 * The editor an agent would mean: the focused one (looking through frames and open
 * shadow roots), else the largest visible one. Returns null when there is none.
 */
export function findEditable(root: Document | ShadowRoot | Element): Element | null {
  const focused = deepActiveElement(root);
  if (focused && isEditable(focused)) return focused;
  let best: Element | null = null;
  let bestArea = -1;
  for (const el of candidates(root)) {
    const { width, height } = el.getBoundingClientRect();
    const area = width * height;
    if (area > bestArea) {
      best = el;
      bestArea = area;
    }
  }
  return best;
}

function deepActiveElement(root: Document | ShadowRoot | Element): Element | null {
  if (!('activeElement' in root)) return null;
  let active = root.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active?.tagName === 'IFRAME') {
      const inner = frameDocument(active as HTMLIFrameElement);
      if (!inner || !inner.activeElement || inner.activeElement === inner.body && !inner.body.isContentEditable) return active;
      active = inner.activeElement;
    } else return active;
  }
}

/** Every editable under root, plus those in open shadow roots and same-origin frames. */
function candidates(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        const inner = frameDocument(el as HTMLIFrameElement);
        if (inner?.body?.isContentEditable) found.push(el);
        else if (inner) visit(inner);
      } else if (el.matches(EDITABLE) && isEditable(el) && !(el.parentElement as HTMLElement | null)?.isContentEditable) {
        found.push(el);
      }
    }
  };
  visit(root);
  return found;
}

/** The selection that covers `root`: a shadow root keeps its own in Chromium. */
export function selectionFor(root: Node): Selection | null {
  const scope = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if ('getSelection' in scope && typeof scope.getSelection === 'function' && scope !== root.ownerDocument) {
    return scope.getSelection() ?? root.ownerDocument!.getSelection();
  }
  return root.ownerDocument!.getSelection();
}

/**
 * Puts the caret at the end of `root` unless the selection is already inside it.
 * Returns whether it moved the selection: editors read a moved selection only on the
 * next `selectionchange`, so the caller lets that happen first (see `selectionSettled`).
 */
export function ensureCaretInside(root: HTMLElement): boolean {
  const doc = root.ownerDocument;
  const scope = root.getRootNode() as Document | ShadowRoot;
  // Read the selection before focusing: focusing an editor that never had the caret puts it at the start.
  const before = selectionFor(root);
  const inside = !!before && before.rangeCount > 0 && root.contains(before.getRangeAt(0).commonAncestorContainer);
  if (scope.activeElement !== root && !root.contains(scope.activeElement)) root.focus({ preventScroll: true });
  const selection = selectionFor(root);
  if (inside && selection && selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).commonAncestorContainer)) return false;
  const range = doc.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/**
 * Resolves once the editor has had its chance to read a selection we just set: at the
 * next `selectionchange` (ProseMirror, Slate, Draft.js, CKEditor and TinyMCE take the
 * caret from there), or after a short wait where none comes.
 */
export function selectionSettled(root: HTMLElement, waitMs = 50): Promise<void> {
  const doc = root.ownerDocument;
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // One more task: the editor's own selectionchange listener runs in this same dispatch.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, waitMs);
    doc.addEventListener('selectionchange', done);
  });
}

/** Selects the text to replace when given, else makes sure the caret is in the editor. Returns whether the selection moved. */
export function placeCaret(root: HTMLElement, replace?: { start: number; end: number }): boolean {
  if (replace) {
    root.focus({ preventScroll: true });
    return selectTextRange(root, replace.start, replace.end);
  }
  return ensureCaretInside(root);
}

/** Selects characters [start, end) of the root's text, counted like textContent. */
export function selectTextRange(root: HTMLElement, start: number, end: number): boolean {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let offset = 0;
  let startNode: Text | null = null;
  let startOffset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!startNode && start <= offset + length) {
      startNode = node;
      startOffset = start - offset;
    }
    if (startNode && end <= offset + length) {
      const range = doc.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(node, end - offset);
      const selection = selectionFor(root);
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }
    offset += length;
  }
  return false;
}

/** Moves the caret back by `count` characters (to where `{{cursor}}` stood). */
export function moveCaretBack(root: HTMLElement, count: number): void {
  if (count <= 0) return;
  const selection = selectionFor(root) as (Selection & { modify?: (a: string, d: string, g: string) => void }) | null;
  if (!selection?.modify) return;
  for (let i = 0; i < count; i++) selection.modify('move', 'backward', 'character');
}
