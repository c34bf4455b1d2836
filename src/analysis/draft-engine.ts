/**
 * The machinery the draft checker's rule lists share (English in draft.ts, Spanish in
 * draft-es.ts): a rule is a bounded regular expression, a kind, a calmer rewrite for
 * the matched span and, where words alone are not enough, a guard that reads the
 * text around the match.
 */
import type { DraftFinding, DraftFindingKind } from './types.ts';

/**
 * In a rule's source a bare `(` groups without capturing, "(a|b)" for "(?:a|b)": a rule
 * reads only the whole match, and the sources stay short. Lookarounds keep their `(?`.
 */
export function groups(source: string): string {
  return source.replace(/\((?!\?)/g, '(?:');
}

/** More than this many findings is noise for the agent and a risk for the UI. */
export const MAX_FINDINGS = 50;

export type Rewrite = string | ((span: string, text: string, end: number) => string);

export interface Rule {
  kind: DraftFindingKind;
  /** Must be global. `match[0]` is the flagged span (trailing spaces and commas are trimmed off). */
  pattern: RegExp;
  rewrite: Rewrite;
  /** Keep a trailing comma in the span (normally trimmed off with trailing spaces). */
  keepComma?: boolean;
  /** Words that may open the flagged clause (must end with `$`): found just before the match, they join its span. */
  lead?: RegExp;
  /** Keep the match only if this says so (reads the text around it; must be cheap). */
  when?: (text: string, start: number, end: number) => boolean;
}

/** The sentence the position `start` sits in, up to `start` (at most `max` characters back). */
export function sentenceBefore(text: string, start: number, max = 200): string {
  const from = Math.max(0, start - max);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** The rest of the sentence from `end` (at most `max` characters on). */
export function sentenceAfter(text: string, end: number, max = 200): string {
  const after = text.slice(end, end + max);
  const cut = after.search(/[.!?\n]/);
  return cut < 0 ? after : after.slice(0, cut);
}

/** True when only spaces, quotes, brackets or list marks stand between the sentence start and `start`. */
export function atSentenceStart(text: string, start: number): boolean {
  return /^[\s"'“‘(*\-–—>¡¿]*$/.test(sentenceBefore(text, start, 40));
}

/** Match the rewrite's first letter to the span's, so a sentence start stays capitalised. */
export function matchCase(span: string, rewrite: string): string {
  if (!rewrite) return rewrite;
  const first = span.charAt(0);
  const upper = first.toLocaleUpperCase();
  if (first !== first.toLocaleLowerCase() && first === upper) return rewrite.charAt(0).toLocaleUpperCase() + rewrite.slice(1);
  if (/^I\b/.test(rewrite)) return rewrite;
  return rewrite.charAt(0).toLocaleLowerCase() + rewrite.slice(1);
}

/** Per rule; stops a pathological draft from building a huge list before overlaps are resolved. */
const MAX_MATCHES_PER_RULE = MAX_FINDINGS * 4;

/**
 * Scanning the whole draft with every rule is what costs (over 100 rules, each read at
 * every position of a 2,000-word draft), so a rule is tried only where a match could
 * start: at the words its pattern can open with. Word starts are filed under keys: a
 * word's first KEY_LETTERS letters as a number (a-z as 1-26, base 27), alone and paired
 * with the next word's, so "you should" is tried where "you sho" stands, not at every "you".
 * Three letters keep a pair's key a small integer, which a Map files fastest.
 */
const KEY_LETTERS = 3;
const PAIR = 27 ** KEY_LETTERS;
/** Above this length every rule scans the whole text as it used to: the index would cost more than it saves. */
const INDEX_TEXT_LIMIT = 60_000;

function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < KEY_LETTERS && i < word.length; i++) key = key * 27 + (word.charCodeAt(i) | 32) - 96;
  return key;
}

/** Where each run of ASCII letters starts, under its key and under its key paired with the next run's (keys in `wanted` only). */
function wordStarts(text: string, wanted: Set<number>): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  const file = (key: number, at: number) => wanted.has(key) && (starts.get(key)?.push(at) ?? starts.set(key, [at]));
  let start = -1;
  let key = 0;
  let last = 0;
  let lastStart = 0;
  for (let i = 0; i <= text.length; i++) {
    // `| 32` lowercases A-Z and moves nothing else into a-z (past the end it gives 32).
    const c = text.charCodeAt(i) | 32;
    if (c > 96 && c < 123) {
      if (start < 0) [start, key] = [i, 0];
      if (i - start < KEY_LETTERS) key = key * 27 + c - 96;
    } else if (start >= 0) {
      file(key, start);
      if (last) file(last * PAIR + key, lastStart);
      [last, lastStart, start] = [key, start, -1];
    }
  }
  return starts;
}

