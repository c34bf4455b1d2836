/**
 * The phrases the panel offers. Built-in phrases in the UI language for now; the
 * phrase library's `usePhrases()` (the agent's own and the team's) replaces this when
 * it lands.
 */
import { useMemo } from 'preact/hooks';
import { builtInPhrases, type Phrase } from '../../src/phrases/index.ts';

export function usePhraseSource(language: string): readonly Phrase[] {
  return useMemo(() => builtInPhrases(language), [language]);
}
