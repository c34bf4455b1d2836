/**
 * Turning a raw message into the text worth reading: bounded in size, typographic
 * quotes folded, and the parts the customer quoted from us removed, since our own
 * words must never count as theirs.
 */

/** Characters read from the start of a message; the opening is where people say what they mean. */
export const HEAD_CHARS = 16_000;
/** Characters read from the end, for the complaint typed under a pasted log. */
export const TAIL_CHARS = 4_000;

/** The message text cut to at most HEAD_CHARS + TAIL_CHARS, whatever was passed in. */
export function boundedText(text: unknown): string {
  if (typeof text !== 'string') return '';
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - TAIL_CHARS)}`;
}

// "On Tue, 3 Mar 2024 at 10:02, Support <help@shop.example> wrote:" (Gmail, Apple Mail, Outlook web),
// sometimes wrapped so "wrote:" lands on the next line.
const REPLY_HEADER = /^\s*On\b.{0,300}$/i;
const WROTE = /\bwrote:\s*$/i;
// Outlook's "-----Original Message-----", its underline rule, and forwarded-message markers.
const ORIGINAL_MESSAGE = /^\s*(-{2,}\s*(original message|forwarded message)\s*-{2,}|_{8,}|begin forwarded message:)\s*$/i;
const FROM_HEADER = /^\s*from:\s.+$/i;
const SENT_HEADER = /^\s*(sent|date|to|subject):\s/i;

/**
 * The customer's own text: lines quoted with ">" dropped, and everything from a reply
 * header ("On … wrote:", "-----Original Message-----", an Outlook "From:/Sent:" block) on.
 */
export function ownText(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*>/.test(line)) continue;
    if (ORIGINAL_MESSAGE.test(line)) break;
    if (REPLY_HEADER.test(line)) {
      if (WROTE.test(line)) break;
      const next = lines[i + 1] ?? '';
      if (line.length < 200 && /^\s*.{0,120}\bwrote:\s*$/i.test(next)) break;
    }
    if (FROM_HEADER.test(line) && SENT_HEADER.test(lines[i + 1] ?? '')) break;
    kept.push(line);
  }
  return kept.join('\n');
}

/** Bounded, quote-free text with curly apostrophes and quotes folded to straight ones. */
export function prepare(text: unknown): string {
  return ownText(boundedText(text)).replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Sentences, split at terminal punctuation and line breaks; empty ones dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Clauses: sentences cut further at commas, semicolons and colons, where negation stops. */
export function clauses(text: string): string[] {
  return text
    .split(/[.!?;:,\n]+|\s[-\u2013\u2014]\s/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Lower-case words, apostrophes kept inside them ("don't"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{M}']*/gu)?.map((w) => w.replace(/'+$/, '')) ?? [];
}

/** At most `max` characters (never splitting a surrogate pair), whitespace collapsed. */
export function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
