/**
 * The agent's phrase library as one list: built-in phrases, the team pack an
 * administrator pushes, and the agent's own phrases. Built-ins are never destroyed:
 * a personal phrase with a built-in's id overrides it, and hiding only records the id,
 * so "reset" and "show again" always bring the original back.
 */
import type { Phrase } from './types.ts';

export type PhraseOrigin = 'builtin' | 'team' | 'personal';

/** What the agent keeps: own phrases (and overrides of built-ins) plus hidden built-in ids. */
export interface PersonalLibrary {
  phrases: Phrase[];
  hidden: string[];
}

export interface LibraryEntry {
  phrase: Phrase;
  origin: PhraseOrigin;
  /** A built-in the agent has reworded; `original` is the shipped wording. */
  overridden: boolean;
  original?: Phrase;
  hidden: boolean;
  /** Team phrases belong to the organisation: shown, never edited here. */
  readOnly: boolean;
}

export const EMPTY_LIBRARY: PersonalLibrary = { phrases: [], hidden: [] };

/** Team phrase ids live in their own namespace so an administrator's id cannot shadow an agent's. */
export const TEAM_PREFIX = 'team.';
export function teamId(id: string): string {
  return id.startsWith(TEAM_PREFIX) ? id : `${TEAM_PREFIX}${id}`;
}

/**
 * Every phrase with where it comes from, in the order the editor lists them: built-ins
 * (as overridden), then the team's, then the agent's own. Hidden ones are included and
 * marked, so the editor can offer to show them again.
 */
export function mergeLibrary(sources: { builtIns: readonly Phrase[]; team?: readonly Phrase[]; personal?: PersonalLibrary }): LibraryEntry[] {
  const personal = sources.personal ?? EMPTY_LIBRARY;
  const hidden = new Set(personal.hidden);
  const own = new Map(personal.phrases.map((p) => [p.id, p]));
  const entries: LibraryEntry[] = [];
  const builtInIds = new Set<string>();
  for (const original of sources.builtIns) {
    builtInIds.add(original.id);
    const override = own.get(original.id);
    entries.push({
      phrase: override ?? original,
      origin: 'builtin',
      overridden: override !== undefined,
      ...(override ? { original } : {}),
      hidden: hidden.has(original.id),
      readOnly: false,
    });
  }
  const seen = new Set(builtInIds);
  for (const phrase of sources.team ?? []) {
    const id = teamId(phrase.id);
    if (seen.has(id)) continue;
    seen.add(id);
    entries.push({ phrase: { ...phrase, id }, origin: 'team', overridden: false, hidden: hidden.has(id), readOnly: true });
  }
  for (const phrase of personal.phrases) {
    // Overrides were placed above; an override of a built-in from another language stays an own phrase.
    if (seen.has(phrase.id)) continue;
    seen.add(phrase.id);
    entries.push({ phrase, origin: 'personal', overridden: false, hidden: false, readOnly: false });
  }
  return entries;
}

/** The phrases the panel and picker rank: everything not hidden. */
export function activePhrases(entries: readonly LibraryEntry[]): Phrase[] {
  return entries.filter((e) => !e.hidden).map((e) => e.phrase);
}

/** Add or replace phrases by id; later ones win. Used by the editor's save and by import. */
export function upsertPhrases(library: PersonalLibrary, phrases: readonly Phrase[]): PersonalLibrary {
  const next = new Map(library.phrases.map((p) => [p.id, p]));
  for (const phrase of phrases) next.set(phrase.id, phrase);
  return { ...library, phrases: [...next.values()] };
}

/** Remove an own phrase, or an override (the built-in comes back). Team and built-in originals cannot be removed. */
export function removePhrase(library: PersonalLibrary, id: string): PersonalLibrary {
  return { ...library, phrases: library.phrases.filter((p) => p.id !== id) };
}

export function setHidden(library: PersonalLibrary, id: string, hidden: boolean): PersonalLibrary {
  const rest = library.hidden.filter((h) => h !== id);
  return { ...library, hidden: hidden ? [...rest, id] : rest };
}

/** Merge an imported library into the agent's: same ids are replaced, hidden ids are added. */
export function mergeImport(library: PersonalLibrary, imported: PersonalLibrary): PersonalLibrary {
  const merged = upsertPhrases(library, imported.phrases);
  return { ...merged, hidden: [...new Set([...library.hidden, ...imported.hidden])] };
}

/** A fresh id for a phrase the agent writes. */
export function newPhraseId(random: () => number = Math.random): string {
  return `me.${Date.now().toString(36)}${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** A copy the agent can edit: a new id, "(copy)" in the title. */
export function duplicatePhrase(phrase: Phrase, copyLabel: string, id = newPhraseId()): Phrase {
  const title = phrase.title ?? phrase.text.slice(0, 40);
  return { ...phrase, id, title: `${title} ${copyLabel}`.trim(), ...(phrase.heat ? { heat: [...phrase.heat] as Phrase['heat'] } : {}), ...(phrase.wants ? { wants: [...phrase.wants] } : {}) };
}
