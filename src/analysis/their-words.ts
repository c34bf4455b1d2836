import type { Lexicon } from './lexicon/types.ts';
import { words } from './text.ts';

export interface TheirWord {
  word: string;
  strength: number;
}

const patternCache = new WeakMap<Lexicon, RegExp>();

/** One pattern for all experience words, longest first so "a nightmare" wins over "nightmare". */
function experiencePattern(lexicon: Lexicon): RegExp {
  let re = patternCache.get(lexicon);
  if (!re) {
    const keys = [...lexicon.experienceWords.keys()].sort((a, b) => b.length - a.length);
    const body = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${body})(?![\\p{L}\\p{N}'-])`, 'giu');
    patternCache.set(lexicon, re);
  }
  return re;
}

// Adjectives and participles the valence list knows but our curated list does not
// ("disheartening", "dreadful"): the customer's word all the same.
const DESCRIBING = /(?:ing|ed|ful|ous|ible|able|ive)$/;

/** Whether one of the three words before `index` in the same clause negates it ("not frustrating"). */
function negated(text: string, index: number, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const clause = before.split(/[.!?;:,\n]/).pop() ?? '';
  return words(clause).slice(-3).some((w) => lexicon.negators.has(w));
}

/** The words one message uses for its experience, strongest first. */
export function messageWords(text: string, lexicon: Lexicon): TheirWord[] {
  const found = new Map<string, number>();
  const re = experiencePattern(lexicon);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (found.has(word) || negated(text, m.index, lexicon)) continue;
    found.set(word, lexicon.experienceWords.get(word) ?? 1);
    if (found.size >= 20) break;
  }
  const tokenRe = /\p{L}[\p{L}']*/gu;
  for (let m = tokenRe.exec(text); m && found.size < 20; m = tokenRe.exec(text)) {
    const word = m[0].toLowerCase();
    const v = lexicon.valence.get(word);
    if (v === undefined || v > -2 || !DESCRIBING.test(word) || found.has(word)) continue;
    if (negated(text, m.index, lexicon)) continue;
    found.set(word, Math.abs(v) - 0.5);
  }
  return [...found].map(([word, strength]) => ({ word, strength })).sort((a, b) => b.strength - a.strength);
}
