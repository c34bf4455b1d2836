/** Caret and selection helpers shared by the contenteditable-based strategies. */

/** The editable root an element belongs to: a textarea/input, or the outermost contenteditable. */
export function editableRoot(target: Element): HTMLElement | null {
  const doc = target.ownerDocument;
  if (target instanceof doc.defaultView!.HTMLIFrameElement) {
    const inner = target.contentDocument;
    if (!inner?.body) return null;
    return inner.body.isContentEditable ? inner.body : (inner.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""]'));
  }
  if (isTextField(target)) return target as HTMLElement;
  const html = target as HTMLElement;
  if (html.isContentEditable) {
    let root: HTMLElement = html;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  return target.querySelector<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]');
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && ['text', 'search', 'email', 'url', ''].includes((el as HTMLInputElement).type);
}

/** Puts the caret at the end of `root` unless the selection is already inside it. */
export function ensureCaretInside(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (doc.activeElement !== root && !root.contains(doc.activeElement)) root.focus();
  if (selection && selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  const range = doc.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
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
      const selection = doc.getSelection();
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
  const selection = root.ownerDocument.getSelection() as (Selection & { modify?: (a: string, d: string, g: string) => void }) | null;
  if (!selection?.modify) return;
  for (let i = 0; i < count; i++) selection.modify('move', 'backward', 'character');
}
