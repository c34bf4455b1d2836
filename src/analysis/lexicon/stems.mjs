// The words an inflected English word may come from: "abandoned" → "abandon", "hated" → "hate",
// "worried" → "worry", "stopped" → "stop". Shared by the valence generator and the lexicon, so a
// word left out of the compact list is found again exactly where it was.
const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'ness'];

/** @param {string} word */
export function stemsOf(word) {
  const out = [];
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    out.push(base, `${base}e`);
    if ((suffix === 'ing' || suffix === 'ed') && base.length > 3 && base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
    if ((suffix === 'es' || suffix === 'ed') && base.endsWith('i')) out.push(`${base.slice(0, -1)}y`);
  }
  return out;
}

/**
 * A word's valence: its own entry, else that of the first word it may come from.
 * @param {{ get(word: string): number | undefined }} map
 * @param {string} word
 */
export function lookupValence(map, word) {
  const own = map.get(word);
  if (own !== undefined) return own;
  for (const stem of stemsOf(word)) {
    const v = map.get(stem);
    if (v !== undefined) return v;
  }
  return undefined;
}