/** The quantifier at `i` in a pattern's source ("" if none). */
function quantifier(source: string, i: number): string {
  return '?*+{'.includes(source[i] ?? '-') ? (/^(?:[?*+]|\{[\d,]*\})\??/.exec(source.slice(i, i + 12))?.[0] ?? '') : '';
}

/**
 * The keys of the words a match can open with, read off the pattern: "you (should|were
 * supposed to)" is keyed by the pairs you+sho and you+wer; a first word followed by more
 * than a gap and a plain word ("the [\w-]+") by its own key. Null when a match may open
 * with anything but an ASCII letter after a word boundary, or with a word too short to
 * key: such a rule scans the whole text.
 */
function startKeys({ source, unicode }: RegExp): number[] | null {
  // With the u flag "s" also matches "ſ" and \b knows letters beyond ASCII; a class
  // holding `]` would be misread.
  if (unicode || !source.startsWith('\\b(') || source.includes('\\]')) return null;
  // Where each group closes, and the `|` of each group (by the index of its `(`).
  const close: number[] = [];
  const bars: number[][] = [];
  const owner: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = source.indexOf(']', i);
    else if (c === '(') {
      open.push(i);
      bars[i] = [];
    } else if (c === ')') close[open.pop()!] = i;
    else if (c === '|') bars[(owner[i] = open.at(-1)!)]?.push(i);
  }
  // An alternative outside the opening group would not start at its \b.
  if (close[2] !== source.length - 1) return null;
  const keys = new Set<number>();
  let unkeyed = false;
  const key = (word: string, whole: boolean) => (whole || word.length >= KEY_LETTERS ? wordKey(word) : 0);
  // The match goes on in a way not followed here: key what was read.
  const stop = (word: string, first: number, whole: boolean) => {
    const second = word && key(word, whole);
    if (first) keys.add(second ? first * PAIR + second : first);
    else if (second) keys.add(second);
    else unkeyed = true;
  };
  // `word` is the word being read, `first` the key of the one before it (0 while reading the first).
  const walk = (i: number, word: string, first: number): void => {
    while (!unkeyed) {
      const c = source[i];
      if (c === undefined) return stop(word, first, false);
      if (c === '|') {
        i = close[owner[i]!]!;
        continue;
      }
      if (c === ')') {
        i += 1 + quantifier(source, i + 1).length;
        continue;
      }
      if (c === '(') {
        const end = close[i]!;
        const q = quantifier(source, end + 1);
        // A lookaround consumes nothing: passing over it only lets more starts through.
        if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
          i = end + 1 + q.length;
          continue;
        }
        if (source[i + 1] === '?' && source[i + 2] !== ':') return stop(word, first, false);
        if (q && q[0] !== '?') return stop(word, first, false);
        if (q) walk(end + 1 + q.length, word, first);
        for (const bar of [i + (source[i + 1] === '?' ? 2 : 0), ...bars[i]!]) walk(bar + 1, word, first);
        return;
      }
      if (/[a-z]/i.test(c)) {
        const q = quantifier(source, i + 1);
        if (q && q[0] !== '?') return stop(word, first, false);
        if (q) walk(i + 1 + q.length, word, first);
        word += c.toLowerCase();
        i += 1 + q.length;
        continue;
      }
      let size = 1;
      if (c === '\\') {
        size = 2;
        const escaped = source[i + 1]!;
        if (escaped === 'b') {
          // After letters a boundary ends the word.
          i += 2;
          if (word && first) return stop(word, first, true);
          if (word) [first, word] = [key(word, true), ''];
          continue;
        }
        // \w, \S, \p{…}, \1 and the like may match letters; \s, \d, \n and \? never do.
        if (/\w/.test(escaped) && !'sdn'.includes(escaped)) return stop(word, first, false);
      } else if (c === '[') {
        // A class may match letters if negated, if it names any or if it holds a range.
        size = source.indexOf(']', i) + 1 - i;
        if (/[\^a-z-]/i.test(source.slice(i + 1, i + size - 1).replace(/\\[sn]/g, ''))) return stop(word, first, false);
      } else if ('.^$'.includes(c)) return stop(word, first, false);
      // Never a letter: it ends the word in hand (unless it may match nothing).
      const q = quantifier(source, i + size);
      if (/^(?:[?*]|\{0)/.test(q)) walk(i + size + q.length, word, first);
      i += size + q.length;
      if (word && first) return stop(word, first, true);
      if (word) [first, word] = [key(word, true), ''];
      else if (!first) unkeyed = true;
    }
  };
  walk(0, '', 0);
  return unkeyed ? null : [...keys];
}

