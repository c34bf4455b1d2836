import type { HeatLevel, HeatReason } from './types.ts';
import type { Lexicon } from './lexicon/types.ts';
import { clauses, clip, words } from './text.ts';
import { heatModel, scoreOf, type HeatModel } from './heat-model.ts';

/** How hot one customer message reads: a score (0 = calm) and the evidence behind it. */
export interface MessageHeat {
  score: number;
  reasons: HeatReason[];
  /** Calm and warm ("thanks, that's sorted"): earlier anger has been answered. */
  settled: boolean;
}

/** Shouted words that are not shouting: acronyms customers type in capitals anyway. */
const ACRONYMS = new Set(
  ('asap usa uk eu faq pdf ups dhl usps fedex tnt gls dpd id ok okay tv pc usb gps sms vat iban pin otp api url ' +
    'www http https html cc bcc fyi eta etc am pm gmt utc est pst cet ceo cto hr it ai ios nyc la dm pr rma ' +
    'sku qr diy vip atm bbb wtf omg lol sim wifi uber ikea bmw hp ibm lg sd hd led lcd tba tbc ps nb re fw fwd ' +
    'aka vs mr mrs ms dr jr sr st ave rd co ltd llc inc plc gb mb kb tb ram cpu gpu dvd cd').split(' '),
);

const MAX_REASONS_PER_CODE = 3;

/** Score bands: 0 calm, 1 annoyed, 2 upset, 3 furious (`scoreOf` maps the model onto them). */
export function levelOf(score: number): HeatLevel {
  if (score < 1) return 0;
  if (score < 2.5) return 1;
  if (score < 4.5) return 2;
  return 3;
}

