import type { HelpdeskAdapter } from './types.ts';
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

export function pickAdapter(url: URL, doc: Document): HelpdeskAdapter {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(url, doc)) return adapter;
    } catch {
      // A throwing matcher must not hide the adapters after it.
    }
  }
  return generic;
}

export type { HelpdeskAdapter } from './types.ts';
