import type { HelpdeskAdapter } from './types.ts';
import type { Ticket } from '../ticket.ts';
import { textOf } from './dom.ts';

/**
 * Basic mode for any page no adapter knows: the focused or largest editor is the reply
 * box, the page title the subject, and the selected text (else the main text block) the
 * customer's message.
 */
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], iframe';
const MAIN = ['main', 'article', '[role="main"]', '#content', 'body'];
const MAX_TEXT = 20_000;

export const generic: HelpdeskAdapter = {
  id: 'generic',
  name: 'Any page (basic mode)',
  matches: () => true,
  read(doc, url) {
    const text = (selectedText(doc) || mainText(doc)).slice(0, MAX_TEXT);
    const ticket: Ticket = {
      helpdesk: 'generic',
      id: url.pathname + url.search,
      url: url.href,
      subject: doc.title.trim(),
      customer: {},
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

function mainText(doc: Document): string {
  for (const selector of MAIN) {
    const el = doc.querySelector(selector);
    const text = el ? textOf(el) : '';
    if (text) return text;
  }
  return '';
}

function isEditableFrame(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument?.body?.isContentEditable === true;
  } catch {
    return false; // cross-origin
  }
}
