/**
 * The draft checker: spots wording in an agent's reply that the recovery method
 * says never to write (METHOD.md "What never to write") and offers a calmer
 * wording for exactly the flagged span.
 *
 * It is a list of hand-written patterns, not a model: every rule can be read, and a
 * false alarm can be fixed by the next engineer with one more exception. Judgment
 * calls, so the UI and the tests agree on them:
 * - "relax" is always flagged, even in "Please relax and enjoy your new headset":
 *   the word reads as dismissive to an upset customer, and "rest assured" is as warm.
 * - "as I said I would" / "as I mentioned I'd" are promises kept, not brush-offs.
 * - "you should have received / it / a …" tell the customer what to expect and are not
 *   blame; "you must have been / felt / had" are empathy and are not blame.
 * - "sorry to bother you, but" is a polite request, not an apology taken back.
 * - "the company name / address / you ordered from" are not the agent's own team.
 * - Sentence-initial "Actually," is not flagged: it opens good news as often as a correction.
 * Blame and refusal rules replace their whole clause: keeping "you should have read
 * the manual" minus a word would still blame, so the rewrite is a sentence of ownership.
 */
import type { DraftFinding, DraftFindingKind } from './types.ts';

/** More than this many findings is noise for the agent and a risk for the UI. */
export const MAX_FINDINGS = 50;

type Rewrite = string | ((span: string, text: string, end: number) => string);

interface Rule {
  kind: DraftFindingKind;
  /** Must be global. `match[0]` is the flagged span (trailing spaces and commas are trimmed off). */
  pattern: RegExp;
  rewrite: Rewrite;
  /** Keep a trailing comma in the span (normally trimmed off with trailing spaces). */
  keepComma?: boolean;
}

/**
 * Build a case-insensitive global pattern from a readable source: a space stands for
 * any run of whitespace and an apostrophe for either ' or ’.
 */
function rx(source: string): RegExp {
  return new RegExp(`\\b(?:${source.replace(/ /g, '\\s+').replace(/'/g, "['’]")})`, 'gi');
}

/** The rest of the clause, so a blaming sentence is replaced whole. */
const CLAUSE = '[^.!?;\\n]{0,200}';
/** Sentence adverbs that belong to the blaming clause they open. */
const LEAD = "(?:(?:unfortunately|sadly|honestly|frankly|obviously|clearly|to be honest|well|I'm afraid|I am afraid)\\s*,?\\s+)?";

const OWN_IT = 'we could have made this clearer for you';
const OUR_SIDE = 'this could have been clearer on our side';
const HELP_NOW = "I'm sorry this happened, and I'll help put it right";
const WHAT_I_CAN = 'here is what I can do for you';
const UPSET = 'I can hear how upsetting this has been';
const MATTERS = 'I can see how much this matters to you';
const RECAP = 'to recap';

