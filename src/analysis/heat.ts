import type { HeatLevel, HeatReason } from './types.ts';
import type { Lexicon } from './lexicon/types.ts';
import { clauses, clip, words } from './text.ts';

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

/** Points per signal. A message scoring under 1 is calm; see `levelOf` for the bands. */
const POINTS = {
  capitalsSome: 0.75,
  capitalsMost: 2,
  exclaimRun: 1,
  exclaimMany: 1.5,
  exclaimSingles: 0.5,
  profanity: 2.5,
  profanityMild: 1,
  profanityEach: 0.5,
  strongFirst: 1.5,
  strongEach: 0.75,
  strongMax: 3,
  intensified: 0.5,
  repeat: 1.5,
  repeatEach: 0.5,
  repeatMax: 2.25,
  grievance: 1,
  demand: 0.75,
  threat: 1.5,
  threatMax: 2.5,
  toneMild: 1,
  toneStrong: 1.5,
  toneSevere: 2,
} as const;

const MAX_REASONS_PER_CODE = 3;

/** Score bands: 0 calm, 1 annoyed, 2 upset, 3 furious. */
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

/** Negative valence of the text, with negation: "not happy" counts against, "not bad" counts for nothing. */
export function tone(text: string, lexicon: Lexicon): { sum: number; positive: number; negative: string[] } {
  let sum = 0;
  let positive = 0;
  const negative: string[] = [];
  for (const clause of clauses(text)) {
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
  }
  return { sum, positive, negative };
}

/** The heat of one message already stripped of quoted text. */
export function messageHeat(text: string, lexicon: Lexicon): MessageHeat {
  let score = 0;
  const reasons: HeatReason[] = [];
  const add = (code: string, evidence: string[]) => {
    for (const e of unique(evidence).slice(0, MAX_REASONS_PER_CODE)) reasons.push({ code, evidence: clip(e) });
  };

  const caps = capitals(text);
  if (caps.shouted.length >= 4 && caps.share >= 0.5) score += POINTS.capitalsMost;
  else if (caps.shouted.length >= 2 || (caps.shouted.length === 1 && caps.share < 0.5)) score += POINTS.capitalsSome;
  if (caps.shouted.length > 0 && !(caps.shouted.length === 1 && caps.share >= 0.5)) add('capitals', [caps.shouted.slice(0, 6).join(' ')]);

  const runs = matches(/[!?]*![!?]+|\?{2,}/g, text);
  const singles = matches(/!/g, text, 50).length;
  if (runs.length >= 3 || runs.some((r) => r.length >= 4) || (runs.length > 0 && singles >= 6)) score += POINTS.exclaimMany;
  else if (runs.length > 0) score += POINTS.exclaimRun;
  else if (singles >= 3) score += POINTS.exclaimSingles;
  if (runs.length > 0 || singles >= 3) add('exclamations', [runs.length > 0 ? runs.sort((a, b) => b.length - a.length)[0] ?? '!' : '!'.repeat(Math.min(singles, 10))]);

  const strongSwears = matches(lexicon.profanity.strong, text).concat(
    matches(maskedProfanity(lexicon), text).filter((m) => /[*#@$%!.1_-]/.test(m)),
  );
  const mildSwears = matches(lexicon.profanity.mild, text);
  const swears = unique([...strongSwears, ...mildSwears]);
  if (swears.length > 0) {
    score += strongSwears.length > 0 ? POINTS.profanity : POINTS.profanityMild;
    score += Math.min(1, (swears.length - 1) * POINTS.profanityEach);
    add('profanity', swears);
  }

  const strong = unique(matches(lexicon.strongWords, text));
  if (strong.length > 0) {
    score += Math.min(POINTS.strongMax, POINTS.strongFirst + (strong.length - 1) * POINTS.strongEach);
    if (intensified(text, strong, lexicon)) score += POINTS.intensified;
    add('strong_words', strong);
  }

  const repeats = unique(matches(lexicon.repeatContact, text));
  if (repeats.length > 0) {
    score += Math.min(POINTS.repeatMax, POINTS.repeat + (repeats.length - 1) * POINTS.repeatEach);
    add('repeat_contact', repeats);
  }

  const grievances = unique(matches(lexicon.grievances, text));
  if (grievances.length > 0) {
    score += POINTS.grievance;
    add('grievance', grievances);
  }

  const demands = unique(matches(lexicon.demands, text));
  if (demands.length > 0) {
    score += POINTS.demand;
    add('demand', demands);
  }

  const threats = unique(matches(lexicon.threats, text));
  if (threats.length > 0) {
    score += Math.min(POINTS.threatMax, POINTS.threat + (threats.length - 1) * 0.5);
    add('threat', threats);
  }

  const { sum, positive, negative } = tone(text, lexicon);
  const toneScore = sum <= -9 ? POINTS.toneSevere : sum <= -5 ? POINTS.toneStrong : sum <= -2 ? POINTS.toneMild : 0;
  if (toneScore > 0) {
    score += toneScore;
    add('negative_tone', [negative.join(', ')]);
  }
  return { score, reasons, settled: score < 1 && positive >= 3 };
}