function matches(re: RegExp, text: string, limit = 20): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    out.push(m[0]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Distinct evidence, compared without case or spacing, kept as the customer wrote it. */
function unique(list: string[]): string[] {
  const seen = new Map<string, string>();
  for (const item of list) {
    const key = item.toLowerCase().replace(/\s+/g, ' ');
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

/** "f***", "sh!t", "p*ssed": a root with some inner letters swapped for symbols. */
function maskedPattern(roots: readonly string[]): RegExp {
  const mask = '[*#@$%!.1_-]';
  const alts = roots.map((root) => {
    const [first, ...rest] = [...root];
    return `${first}${rest.map((c) => `(?:${c}|${mask})`).join('')}`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?:ing|ed|in|s)?(?![\\p{L}\\p{N}*#@$%])`, 'giu');
}

const maskedCache = new WeakMap<Lexicon, RegExp>();
function maskedProfanity(lexicon: Lexicon): RegExp {
  let re = maskedCache.get(lexicon);
  if (!re) {
    re = maskedPattern(lexicon.maskedRoots);
    maskedCache.set(lexicon, re);
  }
  return re;
}

function capitals(text: string): { shouted: string[]; share: number } {
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? [];
  let cased = 0;
  const shouted: string[] = [];
  for (const t of tokens) {
    // Codes like "RR123456GB" are capitals without shouting.
    if (t.length < 2 || /\p{N}/u.test(t) || t.toLowerCase() === t.toUpperCase()) continue;
    cased++;
    if (t === t.toUpperCase() && !ACRONYMS.has(t.toLowerCase())) shouted.push(t);
  }
  return { shouted, share: cased === 0 ? 0 : shouted.length / cased };
}

/** Whether any strong word comes right after an intensifier ("absolutely livid"). */
function intensified(text: string, strong: string[], lexicon: Lexicon): boolean {
  const lower = text.toLowerCase();
  return strong.some((word) => {
    const at = lower.indexOf(word.toLowerCase());
    return at > 0 && new RegExp(`${lexicon.intensifiers}\\s+$`, 'iu').test(lower.slice(Math.max(0, at - 20), at));
  });
}

/** Whether a swear or a hard word sits within a few words after "you"/"your": abuse aimed at the reader. */
function aimedAtReader(text: string, hard: readonly string[], lexicon: Lexicon): boolean {
  if (hard.length === 0) return false;
  const lower = text.toLowerCase();
  return hard.some((word) => {
    const at = lower.indexOf(word.toLowerCase());
    if (at < 0) return false;
    const before = lower.slice(Math.max(0, at - 30), at);
    lexicon.secondPerson.lastIndex = 0;
    return lexicon.secondPerson.test(before);
  });
}

/** Negative valence of the text, with negation: "not happy" counts against, "not bad" counts for nothing. */
export function tone(text: string, lexicon: Lexicon): { sum: number; positive: number; negative: string[]; negativeClauses: number } {
  let sum = 0;
  let positive = 0;
  let negativeClauses = 0;
  const negative: string[] = [];
  for (const clause of clauses(text)) {
    const before = sum;
    const tokens = words(clause);
    let negatedFor = 0;
    let negator = '';
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      if (lexicon.negators.has(t)) {
        negatedFor = 3;
        negator = t;
        continue;
      }
      const pair = i + 1 < tokens.length ? `${t} ${tokens[i + 1]}` : '';
      let v = pair ? lexicon.valence.get(pair) : undefined;
      let word = pair;
      if (v === undefined) {
        v = lexicon.valence.get(t) ?? 0;
        word = t;
      } else i++;
      if (negatedFor > 0) {
        negatedFor--;
        if (v > 0) word = `${negator} ${word}`;
        v = v > 0 ? -v : 0;
      }
      // Only the negative side counts: "a gift" or "love the product" does not cancel "annoying".
      if (v < 0) sum += v;
      else positive += v;
      if (v <= -2 && negative.length < 5 && !negative.includes(word)) negative.push(word);
    }
    if (sum < before) negativeClauses++;
  }
  return { sum, positive, negative, negativeClauses };
}

/** What one message shows, as named numbers for the model, and the evidence a person can read. */
export interface HeatSignals {
  features: Map<string, number>;
  reasons: HeatReason[];
  positive: number;
}

const BAND = (n: number, max: number) => Math.min(n, max) / max;

/**
 * The cues of one message already stripped of quoted text: what a support lead would
 * point at ("third contact", "threatens a chargeback"), and the same cues as features.
 */
export function heatSignals(text: string, lexicon: Lexicon): HeatSignals {
  const features = new Map<string, number>();
  const reasons: HeatReason[] = [];
  const set = (name: string, value: number) => {
    if (value !== 0) features.set(name, value);
  };
  const add = (code: string, evidence: string[]) => {
    for (const e of unique(evidence).slice(0, MAX_REASONS_PER_CODE)) reasons.push({ code, evidence: clip(e) });
  };

  const caps = capitals(text);
  const shouting = caps.shouted.length >= 4 && caps.share >= 0.5;
  set('caps_most', shouting ? 1 : 0);
  set('caps_some', !shouting && (caps.shouted.length >= 2 || (caps.shouted.length === 1 && caps.share < 0.5)) ? 1 : 0);
  if (caps.shouted.length > 0 && !(caps.shouted.length === 1 && caps.share >= 0.5)) add('capitals', [caps.shouted.slice(0, 6).join(' ')]);

  const runs = matches(/[!?]*![!?]+|\?{2,}/g, text);
  const singles = matches(/!/g, text, 50).length;
  set('exclaim_runs', BAND(runs.length, 3));
  set('exclaim_long', runs.some((r) => r.length >= 4) ? 1 : 0);
  set('exclaim_singles', BAND(singles, 6));
  if (runs.length > 0 || singles >= 3) add('exclamations', [runs.length > 0 ? runs.sort((a, b) => b.length - a.length)[0] ?? '!' : '!'.repeat(Math.min(singles, 10))]);

  const strongSwears = matches(lexicon.profanity.strong, text).concat(
    matches(maskedProfanity(lexicon), text).filter((m) => /[*#@$%!.1_-]/.test(m)),
  );
  const mildSwears = matches(lexicon.profanity.mild, text);
  set('profanity_strong', strongSwears.length > 0 ? 1 : 0);
  set('profanity_more', strongSwears.length >= 2 ? 1 : 0);
  set('profanity_mild', mildSwears.length > 0 ? 1 : 0);
  if (strongSwears.length + mildSwears.length > 0) add('profanity', [...strongSwears, ...mildSwears]);

  const strong = unique(matches(lexicon.strongWords, text));
  set('strong_any', strong.length > 0 ? 1 : 0);
  set('strong_more', BAND(Math.max(0, strong.length - 1), 3));
  set('intensified', intensified(text, strong, lexicon) ? 1 : 0);
  if (strong.length > 0) add('strong_words', strong);

  const extreme = unique(matches(lexicon.extremeWords, text));
  set('extreme_any', extreme.length > 0 ? 1 : 0);
  set('extreme_more', BAND(Math.max(0, extreme.length - 1), 2));
  if (extreme.length > 0 && strong.length === 0) add('strong_words', extreme);
  set('mild_any', matches(lexicon.mildWords, text).length > 0 ? 1 : 0);
  set('abuse', aimedAtReader(text, [...strongSwears, ...extreme], lexicon) ? 1 : 0);

  const cue = (name: string, re: RegExp, code: string, max = 3) => {
    const found = unique(matches(re, text));
    set(`${name}_any`, found.length > 0 ? 1 : 0);
    if (max > 1) set(`${name}_more`, BAND(Math.max(0, found.length - 1), max - 1));
    if (found.length > 0) add(code, found);
  };
  cue('repeat', lexicon.repeatContact, 'repeat_contact');
  cue('waited', lexicon.waited, 'time_waited', 2);
  cue('grievance', lexicon.grievances, 'grievance');
  cue('demand', lexicon.demands, 'demand', 1);
  cue('deadline', lexicon.deadlines, 'deadline', 1);
  cue('sarcasm', lexicon.sarcasm, 'sarcasm', 1);
  cue('threat_money', lexicon.threats.money, 'threat_money', 1);
  cue('threat_legal', lexicon.threats.legal, 'threat_legal', 1);
  cue('threat_public', lexicon.threats.public, 'threat_public', 1);
  cue('threat_leave', lexicon.threats.leave, 'threat_leave', 1);
  set('polite', matches(lexicon.politeness, text).length > 0 ? 1 : 0);
  set('request', matches(lexicon.requests, text).length > 0 ? 1 : 0);

  const { sum, positive, negative, negativeClauses } = tone(text, lexicon);
  set('tone', BAND(-sum, 12));
  set('tone_positive', BAND(positive, 9));
  set('failures', BAND(negativeClauses, 5));
  if (sum <= -2) add('negative_tone', [negative.join(', ')]);

  const tokens = words(text);
  set('length', Math.min(1, Math.log10(1 + tokens.length) / 3));
  set('question', /\?\s*$/.test(text.trim()) && sum > -2 ? 1 : 0);
  set('bias', 1);
  for (const t of new Set(tokens)) features.set(`${lexicon.lang}:${t}`, 1);
  return { features, reasons, positive };
}

/** A linear score over the signals: the weights are trained on the corpus's development half (npm run train). */
export function linearScore(features: ReadonlyMap<string, number>, model: HeatModel = heatModel): number {
  let s = 0;
  for (const [name, value] of features) s += (model.weights[name] ?? 0) * value;
  return s;
}

/** The heat of one message already stripped of quoted text. */
export function messageHeat(text: string, lexicon: Lexicon): MessageHeat {
  const { features, reasons, positive } = heatSignals(text, lexicon);
  let score = scoreOf(linearScore(features), heatModel);
  // A level the panel cannot explain is worth less than an honest "calm": words alone never heat a message.
  if (reasons.length === 0) score = Math.min(score, 0.99);
  return { score, reasons, settled: score < 1 && positive >= 3 };
}