const rules: Rule[] = [
  // --- blame -------------------------------------------------------------------
  {
    kind: 'blame',
    // "you should have received / it / a refund by Friday" tells them what to expect.
    pattern: rx(
      `${LEAD}you (?:should(?: have|'ve)|were supposed to|was supposed to|needed to|had to)(?! (?:already )?(?:received?|receive|gotten|got|get|been|be|had|heard|it|them|this|that|one|a|an|the|your|access|everything|full|no|some|by)\\b)${CLAUSE}`,
    ),
    rewrite: OWN_IT,
  },
  {
    kind: 'blame',
    pattern: rx(`${LEAD}(?:you (?:didn't|did not|don't|do not|never|haven't|have not|obviously didn't|clearly didn't) (?:read|follow|check|look|notice|see|pay attention)|if you(?:'d| had) (?:bothered to |taken the time to )?(?:read|followed|checked|double-checked|looked|measured|kept)|had you (?:bothered to )?(?:read|followed|checked|double-checked|looked|measured|kept)|(?:if )?you(?:'d| had)? bothered to)\\b${CLAUSE}`),
    rewrite: OUR_SIDE,
  },
  {
    kind: 'blame',
    pattern: rx(`${LEAD}you (?:failed to|forgot to|neglected to|ignored|misread|misunderstood|got it wrong|must have (?!(?:been|felt|had|gone through)\\b))${CLAUSE}`),
    rewrite: OWN_IT,
  },
  {
    kind: 'blame',
    pattern: rx(`${LEAD}(?:(?:that|it|this)(?:'s| is| was) (?:entirely |all |completely )?your (?:own )?fault|(?:that|it|this)(?:'s| is| was) (?:a )?user error|you only have yourself to blame|your own fault)${CLAUSE}`),
    rewrite: 'this is not the experience we want for you',
  },
  {
    kind: 'blame',
    pattern: rx(`(?:you're|you are) being (?:unreasonable|rude|difficult|aggressive|abusive)${CLAUSE}`),
    rewrite: MATTERS,
  },
  {
    kind: 'blame',
    pattern: rx('you (?:should|need to|have to|must) (?:re-?read|read)'),
    rewrite: 'you may find it helpful to read',
  },
  {
    kind: 'blame',
    pattern: rx('clearly (states|stated|says|said|mentions|mentioned|shows|showed|explains|explained|written|marked|labelled|labeled)\\b'),
    rewrite: (span) => span.replace(/^clearly\s+/i, ''),
  },
  {
    kind: 'blame',
    pattern: rx('as you (?:should|ought to) (?:know|have known|be aware)'),
    rewrite: RECAP,
  },

  // --- defensive ---------------------------------------------------------------
  {
    kind: 'defensive',
    pattern: rx(`${LEAD}(?:(?:that|it|this)(?:'s| is| was|'s simply| is simply) not (?:our|my) (?:fault|problem|responsibility|job|department|area)|(?:that|it|this) (?:isn't|wasn't) (?:our|my) (?:fault|problem|responsibility|job|department|area)|we (?:are|were|'re) not (?:responsible|liable|to blame)|we (?:cannot|can't|can not) be (?:held )?(?:responsible|liable))${CLAUSE}`),
    rewrite: HELP_NOW,
  },
  {
    kind: 'defensive',
    pattern: rx(`${LEAD}(?:there(?:'s| is) (?:nothing|not much|little)(?: more| else)? (?:I|we) can do|(?:I|we) (?:can't|cannot|can not) do anything(?: more| else)?|(?:it's|it is|this is|that's|that is) out of (?:my|our) hands|my hands are tied|I just work here|I'm just the messenger|rules are rules)${CLAUSE}`),
    rewrite: WHAT_I_CAN,
  },
  {
    kind: 'defensive',
    pattern: rx("(?:our|company|the) policy (?:is that|states that|says that|states|says|dictates that|dictates|requires that|is clear that)"),
    rewrite: 'normally,',
  },
  {
    kind: 'defensive',
    pattern: rx('(?:our|company|the) policy is to'),
    rewrite: 'we usually',
  },
  {
    kind: 'defensive',
    pattern: rx("(?:our|company|the) policy (?:doesn't|does not) (?:allow|permit|cover)"),
    rewrite: "we can't usually offer",
  },
  {
    kind: 'defensive',
    pattern: rx('(?:against|outside(?: of)?|not within|not in line with) (?:our |company |the )?(?:policy|policies|rules)'),
    rewrite: 'outside what we usually offer',
  },
  {
    kind: 'defensive',
    pattern: rx('(?:(?:as )?per|according to) (?:our|company|the) (?:policy|policies|rules)'),
    rewrite: 'normally',
  },
  {
    kind: 'defensive',
    pattern: rx('as (?:clearly )?(?:stated|outlined|explained|written|set out) in (?:our|the) (?:terms(?: and conditions)?|t&cs|policy|faq|website)'),
    rewrite: 'for reference',
  },
  {
    kind: 'defensive',
    pattern: rx("(?:that's|that is|this is|that isn't|this isn't)(?: simply)? (?:not )?(?:true|correct|incorrect|what happened|how it works)(?=[\\s,.!;]|$)"),
    rewrite: "let me share what I'm seeing on our side",
  },
  {
    kind: 'defensive',
    pattern: rx("(?:you're|you are) (?:wrong|mistaken|incorrect)|that never happened"),
    rewrite: "let me share what I'm seeing on our side",
  },
  {
    kind: 'defensive',
    pattern: rx('(?:you (?:have to|need to|must) understand|please understand)(?: that)?'),
    rewrite: 'to be open with you,',
  },

  // --- minimizing --------------------------------------------------------------
  {
    kind: 'minimizing',
    pattern: rx('(?:(?:please|just|try to) )?(?:calm down|settle down|calm yourself|chill out|chill)'),
    rewrite: 'take all the time you need',
  },
  {
    kind: 'minimizing',
    pattern: rx('(?:(?:please|just) )?relax\\b'),
    rewrite: 'rest assured',
  },
  {
    kind: 'minimizing',
    pattern: rx(`(?:I think |I feel )?(?:(?:you're|you are) (?:overreacting|exaggerating|being (?:dramatic|emotional|hysterical|oversensitive))(?: (?:a little|a bit|slightly))?|(?:there's|there is) no (?:need|reason) to (?:be upset|get upset|be angry|get angry|get so upset|be so upset|shout|yell|panic|be rude)|(?:don't|do not|try not to) (?:be|get) (?:so |too )?(?:upset|angry|mad|worked up)(?: about (?:it|this|that))?)`),
    rewrite: UPSET,
  },
  {
    kind: 'minimizing',
    pattern: rx('(?:these|such) things happen|things like (?:this|that) happen|mistakes happen|it happens (?:sometimes|to everyone|all the time)|it could (?:have been|be) (?:a lot |much )?worse'),
    rewrite: "this shouldn't have happened",
  },
  {
    kind: 'minimizing',
    pattern: rx("(?:(?:it|this|that)(?:'s| is| was|'s really) )?(?:hardly|not) the end of the world"),
    rewrite: 'I know this matters',
  },
  {
    kind: 'minimizing',
    // Only a shrug at size counts: "it's just a quick note" and "it's only fair" are fine.
    pattern: rx(
      "(?:it|this|that)(?:'s| is| was) (?:only|just)(?:(?: (?:an?|the))? (?:small|minor|little|tiny|slight)\\b|(?: (?:an?|the))?(?= (?:few|one|two|couple|cosmetic|typo|glitch|scratch|dent|mark|delay|day|hour|minute|week|[$£€]?\\d))|(?=\\s*[$£€]))",
    ),
    rewrite: (span, text, end) => {
      const subject = /^(\S+?)(?:['’]s|\s+is|\s+was)/i.exec(span);
      const verb = /\swas\s/i.test(span) ? ' was' : /\sis\s/i.test(span) ? ' is' : "'s";
      const article = /\s(an?|the)(?:\s|$)/i.exec(span)?.[1];
      return `${subject?.[1] ?? 'it'}${verb}${article ? ' ' + articleFor(article, text, end) : ''}`;
    },
  },
  {
    kind: 'minimizing',
    pattern: rx('(?:just|only) an? (?:small|minor|little|tiny|slight|silly)\\b|just an? (?=(?:typo|glitch|blip|hiccup|scratch|formality|mix-?up)\\b)'),
    rewrite: (_span, text, end) => articleFor('a', text, end),
  },
  {
    kind: 'minimizing',
    pattern: rx('(?:minor|small|slight|little|tiny) (?:inconvenience|issue|problem|hiccup|delay)'),
    rewrite: (span) => span.replace(/^\S+\s+/, ''),
  },
  {
    kind: 'minimizing',
    pattern: rx("(?:it|this|that)(?:'s| is| was)(?: really)? (?:no big deal|not (?:a|that|such a) big (?:of a )?deal|not a big deal)|(?:it|this|that) (?:isn't|wasn't) (?:a |that |such a )?big (?:of a )?deal|no big deal"),
    rewrite: (span) => {
      const subject = /^(it|this|that)\b/i.exec(span)?.[1];
      return subject ? `${subject} is worth putting right` : 'worth putting right';
    },
  },

  // --- sorry, but --------------------------------------------------------------
  {
    kind: 'sorry_but',
    pattern: rx("(?:sorry|apologi[sz]e|apologies)(?: (?:if|that))? you (?:feel|felt) (?:that way|like that)"),
    rewrite: (span) => `${span.split(/\s/)[0]} this has been so frustrating`,
  },
  {
    kind: 'sorry_but',
    pattern: rx(`(?:sorry|apologi[sz]e|apologies) if you (?:were|are|have been|got) (?:upset|offended|unhappy|disappointed|inconvenienced|annoyed|confused)${CLAUSE}`),
    rewrite: (span) => `${span.split(/\s/)[0]} this has been so upsetting, and I want to put it right`,
  },
  {
    kind: 'sorry_but',
    pattern: rx("(?:sorry|apologi[sz]e|apologies) (?:if|that) you (?:feel|felt|think|thought|believe|believed|perceive|perceived)(?: that\\b)?|sorry you (?:feel|think|believe)(?: that\\b|(?= (?:we|our|this|it|the|there)\\b))"),
    rewrite: (span) => `${span.split(/\s/)[0]} that`,
  },
  {
    kind: 'sorry_but',
    // Bounded lazy gap keeps this linear and inside one sentence.
    pattern: rx("(?:sorry|apologi[sz]e|apologies|regret)(?! to (?:bother|trouble|disturb|ask|chase|interrupt))[^.!?\\n]{0,80}?(?:[,;]\\s*|\\s+)(?:but|however)\\b(?:,(?=\\s))?"),
    // The comma after "however," is part of the span so "; however," can become ", and".
    keepComma: true,
    rewrite: (span) => span.replace(/\s*[,;]?\s*(?:but|however),?$/i, ', and'),
  },

  // --- brush-off ---------------------------------------------------------------
  {
    kind: 'brush_off',
    pattern: rx(
      "(?:as (?:I|we)(?:'ve| have)? (?:already |previously )?(?:said|stated|mentioned|explained|told you|pointed out|noted|advised)(?! (?:I|we)(?:'d|'ll| would| will)\\b)|as (?:previously|already) (?:stated|mentioned|explained|noted|said|advised)|as (?:stated|mentioned|explained|noted|advised) (?:before|earlier|previously|in my (?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response))|like I (?:said|told you|mentioned)|(?:as )?per my (?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response|note)|as you were (?:told|informed|advised)|(?:I|we)(?:'ve| have) already (?:told|explained to|informed) you|for the last time)(?: (?:before|earlier|previously|already|yesterday|last week|this morning|on the phone|in my (?:last|previous|earlier) (?:email|e-mail|message|reply)))?(?: that\\b)?",
    ),
    rewrite: (span) => (/\bthat$/i.test(span) ? `${RECAP},` : RECAP),
  },

  {
    kind: 'brush_off',
    pattern: rx(`(?:please (?:re-?read|see|refer to|check)|I (?:would )?refer you to) (?:my|our) (?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response)${CLAUSE}`),
    rewrite: "I've put the details again below, so you have everything in one place",
  },

  // --- cold distance -----------------------------------------------------------
  {
    kind: 'cold_distance',
    pattern: rx(
      "(?:the|this) company(?:('s)|(?! (?:name|names|address|account|details|field|email|e-mail|registration|number|vat|logo|you|that|who|which|where|in question|behind)\\b)(?: (is|isn't|is not|was|wasn't|was not|has|hasn't|has not|does|doesn't|does not))?)",
    ),
    rewrite: (span, text, end) => {
      if (/['’]s$/.test(span)) return 'our';
      const start = end - span.length;
      const before = text.slice(Math.max(0, start - 24), start);
      const asObject = /\b(?:to|from|with|for|by|at|about|of|on|against|contact|call|email|e-mail|ask|tell|inform|reach|asked|told|contacted)\s+$/i.test(before);
      const aux = /\s(\S+(?:\s+not)?)$/i.exec(span.replace(/^(?:the|this)\s+company/i, ''))?.[1]?.toLowerCase();
      const plural: Record<string, string> = {
        is: 'are', "isn't": "aren't", 'is not': 'are not', was: 'were', "wasn't": "weren't", 'was not': 'were not',
        has: 'have', "hasn't": "haven't", 'has not': 'have not', does: 'do', "doesn't": "don't", 'does not': 'do not',
      };
      if (asObject) return aux ? `us ${aux}` : 'us';
      return aux ? `we ${plural[aux.replace('’', "'")] ?? aux}` : 'we';
    },
  },
  {
    kind: 'cold_distance',
    pattern: rx(
      'the (?:(relevant|appropriate|responsible|right|correct|proper|other|concerned) |(billing|shipping|returns|technical|tech|sales|accounts|accounting|finance|support|customer service|warehouse|logistics|legal|fulfil?ment|refunds?|it|quality) )?department\\b',
    ),
    rewrite: (span) => {
      const words = span.split(/\s+/).slice(1, -1).join(' ').toLowerCase();
      if (!words) return 'our team';
      if (/^(relevant|appropriate|responsible|right|correct|proper|other|concerned)$/.test(words)) return 'the right people on our team';
      return `our ${words === 'it' ? 'IT' : words} team`;
    },
  },
  {
    kind: 'cold_distance',
    pattern: rx("the management|upper management|(?<!\\bour\\s)head office"),
    rewrite: (span) => (/office/i.test(span) ? 'our head office' : 'our management'),
  },
  {
    kind: 'cold_distance',
    pattern: rx("management (?:has|have|had)(?= (?:decided|made|said|chosen|refused)\\b)"),
    rewrite: (span) => (/had$/i.test(span) ? 'we had' : 'we have'),
  },
  {
    kind: 'cold_distance',
    pattern: rx("they (?:won't|will not|don't|do not|wouldn't|would not|didn't|did not) (?:let|allow) (?:me|us)(?: to)?"),
    rewrite: "we can't",
  },
  {
    kind: 'cold_distance',
    pattern: rx("they (?:don't|do not|won't|will not|can't|cannot) (allow|accept|approve|authori[sz]e|offer|do|give|permit)\\b"),
    rewrite: (span) => `we don't usually ${span.split(/\s+/).pop() ?? 'offer'}`,
  },
  {
    kind: 'cold_distance',
    pattern: rx(`(?:it's|it is|that's|that is|this is) (?:up to|down to|for) them${CLAUSE}`),
    rewrite: "this is something I'll follow up on for you",
  },
];

/** "a" or "an" to suit the word that follows position `end` in the text. */
function articleFor(original: string, text: string, end: number): string {
  if (/^the$/i.test(original)) return 'the';
  const next = /^\s*([A-Za-z])/.exec(text.slice(end, end + 40))?.[1];
  if (!next) return original.toLowerCase();
  return /[aeiou]/i.test(next) ? 'an' : 'a';
}

/** Match the rewrite's first letter to the span's, so a sentence start stays capitalised. */
function matchCase(span: string, rewrite: string): string {
  if (!rewrite) return rewrite;
  const first = span.charAt(0);
  if (first >= 'A' && first <= 'Z') return rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  if (/^I\b/.test(rewrite)) return rewrite;
  return rewrite.charAt(0).toLowerCase() + rewrite.slice(1);
}

/** Per rule; stops a pathological draft from building a huge list before overlaps are resolved. */
const MAX_MATCHES_PER_RULE = MAX_FINDINGS * 4;

/**
 * Check an agent's draft. Never throws; findings are sorted by position, never
 * overlap, and number at most MAX_FINDINGS.
 */
export function checkDraft(text: string): { findings: DraftFinding[] } {
  if (typeof text !== 'string' || text.length === 0) return { findings: [] };
  const candidates: DraftFinding[] = [];
  for (const rule of rules) {
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
        const span = raw.replace(rule.keepComma ? /\s+$/ : /[\s,]+$/, '');
        const start = match.index;
        const end = start + span.length;
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
  return { findings };
}
