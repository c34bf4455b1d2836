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
import type { DraftFinding } from './types.ts';
import { readingOf } from './language.ts';
import { atSentenceStart, groups, runRules, sentenceAfter, sentenceBefore, type Rule } from './draft-engine.ts';
import { spanishRules } from './draft-es.ts';

export { MAX_FINDINGS } from './draft-engine.ts';

/**
 * Build a case-insensitive global pattern from a readable source: a space stands for
 * any run of whitespace, an apostrophe for either ' or ’, and a bare `(` groups
 * without capturing (see `groups`).
 */
function rx(source: string): RegExp {
  return new RegExp(`\\b(?:${groups(source).replace(/ /g, '\\s+').replace(/'/g, "['’]")})`, 'gi');
}

/** The rest of the clause, so a blaming sentence is replaced whole. */
const CLAUSE = '[^.!?;\\n]{0,200}';
/**
 * Sentence adverbs that belong to the blaming clause they open, taken into its span
 * when they stand right before it (matched backwards, so the rule itself starts on
 * its own words and stays fast).
 */
const LEAD_IN = /(?<![\p{L}\p{N}])(?:unfortunately|sadly|honestly|frankly|obviously|clearly|to\s+be\s+honest|well|I['’]m\s+afraid|I\s+am\s+afraid)\s*,?\s+$/iu;

const OWN_IT = 'we could have made this clearer for you';
const OUR_SIDE = 'this could have been clearer on our side';
const HELP_NOW = "I'm sorry this happened, and I'll help put it right";
const WHAT_I_CAN = 'here is what I can do for you';
const UPSET = 'I can hear how upsetting this has been';
const MATTERS = 'I can see how much this matters to you';
const RECAP = 'to recap';

export const englishRules: Rule[] = [
  // --- blame -------------------------------------------------------------------
  {
    kind: 'blame',
    lead: LEAD_IN,
    // "you should have received / it / a refund by Friday" tells them what to expect.
    pattern: rx(
      `you (should( have|'ve)|were supposed to|was supposed to|needed to|had to)(?! (already )?(received?|receive|gotten|got|get|been|be|had|heard|it|them|this|that|one|a|an|the|your|access|everything|full|no|some|by)\\b)${CLAUSE}`,
    ),
    rewrite: OWN_IT,
    // "stating that … you needed to cancel" reports what the customer said, it does not blame.
    // "sorry you had to wait" is an apology.
    when: (text, start, end) =>
      !/\b(?:needed|had) to\b/i.test(text.slice(start, end).slice(0, 60)) ||
      !/\b(?:stating|saying|said|because|since|unless|if|when|that|sorry|apologi[sz]e|apologies)\b/i.test(sentenceBefore(text, start, 80)),
  },
  {
    kind: 'blame',
    lead: LEAD_IN,
    pattern: rx(`(you (didn't|did not|don't|do not|never|haven't|have not|obviously didn't|clearly didn't) (read|follow|check|look|notice|see|pay attention)|if you('d| had) (bothered to |taken the time to )?(read|followed|checked|double-checked|looked|measured|kept)|had you (bothered to )?(read|followed|checked|double-checked|looked|measured|kept)|(if )?you('d| had)? bothered to)\\b${CLAUSE}`),
    rewrite: OUR_SIDE,
    // "if you don't see it by Friday" says what to do next, it does not blame.
    when: (text, start) => !/\b(?:if|in case|once|when|unless)\s+$/i.test(text.slice(Math.max(0, start - 12), start)),
  },
  {
    kind: 'blame',
    lead: LEAD_IN,
    pattern: rx(`you (failed to|forgot to|neglected to|ignored|misread|misunderstood|got it wrong|must have (?!(been|felt|had|gone through)\\b))${CLAUSE}`),
    rewrite: OWN_IT,
  },
  {
    kind: 'blame',
    lead: LEAD_IN,
    pattern: rx(`((that|it|this)('s| is| was) (entirely |all |completely )?your (own )?fault|(that|it|this)('s| is| was) (a )?user error|you only have yourself to blame|your own fault)${CLAUSE}`),
    rewrite: 'this is not the experience we want for you',
  },
  {
    kind: 'blame',
    pattern: rx(`(you're|you are) being (unreasonable|rude|difficult|aggressive|abusive)${CLAUSE}`),
    rewrite: MATTERS,
  },
  {
    kind: 'blame',
    pattern: rx('you (should|need to|have to|must) (re-?read|read)'),
    rewrite: 'you may find it helpful to read',
  },
  {
    kind: 'blame',
    pattern: rx('clearly (states|stated|says|said|mentions|mentioned|shows|showed|explains|explained|written|marked|labelled|labeled)\\b'),
    rewrite: (span) => span.replace(/^clearly\s+/i, ''),
  },
  {
    kind: 'blame',
    pattern: rx('as you (should|ought to) (know|have known|be aware)'),
    rewrite: RECAP,
  },

  // --- defensive ---------------------------------------------------------------
  {
    kind: 'defensive',
    lead: LEAD_IN,
    pattern: rx(`((that|it|this)('s| is| was|'s simply| is simply) not (our|my) (fault|responsibility|job|department|area)|(that|it|this) (isn't|wasn't) (our|my) (fault|responsibility|job|department|area)|we (are|were|'re) not (responsible|liable|to blame)|we (cannot|can't|can not) be (held )?(responsible|liable))${CLAUSE}`),
    rewrite: HELP_NOW,
  },
  {
    kind: 'defensive',
    lead: LEAD_IN,
    pattern: rx(`(there('s| is) (nothing|not much|little)( more| else)? (I|we) can do|nothing (more |else )?(I|we) can do|(I|we) (can't|cannot|can not) do anything( more| else)?|(it's|it is|this is|that's|that is) out of (my|our) hands|my hands are tied|I just work here|I'm just the messenger|rules are rules)${CLAUSE}`),
    rewrite: WHAT_I_CAN,
  },
  {
    kind: 'defensive',
    pattern: rx("(our|company|the) policy (is that|states that|says that|states|says|dictates that|dictates|requires that|is clear that)"),
    rewrite: 'normally,',
  },
  {
    kind: 'defensive',
    pattern: rx('(our|company|the) policy is to'),
    rewrite: 'we usually',
  },
  {
    kind: 'defensive',
    pattern: rx("(our|company|the) policy (doesn't|does not) (allow|permit|cover)"),
    rewrite: "we can't usually offer",
  },
  {
    kind: 'defensive',
    pattern: rx('(against|outside( of)?|not within|not in line with) (our |company |the )?(policy|policies|rules)'),
    rewrite: 'outside what we usually offer',
  },
  {
    kind: 'defensive',
    pattern: rx('((as )?per|according to) (our|company|the) (policy|policies|rules)'),
    rewrite: 'normally',
  },
  {
    kind: 'defensive',
    pattern: rx('as (clearly )?(stated|outlined|explained|written|set out) in (our|the) (terms( and conditions)?|t&cs|policy|faq|website)'),
    rewrite: 'for reference',
  },
  {
    kind: 'defensive',
    pattern: rx("(that's|that is|this is|that isn't|this isn't)( simply)? (not )?(true|correct|incorrect|what happened|how it works)(?=[\\s,.!;]|$)"),
    rewrite: "let me share what I'm seeing on our side",
  },
  {
    kind: 'defensive',
    pattern: rx("(you're|you are) (wrong|mistaken|incorrect)|that never happened"),
    rewrite: "let me share what I'm seeing on our side",
  },
  {
    kind: 'defensive',
    pattern: rx('(you (have to|need to|must) understand|please understand)( that)?'),
    rewrite: 'to be open with you,',
  },

  // --- minimizing --------------------------------------------------------------
  {
    kind: 'minimizing',
    pattern: rx('((please|just|try to) )?(calm down|settle down|calm yourself|chill out|chill)'),
    rewrite: 'take all the time you need',
  },
  {
    kind: 'minimizing',
    pattern: rx('((please|just) )?relax\\b'),
    rewrite: 'rest assured',
  },
  {
    kind: 'minimizing',
    pattern: rx(`(I think |I feel )?((you're|you are) (overreacting|exaggerating|being (dramatic|emotional|hysterical|oversensitive))( (a little|a bit|slightly))?|(there's|there is) (really )?no (need|reason) to (be upset|get upset|be angry|get angry|get so upset|be so upset|shout|yell|panic|be rude)|(don't|do not|try not to) (be|get) (so |too )?(upset|angry|mad|worked up)( about (it|this|that))?)`),
    rewrite: UPSET,
  },
  {
    kind: 'minimizing',
    pattern: rx('(these|such) things happen|things like (this|that) happen|mistakes happen|it happens (sometimes|to everyone|all the time)|it could (have been|be) (a lot |much )?worse'),
    rewrite: "this shouldn't have happened",
  },
  {
    kind: 'minimizing',
    pattern: rx("((it|this|that)('s| is| was|'s really) )?(hardly|not) the end of the world"),
    rewrite: 'I know this matters',
  },
  {
    kind: 'minimizing',
    // Only a shrug at size counts: "it's just a quick note" and "it's only fair" are fine.
    pattern: rx(
      "(it|this|that)('s| is| was) (only|just)(( (an?|the))? (small|minor|little|tiny|slight)\\b|( (an?|the))?(?= (few|one|two|couple|cosmetic|typo|glitch|scratch|dent|mark|delay|day|hour|minute|week|[$£€]?\\d))|(?=\\s*[$£€]))",
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
    pattern: rx('(just|only) an? (small|minor|little|tiny|slight|silly)\\b|just an? (?=(typo|glitch|blip|hiccup|scratch|formality|mix-?up)\\b)'),
    rewrite: (_span, text, end) => articleFor('a', text, end),
  },
  {
    kind: 'minimizing',
    pattern: rx('(minor|small|slight|little|tiny) (inconvenience|issue|problem|hiccup|delay)'),
    rewrite: (span) => span.replace(/^\S+\s+/, ''),
  },
  {
    kind: 'minimizing',
    pattern: rx("(it|this|that)('s| is| was)( really)? (no big deal|not (a|that|such a) big (of a )?deal|not a big deal)|(it|this|that) (isn't|wasn't) (a |that |such a )?big (of a )?deal|no big deal"),
    rewrite: (span) => {
      const subject = /^(it|this|that)\b/i.exec(span)?.[1];
      return subject ? `${subject} is worth putting right` : 'worth putting right';
    },
  },

  // --- sorry, but --------------------------------------------------------------
  {
    kind: 'sorry_but',
    pattern: rx("(sorry|apologi[sz]e|apologies)( (if|that))? you (feel|felt) (that way|like that)"),
    rewrite: (span) => `${span.split(/\s/)[0]} this has been so frustrating`,
  },
  {
    kind: 'sorry_but',
    pattern: rx(`(sorry|apologi[sz]e|apologies) if you (were|are|have been|got) (upset|offended|unhappy|disappointed|inconvenienced|annoyed|confused)${CLAUSE}`),
    rewrite: (span) => `${span.split(/\s/)[0]} this has been so upsetting, and I want to put it right`,
  },
  {
    kind: 'sorry_but',
    pattern: rx("(sorry|apologi[sz]e|apologies)( (also|too|though))? (if|that) you (feel|felt|think|thought|believe|believed|perceive|perceived)( that\\b)?|sorry you (feel|think|believe)( that\\b|(?= (we|our|this|it|the|there)\\b))"),
    rewrite: (span) => `${span.split(/\s/)[0]} that`,
  },
  {
    kind: 'sorry_but',
    // Bounded lazy gap keeps this linear and inside one sentence.
    pattern: rx("(sorry|apologi[sz]e|apologies|regret)(?! to (bother|trouble|disturb|ask|chase|interrupt))[^.!?\\n]{0,80}?([,;]\\s*|\\s+)(but|however)\\b(,(?=\\s))?"),
    // The comma after "however," is part of the span so "; however," can become ", and".
    keepComma: true,
    rewrite: (span) => span.replace(/\s*[,;]?\s*(?:but|however),?$/i, ', and'),
  },

  // --- brush-off ---------------------------------------------------------------
  {
    kind: 'brush_off',
    pattern: rx(
      "(as (I|we)('ve| have)? (already |previously )?(said|stated|mentioned|explained|told you|pointed out|noted|advised)(?! (I|we)('d|'ll| would| will)\\b)|as (previously|already) (stated|mentioned|explained|noted|said|advised)|as (stated|mentioned|explained|noted|advised) (before|earlier|previously|in my (last|previous|earlier|prior) (email|e-mail|message|reply|response))|like I (said|told you|mentioned)|(as )?per my (last|previous|earlier|prior) (email|e-mail|message|reply|response|note)|as you were (told|informed|advised)|(I|we)('ve| have) already (told|explained to|informed) you|for the last time)( (before|earlier|previously|already|yesterday|last week|this morning|on the phone|in my (last|previous|earlier) (email|e-mail|message|reply)))?( that\\b)?",
    ),
    rewrite: (span) => (/\bthat$/i.test(span) ? `${RECAP},` : RECAP),
  },

  {
    kind: 'brush_off',
    pattern: rx(`(please (re-?read|see|refer to|check)|I (would )?refer you to) (my|our) (last|previous|earlier|prior) (email|e-mail|message|reply|response)${CLAUSE}`),
    rewrite: "I've put the details again below, so you have everything in one place",
  },

  // --- cold distance -----------------------------------------------------------
  {
    kind: 'cold_distance',
    pattern: rx(
      "(the|this) (company|hotel|restaurant|inn|airline|establishment|venue)(('s)|(?! (name|names|address|account|details|field|email|e-mail|registration|number|vat|logo|you|that|who|which|where|in question|behind)\\b)( (is|isn't|is not|was|wasn't|was not|has|hasn't|has not|does|doesn't|does not))?)",
    ),
    rewrite: (span, text, end) => {
      if (/['’]s$/.test(span)) return 'our';
      const start = end - span.length;
      const before = text.slice(Math.max(0, start - 24), start);
      const asObject = /\b(?:to|from|with|for|by|at|about|of|on|against|contact|call|email|e-mail|ask|tell|inform|reach|asked|told|contacted|provide|give|gave|wanted|want|let|allow|allowed|ask)\s+$/i.test(before);
      const aux = /\s(\S+(?:\s+not)?)$/i.exec(span.replace(/^(?:the|this)\s+(?:company|hotel|restaurant|inn|airline|establishment|venue)/i, ''))?.[1]?.toLowerCase();
      const plural: Record<string, string> = {
        is: 'are', "isn't": "aren't", 'is not': 'are not', was: 'were', "wasn't": "weren't", 'was not': 'were not',
        has: 'have', "hasn't": "haven't", 'has not': 'have not', does: 'do', "doesn't": "don't", 'does not': 'do not',
      };
      if (asObject) return aux ? `us ${aux}` : 'us';
      return aux ? `we ${plural[aux.replace('’', "'")] ?? aux}` : 'we';
    },    // "I contacted the hotel" is a partner's hotel, not the agent's own.
    // A hotel or airline is the agent's own only where they speak of granting what it does ("wanted the hotel to").
    when: (text, start, end) =>
      /company/i.test(text.slice(start, end)) ||
      /\b(?:wanted|want|provide|let|allow|allowed|permit|require|requires)\s+$/i.test(text.slice(Math.max(0, start - 24), start)),
  },
  {
    kind: 'cold_distance',
    pattern: rx(
      'the ((relevant|appropriate|responsible|right|correct|proper|other|concerned) |(billing|shipping|returns|technical|tech|sales|accounts|accounting|finance|support|customer service|warehouse|logistics|legal|fulfil?ment|refunds?|it|quality) )?department\\b',
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
    pattern: rx("management (has|have|had)(?= (decided|made|said|chosen|refused)\\b)"),
    rewrite: (span) => (/had$/i.test(span) ? 'we had' : 'we have'),
  },
  {
    kind: 'cold_distance',
    pattern: rx("they (won't|will not|don't|do not|wouldn't|would not|didn't|did not) (let|allow) (me|us)( to)?"),
    rewrite: "we don't usually",
  },
  {
    kind: 'cold_distance',
    pattern: rx("they (don't|do not|won't|will not|can't|cannot) (allow|accept|approve|authori[sz]e|offer|do|give|permit)\\b"),
    rewrite: (span) => `we don't usually ${span.split(/\s+/).pop() ?? 'offer'}`,
  },
  {
    kind: 'cold_distance',
    pattern: rx(`(it's|it is|that's|that is|this is) (up to|down to|for) them${CLAUSE}`),
    rewrite: "this is something I'll follow up on for you",
  },

  // ===== Families seen in real agents' replies (issue 11) ======================

  // --- blame: accusing the customer's motives, conduct or setup ------------------
  {
    kind: 'blame',
    pattern: rx(
      `((it|this|that)('s| is| was) (fraud|theft|stealing|dishonest|a lie|lying|a scam|abuse)\\b|(you are|you're|you were) (lying|a liar|trying to (scam|cheat|con|get (something|a free|free|money)))|(you|you're|you are) (just |only )?(want(ed)?|after) (a )?(free|freebie|something for nothing)|all you (want|wanted) (is|was)|you got what you wanted|(you('re| are) )?playing games with)${CLAUSE}`,
    ),
    rewrite: 'I want to get to the bottom of this with you',
  },
  {
    kind: 'blame',
    pattern: rx(
      `((I (don't|do not) think )?I('m| am)( not)? the (rude|unreasonable|difficult|aggressive|one being rude)\\b( one)?( here)?|you('re| are) the (one|rude one) (being|who is|who's) (rude|unreasonable|difficult))`,
    ),
    rewrite: 'I can hear how frustrated you are',
  },
  {
    kind: 'blame',
    // Telling the customer off for how they speak.
    pattern: rx(
      `((it('s| is) not|it isn't) (cool|ok|okay|acceptable|appropriate|nice|helpful|constructive) to (say|call|speak|talk|write|use|be|insult|shout|yell|swear)|(please )?(watch|mind) your (language|tone|words)|(we|I) (will not|won't|do not|don't) tolerate|your (tone|language|attitude) (is|isn't|is not|was|wasn't))${CLAUSE}`,
    ),
    rewrite: 'I can hear how frustrated you are, and I want to help',
  },
  {
    kind: 'blame',
    // "your room wasn't cleaned because you had the sign out": the cause put on them.
    pattern: rx(`(because|since|as|due to the fact that) you (had|chose|didn't|did not|failed|forgot|left|ignored|never|refused|missed|opted)\\b[^.!?;,\\n]{0,120}|due to your (own |failure|not|lack|mistake|error)[^.!?;,\\n]{0,120}`),
    rewrite: "and I'm sorry about that",
    when: (text, start) => !/\b(?:sorry|apologi[sz]e)\b/i.test(sentenceBefore(text, start, 120)),
  },
  {
    kind: 'blame',
    pattern: rx(`(I('m| am) (sure|certain|positive) (that )?)you (did not|didn't|never|forgot|were|had)\\b${CLAUSE}`),
    rewrite: "I'd like to go over what happened with you",
  },
  {
    kind: 'blame',
    pattern: rx(`you (did not|didn't|never) (leave|return|pay|send|cancel|call|contact|tell|inform|respond|reply|sign|provide|include|give|bring|show up|arrive|update|attach|confirm)\\b${CLAUSE}`),
    rewrite: OWN_IT,
    when: (text, start) => !/\b(?:if|in case|once|when|unless|sorry|worry)\b[^.!?]*$/i.test(text.slice(Math.max(0, start - 30), start)),
  },
  {
    kind: 'blame',
    // An outdated or wrong setup on their side, said as the cause.
    pattern: rx(
      "(you('re| are)|you (may|might|must|seem to|appear to) be) (still )?(using|on|running) (an? |the )?(old|older|outdated|out-of-date|wrong|incorrect|unsupported|ancient|previous) (version|build|release|browser|app|copy|model|driver|firmware)",
    ),
    rewrite: 'this may be fixed in the latest version',
  },
  {
    kind: 'blame',
    pattern: rx(
      '(is|was) there (something|anything) wrong with your (email|e-mail|inbox|mail|computer|device|phone|browser|internet|connection|account|card|bank|spam filter|setup)[^.!?\\n]{0,40}\\??|(something|it) (must|might|may) (be|have been) (going on|wrong|an issue|a problem|up) with (?!(our|my|us)\\b)[^.!?,;\\n]{1,40}',
    ),
    rewrite: "I'll look into what went wrong",
  },
  {
    kind: 'blame',
    // Pointing at a colleague or a partner, inside the company or out.
    pattern: rx(
      "(the|our|that|this|your) (employee|representative|rep|agent|colleague|staff member|team member|maintainer|technician|driver|associate|cashier|server|waiter|waitress|intern|new hire|contractor|courier|warehouse guys|warehouse team|manufacturer|supplier|vendor|carrier)s?\\b[^.!?;\\n]{0,60}?\\b(is|was|are|were|has been|have been) (no longer (with us|with the company|employed|working here|here)|new|still new|in training|inexperienced|at fault|to blame|wrong|rude|mistaken|unacceptable|inexcusable|responsible for (the|this|that|your))[^.!?;\\n]{0,80}",
    ),
    rewrite: "this is on us, and I'm sorry",
  },
  {
    kind: 'blame',
    pattern: rx(
      "((our|the) (courier|warehouse|supplier|manufacturer|vendor|partner|carrier|driver|contractor|developers?)( guys)? (messed up|dropped the ball|screwed up|made (a|the|an) (mistake|error)|got it wrong|forgot|lost it)|(manufacturers?|suppliers?|couriers?|vendors?|partners?|carriers?|contractors?|third part(y|ies))\\b[^.!?\\n]{0,80}?\\b((which|that|who) (has |have |had )?(caused|led to|resulted in)|(is|are|was|were) (responsible for|to blame|at fault)))[^.!?;,\\n]{0,80}",
    ),
    rewrite: "this is on us, and I'm sorry for the delay it caused you",
  },
  {
    kind: 'blame',
    pattern: rx("(this|that|it|the \\w+)? ?(would|will|must) have been (communicated|explained|sent|given|provided|made clear|shown|disclosed|mentioned|stated|emailed) to you[^.!?;\\n]{0,80}"),
    rewrite: OWN_IT,
  },
  {
    kind: 'blame',
    pattern: rx("you were (clearly |already |duly )?(told|informed|advised|notified|made aware|warned) (at|when|during|in|by|that|about|of|before|upon)\\b[^.!?;\\n]{0,80}"),
    rewrite: OWN_IT,
    when: (text, start, end) => !/\b(?:sorry|wrong|incorrect|mistake|shouldn't|should not|apologi[sz]e)\b/i.test(sentenceBefore(text, start) + text.slice(start, end) + sentenceAfter(text, end)),
  },
  {
    kind: 'blame',
    pattern: rx('(after|despite) (our |my )?(repeated|several|multiple|numerous|many) (unanswered |ignored |unsuccessful |failed )?(\\w+ )?(efforts|attempts|reminders|notices|requests|emails|calls|letters|tries)'),
    rewrite: "as we haven't managed to reach you",
  },
  {
    kind: 'blame',
    pattern: rx('(but )?not unless (we hear from you|you (contact|tell|let|call|write|reply|respond))'),
    rewrite: 'so do let us know',
  },
  {
    kind: 'blame',
    pattern: rx('(your|the) (early|late|unannounced|sudden|last-minute|last minute) (arrival|request|booking|cancellation|change)s? (made|makes|caused) (it|things|this) (extremely |very |really |quite |so )?(difficult|hard|impossible|challenging|tricky)'),
    rewrite: 'the timing was hard for us, and that is on us to handle',
  },

  // --- defensive: refusals, shields and self-justification ------------------------
  {
    kind: 'defensive',
    pattern: rx(
      "(I|we)('m| am|'re| are)? (cannot|can't|can not|won't|will not|am unable to|are unable to|unable to|not able to) (refund|reimburse|replace|cancel|offer|give|provide|issue|accept|honou?r|approve|process|exchange|waive|make an exception|credit|compensate)\\b",
    ),
    rewrite: (span) => `${/^we\b/i.test(span) ? "we'll" : "I'll"} look for a way to ${/\b(\w+)$/.exec(span)?.[1]?.toLowerCase() ?? 'help'}`,
    // After "sorry, but" the take-back is the finding; one problem, one flag. Refusing to
    // offer an excuse ("I won't offer you one") is ownership, not a refusal of a remedy.
    when: (text, start, end) =>
      !/\b(?:sorry|apologi[sz]e|apologies)\b/i.test(sentenceBefore(text, start, 120)) &&
      !/^\s+(?:you\s+)?(?:one|an? excuses?|excuses|any excuses?)\b/i.test(text.slice(end, end + 30)) &&
      // A refusal that goes straight on to a compromise is the method's "explain the obstacle, offer what you can".
      !/\b(?:instead|what (?:I|we) can do|but (?:I|we) (?:can|could|will|'ll)|here(?:'s| is) what)\b/i.test(text.slice(end, end + 160)),
  },
  {
    kind: 'defensive',
    lead: LEAD_IN,
    pattern: rx(
      `((it('s| is| was)|this is|that('s| is)) (really |completely |entirely |simply |totally )?(out of|beyond|outside( of)?) (my|our) control|(I|we) (have|had) (little|no|little to no|little or no|zero) control over)[^.!?;,\\n]{0,100}`,
    ),
    rewrite: "this isn't what we wanted for you, and here is what I can do",
  },
  {
    kind: 'defensive',
    pattern: rx(
      "(we('re| are| were|'ve been| have been)|I('m| am| was|'ve been| have been)) (very |extremely |really |so |incredibly |quite |super )?(busy|swamped|short-?staffed|understaffed|overwhelmed|slammed|stretched)( (right now|today|at the moment|this week|lately))?|(high|unusually high|heavy|large) (volume|volumes|number) of (requests|tickets|orders|calls|enquiries|inquiries)",
    ),
    rewrite: 'thank you for bearing with us',
  },
  {
    kind: 'defensive',
    pattern: rx("(we|I)('ve| have)? (been |were |are |was |am )?(forced|obliged|compelled) to|(we|I) (had|have|had) no (other )?(choice|option) but to|(left|leaves) (us|me) no (other )?(choice|option) but to"),
    rewrite: (span) => (/^I\b/.test(span) ? 'I have had to' : 'we have had to'),
  },
  {
    kind: 'defensive',
    // Lawyers and legal standing brought into a customer reply.
    pattern: rx(
      `((our|my) (attorneys|attorney|lawyers|lawyer|solicitors?|legal (team|department|counsel|advisers|advisors))( have| has)? (advised|confirmed|told)|legal authority would support|(are|is|were) (absolutely |fully )?privileged|(we|I) reserve (all |the )?(our |my )?rights?|without prejudice|(we are|we're) (legally )?entitled to (retain|keep|charge|withhold))${CLAUSE}`,
    ),
    rewrite: 'I want to be open with you about where things stand',
  },
  {
    kind: 'defensive',
    pattern: rx(
      "((we|I)('re| are| am|'m| have| will be|'ll be) (postponing|suspending|deferring|delaying|putting on hold|holding off on|pausing)( (consideration|processing|review|handling) of)? your (claim|request|refund|case|complaint|application|compensation)|pending (the )?(resolution|outcome|decision|conclusion|result)s? of)",
    ),
    rewrite: (span) => (/^pending/i.test(span) ? 'while we wait for the outcome of' : "we'll keep your claim open and update you"),
  },
  {
    kind: 'defensive',
    // Deadlines and windows said as a wall.
    pattern: rx(
      "((you('re| are| were)|it('s| is| was)|this is|that('s| is)|your (order|purchase|request|return|claim) (is|was)) (now |already |well )?(past|outside( of)?|beyond|after|over) the ([\\w-]+ ){0,3}(period|window|deadline|time ?frame|time limit|limit)|the ([\\w-]+ ){0,2}(return|refund|warranty|cancellation|guarantee) (period|window|deadline) (has|had) (expired|passed|ended|closed|lapsed))",
    ),
    rewrite: 'this falls after the usual window, so let me see what I can do',
  },
  {
    kind: 'defensive',
    pattern: rx("(that('s| is)|this is|it('s| is)) (just |simply |only )?(our|the|company) (policy|rule|rules|procedure|process|terms)(?=\\s*([.!,;)]|$|and\\b))"),
    rewrite: "this is how we usually handle it, and I'll explain why",
  },
  {
    kind: 'defensive',
    pattern: rx(
      `((they|it|this|that|these)('re|'s| are| is) )?(an? |the )?(industry[- ]standard|standard (industry )?practice|common practice)|I (don't|do not) know (of )?any (other )?(hotels?|compan(y|ies)|business(es)?|airlines?|stores?|shops?|restaurants?|retailers?)${CLAUSE}`,
    ),
    rewrite: "this is how we usually work, and I'm sorry it caught you out",
  },
  {
    kind: 'defensive',
    // Setting the record straight against the customer (public review replies).
    pattern: rx(
      "for the benefit of (those|anyone|other|others|everyone|readers)\\b[^.!?,\\n]{0,40}|for the record|to set the record straight|(below|here) is (an? |the )?(factual|accurate|true|full) account[^.!?,\\n]{0,40}|the facts are( as follows)?",
    ),
    rewrite: (span) => (/account|facts/i.test(span) ? 'here is what happened on our side' : 'I want to reply to you here too'),
  },
  {
    kind: 'defensive',
    pattern: rx(
      `((our|the|my) (staff|crew|team|employees|servers|kitchen|people|chefs?|drivers?)\\b[^.!?\\n]{0,30}?\\b(worked|tried|did|went|were)\\b[^.!?\\n]{0,30}?\\b(hard|diligently|tirelessly|their best|its best|everything they could|above and beyond|out of (their|its|our) way)|as best (we|they|I) could|(we|I) went (above and beyond|out of (our|my) way))${CLAUSE}`,
    ),
    rewrite: "we tried to look after everyone, and I'm sorry we fell short for you",
  },
  {
    kind: 'defensive',
    pattern: rx('(we|I) (graciously|generously|kindly|even) (?=(gave|offered|provided|allowed|comped|let|agreed|upgraded|refunded)\\b)'),
    rewrite: (span) => span.split(/\s+/)[0] ?? 'we',
  },
  {
    kind: 'defensive',
    // Other customers are happy, so the complaint must be the odd one out.
    pattern: rx(
      `((I|we)('ve| have)? (received|had|got|get|receive) (a (steady )?(flow|stream|lot|number|ton) of |lots of |many |plenty of |nothing but |only )(thanks|compliments|praise|positive (feedback|reviews|comments)|(5|five)[- ]star reviews)|(no one|nobody|no other (customer|guest|client|user|one))s? (else )?(has|have|had) (ever )?(complained|reported|had (this|that|any|a|the same) (issue|problem|complaint))|(other|all our|most of our|most) (customers|guests|clients|users) (love|loved|enjoy|enjoyed|are happy|were happy|have been happy|(have |has )?had no (issues?|problems?|complaints?))|(you are|you're) the (only|first) (one|person|customer|guest|client|user) (to|who|that) (complain|have|has|had)|(there (is|was) )?no evidence that this (has )?happened to anyone)[^.!?;,\\n]{0,80}`,
    ),
    rewrite: 'what matters is how this went for you',
  },
  {
    kind: 'defensive',
    lead: LEAD_IN,
    // Denying there was anything wrong.
    pattern: rx(`there (was|is|were|'s) (absolutely |really )?(nothing wrong|no (evidence|proof|sign|indication|fault|defect) (of|that|with)|no reason (for you )?to)[^.!?;,\\n]{0,120}`),
    rewrite: "let me look into this again with you",
  },
  {
    kind: 'defensive',
    // "No, you didn't." — contradicting the customer outright.
    pattern: rx("no,? (you|that|it|this|they|we) (didn't|did not|don't|do not|weren't|were not|haven't|have not|wasn't|was not|isn't|is not|aren't|are not|won't|can't|did|were|are|do)( not)?(?=\\s*[.!])|no,? (that('s| is)|it('s| is)|this is) (not )?(true|right|correct|what happened)"),
    rewrite: "let me check what I'm seeing on our side",
    when: (text, start) => atSentenceStart(text, start),
  },
  {
    // Like "clearly stated": pointing at the document they should have read.
    kind: 'blame',
    pattern: rx("it (says|said|states|stated|shows|showed) (right |clearly |very clearly )?(here|there)\\b"),
    rewrite: 'I can see',
  },
  {
    kind: 'blame',
    pattern: rx("you (ordered|bought|selected|chose|picked|entered|typed|gave us|sent|installed|downloaded|booked|used) (the|a|an) (wrong|incorrect)\\b"),
    rewrite: (span) => `the ${/\b(?:wrong|incorrect)$/i.exec(span)?.[0]?.toLowerCase() ?? 'wrong'} one was`,
  },
  {
    kind: 'defensive',
    pattern: rx(
      "(we|I) (followed|did|handled|processed)\\b[^.!?;\\n]{0,40}?\\b(correctly|properly|by the book|to the letter)( on (our|my) (end|side))?|(we|I) did (everything|nothing) (right|correctly|wrong)|nothing wrong on (our|my) (end|side)",
    ),
    rewrite: "I've checked our side, and I'd like to understand what went wrong for you",
  },
  {
    kind: 'defensive',
    pattern: rx("(the )?(terms( and conditions| of (service|sale|use))?|t&cs|contract|agreement)( (that )?you (accepted|agreed to|signed|read))? (clearly )?(state|states|say|says|stipulate|stipulates)( that)?|you (accepted|agreed to|signed) (our|the) (terms|t&cs|contract|agreement)"),
    rewrite: 'to be open with you,',
  },
  {
    kind: 'defensive',
    pattern: rx(
      "((that('s| is)|this is|that was) (simply |just )?(incorrect|inaccurate|false|untrue|a lie|not accurate|not the case)|contrary to (what you|your)|(your|the) claim that|you (claim|claimed|allege|alleged) (that )?)",
    ),
    rewrite: "let me share what I'm seeing on our side",
  },
  {
    kind: 'defensive',
    pattern: rx("(you (cannot|can't|can not) (begin to )?imagine|you have no idea)( (how|what|the))?[^.!?;\\n]{0,80}"),
    rewrite: "I'd like to explain our side briefly",
  },
  {
    kind: 'defensive',
    pattern: rx(
      "(we('re| are)|I('m| am)) not (being |trying to be )?(mean|rude|difficult|unfair|unreasonable|nasty)( (to|with) you)?|(we('re| are)|I('m| am)) not trying to (trick|cheat|scam|con|fool|rip off)( you)?|(I|we) (do not|don't|dont|have no)( have)?( any)? reason to lie|why would (I|we) lie",
    ),
    rewrite: 'I want to be straight with you and help',
  },
  {
    kind: 'defensive',
    // The volunteer's shield: free work, no obligation.
    pattern: rx(
      `((I|we) (did|made|created|built|wrote|developed|maintain|share|shared|provide|offer|run|do|release|released)\\b[^.!?\\n]{0,60}?\\bfor free\\b|in (my|our) (spare|free|own) time|(I|we) (don't|do not) get paid|(I|we) (have|has) no obligation|(does not|doesn't|do not|don't) (mean|imply) (that )?(I|we) (have|owe)\\b|(not|under no) obligat(ed|ion)|(I|we) (don't|do not) owe (you|anyone))[^.!?;\\n]{0,80}`,
    ),
    rewrite: 'I want this to work for you too',
  },
  {
    kind: 'defensive',
    pattern: rx("(an? |the )?(upstream|third[- ]party) (issue|problem|bug|fault)(,? though)?|(the )?(issue|problem|bug|fault) (is|lies) (with|on) (the )?(upstream|their (end|side)|your (end|side))"),
    rewrite: 'something in a part we rely on, and I will help you with it',
  },
  {
    kind: 'defensive',
    pattern: rx(
      "works (fine |perfectly |great |ok |okay |well )?(for|on) (me|my (end|side|machine|computer|device|phone|setup))|(I|we) (can't|cannot|can not|couldn't|could not|was unable to|were unable to|am unable to|'m unable to) (reproduce|replicate)|(works|is working|it's working|behaves|is behaving) as (intended|designed|expected)|(this|that|it)('s| is) (not a bug|by design)",
    ),
    rewrite: "I haven't managed to see it on my side yet, so let's dig in together",
  },
  {
    kind: 'defensive',
    // Policing what the thread or channel is for.
    pattern: rx(
      "(this|the) (issue|ticket|thread|report|discussion|repo|repository|tracker|forum|channel|page) is (only |just |strictly |specifically )?(about|for|meant for|not for|not the place)|(this|here) is not the (place|forum|channel|right place)|(remember|read|review|follow|respect|re-?read|observe|mind) (the|our) (community guidelines|guidelines|code of conduct|house rules|forum rules|community rules)",
    ),
    rewrite: (span) => (/guidelines|conduct|rules/i.test(span) ? "let's keep this friendly so I can help" : 'to keep this easy to follow, this thread covers'),
  },
  {
    kind: 'defensive',
    pattern: rx("(has|have) been (planned|decided|discussed|announced|agreed|in the works|in place) (for|since) (many |several |a few |some )?(months|weeks|years|a long time|ages)"),
    rewrite: "has been in the works for a while, and I hear that it doesn't suit you",
  },
  {
    kind: 'defensive',
    // Threats of consequences: credit marks, collections, legal action, reviews.
    pattern: rx(
      `((this|it|that|which) (will|would|could|may|can) (also )?)?(put|place|leave|result in|lead to|affect|damage|hurt|harm|go on)\\b[^.!?;\\n]{0,30}?\\b((negative|bad) mark|your credit( score| rating| report| history| file)?|collections?|legal action)${CLAUSE}|(sent|send|refer|referred|pass|passed|hand|handed|turn|turned) (over )?(your (account|debt|case) |this |it )?(over )?to (a |our )?(collections?|debt collect(or|ors|ion)|collection agency)${CLAUSE}|(we will|we'll|we may|we might|we shall) (be forced to )?(take|pursue|begin|start|initiate|commence) legal${CLAUSE}`,
    ),
    rewrite: "I'd like to sort this out with you before it goes any further",
    // "it won't affect your credit score" reassures.
    when: (text, start, end) => !/\b(?:won['’]t|will not|doesn['’]t|does not|not|no|never)\b/i.test(text.slice(Math.max(0, start - 20), Math.min(end, start + 60))),
  },
  {
    kind: 'defensive',
    pattern: rx("((your|the|this) (recent )?(on-?line )?(review|post|comment)s?\\b[^.!?\\n]{0,80}?\\bwill (also )?(cost|be charged)|(unless|until) (it|the review|your review|the post|your post|the comment) is (removed|taken down|deleted)|(remove|take down|delete) (your|the) (review|post|comment))[^.!?;\\n]{0,80}"),
    rewrite: "I'd like to talk this through with you",
  },
  {
    kind: 'defensive',
    pattern: rx("(I|we) (just|only|simply) (use|follow|do what|pass on|relay|provide what|work with what)\\b[^.!?;\\n]{0,60}"),
    rewrite: 'that part is out of my hands, but I can still help',
  },
  {
    kind: 'defensive',
    pattern: rx("(you (would|will|'d|'ll) need to|you (are|were) required to|you must) (provide|submit|send|present|show|produce)\\b( us| the \\w+)?( with)? (a |an |the |some )?(proof|evidence|documentation|note|letter|certificate|written)"),
    rewrite: 'if you can, please send',
  },

  // --- minimizing ----------------------------------------------------------------
  {
    kind: 'minimizing',
    // "Simply clear your cache" / "just restart it": the fix said as if it were nothing.
    pattern: rx(
      "((can|could|will|to) )?(simply|just) (?=(clear|restart|reinstall|click|press|tap|follow|log (in|out)|update|refresh|reboot|turn|unplug|re-?read|read|reset|download|re-?enter|type|navigate|switch|install|uninstall|scroll|hit|drag|re-?try|try again|wait|google|ignore)\\b)|((can|could|will|to) )?simply (?=(go|check|try|use|select|open|close|delete|remove|contact|send|call|return|enter|visit|change|sign|copy|paste|add|reply|fill|upload|attach)\\b)",
    ),
    rewrite: (span) => /^(can|could|will|to)\b/i.exec(span)?.[1] ?? 'please',
    when: (text, start) => !/\b(?:I|I've|I have|we|we've|we have|I'll|we'll)\s+$/i.test(text.slice(Math.max(0, start - 10), start)),
  },
  {
    kind: 'minimizing',
    pattern: rx("all you (need|have) to do is|(it('s| is)) as (simple|easy) as|you (just|simply|only) (need|have) to"),
    rewrite: (span) => (/^all/i.test(span) ? 'the next step is to' : /^it/i.test(span) ? 'it takes' : 'you need to'),
  },
  {
    kind: 'minimizing',
    pattern: rx('(only|just|a single|one) (\\w+ )?complaint\\b'),
    rewrite: 'your complaint',
  },

  // --- sorry, but: apologising for their feelings, or as an afterthought ----------
  {
    kind: 'sorry_but',
    pattern: rx(
      `(sorry|apologi[sz]e|apologies|regret)( (also|too|though))?( that| if)? you (feel|felt|are|were|have been|got|may (feel|have felt|be)|might (feel|have felt|be))( so| very| a (bit|little)| somewhat)? (aggrieved|upset|offended|unhappy|dissatisfied|disappointed|angry|hurt|put out|annoyed)${CLAUSE}`,
    ),
    rewrite: (span) => `${span.split(/\s/)[0]}, and I'd like to understand what upset you`,
  },
  {
    kind: 'sorry_but',
    // "I apologise if my colleague came across as rude": sorry only for how it looked.
    pattern: rx("(sorry|apologi[sz]e|apologies) if(?= (my|our|the|I|we|this|that|it)\\b[^.!?\\n]{0,30}?\\b(came across|come across|seemed|sounded|appeared|was perceived|caused any))"),
    rewrite: (span) => `${span.split(/\s/)[0]} that`,
  },
  {
    kind: 'sorry_but',
    pattern: rx("(sorry|apologi[sz]e|apologies) (for|about) (how|that) (upset|angry|unhappy|frustrated|disappointed|annoyed|offended) you (are|feel|were|felt|have been)"),
    rewrite: (span) => `${span.split(/\s/)[0]} for what we put you through`,
  },
  {
    kind: 'sorry_but',
    // "Nothing we can do now. Sorry." — the apology tacked on to a refusal.
    pattern: rx("sorry(?=\\s*[.!](\\s|$)|$)"),
    rewrite: "I'm truly sorry about this",
    when: (text, start) =>
      atSentenceStart(text, start) && /\b(?:can['’]t|cannot|can not|won['’]t|will not|unable|nothing|no way|not possible|impossible|refuse)\b/i.test(previousSentence(text, start)),
  },

  // --- brush-off -----------------------------------------------------------------
  {
    kind: 'brush_off',
    pattern: rx("((that|it|this)('s| is| was) not (our|my) problem|(that|it|this) (isn't|wasn't) (our|my) problem|not (our|my) problem|I have a life|I('ve| have) got better things to do)"),
    rewrite: "I'll help you with this",
  },
  {
    kind: 'brush_off',
    pattern: rx("(it |that )?(doesn't|does not|don't) matter(?=\\s*[.!])"),
    rewrite: 'I hear you',
    when: (text, start) => atSentenceStart(text, start),
  },
  {
    kind: 'brush_off',
    pattern: rx("(neither does |and )?(complaining|yelling|shouting|being rude|arguing|threatening|swearing)( (to me|here|about it|at me|at us))? (won't|will not|doesn't|does not|isn't going to|is not going to) (help|change|fix|get|make)[^.!?;\\n]{0,60}|neither does complaining[^.!?;\\n]{0,30}"),
    rewrite: 'I want to help you with this',
  },
  {
    kind: 'brush_off',
    // Showing the customer the door.
    pattern: rx(
      "feel free to (never|not|stop|go|take your business|use (another|a different|someone else)|shop elsewhere|look elsewhere)\\b[^.!?;\\n]{0,60}|(you('ll| will| may| might| would)? (definitely |probably |surely |certainly )?)find (a )?(better|more suitable) (fit|option|alternative|service|provider|place|store|shop|company)[^.!?;\\n]{0,60}|(take your business|shop|go|look) elsewhere|(maybe|perhaps) (we|this|our \\w+) (are|is)n't (the right fit|for you)|(we|this|our \\w+) (may|might) not be (the right fit|for you)|if (you('re| are) )?not (happy|satisfied) with (the|our|this) (product|service|software|app|purchase|item)",
    ),
    rewrite: "I'd like to make this right for you",
    when: (text, start, end) => !/\b(?:we(?:'ll| will)|I(?:'ll| will)|let (?:me|us)|refund|happy to)\b/i.test(sentenceBefore(text, start, 80) + sentenceAfter(text, end, 80)),
  },
  {
    kind: 'brush_off',
    pattern: rx(
      "(there('s| is) )?(really )?no (need|reason) to (escalate|complain|chase|keep (calling|emailing|writing|asking|chasing)|make a (fuss|scene)|raise)( (this|it|that))?( (further|any further))?",
    ),
    rewrite: "I'll keep a close eye on this for you",
  },
  {
    kind: 'brush_off',
    // Sending the customer somewhere else to get help.
    pattern: rx(
      "(you('ll| will| would| may| might)? (want|need|have) to (make|file|open|submit|raise|report|take|contact|reach out to|ask|go to)\\b[^.!?\\n]{0,40}?\\b(upstream|elsewhere|the developers?|the manufacturer|the maker|your bank|the seller|the vendor|their support))|(report|file|raise|take) (it |this |that |an issue |an issue report |a bug )?upstream|(go to \\S+ and )?fill (in |out )?(the|our) (contact |support |online |web )?form|(use|submit) (the|our) (contact|support|online) form|(may|might|should|would) be (able|better (placed|able)) to (assist|help) you|(these|such|this|that) (issues?|matters?|problems?|things?) (are|is) (best|better|more easily) (resolved|handled|dealt with|addressed|discussed|sorted) (over the phone|by phone|via phone|in person|offline|elsewhere|by (calling|phone|email))",
    ),
    rewrite: "I'll take this on for you here",
  },
  {
    kind: 'brush_off',
    pattern: rx("(re-?submit|re-?file|re-?send|re-?open) (the|your|a) (ticket|request|claim|support request|case|form|issue)|(open|submit|create|file|raise) (a )?(new|separate|another) (ticket|request|case|issue|support request)"),
    rewrite: "let me find your ticket and take it from here",
  },
  {
    kind: 'brush_off',
    pattern: rx('(closing (this|as|the (issue|ticket|thread|case))|duplicate of #?\\d+|closed as (duplicate|wontfix|won\'t fix|invalid))'),
    rewrite: (span) => (/duplicate of/i.test(span) && !/^closing/i.test(span) ? `this is being tracked in ${/#?\d+$/.exec(span)?.[0] ?? 'another issue'}, and I'll keep you posted there` : "I'll keep this open until you confirm it's sorted"),
    when: (text, start) => atSentenceStart(text, start),
  },
  {
    kind: 'brush_off',
    pattern: rx(
      "(at that time|at the time|back then|previously|earlier|last time|repeatedly|several times|many times|multiple times|twice|already),? (I|we) (already )?(explained|told|informed|advised|said)( (to )?you)?( that)?|(I|we)('ve| have)? (already|previously|repeatedly) (explained|told|informed|advised|said)( (to )?you| this)?( that)?",
    ),
    rewrite: (span) => (/\bthat$/i.test(span) ? `${RECAP},` : RECAP),
  },
  {
    kind: 'brush_off',
    pattern: rx(
      "(I|we)('re| are| am|'m)? (can't|cannot|can not|won't|will not|unable to|not able to) (help|assist|do anything for) (you )?(any ?(further|more|longer)|further)|(I|we) have nothing (more|further|else) to (add|say|offer)|(this|the) (matter|case|conversation|discussion) is (now )?closed",
    ),
    rewrite: 'here is what I can still do for you',
  },

  // --- cold distance -------------------------------------------------------------
  {
    kind: 'cold_distance',
    // "They'll get back to you": one's own team as a third party.
    pattern: rx("they('ll| will| should| are going to|'re going to) (contact|get back to|reach out to|be in touch|reply to|respond to|call|email|e-mail|look into|address|handle|update|follow up with|deal with)"),
    rewrite: (span) => span.replace(/^they(?:['’]ll| will| should| are going to|['’]re going to)/i, "we'll"),
    when: (text, start) =>
      !/\b(?:courier|carrier|bank|manufacturer|post office|postal|seller|vendor|partner|airline|delivery company|driver|ups|fedex|dhl|usps|royal mail|paypal|stripe|apple|google|amazon|supplier|insurer|card issuer|they said|depot|manager|supervisor|colleague|specialist|engineer|technician|team lead)\b/i.test(
        text.slice(Math.max(0, start - 200), start),
      ),
  },
  {
    kind: 'cold_distance',
    pattern: rx('the (right|relevant|appropriate|responsible|concerned) (parties|party|personnel|team members?|individuals?|team)\\b'),
    rewrite: 'the right people on our team',
  },
  {
    kind: 'cold_distance',
    pattern: rx('by the staff\\b(?! (member|members|involved|at|of|there|in question)\\b)'),
    rewrite: (span) => `${span.split(/\s+/)[0]?.toLowerCase() ?? 'by'} our team`,
  },
  {
    kind: 'cold_distance',
    pattern: rx('(of|by|from|with|for|to) this (service|company|business|establishment|organi[sz]ation|firm|hotel|store|shop)\\b'),
    rewrite: (span) => span.replace(/\bthis\b/i, 'our'),
  },
  {
    kind: 'cold_distance',
    pattern: rx('(dear )?valued (customer|client|guest|member|user)'),
    rewrite: (span) => (/^dear/i.test(span) ? 'Hello' : 'customer'),
  },
  {
    kind: 'cold_distance',
    pattern: rx("it('s| is) (most |very |deeply |truly )?(unfortunate|regrettable) that|it is (to be )?regretted that"),
    rewrite: "I'm sorry that",
  },
  {
    kind: 'cold_distance',
    // Passive voice that hides who did the work.
    pattern: rx(
      "((further|additional|necessary|the necessary|some|several|all|the|these|those) )(([\\w/-]+ )?(changes|updates|improvements|fixes|adjustments|steps|measures|actions|corrections|amendments|layouts?|settings)) (have|has) been (made|taken|implemented|applied|introduced|validated|verified|reviewed|carried out|put in place)",
    ),
    rewrite: (span) => {
      const m = /^(\S+)\s+(.+?)\s+(?:have|has)\s+been\s+(.+)$/i.exec(span);
      if (!m) return "we've made changes";
      const det = m[1]!.toLowerCase();
      return `we've ${m[3]!.toLowerCase()} ${det === 'further' || det === 'additional' || det === 'some' || det === 'several' || det === 'necessary' ? `${det} ` : 'the '}${m[2]!}`.replace(/\bthe the\b/, 'the');
    },
  },
  {
    kind: 'cold_distance',
    // Letter-of-the-law wording in a reply to one person.
    pattern: rx(
      "this (letter|email|e-mail|message|notice) is to (inform|advise|notify|confirm)( you)?|(we|I) (also )?(must|wish to|would like to|are writing to|am writing to|write to|hereby) (advise|inform|notify) you|please be advised( that)?|be advised that|you are (hereby )?(advised|notified) that",
    ),
    rewrite: 'I want to let you know',
  },
  {
    kind: 'cold_distance',
    pattern: rx(
      "with (respect|regard|reference) to|in (reference|respect) to|the above-?(referenced|mentioned)|aforementioned|herein(after)?|hereby|pursuant to|shall (not )?be construed as|including,? but not limited to,?|nothing contained in this (letter|email|e-mail|message)|in accordance with|(the issue|the question|the matter) of what constitutes|what constitutes|the undersigned",
    ),
    rewrite: (span) => {
      const s = span.toLowerCase();
      if (/respect|regard|reference/.test(s)) return 'about';
      if (/above|aforementioned/.test(s)) return 'this';
      if (/herein/.test(s)) return 'here';
      if (/hereby/.test(s)) return 'now';
      if (/pursuant|accordance/.test(s)) return 'under';
      if (/construed/.test(s)) return 'means';
      if (/including/.test(s)) return 'such as';
      if (/nothing contained/.test(s)) return 'nothing in this letter';
      if (/constitutes/.test(s)) return 'whether it counts as';
      return 'I';
    },
  },
  {
    kind: 'cold_distance',
    // The customer spoken of in the third person.
    pattern: rx(
      "(the|this) (customer|guest|passenger|client|patron|reviewer|consumer|member|user)s? (is|are) ((hereby|kindly|strongly) )?(advised|reminded|requested|asked|required|encouraged|expected) to|(this|the) (passenger|guest|patron|reviewer|gentleman|lady|individual)( in question)? (became|refused|disrupted|harassed|insulted|complained|chose|decided|was asked)",
    ),
    rewrite: (span) => (/\bto$/i.test(span) ? 'please' : 'you'),
  },
  {
    kind: 'cold_distance',
    pattern: rx("((is|are|was|were) )?(not|isn't|wasn't) (consistent|in line|in keeping) with (how we|our)\\b[^.!?;\\n]{0,80}|(does not|doesn't|did not|didn't) reflect (our|how we)\\b[^.!?;\\n]{0,80}"),
    rewrite: 'not how we want anyone to be treated',
  },
  {
    kind: 'cold_distance',
    pattern: rx("(as )?an? (registered|valued|loyal) (customer|member|user|client|guest) of (this|the) (service|company|business|site)"),
    rewrite: 'as one of our customers',
  },
];

/** The sentence that ends just before `start` ("" if none ends there). */
function previousSentence(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 300), start).trimEnd();
  if (!/[.!]$/.test(before)) return '';
  return sentenceBefore(before, before.length - 1, 300);
}

/** "a" or "an" to suit the word that follows position `end` in the text. */
function articleFor(original: string, text: string, end: number): string {
  if (/^the$/i.test(original)) return 'the';
  const next = /^\s*([A-Za-z])/.exec(text.slice(end, end + 40))?.[1];
  if (!next) return original.toLowerCase();
  return /[aeiou]/i.test(next) ? 'an' : 'a';
}

/**
 * Check an agent's draft. Never throws; findings are sorted by position, never
 * overlap, and number at most MAX_FINDINGS.
 */
/** Characters read to tell the draft's language. */
const LANGUAGE_SAMPLE = 1_000;

export function checkDraft(text: string): { findings: DraftFinding[] } {
  if (typeof text !== 'string' || text.length === 0) return { findings: [] };
  // The opening is enough to tell the language, and reading all of a long draft costs time.
  const reading = readingOf(text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text);
  const rules = reading.kind === 'read' && reading.lexicon.lang === 'es' ? spanishRules : englishRules;
  return { findings: runRules(rules, text) };
}
