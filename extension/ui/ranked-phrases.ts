/**
 * The phrases for one ticket, best first and filled in: the one recipe the panel, the
 * in-page picker and the "insert top phrase" shortcut share, so all three agree on
 * what "the top phrase" is.
 */
import type { Ticket } from '../../src/ticket.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import type { Playbook } from '../../src/playbooks/types.ts';
import { contextFor, fillTemplate, rankPhrases, type Phrase, type TemplateContext } from '../../src/phrases/index.ts';
import { titleOf, type FilledPhrase } from './phrase-search.ts';

export interface Author {
  agentName?: string;
  company?: string;
}

/** The default-playbook step whose phrases fit now (another playbook's step maps through its `kind`). */
export function phraseStep(playbook: Playbook, analysis: Pick<Analysis, 'current'> | null): Phrase['step'] | undefined {
  if (!analysis) return undefined;
  if (analysis.current === 'complete') return 'follow_up';
  return playbook.steps.find((s) => s.id === analysis.current)?.kind;
}

/**
 * Every phrase, ranked for the ticket (favourites of the fitting step first) and filled
 * with its details. Without a ticket (basic mode), phrases keep the library's order and
 * fill with fallbacks ("Hi there").
 */
export function rankedPhrases(
  phrases: readonly Phrase[],
  ticket: Ticket | null,
  analysis: Analysis | null,
  playbook: Playbook,
  author: Author,
  favourites: ReadonlySet<string> = new Set(),
): FilledPhrase[] {
  const context: TemplateContext =
    ticket && analysis ? contextFor(ticket, analysis, author) : { agentName: author.agentName?.trim() || undefined, company: author.company?.trim() || undefined };
  const step = phraseStep(playbook, analysis);
  const ranked = analysis ? rankPhrases(phrases, analysis, step ? { step } : {}) : [...phrases];
  // A favourite rises within its own step group only: the method's order still leads.
  const fav = (p: Phrase) => (favourites.has(p.id) ? 1 : 0);
  const stepOf = (p: Phrase) => (step !== undefined && p.step === step ? 1 : 0);
  const ordered = ranked
    .map((phrase, index) => ({ phrase, index }))
    .sort((a, b) => stepOf(b.phrase) - stepOf(a.phrase) || fav(b.phrase) - fav(a.phrase) || a.index - b.index)
    .map((e) => e.phrase);
  return ordered.map((phrase) => {
    const filled = fillTemplate(phrase.text, context);
    return { phrase, title: titleOf(phrase, filled.text), text: filled.text, ...(filled.cursor !== undefined ? { cursor: filled.cursor } : {}) };
  });
}
