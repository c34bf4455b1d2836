/**
 * Everything the phrase library is made of, loaded together: the built-ins for a
 * language, the organisation's team pack (storage.managed) and the agent's own
 * phrases. The panel, the options page and the background's picker all read it here.
 */
import { builtInPhrases } from '../../src/phrases/index.ts';
import { activePhrases, mergeLibrary, type LibraryEntry } from '../../src/phrases/library.ts';
import type { Phrase } from '../../src/phrases/types.ts';
import { loadManaged, type ManagedConfig } from './managed.ts';
import { loadLibrary } from './phrases.ts';
import type { StoredLibrary } from './phrases-schema.ts';

export interface PhraseSources {
  language: string;
  personal: StoredLibrary;
  managed: ManagedConfig;
}

export function entriesOf(sources: PhraseSources): LibraryEntry[] {
  return mergeLibrary({ builtIns: builtInPhrases(sources.language), team: sources.managed.phrases, personal: sources.personal });
}

export async function loadPhraseSources(language: string): Promise<PhraseSources> {
  const [personal, managed] = await Promise.all([loadLibrary(), loadManaged()]);
  return { language, personal, managed };
}

/** The phrases to rank for a ticket: built-ins (as the agent reworded them), the team's and the agent's own, minus hidden ones. */
export async function loadActivePhrases(language: string): Promise<Phrase[]> {
  return activePhrases(entriesOf(await loadPhraseSources(language)));
}
