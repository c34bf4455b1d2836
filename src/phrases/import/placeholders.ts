/**
 * Placeholders of other helpdesks' canned replies, rewritten as ours. Zendesk and
 * Freshdesk write Liquid (`{{ticket.requester.first_name}}`, filters after a `|`);
 * Help Scout writes `{%customer.firstName%}` with an optional `,fallback=…`.
 */
import { placeholderNames, type PlaceholderName } from '../template.ts';

type Ours = Exclude<PlaceholderName, 'cursor'> | 'cursor';

// Keys are lower-cased and stripped of `_`, so `firstName`, `first_name` and `firstname` meet.
const FOREIGN: Record<string, Ours> = {};
function map(ours: Ours, ...names: string[]): void {
  for (const name of names) FOREIGN[squash(name)] = ours;
}
function squash(name: string): string {
  return name.toLowerCase().replace(/[_\s]/g, '');
}

for (const name of placeholderNames) map(name, name);
map('customer.first_name',
  'ticket.requester.first_name', // Zendesk, Freshdesk
  'requester.first_name',
  'ticket.customer.first_name', // Gorgias
  'customer.firstName', // Help Scout
  'contact.first_name', // Freshdesk contacts, HubSpot
);
map('customer.name',
  'ticket.requester.name', // Zendesk, Freshdesk
  'requester.name',
  'ticket.requester.full_name',
  'ticket.customer.name',
  'customer.fullName', // Help Scout
  'contact.name',
);
map('agent.name',
  'current_user.name', // Zendesk: the agent applying the macro
  'current_user.first_name',
  'ticket.assignee.name',
  'ticket.assignee.first_name',
  'ticket.agent.name', // Freshdesk
  'ticket.agent.first_name',
  'user.firstName', // Help Scout
  'user.fullName',
);
map('company',
  'ticket.brand.name', // Zendesk brand
  'ticket.account', // Zendesk account name
  'helpdesk_name', // Freshdesk
  'mailbox.name', // Help Scout
);
map('ticket.id', 'ticket.ticket_id', 'conversation.number');
map('ticket.subject', 'ticket.title', 'conversation.subject');

export interface MappedText {
  text: string;
  /** Foreign placeholders with no equivalent here, as written. */
  unknown: string[];
}

/** A fallback may not carry the characters that would end or split our placeholder. */
function cleanFallback(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const s = value.trim().replace(/^(["'])(.*)\1$/, '$2').replace(/[{}|]/g, '').trim();
  return s || undefined;
}

function ours(name: string, fallback: string | undefined, unknown: string[], original: string): string {
  const target = FOREIGN[squash(name)];
  if (!target) {
    unknown.push(original);
    return original;
  }
  return fallback && target !== 'cursor' ? `{{${target}|${fallback}}}` : `{{${target}}}`;
}

const LIQUID_FILTERS = /^(capitalize|upcase|downcase|strip|lstrip|rstrip|escape|titlecase|first|last|size)\b/i;

/**
 * What follows the bar: Liquid's `default: "there"` is a fallback, other Liquid filters
 * (`capitalize`) are dropped, and anything else is our own `{{customer.first_name|there}}`.
 */
function liquidFallback(filters: string | undefined): string | undefined {
  if (filters === undefined) return undefined;
  const parts = filters.split('|').map((p) => p.trim());
  for (const part of parts) {
    const m = /^default\s*:\s*(.*)$/i.exec(part);
    if (m) return cleanFallback(m[1]);
  }
  const first = parts[0] ?? '';
  return LIQUID_FILTERS.test(first) ? undefined : cleanFallback(filters);
}

const LIQUID = /\{\{\s*([A-Za-z_][\w.]*)\s*(?:\|([^{}]*))?\}\}/g;
const HELP_SCOUT = /\{%\s*([A-Za-z_][\w.]*)\s*(?:,\s*fallback\s*=\s*([^{}%]*))?%\}/g;
// Anything else in braces is template logic we cannot follow (`{% if … %}`, `{{#each}}`).
const OTHER = /\{\{[^{}]*\}\}|\{%[^{}]*%\}/g;

/** Rewrite a foreign template's placeholders as ours; report those that have no equivalent. */
export function mapPlaceholders(source: string): MappedText {
  const unknown: string[] = [];
  const marked: string[] = [];
  // Mapped placeholders are parked behind a private-use marker so the catch-all pass
  // below cannot mistake them for foreign ones.
  const park = (s: string) => `\uE000${marked.push(s) - 1}\uE001`;
  let text = source.replace(/[\uE000\uE001]/g, '').replace(LIQUID, (all, name: string, filters: string | undefined) =>
    park(ours(name, liquidFallback(filters), unknown, all)),
  );
  text = text.replace(HELP_SCOUT, (all, name: string, fallback: string | undefined) =>
    park(ours(name, cleanFallback(fallback), unknown, all)),
  );
  text = text.replace(OTHER, (all) => {
    unknown.push(all);
    return all;
  });
  text = text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => marked[Number(i)] ?? '');
  return { text, unknown: [...new Set(unknown)] };
}
