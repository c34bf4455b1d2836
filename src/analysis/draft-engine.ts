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
  /**
   * What the match cannot do without, as cues separated by `|` ("polic|rules"): the rule
   * runs only if, for one of these cues, every word of the cue begins a word of the text
   * ("polic" for "policy", "they don" for "they don't"). A word joined to another
   * ("resubmit", "understaffed") needs its own cue. Leave out when no short list is
   * certain: cues only save time.
   */
  cues?: string;
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

/** Above this length the cue check is skipped (every rule runs): it only saves time. */
const CUE_TEXT_LIMIT = 60_000;
/** Prefixes longer than this are not stored; a longer cue word is cut to this length. */
const MAX_PREFIX = 6;

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9'’&\u00c0-\u024f]+/);
}

/** Every word of the text and every prefix of it (2 to MAX_PREFIX letters): "policies" answers the cue "polic". */
function wordPrefixes(text: string): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const token of tokens(text)) {
    if (token.length < 2 || seen.has(token)) continue;
    seen.add(token);
    const word = token.includes('’') ? token.replace(/’/g, "'") : token;
    const top = Math.min(word.length, MAX_PREFIX);
    for (let n = 2; n <= top; n++) out.add(word.slice(0, n));
  }
  return out;
}

const cueCache = new WeakMap<Rule, string[][]>();

/** A rule's cues as word lists (each word cut to MAX_PREFIX), made once per rule. */
function cueWords(rule: Rule): string[][] {
  let words = cueCache.get(rule);
  if (!words) {
    words = (rule.cues?.split('|') ?? []).map((cue) => tokens(cue).filter(Boolean).map((w) => w.slice(0, MAX_PREFIX)));
    cueCache.set(rule, words);
  }
  return words;
}

/** Run a rule list over the text: sorted, non-overlapping findings, at most MAX_FINDINGS. */
export function runRules(rules: readonly Rule[], text: string): DraftFinding[] {
  const candidates: DraftFinding[] = [];
  const present = text.length <= CUE_TEXT_LIMIT ? wordPrefixes(text) : null;
  for (const rule of rules) {
    if (present && rule.cues && !cueWords(rule).some((words) => words.every((w) => w.length < 2 || present.has(w)))) continue;
    try {
      rule.pattern.lastIndex = 0;
      let count = 0;
      let match: RegExpExecArray | null;
      while ((match = rule.pattern.exec(text)) !== null && count < MAX_MATCHES_PER_RULE) {
        const raw = match[0];
        if (raw.length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
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
