import type { HelpdeskAdapter } from './types.ts';
import { first } from './dom.ts';
import { demo } from './demo.ts';
import { generic } from './generic.ts';
import { zammad } from './zammad.ts';
import { zendesk } from './zendesk.ts';
import { zohodesk } from './zohodesk.ts';
import { freescout } from './freescout.ts';
import { freshdesk } from './freshdesk.ts';
import { helpscout } from './helpscout.ts';
import { intercom } from './intercom.ts';
import { jira } from './jira.ts';
import { osticket } from './osticket.ts';
import { rt } from './rt.ts';
import { front } from './front.ts';
import { gmail } from './gmail.ts';
import { hubspot } from './hubspot.ts';

/**
 * Every helpdesk adapter, tried in order; `generic` is last and matches any page.
 * A meta-test fails when an adapter file is not listed here or has no fixture.
 */
export const adapters: readonly HelpdeskAdapter[] = [
  // ── registered adapters (keep alphabetical; generic stays last) ──
  demo,
  freescout,
  freshdesk,
  front,
  gmail,
  helpscout,
  hubspot,
  intercom,
  jira,
  osticket,
  rt,
  zammad,
  zendesk,
  zohodesk,
  generic,
];

/**
 * Hosted products by their URL first; then the ticket structure that scores highest, so a
 * themed or proxied install, or a page saved without its resources, is still read as what
 * it is; then a self-hosted product's signature (its list and login pages carry no
 * ticket structure); else basic mode.
 */
export function pickAdapter(url: URL, doc: Document): HelpdeskAdapter {
  const hosted = adapters.find((adapter) => adapter.hostPatterns && claims(adapter, url, doc));
  if (hosted) return hosted;
  let best: HelpdeskAdapter | undefined;
  let bestScore = 0;
  for (const adapter of adapters) {
    const score = structureScore(adapter, doc);
    // Strictly higher: on a tie the adapter listed first keeps the page, the same every time.
    if (score > bestScore) [best, bestScore] = [adapter, score];
  }
  if (best) return best;
  const selfHosted = adapters.filter((adapter) => !adapter.hostPatterns && adapter !== generic);
  return selfHosted.find((adapter) => claims(adapter, url, doc)) ?? generic;
}

/**
 * `pickAdapter` with a memory for one page, for a script that reads the same page again and
 * again: once an adapter claimed the page by its address or its structure, later reads at the
 * same address only ask that adapter whether it still does (its own queries, which match
 * early), instead of scoring every adapter over a long thread each time. Basic mode is never
 * kept, so a page still loading gets its adapter as soon as its structure appears.
 */
export function adapterPicker(): (url: URL, doc: Document) => HelpdeskAdapter {
  let kept: { href: string; adapter: HelpdeskAdapter } | null = null;
  const stillClaims = (adapter: HelpdeskAdapter, url: URL, doc: Document) =>
    adapter.hostPatterns ? claims(adapter, url, doc) : structureScore(adapter, doc) > 0 || claims(adapter, url, doc);
  return (url, doc) => {
    if (kept && kept.href === url.href && stillClaims(kept.adapter, url, doc)) return kept.adapter;
    const adapter = pickAdapter(url, doc);
    kept = adapter === generic ? null : { href: url.href, adapter };
    return adapter;
  };
}

/** Parts of the adapter's ticket structure on the page, or 0 when fewer than it needs. */
export function structureScore(adapter: HelpdeskAdapter, doc: Document): number {
  const structure = adapter.structure;
  if (!structure) return 0;
  const { parts, needs } = structure;
  let score = 0;
  for (let i = 0; i < parts.length; i++) {
    if (first(doc, parts[i]!)) score++;
    // Most pages are no helpdesk at all: stop querying once the rest cannot reach `needs`.
    else if (score + parts.length - i - 1 < needs) return 0;
  }
  return score >= needs ? score : 0;
}

function claims(adapter: HelpdeskAdapter, url: URL, doc: Document): boolean {
  try {
    return adapter.matches(url, doc);
  } catch {
    return false; // A throwing matcher must not hide the adapters after it.
  }
}

export type { HelpdeskAdapter, PageStructure } from './types.ts';
