import type { DefaultStepId } from '../playbooks/types.ts';

/** What a veto reads around a match. `after` is the sentence text after the match; `next` the following sentence. */
export interface CueContext {
  sentence: string;
  before: string;
  after: string;
  next: string;
}

/**
 * How an agent reply shows it did each step concept. A cue is a pattern plus a veto
 * that reads the sentence around the match, because the words alone mislead: "I'm
 * sorry, but that's our policy" contains an apology word and takes it back.
 */
export interface CueGroup {
  says: readonly RegExp[];
  /** True when this match, read in its sentence, does not count. */
  veto?: (context: CueContext) => boolean;
}

export interface StepCue extends CueGroup {
  /** Further patterns with their own veto. */
  more?: readonly CueGroup[];
  /**
   * Patterns that only count once an earlier reply has offered a remedy or acted:
   * "thanks for letting me know, marking this as resolved" closes a fixed thread, but
   * opens an unfixed one.
   */
  afterFix?: readonly RegExp[];
}

export type StepCues = Readonly<Record<DefaultStepId, StepCue>>;

const re = (source: string): RegExp => new RegExp(source, 'gi');

const TAKE_BACK = /\b(but|however|although|though|yet)\b/i;
const DEFENCE =
  /\b(policy|policies|rules?|terms|nothing (i|we) can do|not (our|my) fault|(can't|cannot|can not|unable to|not able to|won't be able to)|you (should|need to|must|didn't|did not|were supposed to)|unfortunately|as (stated|mentioned|explained))\b/i;

/** "… but/however …" after the cue in the same sentence, or a next sentence opening with a defence. */
function takenBack({ after, next }: { after: string; next: string }): boolean {
  if (TAKE_BACK.test(after)) return true;
  return /^(but|however|unfortunately|that said|still)\b/i.test(next) && DEFENCE.test(next);
}

/** A refusal right after an apology: "I am sorry, I can't return this." */
const REFUSAL =
  /\b(can't|cannot|can not|won't|will not|unable to|not able to|not allowed|not possible|isn't possible|not going to|(there's|there is) nothing|nothing (i|we) can do|(is|was) (a )?(legitimate|correct|valid))\b/i;

const NEGATED_OFFER =
  /\b(can't|cannot|can not|unable to|not able to|won't|will not|not eligible|no longer|don't|do not|doesn't|does not|isn't possible|not possible|no refunds?|non-refundable|not entitled|not in a position|aren't able|(isn't|is not|there's not|there is not) anything (i|we) can do|nothing (i|we) can do|not (replaced|refunded))\b/i;
const COMPROMISE = /\b(but|however|instead|what (i|we) can do)\b[^.]*\b(i|we)\b[^.]*\b(can|could|will|'ll|would|'d|have|'ve)\b/i;

/** Who offers a remedy: us, now or soon, or the customer by a route we give ("you can…"). */
const OFFERED_BY_US =
  /\b(i'll|we'll|i will|we will|i can|we can|i could|we could|i'd|we'd|i would|we would|i'm|we're|i am|we are|i've|we've|i have (?!been)|we have (?!been)|let me|let us|happy to|glad to|here's|here is|here are|would you|how about|you'll|you will|you can|you could|you may|you'd|can be (used|redeemed|applied|claimed|exchanged)|suggest|suggestion|recommend|alternatively|is on us|(your|the) next \w+)\b|^\s*(i|we)\s+(?!did\b|was\b|were\b)\w+ed\b/i;

/** Policies and rules said as the reason: "As stated in our terms, items are replaced, not refunded." */
const RULES = /\b(as (stated|mentioned|explained|i said)|(our|the) (policy|policies|terms|rules)|per (our|the) (policy|terms)|as i already)\b/i;

const ADVERBS = '(?:(?:so|very|really|truly|terribly|deeply|sincerely|genuinely|incredibly|awfully|extremely|most|just|do|honestly|again|super|soo+)\\s+)*';

/** Things an agent does for a customer, in the past participle. */
const DONE_VERBS =
  'issued|processed|sent|send|arranged|escalated|created|refunded|applied|cancell?ed|cancel|updated|booked|shipped|flagged|passed|placed|added|credited|reset|fixed|re-?sent|reshipped|ordered|scheduled|set up|submitted|raised|logged|contacted|spoken|asked|emailed|called|changed|corrected|removed|deleted|reversed|waived|upgraded|reissued|started|initiated|requested|dispatched|organi[sz]ed|approved|authori[sz]ed|restored|unlocked|reactivated|released|published|pushed|merged|deployed|committed|uploaded|patched|reverted|rolled back|undone|zeroed( out)?|replaced|repaired|resolved|addressed|handled|forwarded|responded|replied|answered|confirmed|notified|investigated|looked into|taken care of|sorted( out)?|opened|filed|made a note';

/** Done to the customer's case, in the passive: "has been refunded". ("This has been requested before" is not.) */
const BEEN_VERBS = DONE_VERBS.split('|')
  .filter((v) => !/^(requested|asked|started|opened|spoken|called|answered|confirmed|initiated|placed|ordered|logged|raised|filed|submitted|send|cancel|made a note)$/.test(v))
  .join('|');

/**
 * Steps an owner will take, in the base form: "I'll look into this", "we will put in a
 * claim", "I'll make a note". The remedy itself ("we'll refund you", "I'll send a new
 * one") is the offer (resolve); it becomes a step taken once it is done or dated.
 */
const WILL_VERBS =
  'issue|process|arrange|book|put (in|the|it|a|your)|make a note|note|add|flag|log|pass|forward|escalate|check|look into|look at|investigate|take a look|find out|carry|bring|call|email|e-mail|message|text|update|create|release|publish|push|merge|deploy|connect|transfer|reverse|schedule|contact|reach out|file|open|submit|raise|post|upload|patch|ask|talk to|speak to|work on|try to get|try to fix|be (creating|releasing|publishing|pushing|working|looking)';

const TIME =
  '(within|by|in \\d|in the next|in a (few|couple)|tomorrow|today|tonight|this (week|afternoon|evening|morning)|next (week|month)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|shortly|soon|business days|working days|hours|minutes|the morning|after (that|this|it|the)|once|as soon as|at \\d)';

/** A fix or a remedy that has been delivered: the step is offered and done at once. */
const FIX_DELIVERED = [
  // "fixed in 2.3.1", "fixed in c19b69e", "this was fixed by #412"
  re('\\b(fixed|resolved|addressed|solved|patched) (in|with|by|as of|since) (v(ersion)?\\s?\\d|\\d+\\.\\d|#?\\d|[0-9a-f]{7,}|the (latest|new|next|last)|this (release|version|commit|pr|pull request)|(pr|pull request|commit|release|version|build|update) )'),
  // "I've pushed a fix", "just published bug fix with version 2.10.1", "released a patch"
  re('\\b(pushed|published|released|shipped|merged|deployed|landed|committed|uploaded|rolled out|put out|made) (out )?(a |an |the |my |our )?(small |quick |new |bug ?|hot ?)?(fix|patch|hotfix|update|new (version|release|build))\\b'),
  // "has been updated with the fix", "the fix is live", "a fix is now out"
  re('\\b(updated|patched) with (a|the) fix\\b'),
  re('\\b(the|a|this|my|our) (fix|patch|hotfix|change) (is|has been|was|should be|will be|has) (now |already )?(live|out|released|available|merged|deployed|published|in|up|pushed|shipped|landed|rolled out)\\b'),
  // "repo has been fixed", "this was fixed", "the revert has been undone"
  re('\\b(has|have|was|were|is|are) (now |already |just |finally |all )?(been )?(fixed|resolved|undone|reverted|restored|repaired|corrected|sorted out)\\b|\\b(is|are) (now |all )sorted\\b'),
  // "it should be OK now", "everything should be back to normal"
  re('\\b(should|will|must) (now )?be (ok|okay|fine|good|working|sorted|back to normal|back up|resolved|fixed)( again)? (now|with|in|again)\\b'),
  re('\\b(should|will) (now )?be back to normal\\b'),
  re('\\b(is|are) now (live|available|fixed|working|enabled|possible|supported|resolved|back|restored|active)\\b'),
  re('\\b(it|this|that|everything) (now )?works (now|again)\\b'),
  re('\\byou (can|should be able to) now\\b'),
  // "I refunded you", "I zeroed out your account", "I've reversed the charges"
  re('\\b(i|we)( have|\'ve)? (just |already |now |gone ahead and )?(refunded|reversed|zeroed( out)?|credited|replaced|waived|restored|resent|reshipped|reprinted|redone|unlocked|reactivated|fixed|repaired|reinstated|re-?enabled|extended)\\b(?! by)'),
];

/** A remedy the sentence refuses, or rules given as the reason, unless it goes on to a compromise. */
function refused(c: CueContext): boolean {
  const upTo = c.sentence.slice(0, c.sentence.length - c.after.length + 20);
  if (NEGATED_OFFER.test(upTo) && !COMPROMISE.test(c.after)) return true;
  return RULES.test(c.sentence) && !COMPROMISE.test(c.sentence);
}

const BY_ORDINAL_WORDS = '(a|an|the|your|my|our|some|these|those|this|it|them|both|all)';

export const EN_STEP_CUES: StepCues = {
  listen: {
    says: [
      re("\\b(walk|talk|take) me through\\b"),
      re("\\btell me (a (bit|little) )?(more|what happened|everything|exactly what|about (what|your|how))\\b"),
      re("\\b(can|could|would) you (please )?(also )?(tell|share|describe|explain|walk)\\b[^.?!]{0,50}\\b(what|more|happened|how|went wrong|experience)\\b"),
      re("\\b(can|could|would) you (please )?(also )?tell (me|us)\\b"),
      // "Can you elaborate?", "could you also provide more details"
      re("\\b(can|could|would) you (please )?(also )?(elaborate|clarify|expand|say more|give (me|us) more|provide (me |us )?(more|some|a few|further|additional) (details|information|info|context))\\b"),
      re("\\b(more|some|further|additional) (details|information|info|context) (about|on) (what|how|the (problem|issue|error))\\b"),
      re("\\bhelp me understand\\b"),
      re("\\btake (all )?(the time|your time)\\b"),
      re("\\bi('m| am) (all ears|listening|here to listen)\\b"),
      re("\\bi('d| would) (like|love|want) to (hear|understand|know more|get the full picture)\\b"),
      re("\\bin your own words\\b"),
      re("\\bfill me in\\b"),
      re("\\b(anything else|what else) (i|you)[^.?!]{0,30}\\b(know|share|add|tell)\\b"),
      re("\\bi want to make sure i (fully |properly )?understand\\b"),
      // A neutral opening: "How can I help you?", "What can I do for you today?"
      re("\\bhow (can|may|could) (i|we) (help|assist)\\b"),
      re("\\bwhat can (i|we) do for you\\b"),
    ],
    more: [
      {
        // A question about what they went through: "What exactly doesn't work?", "What's your reasoning for…?"
        says: [re("(?:(?<=^|[.!?\\n(]\\s{0,3})|(?<=\\b(?:and|also|so|ok|okay|then)\\s))(?:what|which|how|when|where|in what way)\\b[^.?!\\n]{0,140}\\?")],
        veto: (c) => {
          const q = c.sentence.slice(c.before.length, c.sentence.length - c.after.length);
          // It must be about them and their problem, not a rhetorical jab or a remedy choice.
          if (!/\byou(r)?\b/i.test(q)) return true;
          if (!/\b(problem|issue|error|happen\w*|work\w*|wrong|fail\w*|crash\w*|broken|break\w*|reason\w*|version|symptoms?|notic\w*|experienc\w*|expect\w*|steps|tr(y|ied|ying)|identify|see|seeing|get|getting|affect\w*|doesn't|does not|isn't|is not|exactly)\b/i.test(q)) return true;
          // "What would work best for you?" asks for a remedy (ask), not for their story.
          if (/\b(would|fair|prefer|best|like (me|us))\b/i.test(q)) return true;
          return /^\s*(why|how (many|often|hard|difficult|come|dare))\b/i.test(q);
        },
      },
    ],
  },
  acknowledge: {
    says: [
      re("\\bi (can |completely |totally |fully |really |absolutely |do |truly )*(understand|see|hear|imagine|appreciate)\\b\\s+(how|why|that|what|you|your|this|the|it|just)\\b"),
      re("\\bi (completely |totally |really )?get (it|why|how|that)\\b"),
      re("\\bi know (this|that|it)('s| is| was| has been| isn't| wasn't)\\b"),
      re("\\b(it|that|this) sounds like\\b"),
      re("\\bthat('s| is) (completely |totally |entirely |perfectly )?(fair|understandable|reasonable)\\b"),
      re("\\bthe last thing you (need|needed|want|wanted)\\b"),
      re("\\b(is|was)( just| simply)? not (okay|ok|acceptable|good enough|right|fair)\\b"),
      re("\\bi hear you\\b"),
      re("\\b(that|this|it)('s| is| was| has been| sounds| must (have been|be)| must've been) (really |so |incredibly |truly |very |such |extremely |deeply |absolutely |beyond )*(frustrating|stressful|awful|maddening|upsetting|exhausting|disappointing|annoying|infuriating|difficult|hard|a nightmare|unacceptable|not okay|not ok|not what you|a lot|terrible|horrible|worrying|inconvenient|a hassle|a headache|a pain|unfair|rough|tough|a mess|not good enough|ridiculous|far from|upsetting)"),
      re("\\byou('re| are) (absolutely |completely |totally |quite |100% )?right\\b"),
      re("\\byou (have|'ve|had) every (right|reason)\\b"),
      re("\\bno wonder\\b"),
      re("\\bunderstandably\\b"),
      re("\\bi('d| would) (be|feel) (just as |equally |every bit as )?(frustrated|upset|angry|annoyed|furious|disappointed)"),
      re("\\bif i('ve)? understand(ood)? (you )?correctly\\b"),
      re("\\b(to recap|to sum up|just to confirm|so (just )?to make sure)\\b"),
      re("\\bi know how (frustrating|annoying|stressful|upsetting|disappointing|hard|difficult)"),
      re("\\b(must|must've|must have) (have )?(been|felt) (so |really |very |incredibly )*(frustrat|stress|awful|annoy|upset|disappoint|exhaust|difficult|hard|maddening|worrying|a )"),
      re("\\bthat('s| is) (not|nowhere near) (the|what) (experience|service|standard)"),
      re("\\byou (deserved|deserve|should have had|should've had) (better|more)\\b"),
      // Sharing the feeling or the problem: "I know the feeling", "I had a similar issue", "same here"
      re("\\bi know (the|that|this) feeling\\b|\\bi('ve| have) been there\\b|\\bi feel (you|your pain)\\b"),
      re("\\b(happens|happened) to me\\b"),
      // Confirming their report: "confirmed it's broken", "I can reproduce this", "I see the problem now"
      re("\\bconfirm(ed)?,? (that )?(it's|it is|this is|this|the|it) (still )?(broken|a bug|an issue|not working|happening|reproducible|a problem|down)\\b"),
      re("\\b(i|we) (can|could|was able to|were able to|managed to) (reproduce|replicate|confirm|see) (it|this|the (problem|issue|bug|error)|that)\\b"),
      re("\\b(i|we)('ve| have) (reproduced|replicated|confirmed) (it|this|the|that)\\b"),
      re("\\bi (see|found|spotted|understand) (the|what the|where the) (problem|issue|bug|cause|mistake)\\b"),
      // Owning the failure: "my mistake", "we let you down", "this should not have happened"
      re("\\b(my|our) (mistake|fault|error|bad|oversight|screw-?up)\\b(?!\\s+(message|messages|log|logs|handling|code|codes|page|reporting|rate|tracking))|\\b(mistake|error|accident|oversight|fault|slip|screw-?up) (was )?(on|from) (my|our) (part|end|side)\\b"),
      re("\\b(i|we)( have|'ve)? (made|make) (a|an) ([\\w-]+ ){0,2}(mistake|error|blunder|oversight)\\b"),
      re("\\b(i|we)( have|'ve)? (messed|screwed|mucked|slipped) up\\b|\\b(we|i)( have|'ve)? (let you down|dropped the ball)\\b"),
      re("\\b(this|that|it) (should(n't| not)|should never|never should) have (happened|been)\\b|\\byou (shouldn't|should not|should never) have (had to|to|been)\\b"),
      // Taking their words seriously: "your comments were heartfelt", "you make a good point", "I agree"
      re("\\byour (comments|feedback|concerns|points|frustration|words|criticism|review)\\b[^.?!]{0,40}\\b(are|were|is) (\\w+ )?(valid|fair|heartfelt|thoughtful|justified|understandable|warranted|right|helpful|appreciated)\\b"),
      re("\\b(good|fair|valid) point\\b|\\byou (make|have|raise) a (good |fair |valid )?point\\b"),
      re("\\b(i|we) (completely |totally |fully |absolutely |100% )?agree\\b"),
    ],
    // "I want to make sure I understand" announces listening, not understanding.
    veto: (c) =>
      /\b(make sure|want to|like to|trying to|try to|need to)\s+(i\s+)?$/i.test(c.before.replace(/\bi\s+(can\s+)?$/i, '')) ||
      /\b(don't|do not|can't|cannot|not)\s*$/i.test(c.before) ||
      takenBack(c),
    more: [
      {
        // "I had a similar issue" shares the problem; "this is the same issue as #12" files it away.
        says: [re("\\b(similar|same) (issue|problem|thing|bug|behaviou?r|error)\\b")],
        veto: (c) => !/\bi('ve| have)? (had|have|see|saw|am seeing|'m seeing|experienced|ran into|run into|hit) (a |the |exactly the )?(very )?$/i.test(c.before),
      },
    ],
  },
  apologize: {
    says: [
      re(`(?:^|[.,;:!?(\\-\\u2013\\u2014]\\s*|\\b(?:i'm|i am|we're|we are|i was|we were|i feel|am|and|yeah|yes|oh|ok|okay|hi|hello|hey|again|also|first|firstly)\\s+)${ADVERBS}sorry\\b(?!-)`),
      re(`\\b(?:i|we)\\s+${ADVERBS}apologi[sz]e\\b`),
      re("(?:^|\\b(?:my|our|please accept (?:my|our))\\s+)(?:(?:sincere|sincerest|deepest|humble|heartfelt|genuine|honest|unreserved|full)\\s+)*apologies\\b"),
      re("\\bplease accept (my|our) (sincere |sincerest |deepest |heartfelt )?apology\\b"),
      re("\\bi owe you an apology\\b"),
      re("\\b(i|we) (really |truly |deeply |sincerely )?regret (that|the|this|what|how|not|any)\\b"),
      re("\\bthat('s| is) on (me|us)\\b|\\bmy bad\\b"),
    ],
    veto: (c) => {
      // Bad news, interruptions, conditional and "you feel" apologies are not apologies for their experience.
      if (/^\s*(to (say|inform|tell|report|bother|interrupt|hear you feel)|if\b|you feel\b|that you feel\b|you('re| are) (upset|unhappy|disappointed) (with|about) (our|the) (policy|decision))/i.test(c.after)) return true;
      if (/^\s*(for|about) (any|the) (confusion|misunderstanding) (you|on your)/i.test(c.after)) return true;
      // "Sorry, could you send your order number?" interrupts to ask; it apologizes for nothing.
      if (/^\s*[,!]?\s*(could|can|would|will|please|do|did|what|which|where|when)\b/i.test(c.after)) return true;
      if (/^\s*[,!]?\s*((i|we) (don't|do not) (understand|follow|know|see)|not sure)\b/i.test(c.after)) return true;
      // "I am sorry Ma'am, I can't return this." apologizes in order to refuse.
      if (REFUSAL.test(c.after) || (c.after.trim().length < 3 && /^(i|we) (can't|cannot|won't|will not|am unable|are unable)\b/i.test(c.next))) return true;
      // An apology inside quotation marks names a message or template; it is not made to this customer.
      if ((c.before.match(/["\u201c\u201d]|(?<!\p{L})'|'(?!\p{L})/gu)?.length ?? 0) % 2 === 1 && !/\b(i'm|i am|we're|we are)\s*$/i.test(c.before)) return true;
      return takenBack(c);
    },
  },
  ask: {
    says: [
      re("\\bwhat would (feel|be|seem|sound|look like) (like )?(a )?(fair|right|reasonable|good|best|acceptable)"),
      re("\\b(fair|good|best) way to (put|make|set) (this|it|things) right\\b"),
      re("\\bwhat (would|can|could|might|should) (i|we) do to (make|put|set) (this|it|things) (right|up to you|better|straight)"),
      re("\\bwhat would (make|put|set) (this|it|things) (right|better|okay|ok|straight)"),
      re("\\bwhat would you like (me|us) to do\\b"),
      re("\\bhow would you like (me|us) to (proceed|handle|resolve|fix|make|put|sort)"),
      re("\\bif you were in my (place|shoes|position)\\b"),
      re("\\bif you (ran|were running|owned) (the|our|this) (business|company|shop|store)"),
      re("\\bwhat (outcome|resolution|remedy|solution) (would|do you|are you|works)"),
      re("\\bwhat would you prefer\\b"),
      re("\\bwhich (would you prefer|do you prefer|would work (better|best)|option (would|do you|works))"),
      re("\\bwould you (prefer|rather)\\b"),
      re("\\blet me know what would (work|feel|be|suit|help)"),
      // "How can we make this right?", "I'm wondering how we can make this right for you."
      re("\\bhow (can|could|might|do) (i|we) (make|put|set) (this|it|things) (right|up to you|better)"),
      re("\\bhow (i|we) (can|could|might) (make|put|set) (this|it|things) (right|up to you|better)"),
      re("\\bwhat would (help|work|suit)( you)?( the)? (most|best|better|for you)"),
      re("\\bhow (do|would) you (want|like) (this|it|us|me) (resolved|handled|fixed|sorted)"),
      re("\\bwhat (can|could) (i|we) do (to help|for you)\\b[^.?!]{0,40}\\b(right|better|fair|make up)"),
    ],
  },
  resolve: {
    says: [
      re("\\b(full |partial )?(refund(ed|ing|s)?|replacement|replace (it|them|the|your)|re-?ship\\w*|re-?send\\w*|re-?do(ne)?|re-?print\\w*|re-?make|re-?deliver\\w*|(store |account |a |\\$?\\d+ )credit(ed)?|discount\\w*|voucher|coupons?|\\d+ ?% off|free of charge|for free|at no (extra )?(cost|charge)|no charge|waiv(e|ed|ing)|on (us|the house)|cover (the|your) (cost|shipping|return)|compensat\\w*|upgrade\\w*|reimburs\\w*|complimentary|money back)\\b"),
      re("\\bsend(ing)? (you )?(a |an )?(new|fresh|correct|replacement|another)\\b"),
      re("\\bfix (this|it|that) for you\\b"),
      re("\\b(here's|here is) what (i|we) (can|will|'ll) do\\b"),
      re("\\b(i|we)('ll| will| can|'d like to| would like to| am going to|'m going to| are going to|'re going to|'d be happy to| would be happy to) (try to )?(fix|repair|correct|sort out|resolve|look into fixing) (this|it|that|the|your)\\b"),
      re("\\bhalf (off|price)\\b"),
      re("\\bnext (order|purchase|visit|one|month|box|delivery) (will be |is )?(free|on us|on the house)\\b|\\bwill be free\\b"),
      // Reversing what went wrong: "I will reverse the charges", "I can delete your account manually"
      re("\\b(i|we)('ll| will| can| could|'d| would| am going to|'m going to| are going to|'re going to) ((?!not\\b|never\\b)\\w+ )?(try to )?(reverse|delete|remove|cancel|close (your|the) account|reset|resend|restore|unlock|reactivate|reinstate|transfer|extend|replace|repair|refund|waive|credit|zero|correct|change|re-?enable|get (it|them|this|that|your))\\b"),
      re("\\b(reverse|undo|cancel|void) (the|that|this|those|both|all) (charges?|payments?|transactions?|orders?)\\b"),
      // A claim or return opened for them.
      re("\\b(put in|file|open|submit|make|raise|lodge|start) (a|an) (claim|warranty claim|return|rma|replacement request|dispute)\\b"),
    ],
    veto: (c) => {
      // "Did the refund come through?" asks about a remedy already given.
      if (/(^|[:;,]\s*)(did|has|have|is|was|were)\b[^:;,]*$/i.test(c.before)) return true;
      if (refused(c)) return true;
      // A remedy must be offered by us: "I want a refund" quoted back or "you asked for a refund" is not an offer.
      const sentence = c.sentence;
      if (!OFFERED_BY_US.test(sentence)) return true;
      // "I did this software for free" is a favour done, not a remedy offered.
      if (/\b(i|we) (did|made|built|wrote|develop(ed)?|maintain(ed)?)\b/i.test(c.before) && !/\b(i|we)('ll| will| can|'ve| have)\b/i.test(sentence)) return true;
      return /\byou (asked|requested|wanted|mentioned|want)\b[^.]*$/i.test(c.before) && !/\b(i|we)('ll| will| can|'ve| have)\b/i.test(sentence);
    },
    more: [
      {
        // Fixes, routes and workarounds offer themselves: "fixed in 2.3.1", "try X", "grab the latest release".
        says: [
      // A workaround or route: "try X", "grab the latest release", "you could refund on this link", "my suggestion would be…"
      re("\\b(please |just |simply )?try (to |using |updating |upgrading |reinstalling |restarting |clearing |running |again|the |a |an |this|that|it |with |downgrading |disabling |enabling |logging |switching |version )"),
      re("\\b(grab|install|download|use|get|update to|upgrade to) the (latest|newest|new|current) (release|version|build|update|beta)\\b"),
      re("\\bupdat(e|ing) to (v(ersion)?\\s?\\d|\\d+\\.\\d|the latest)"),
      re("\\byou (can|could|may|might want to|should be able to) (also |simply |just |always |still )?(try|contact|reach|request|use|install|update|upgrade|downgrade|download|grab|get|refund|reset|clear|restart|reinstall|roll back|revert|switch|disable|enable|delete|remove|dm|email|message|ask for|claim|redeem|apply)\\b"),
      re("\\b(my )?suggestion (would be|is)\\b|\\bi('d| would)? (suggest|recommend)\\b|\\b(an ?other|one|another) (thing|option) you (can|could) (do|try)\\b|\\balternatively\\b|\\bworkaround( is| would be| for (now|this|the time being)|:)"),
      re("\\b(contact|reach|dm|email|message|ping) me\\b[^.?!]{0,30}\\b(so (i|we) can|and (i|we)('ll| will| can))\\b"),
      re("\\b(i'll|i will|let me|here (is|are)) (provide|give|send|share|post|link)?( you)? ?(some |a |the |a few )?(links?|steps|instructions|guide|workaround)\\b"),
      re("\\bif you (come|bring|send|return|drop|pop) (it |them |the \\w+ )?(back|in|by|over|round|right back)\\b[^.?!]{0,40}\\b(we|i)('ll| will| can| could)\\b"),
          ...FIX_DELIVERED,
        ],
        veto: (c) => {
          if (refused(c)) return true;
          // "Did you try restarting?" asks; "I would suggest you don't generalize" lectures.
          if (/^\s*(did|have|has|had) (you|it|they)\b/i.test(c.sentence) && /\?/.test(c.sentence + c.after)) return true;
          if (/^\s*(that )?you (don't|do not|not|stop|read|be more|calm)\b/i.test(c.after)) return true;
          // "You can contact us at support@…" sends them elsewhere in our own house; a third party or "me" is a route.
          if (/\b(contact|reach|email|message|dm)\s*$/i.test(c.sentence.slice(0, c.sentence.length - c.after.length)) && /^\s*(us|our|the (support|sales|help|billing)|support|info@|the (form|forum|discord))\b/i.test(c.after)) return true;
          // "Before I suggest anything, help me understand" holds the remedy back.
          if (/\b(before|until|without|instead of)\s+(i\s+|we\s+)?$/i.test(c.before)) return true;
          // "I'll try to find out" is an attempt, not a route given to them.
          if (/^try\b/i.test(c.sentence.slice(c.before.length).trim()) && /\b(i|we|i'll|we'll|i'm|we're)\b[^,;]*$/i.test(c.before)) return true;
          return false;
        },
      },
    ],
  },
  act: {
    says: [
      re(`\\b(i|we)('ve| have) (just |now |already |gone ahead and |personally |also |finally )*(${DONE_VERBS})\\b`),
      re(`\\b(i|we) (just |already |personally |also |finally )?(${DONE_VERBS}) ${BY_ORDINAL_WORDS}\\b`),
      re(`\\b(i|we) (just |already |personally )?(${DONE_VERBS})\\b[^.?!]{0,60}\\b(for you|this morning|today|just now|a (moment|minute) ago)`),
      re(`\\b(has|have|had) (now |just |already |also )?been (${BEEN_VERBS}|delivered|fixed|approved)\\b`),
      re(`\\band (then )?(responded|replied|answered|commented|followed up) (there|to (it|you|your|that)|in|on|via|by)\\b`),
      // What they will get and when: "you'll receive it by Friday", "it will be ready at 11:30"
      re(`\\byou('ll| will| should) (receive|see|get|have|hear|be (looking at|contacted|notified|refunded|credited))\\b[^.?!]{0,80}\\b${TIME}`),
      re("\\b(it|this|they|that|everything|yours|the \\w+|your \\w+|(the|your) \\w+ \\w+) (will|should|'ll) (arrive|reach you|self-update|update|show up|go (out|live)|be (delivered|there|with you|processed|back|fixed|reflected|credited|refunded|shipped|dispatched|live|active|resolved|ready|updated|released|available|incorporated|merged|deployed|published|out|done|sent|back to normal|on (its|their) way))\\b"),
      re(`\\b(takes?|will take|should take|can take|may take) (up to |around |about |roughly |approximately |between )?(\\d+|one|two|three|four|five|seven|ten|a few|a couple of|seventy-two|twenty-four|forty-eight)\\b[^.?!]{0,20}\\b(hours?|days?|weeks?|minutes?|business days|working days)\\b`),
      re(`\\b(will|should|'ll) (now |soon |then |also )?be (updated|released|incorporated|merged|deployed|published|rolled out|pushed|uploaded|sent|shipped|processed|refunded|credited|reviewed|fixed|live|available|ready)\\b[^.?!]{0,60}\\b${TIME}`),
      re("\\btracking (number|link|code)\\b"),
      re("\\b(will|'ll) (visit|call you|arrive|be there|come|collect|pick)\\b[^.?!]{0,40}\\b(between|at \\d|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by|tomorrow|today)\\b"),
      re("\\bnext,? (i|we|you)('ll| will)?\\b"),
      re("\\b(i|we)('ll| will) (email|update|message|call|text|let you know|keep you (posted|updated|informed))\\b[^.?!]{0,60}\\b(by|within|tomorrow|today|as soon as|when|once|the moment|each step|every step|before)\\b"),
      // What we will do: "I'll look into this", "we will put in a claim", "I'll make a note in the database"
      re(`\\b(i|we)('ll| will|'m going to| am going to|'re going to| are going to) (now |also |then |personally |first |right away |immediately |go ahead and )?(${WILL_VERBS})\\b`),
      re(`\\b(i|we) (should|hope to|expect to|plan to|intend to) (have|get) (it|this|that|them|a fix|the fix|a new \\w+)\\b[^.?!]{0,30}\\b(fixed|ready|done|sorted|out|up|resolved|released|tonight|today|tomorrow|soon|by)\\b`),
      re("\\b(i'm|i am|we're|we are) (now |currently |already |actively )?(processing|arranging|issuing|sending|shipping|refunding|escalating|booking|fixing|rebuilding|reprinting|preparing|investigating|working on (a fix|the fix|your)|checking (on|with|into)|finishing|handling)\\b"),
      // "We are looking into it" is the stock stall; an owner says "I'm looking into it" or when.
      re(`\\b(i'm|i am) (now |currently |already |personally )?(looking into|working on|checking) (it|this|that|the|your)\\b|\\b(we're|we are) (now |currently |already )?(looking into|working on|checking) (it|this|that|the|your)\\b[^.?!]{0,60}\\b${TIME}`),
      re("\\b(is|are) (now |currently |already )?(finishing|preparing|processing|being (processed|prepared|shipped|fixed|made|remade|reprinted))\\b"),
      re("\\b(here's|here is) (what happens next|the timeline|your (new )?(order|tracking|confirmation))"),
      re("\\b(i|we)('m| am| are|'re|'ll| will| have|'ve)\\b[^.?!]{0,40}\\b(right now|as we speak)\\b"),
      re("\\bconfirmation (number|email) (is|will)\\b"),
      re("\\b(while|as) (i|we) (connect|transfer|put) you\\b|\\b(let me|i'll|i will) (connect|transfer|put) you (through|to|with)\\b"),
      re(`\\b(they|someone|a (colleague|technician|specialist|manager|member of (the|our) team)|the team|our team)('ll| will) (contact|call|email|reach out to|get back to|be in touch with) you\\b[^.?!]{0,40}\\b${TIME}`),
      re("\\bfurther details\\b[^.?!]{0,20}\\b(in|by|via) (the |an |your )?(e-?mail|message|dm)\\b"),
      ...FIX_DELIVERED,
    ],
    veto: (c) =>
      (/\b(if|once you|when|whenever|can't|cannot|unable|won't|unless|until you|did you|have you|has it)\b/i.test(c.before) && !/\b(i|we)('ve| have)\b/i.test(c.before)) ||
      /\b(don't|do not|didn't|did not|never|not)\s*$/i.test(c.before) ||
      // "I'm sorry we sent the wrong size" names the mistake; it is not a step taken.
      (/\b(sorry|apologi[sz]e|regret|unfortunately|mistakenly|accidentally|by mistake)\b/i.test(c.before) && !/\b(i|we)('ve| have)\b/i.test(c.before + c.after.slice(0, 1))) ||
      /^\s*(the )?(wrong|incorrect|bad)\b/i.test(c.after) ||
      /^\s*(you|yourself)\b/i.test(c.after) && /\b(asked|told)\s*$/i.test(c.before + ' '),
  },
  follow_up: {
    says: [
      re("\\b(just )?(checking|following) (back |up |in )?(in |on |with you|to see|to make sure)"),
      re("\\b(wanted|want|writing|reaching out) to (check|follow up|make sure|see|confirm) (in|back|that|if|whether|how|everything)"),
      re("\\b(did|has|have) (the|your|everything|it|they|the new|your new)( \\w+){0,3} (arrive|arrived|work|worked|come through|show up|shown up|reach|sort|reached|fix)\\b[^.!?]*\\?"),
      re("\\bis everything (ok|okay|working|sorted|alright|all right|good|as (it|you) should)"),
      re("\\b(are you|is it) (happy|satisfied|all set|sorted) (with|now)"),
      re("\\b(i|we)('ll| will) (check|follow up|circle back|touch base|check in|check back|reach out|get back to you|call you)\\b[^.?!]{0,60}\\b(tomorrow|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a (day|couple)|in \\d+ days|in (two|three|a few) days|next week|later this week|day after|after (it|the|your)|once (it|the|your)|to make sure|to confirm|to see)"),
      re("\\bthank(s| you) (so much |very much )?for (your loyalty|being (a |such a |our )?(loyal|valued|long-?time|longstanding)|sticking with us|staying with us|your continued|being with us|choosing us again|your (years|\\d+ years) of)"),
      re("\\b(as a|a small) (thank you|token of (our )?(thanks|appreciation))"),
      re("\\bcheck(ing)? (back|in) (with you )?(tomorrow|on|in|next|after|later|once)"),
      re("\\bglad (it|that|this|to hear)\\b[^.?!]{0,30}\\b(works|worked|working|sorted|fixed|resolved|helped)\\b"),
    ],
    afterFix: [
      re("\\b(can|could) you (please )?confirm\\b[^.?!]{0,60}\\b(so (i|we) can close|(is|are|was|were) (working|fixed|resolved|sorted|taken care of)|works|(you're|you are) (already )?(all set|taken care of|sorted))"),
      // Closing a fixed thread: "marking this as resolved", "thanks for letting me know about the problem"
      re("\\b(mark(ing)?|clos(e|ing)|consider(ing)?) (this|it|the (issue|ticket|thread|case))? ?(as )?(resolved|fixed|solved|done|completed?|closed)\\b"),
      re("\\bthank(s| you),? (so much |very much |again )?(,\\s*)?for (\\w+ )?(letting (me|us) know|reporting|the report|flagging|your patience|bearing with|your understanding|confirming|testing|the (quick |prompt )?(feedback|confirmation|update))"),
      re("^\\s*thank(s| you)\\b[^.!?\\n]{0,40}[.!]\\s*(so )?(i am|i'm|we are|we're|i'll|i will) (mark|clos)"),
    ],
  },
};
