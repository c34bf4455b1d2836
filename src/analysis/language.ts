import { lexicons, type Lexicon } from './lexicon/index.ts';
import { words } from './text.ts';

export type Reading =
  /** A language we read. */
  | { kind: 'read'; lexicon: Lexicon }
  /** Letters in a language we do not read: its heat is unknown, not calm. */
  | { kind: 'foreign' }
  /** No words at all (empty, emoji, numbers): nothing to go on either way. */
  | { kind: 'empty' };

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Enough of the text to tell its language; reading more adds cost and no certainty. */
const SAMPLE_CHARS = 4_000;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * Which of our languages this text is in. Scripts other than Latin are foreign to
 * every lexicon we ship; Latin text must use enough of a language's function words.
 */
export function readingOf(text: string): Reading {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = count(LETTER, sample);
  if (letters === 0) return { kind: 'empty' };
  if (count(LATIN, sample) / letters < 0.6) return { kind: 'foreign' };

  const tokens = words(sample);
  if (tokens.length === 0) return { kind: 'empty' };
  let best: Lexicon | null = null;
  let bestScore = 0;
  for (const lexicon of lexicons) {
    let hits = 0;
    for (const t of tokens) {
      if (lexicon.functionWords.has(t)) hits++;
      // Words with a feeling ("nightmare", "happy") are weaker evidence of the language, but evidence.
      else if (lexicon.negators.has(t) || (lexicon.valence.get(t) ?? 0) !== 0) hits += 0.5;
    }
    const share = hits / tokens.length;
    const enough = tokens.length < 5 ? hits >= 0.5 : share >= 0.12 && hits >= 1.5;
    if (enough && share > bestScore) {
      best = lexicon;
      bestScore = share;
    }
  }
  // One or two words we do not know ("Refund.", "Bonjour") are too little to call the text foreign.
  if (!best && tokens.length < 3) return { kind: 'empty' };
  return best ? { kind: 'read', lexicon: best } : { kind: 'foreign' };
}
