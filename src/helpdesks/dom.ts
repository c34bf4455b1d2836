/** Small reading helpers shared by every adapter. All take a Document or Element, never `window`. */

type Root = Document | Element;

/** The first element matched by the first selector that matches anything. */
export function first(root: Root, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first selector that matches anything. */
export function all(root: Root, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found);
    } catch {
      // An invalid selector in one UI version must not break the others.
    }
  }
  return [];
}

function safeQuery(root: Root, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Plain text of an element as a reader sees it: block elements and <br> break lines,
 * a paragraph (<p>, a blank line in the source markup's sense) ends with a blank line,
 * runs of spaces fold. Never HTML.
 */
export interface TextOptions {
  /** Elements passed over (a product's quoted history, its attachment list). */
  skip?: readonly string[];
  /** Reading stops at the first element that matches (a signature marker). */
  stopAt?: string;
}

/**
 * Where a read notes the elements it took text from, for a caller that tells a change
 * that matters from one that does not: the content script, for which a "5 minutes ago"
 * refreshing on every message is no reason to read a long thread again.
 */
export interface ReadTrace {
  add(el: Element): unknown;
}

let trace: ReadTrace | null = null;

/** Until called again with null, every element textOf and lineOf read is noted in `next`. */
export function traceReads(next: ReadTrace | null): void {
  trace = next;
}

export function textOf(el: Element | null | undefined, options: TextOptions = {}): string {
  if (!el) return '';
  trace?.add(el);
  const out: string[] = [];
  walk(el, out, options);
  // Each run of text between two breaks folds its spaces and loses its edges; the breaks
  // (single characters, as walk writes them) then become line breaks.
  const pieces: string[] = [];
  let run = '';
  for (const item of out) {
    if (item.length === 1 && BREAKS.includes(item)) {
      pieces.push(run.replace(SPACES, ' ').trim(), item);
      run = '';
    } else run += item;
  }
  pieces.push(run.replace(SPACES, ' ').trim());
  return pieces.join('').replace(/[\n\uE000\uE001]+/g, breakFor).trim();
}

const SPACES = /[ \t\f\v\u00a0]+/g;

// Private-use markers (they survive trim(), unlike U+2029): a paragraph ended, a block edge.
const PARAGRAPH = '\uE000';
const BLOCK_EDGE = '\uE001';
const BREAKS = `\n${PARAGRAPH}${BLOCK_EDGE}`;

/**
 * A run of breaks between two pieces of text reads as a blank line when a paragraph ended
 * in it, when it holds two <br>, or when a <br> stands alone between blocks (e-mail HTML's
 * `<div><br></div>`); otherwise as one line break (a trailing <br> in a block shows none).
 */
function breakFor(run: string): string {
  if (run.includes(PARAGRAPH)) return '\n\n';
  const hard = run.split('\n').length - 1;
  if (hard >= 2) return '\n\n';
  const at = run.indexOf('\n');
  return hard === 1 && run.lastIndexOf(BLOCK_EDGE, at) >= 0 && run.indexOf(BLOCK_EDGE, at) >= 0 ? '\n\n' : '\n';
}

/** Depth-first, with an explicit stack: a hostile page nested thousands deep must not overflow the call stack. */
function walk(root: Node, out: string[], { skip = [], stopAt }: TextOptions): void {
  // Each entry is a node to visit, or the break to write once an element's children are done.
  const stack: (Node | string)[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      out.push((item.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = (item as Element).tagName;
    if (SKIP.has(tag) || (item as Element).getAttribute('aria-hidden') === 'true') continue;
    if (stopAt && (item as Element).matches(stopAt)) return;
    if (skip.length > 0 && skip.some((selector) => (item as Element).matches(selector))) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      out.push(BLOCK_EDGE);
      stack.push(tag === 'P' ? PARAGRAPH : BLOCK_EDGE);
    }
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** Trimmed single-line text, or undefined when empty. */
export function lineOf(el: Element | null | undefined): string | undefined {
  if (el) trace?.add(el);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** ISO 8601 from a datetime attribute, a title or a parseable date string; undefined when unknown. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{10,13}$/.test(trimmed)) {
    const n = Number(trimmed);
    return new Date(trimmed.length === 10 ? n * 1000 : n).toISOString();
  }
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Splits "Jane Doe <jane@example.com>" into its name and address. */
export function splitNameEmail(value: string | undefined): { name?: string; email?: string } {
  if (!value) return {};
  const email = value.match(/[^\s<>()"']+@[^\s<>()"']+\.[^\s<>()"']+/)?.[0];
  const name = value
    .replace(email ?? '', '')
    .replace(/[<>()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}
