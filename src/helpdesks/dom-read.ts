import type { Customer } from '../ticket.ts';
import { firstNameOf } from '../ticket.ts';
import { textOf } from './dom.ts';

/**
 * Reading helpers several adapters share, beyond dom.ts.
 */

/**
 * Plain text of a message body without the parts its product marks as quoted history or
 * signature (Gmail's `.gmail_quote`, Freshdesk's `.freshdesk_quote`, …), read in place.
 */
export function textWithout(el: Element | null | undefined, marked: readonly string[]): string {
  if (!el) return '';
  if (!anyPresent(el, marked)) return textOf(el);
  const present = marked.filter((selector) => {
    try {
      return el.querySelector(selector) !== null;
    } catch {
      return false; // A selector one UI version rejects must not cost the whole message.
    }
  });
  // Marked parts are passed over while reading: the page is never copied or changed.
  return textOf(el, { skip: present });
}

/** One query for the usual case, a body with none of the marked parts. */
function anyPresent(el: Element, marked: readonly string[]): boolean {
  if (marked.length === 0) return false;
  try {
    return el.querySelector(marked.join(', ')) !== null;
  } catch {
    return true; // one selector is invalid here: let the caller try them one by one
  }
}

/** The value an input shows: the live property on a real page, the attribute on a saved one. */
export function inputValue(el: Element | null): string | undefined {
  if (!el) return undefined;
  const live = (el as HTMLInputElement).value;
  const value = (typeof live === 'string' && live ? live : el.getAttribute('value')) ?? '';
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

/** A Customer with only the fields the page showed (no `undefined` keys in stored JSON). */
export function customerFrom(name: string | undefined, email: string | undefined): Customer {
  const firstName = firstNameOf(name);
  return {
    ...(name ? { name } : {}),
    ...(firstName ? { firstName } : {}),
    ...(email ? { email } : {}),
  };
}
