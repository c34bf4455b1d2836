import type { HelpdeskAdapter } from './types.ts';
import type { Ticket } from '../ticket.ts';
import { first, lineOf, splitNameEmail, textOf } from './dom.ts';
import { customerFrom } from './dom-read.ts';

/**
 * Basic mode for any page no adapter knows, read as a person reads it: the main heading is
 * the subject (else the page title), a "From: Name <address>" line names the customer, and
 * the selected text (else the main text block, without that heading, that line and the
 * form's labels and buttons) is the customer's message. The focused or largest editor is
 * the reply box.
 */
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], iframe';
const MAIN = ['main', 'article', '[role="main"]', '#content', 'body'];
/** The page's own heading; a site banner's or menu's names the site, not the ticket. */
const HEADING = ['h1'];
const BANNER = 'header[role="banner"], body > header, nav, [role="banner"], [role="navigation"]';
/** Form chrome, not anyone's words (textOf already passes over <button>, <select>, <textarea>). */
const NOT_MESSAGE = ['label', 'legend', '[role="button"]'];
/**
 * "From: Name <address>" as mail clients and helpdesks print it, in the languages agents
 * most use, or a bare "Name <address>" line; an address is required either way.
 */
const FROM_LABEL = /^(?:from|von|de|da|van|från|fra|od|от|kimden)\s*:\s*/i;
const NAME_AND_ADDRESS = /^[^<>:@]{0,80}<[^\s<>@]+@[^\s<>]+\.[^\s<>]+>$|^[^\s<>@:]+@[^\s<>]+\.[^\s<>]+$/;
const MAX_TEXT = 20_000;

export const generic: HelpdeskAdapter = {
  id: 'generic',
  name: 'Any page (basic mode)',
  matches: () => true,
  read(doc, url) {
    const main = mainBlock(doc);
    const heading = pageHeading(main, doc);
    const skip = heading ? [...NOT_MESSAGE, ...HEADING] : NOT_MESSAGE;
    const lines = textOf(main, { skip }).slice(0, MAX_TEXT).split('\n');
    const from = lines.findIndex(isFromLine);
    const sender = from >= 0 ? splitNameEmail(lines[from]!.replace(FROM_LABEL, '')) : {};
    const rest = from >= 0 ? [...lines.slice(0, from), ...lines.slice(from + 1)] : lines;
    const text = selectedText(doc).slice(0, MAX_TEXT) || tidy(rest);
    const ticket: Ticket = {
      helpdesk: 'generic',
      id: url.pathname + url.search,
      url: url.href,
      subject: lineOf(heading) ?? doc.title.trim(),
      customer: customerFrom(sender.name, sender.email),
      messages: text ? [{ author: 'customer', text }] : [],
    };
    return ticket;
  },
  editor(doc) {
    const active = doc.activeElement;
    if (active && active !== doc.body && active.matches(EDITABLE)) return active;
    let best: Element | null = null;
    let bestArea = 0;
    for (const el of Array.from(doc.querySelectorAll(EDITABLE))) {
      if (el.tagName === 'IFRAME' && !isEditableFrame(el as HTMLIFrameElement)) continue;
      const { width, height } = el.getBoundingClientRect();
      const area = Math.max(width * height, 1);
      if (area > bestArea) {
        best = el;
        bestArea = area;
      }
    }
    return best;
  },
};

function selectedText(doc: Document): string {
  return doc.getSelection()?.toString().trim() ?? '';
}

/** The first of MAIN that holds any text. */
function mainBlock(doc: Document): Element | null {
  for (const selector of MAIN) {
    const el = first(doc, [selector]);
    if (el && lineOf(el)) return el;
  }
  return null;
}

function pageHeading(main: Element | null, doc: Document): Element | null {
  for (const scope of main ? [main, doc] : [doc]) {
    const heading = Array.from(scope.querySelectorAll(HEADING.join(', '))).find((h) => !h.closest(BANNER) && lineOf(h));
    if (heading) return heading;
  }
  return null;
}

function isFromLine(line: string): boolean {
  const labelled = FROM_LABEL.test(line);
  return NAME_AND_ADDRESS.test(line.replace(FROM_LABEL, '').trim()) && (labelled || line.includes('<'));
}

/** Lines without the ones taken out, and no blank line left where they stood. */
function tidy(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function isEditableFrame(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument?.body?.isContentEditable === true;
  } catch {
    return false; // cross-origin
  }
}
