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

// Adjectives and participles fit "I'm sorry it was so ___"; nouns ("fraud") are their words too, ranked after.
const DESCRIBING = /(?:ing|ed|ful|ous|ible|able|ive|y)$/;
/** Per message: enough for the panel and the phrases, bounded whatever the text. */
const MAX_PER_MESSAGE = 20;
const MAX_PHRASE = 60;

/** Whether one of the three words before `index` in the same clause negates it ("not frustrating"). */
function negated(text: string, index: number, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const clause = before.split(/[.!?;:,\n]/).pop() ?? '';
  // "not only illegal", "not just slow": the word stands, and more is coming.
  if (/\b(?:not|no) (?:only|just|merely|simply)\s+$/i.test(clause)) return false;
  return words(clause).slice(-3).some((w) => lexicon.negators.has(w));
}

/** A word they masked ("s****y", "f******"): their word, however they spelled it. */
const MASKED = /(?<![\p{L}\p{N}*])\p{L}{1,3}\*{2,}\p{L}{0,4}(?![\p{L}\p{N}*])/gu;

/**
 * The words one message uses for its experience, strongest first: the lexicon's own list,
 * their multi-word verdicts ("extremely poor customer service"), strong and profane words,
 * and any other word the valence list reads as clearly negative.
 */
export function messageWords(text: string, lexicon: Lexicon): TheirWord[] {
  const found = new Map<string, number>();
  const take = (re: RegExp, strength: (word: string) => number, checkNegation = true) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.size < MAX_PER_MESSAGE; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const word = m[0].toLowerCase().replace(/\s+/g, ' ').trim();
      if (word.length > MAX_PHRASE || found.has(word) || (checkNegation && negated(text, m.index, lexicon))) continue;
      found.set(word, strength(word));
    }
  };
  take(experiencePattern(lexicon), (w) => lexicon.experienceWords.get(w) ?? 1);
  // A verdict in their own words outranks a single word inside it.
  take(lexicon.experiencePhrases, () => 4.5, false);
  take(lexicon.extremeWords, () => 4);
  take(lexicon.strongWords, () => 3.5);
  take(lexicon.profanity.strong, () => 3.5, false);
  take(lexicon.profanity.mild, () => 2, false);
  take(MASKED, () => 3.5, false);
  const tokenRe = /\p{L}[\p{L}'*]*/gu;
  for (let m = tokenRe.exec(text); m && found.size < MAX_PER_MESSAGE; m = tokenRe.exec(text)) {
    const word = m[0].toLowerCase();
    const v = lexicon.valence.get(word);
    if (v === undefined || v > -2 || found.has(word) || negated(text, m.index, lexicon)) continue;
    found.set(word, Math.abs(v) - (DESCRIBING.test(word) ? 0.5 : 1.5));
  }
  // A word already inside a longer verdict adds nothing the agent does not see.
  const list = [...found].map(([word, strength]) => ({ word, strength }));
  return list
    .filter((w) => !list.some((o) => o !== w && o.word.length > w.word.length && o.strength >= w.strength - 1 && o.word.includes(w.word)))
    .sort((a, b) => b.strength - a.strength);
}
