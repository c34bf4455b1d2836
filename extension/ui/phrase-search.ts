/**
 * Search across all phrases, fuzzy and instant: a typo ("sory", "refnd") still finds
 * the phrase. Used by the side panel's search box and by the background for the in-page
 * picker, so both find the same phrases for the same words.
 */
import Fuse from 'fuse.js';
import type { Phrase } from '../../src/phrases/index.ts';

/** A phrase ready to show: its label and its text filled for the current ticket. */
export interface FilledPhrase {
  phrase: Phrase;
  title: string;
  text: string;
  /** Where the caret goes after insertion (`{{cursor}}`), an index into `text`. */
  cursor?: number;
}

const TITLE_WORDS = 6;

// "Hi Marcus," says nothing about the phrase: labels start after the greeting.
const GREETING = /^(hi|hello|hey|dear|hola|buenos días|buenas|estimad[oa])\b[^,.!?\n]{0,40}[,!]\s*/iu;

/** The phrase's own title, else its first few words after any greeting: the picker needs a short label. */
export function titleOf(phrase: Phrase, filled: string): string {
  if (phrase.title?.trim()) return phrase.title.trim();
  const body = filled.replace(GREETING, '');
  const words = (body.trim() ? body : filled).split(/\s+/).filter(Boolean);
  const label = words.slice(0, TITLE_WORDS).join(' ') + (words.length > TITLE_WORDS ? '…' : '');
  // Cut after "Hi Marcus," the label starts mid-sentence; as a label it starts with a capital.
  return label.charAt(0).toLocaleUpperCase(phrase.lang) + label.slice(1);
}

export interface PhraseSearch {
  /** Best matches first; an empty query gives the list as it was given (already ranked). */
  search(query: string, limit?: number): FilledPhrase[];
}

/**
 * Builds the index once per list; each keystroke then only searches. Ties keep the
 * order given, so among equally good matches the ranked-for-this-ticket one wins.
 */
export function phraseSearch(entries: readonly FilledPhrase[]): PhraseSearch {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'text', weight: 1 },
    ],
    // Words can sit anywhere in a long phrase; location must not count against them.
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  return {
    search(query, limit = Infinity) {
      const q = query.trim().slice(0, 100);
      const found = q === '' ? [...entries] : fuse.search(q).map((r) => r.item);
      return Number.isFinite(limit) ? found.slice(0, limit) : found;
    },
  };
}