const plans = new WeakMap<Rule, [keys: number[] | null, sticky: RegExp]>();

function planOf(rule: Rule): [keys: number[] | null, sticky: RegExp] {
  let plan = plans.get(rule);
  if (!plan) plans.set(rule, (plan = [startKeys(rule.pattern), new RegExp(rule.pattern.source, `${rule.pattern.flags}y`)]));
  return plan;
}

const wanted = new WeakMap<readonly Rule[], Set<number>>();

/** Every key some rule of the list is keyed by: on the bench draft, a sixth of the word starts and pairs. */
function wantedKeys(rules: readonly Rule[]): Set<number> {
  let keys = wanted.get(rules);
  if (!keys) wanted.set(rules, (keys = new Set(rules.flatMap((rule) => planOf(rule)[0] ?? []))));
  return keys;
}

/**
 * The matches a global scan of the rule's pattern finds, one per call, in order. A keyed
 * rule is tried (by a sticky copy) only at the word starts its keys allow, which finds the
 * same matches: a match can start nowhere else, and a scan resumes where the match before
 * it ends.
 */
function matches(rule: Rule, text: string, starts: () => Map<number, number[]> | null): () => RegExpExecArray | null {
  const { pattern } = rule;
  const [keys, sticky] = planOf(rule);
  const index = keys && starts();
  pattern.lastIndex = 0;
  if (!keys || !index) {
    return () => {
      const match = pattern.exec(text);
      if (match?.[0] === '') pattern.lastIndex++;
      return match;
    };
  }
  const found: RegExpExecArray[] = [];
  for (const key of keys) {
    for (const at of index.get(key) ?? []) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match) found.push(match);
    }
  }
  found.sort((a, b) => a.index - b.index);
  let i = 0;
  let from = 0;
  return () => {
    while (i < found.length && found[i]!.index < from) i++;
    const match = found[i++];
    if (!match) return null;
    from = match.index + match[0].length;
    return match;
  };
}

/**
 * Run a rule list over the text: sorted, non-overlapping findings, at most MAX_FINDINGS.
 * `scanAll` has every rule scan the whole text (what the word index must agree with).
 */
export function runRules(rules: readonly Rule[], text: string, scanAll = false): DraftFinding[] {
  const candidates: DraftFinding[] = [];
  let index: Map<number, number[]> | null | undefined;
  const starts = () => (index ??= !scanAll && text.length <= INDEX_TEXT_LIMIT ? wordStarts(text, wantedKeys(rules)) : null);
  for (const rule of rules) {
    try {
      const next = matches(rule, text, starts);
      let count = 0;
      for (let match = next(); match !== null && count < MAX_MATCHES_PER_RULE; match = next()) {
        const raw = match[0];
        if (raw.length === 0) continue;
        let span = raw.replace(rule.keepComma ? /\s+$/ : /[\s,]+$/, '');
        let start = match.index;
        const end = start + span.length;
        if (span.length === 0 || (rule.when && !rule.when(text, start, end))) continue;
        if (rule.lead) {
          const before = text.slice(Math.max(0, start - 24), start);
          const lead = rule.lead.exec(before);
          if (lead) {
            start -= lead[0].length;
            span = text.slice(start, end);
          }
        }
        const rewrite = typeof rule.rewrite === 'string' ? rule.rewrite : rule.rewrite(span, text, end);
        candidates.push({ start, end, kind: rule.kind, rewrite: matchCase(span, rewrite) });
        count++;
      }
    } catch {
      // A rule that trips on strange input is skipped; the others still report.
    } finally {
      rule.pattern.lastIndex = 0;
    }
  }
  // Earliest first; at one start the longer span wins (it carries the fuller rewrite).
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: DraftFinding[] = [];
  let lastEnd = 0;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    findings.push(candidate);
    lastEnd = candidate.end;
    if (findings.length >= MAX_FINDINGS) break;
  }
  return findings;
}
