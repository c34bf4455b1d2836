import { WANT_IDS, type WantId } from './types.ts';
import type { Lexicon } from './lexicon/types.ts';
import { sentences } from './text.ts';

function hits(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** What one message asks for, in WANT_IDS order. A sentence that matches a want's `unless` does not count for it. */
export function messageWants(text: string, lexicon: Lexicon): WantId[] {
  const found: WantId[] = [];
  const parts = sentences(text);
  for (const id of WANT_IDS) {
    const cue = lexicon.wants[id];
    // Most wants are absent from most messages: test the whole text before sentence by sentence.
    if (!cue.says.some((re) => hits(re, text))) continue;
    const asked = parts.some((s) => cue.says.some((re) => hits(re, s)) && !(cue.unless && hits(cue.unless, s)));
    if (asked) found.push(id);
  }
  return found;
}
