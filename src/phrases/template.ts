import type { Analysis } from '../analysis/types.ts';
import { firstNameOf, type Ticket } from '../ticket.ts';

/** Everything a phrase template may refer to. Every field is optional: tickets are often half-read. */
export interface TemplateContext {
  customer?: { firstName?: string; name?: string };
  /** The customer's own word for their experience ("frustrating", "ridiculous"). */
  theirWord?: string;
  agentName?: string;
  company?: string;
  ticket?: { id?: string; subject?: string };
}

/** The placeholders a template may use, in the order the UI's help lists them. */
export const placeholderNames = [
  'customer.first_name',
  'customer.name',
  'their_word',
  'agent.name',
  'company',
  'ticket.id',
  'ticket.subject',
  'cursor',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

const KNOWN = new Set<string>(placeholderNames);

/**
 * What a placeholder becomes when the context has no value and the template gave no
 * `|fallback`. Chosen so the sentence still reads: a greeting keeps a word, an apology
 * keeps an adjective, a signature simply disappears.
 */
const BUILT_IN_FALLBACK: Record<Exclude<PlaceholderName, 'cursor'>, string> = {
  'customer.first_name': 'there',
  'customer.name': 'there',
  their_word: 'frustrating',
  'agent.name': '',
  company: 'our team',
  'ticket.id': '',
  'ticket.subject': 'your request',
};

// `[^{}]` keeps a placeholder from swallowing a neighbour: "{{a}} {{b}}" is two.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function valueOf(name: string, context: TemplateContext): string | undefined {
  switch (name) {
    case 'customer.first_name':
      return context.customer?.firstName;
    case 'customer.name':
      return context.customer?.name;
    case 'their_word':
      return context.theirWord;
    case 'agent.name':
      return context.agentName;
    case 'company':
      return context.company;
    case 'ticket.id':
      return context.ticket?.id;
    case 'ticket.subject':
      return context.ticket?.subject;
    default:
      return undefined;
  }
}

/** Values are single-line plain text: a name with a stray newline must not break the sentence. */
function clean(value: string | undefined): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The filled text, kept as pieces: looking at or trimming the end of one long
 * concatenated string makes V8 flatten it each time, which is quadratic on big input.
 */
class Output {
  private parts: string[] = [];
  length = 0;

  push(piece: string): void {
    if (!piece) return;
    this.parts.push(piece);
    this.length += piece.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charAt(last.length - 1) : '';
  }

  /** Remove trailing spaces/tabs, and then one trailing comma when asked. */
  trimEnd(alsoComma = false): void {
    for (;;) {
      const last = this.parts.pop();
      if (last === undefined) return;
      const trimmed = last.replace(/[ \t]+$/, '');
      this.length -= last.length - trimmed.length;
      if (trimmed) {
        if (alsoComma && trimmed.endsWith(',')) {
          this.parts.push(trimmed.slice(0, -1));
          this.length -= 1;
        } else this.parts.push(trimmed);
        return;
      }
    }
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Remove "{{" / "}}" left in literal text (a half-typed placeholder) so none reaches the output. */
function stripStrayBraces(literal: string): string {
  let s = literal;
  while (s.includes('{{') || s.includes('}}')) s = s.replace(/\{\{|\}\}/g, '');
  return s;
}

interface Slot {
  name: string;
  fallback?: string;
}

/** Split a template into alternating literal text and placeholder slots (literals.length === slots.length + 1). */
function parse(source: string): { literals: string[]; slots: Slot[] } {
  const literals: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    literals.push(source.slice(last, index));
    last = index + match[0].length;
    const inner = match[1] ?? '';
    const bar = inner.indexOf('|');
    const name = (bar === -1 ? inner : inner.slice(0, bar)).trim().toLowerCase();
    slots.push(bar === -1 ? { name } : { name, fallback: clean(inner.slice(bar + 1)) });
  }
  literals.push(source.slice(last));
  return { literals, slots };
}

/**
 * Fill a phrase template. Values are inserted as plain text and never re-read as
 * template syntax, so a customer called "{{company}}" stays "{{company}}".
 * Returns the caret position where `{{cursor}}` stood (the first one), if any.
 */
export function fillTemplate(template: string, context: TemplateContext): { text: string; cursor?: number } {
  const { literals, slots } = parse(typeof template === 'string' ? template : '');
  const ctx = context ?? {};

  // A single brace touching a placeholder could meet another across a dropped value
  // ("{{{agent.name}}{" → "{{"), so those go too.
  const cleaned = literals.map((literal, i) => {
    let s = stripStrayBraces(literal);
    if (i < slots.length) s = s.replace(/\{+$/, '');
    if (i > 0) s = s.replace(/^\}+/, '');
    return s;
  });

  const out = new Output();
  out.push(cleaned[0] ?? '');
  let cursor: number | undefined;
  slots.forEach((slot, i) => {
    let literal = cleaned[i + 1] ?? '';
    let dropped = false;
    if (slot.name === 'cursor') {
      cursor ??= out.length;
    } else {
      let value = clean(valueOf(slot.name, ctx));
      if (!value) value = slot.fallback ?? (KNOWN.has(slot.name) ? BUILT_IN_FALLBACK[slot.name as keyof typeof BUILT_IN_FALLBACK] : '');
      if (value) out.push(value);
      else dropped = true;
    }
    if (dropped) {
      // Close the gap a missing value leaves: "Hi , thanks", "I'm  here", "Thanks, " at the end.
      const endsBlank = out.lastChar() === ' ' || out.lastChar() === '\t';
      if (endsBlank && /^[ \t]*(?:[,.;:!?)]|\n|$)/.test(literal)) {
        literal = literal.replace(/^[ \t]+/, '');
        // "I'm sorry, {{customer.first_name|}}." must not end as "I'm sorry,."
        out.trimEnd(/^[,.;:!?]/.test(literal));
      } else if (out.length === 0 || endsBlank || out.lastChar() === '\n') {
        literal = literal.replace(/^[ \t]+/, '');
      }
      if (cursor !== undefined && cursor > out.length) cursor = out.length;
    }
    out.push(literal);
  });
  const text = out.toString();
  return cursor === undefined ? { text } : { text, cursor };
}

