/**
 * What every harness page exposes to the Playwright spec as `window.harness`: the
 * editor's own reading of its content (never the DOM's), and a way to find a word on
 * screen so the spec can select it the way an agent would (a double click).
 */
export interface Harness {
  /** Which editor family the page holds; matches the strategy id expected to insert. */
  family: string;
  /** The content as the editor's own API reports it, one line per paragraph or line break. */
  text(): string;
  /** Viewport coordinates of the middle of the first occurrence of `word`, for a double click. */
  wordAt(word: string): { x: number; y: number } | null;
  /**
   * Whether the editor's own selection is a caret at the end of the text. Only for editors
   * that take the DOM selection in late (Slate throttles it by 100 ms), so the spec can
   * wait for what an agent's pause would give them.
   */
  caretAtEnd?(): boolean;
  /**
   * The text of the editor's own selection. Only for editors that take a new DOM selection
   * in on a later `selectionchange` (Lexical, ProseMirror in a shadow root; Slate throttles it), so the spec waits, after a double click, for
   * the selection the editor will act on, as an agent's move to the panel would.
   */
  selectedText?(): string;
}

declare global {
  interface Window {
    harness?: Harness;
  }
}

/** The first line every editor starts with: the spec selects "Sam" and appends after it. */
export const GREETING = 'Hi Sam, thanks for writing.';

export function register(harness: Harness): void {
  window.harness = harness;
  document.body.dataset.ready = harness.family;
}

/** Lines of an HTML fragment as a reader sees them: blocks and <br> break lines. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  const blocks = Array.from(doc.body.querySelectorAll('p, div, li, h1, h2, h3, blockquote'));
  const leaves = blocks.filter((b) => !b.querySelector('p, div, li, h1, h2, h3, blockquote'));
  return leaves.length ? leaves.map((b) => b.textContent ?? '').join('\n') : (doc.body.textContent ?? '');
}

/** Finds `word` in the text under `root` (which may live in an iframe) and returns its centre in top-level viewport coordinates. */
export function wordIn(root: Node, word: string): { x: number; y: number } | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const rect = range.getBoundingClientRect();
    let x = rect.left + rect.width / 2;
    let y = rect.top + rect.height / 2;
    // Inside an iframe: add the frame's own offset in its parent.
    for (let win: Window | null = doc.defaultView; win && win.frameElement; win = win.parent) {
      const frame = win.frameElement.getBoundingClientRect();
      x += frame.left + (win.frameElement as HTMLElement).clientLeft;
      y += frame.top + (win.frameElement as HTMLElement).clientTop;
    }
    return { x, y };
  }
  return null;
}