export interface TemplateProblem {
  code: 'unknown_placeholder' | 'empty' | 'unclosed';
  /** The placeholder name or the text near the problem, for the message the UI builds. */
  detail: string;
}

/** Problems a user-written template has, for the phrase editor; an empty list means it is fine. */
export function validateTemplate(text: string): TemplateProblem[] {
  const source = typeof text === 'string' ? text : '';
  if (source.trim() === '') return [{ code: 'empty', detail: '' }];
  const { literals, slots } = parse(source);
  const problems: TemplateProblem[] = [];
  for (const slot of slots) {
    if (!KNOWN.has(slot.name)) problems.push({ code: 'unknown_placeholder', detail: slot.name });
  }
  for (const literal of literals) {
    const open = literal.indexOf('{{');
    const close = literal.indexOf('}}');
    if (open !== -1) problems.push({ code: 'unclosed', detail: literal.slice(open, open + 24) });
    else if (close !== -1) problems.push({ code: 'unclosed', detail: literal.slice(Math.max(0, close - 22), close + 2) });
  }
  return problems;
}

// Phrases put their word after "so" or "how" ("I'm sorry it's been so ___"): a single word that
// reads as an adjective or participle in English or Spanish fits; a verdict phrase or a noun
// ("extremely poor customer service", "fraud") is shown in the panel but left out of the sentence.
const FITS_SO = /^\p{L}+(?:ing|ed|ful|ous|ible|able|ive|ic|al|y|ent|ant|less|ish|oso|osa|ante|ente|ado|ada|ido|ida|imo|ima|ivo|iva)$/u;
// Adjectives the endings above miss.
const SHORT_ADJECTIVES = new Set(['bad', 'poor', 'long', 'slow', 'rude', 'sad', 'upset', 'late', 'malo', 'mala', 'lento', 'lenta', 'ridículo', 'ridiculo', 'harto', 'harta', 'molesto', 'molesta']);

/** The first of their words that fits a phrase's sentence, if any. */
export function wordForPhrases(theirWords: readonly string[] | undefined): string | undefined {
  return theirWords?.find((w) => FITS_SO.test(w) || SHORT_ADJECTIVES.has(w));
}

/** Build the template context for one ticket from what the engine and the agent's settings know. */
export function contextFor(
  ticket: Ticket,
  analysis: Pick<Analysis, 'theirWords'>,
  settings: { agentName?: string; company?: string },
): TemplateContext {
  const name = ticket.customer?.name?.trim() || undefined;
  const firstName = ticket.customer?.firstName?.trim() || firstNameOf(name);
  return {
    customer: { firstName, name },
    theirWord: wordForPhrases(analysis.theirWords),
    agentName: settings.agentName?.trim() || undefined,
    company: settings.company?.trim() || undefined,
    ticket: { id: ticket.id || undefined, subject: ticket.subject?.trim() || undefined },
  };
}
