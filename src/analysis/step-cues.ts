import type { DefaultStepId } from '../playbooks/types.ts';

/**
 * How an English agent reply shows it did each step concept. A cue is a pattern plus a
 * veto that reads the sentence around the match, because the words alone mislead:
 * "I'm sorry, but that's our policy" contains an apology word and takes it back.
 */
export interface StepCue {
  says: readonly RegExp[];
  /** True when this match, read in its sentence, does not count. `after` is the sentence text after the match; `next` the following sentence. */
  veto?: (context: { sentence: string; before: string; after: string; next: string }) => boolean;
}

const re = (source: string): RegExp => new RegExp(source, 'gi');

const TAKE_BACK = /\b(but|however|although|though|yet)\b/i;
const DEFENCE =
  /\b(policy|policies|rules?|terms|nothing (i|we) can do|not (our|my) fault|(can't|cannot|can not|unable to|not able to|won't be able to)|you (should|need to|must|didn't|did not|were supposed to)|unfortunately|as (stated|mentioned|explained))\b/i;

/** "… but/however …" after the cue in the same sentence, or a next sentence opening with a defence. */
function takenBack({ after, next }: { after: string; next: string }): boolean {
  if (TAKE_BACK.test(after)) return true;
  return /^(but|however|unfortunately|that said|still)\b/i.test(next) && DEFENCE.test(next);
}

const NEGATED_OFFER = /\b(can't|cannot|can not|unable to|not able to|won't|will not|not eligible|no longer|don't|do not|doesn't|does not|isn't possible|not possible|no refunds?|non-refundable|not entitled|not in a position|aren't able)\b/i;
const COMPROMISE = /\b(but|however|instead|what (i|we) can do)\b[^.]*\b(i|we)\b[^.]*\b(can|could|will|'ll|would|'d|have|'ve)\b/i;

const ADVERBS = '(?:(?:so|very|really|truly|terribly|deeply|sincerely|genuinely|incredibly|awfully|extremely|most|just|do|honestly|again)\\s+)*';
const STEP_VERBS =
  'issued|processed|sent|arranged|escalated|created|refunded|applied|cancell?ed|updated|booked|shipped|flagged|passed|placed|added|credited|reset|fixed|re-?sent|reshipped|ordered|scheduled|set up|submitted|raised|logged|contacted|spoken|asked|emailed|called|changed|corrected|removed|reversed|waived|upgraded|reissued|started|initiated|requested|dispatched|organi[sz]ed|approved|authori[sz]ed|restored|unlocked|reactivated|released';

export const EN_STEP_CUES: Readonly<Record<DefaultStepId, StepCue>> = {
  listen: {
    says: [
      re("\\b(walk|talk|take) me through\\b"),
      re("\\btell me (a (bit|little) )?(more|what happened|everything|exactly what|about (what|your|how))\\b"),
      re("\\b(can|could|would) you (please )?(tell|share|describe|explain|walk)\\b[^.?!]{0,50}\\b(what|more|happened|how|went wrong|experience)\\b"),
      re("\\bhelp me understand\\b"),
      re("\\btake (all )?(the time|your time)\\b"),
      re("\\bi('m| am) (all ears|listening|here to listen)\\b"),
      re("\\bi('d| would) (like|love|want) to (hear|understand|know more|get the full picture)\\b"),
      re("\\bin your own words\\b"),
      re("\\bfill me in\\b"),
      re("\\b(anything else|what else) (i|you)[^.?!]{0,30}\\b(know|share|add|tell)\\b"),
      re("\\bi want to make sure i (fully |properly )?understand\\b"),
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
      re("\\byou('re| are) (absolutely |completely |totally |quite )?right\\b"),
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
    ],
    // "I want to make sure I understand" announces listening, not understanding.
    veto: (c) => /\b(make sure|want to|like to|trying to|try to|need to)\s+(i\s+)?$/i.test(c.before.replace(/\bi\s+(can\s+)?$/i, '')) || takenBack(c),
  },
  apologize: {
    says: [
      re(`(?:^|\\b(?:i'm|i am|we're|we are|i was|we were|i feel|am)\\s+)${ADVERBS}sorry\\b(?!-)`),
      re(`\\b(?:i|we)\\s+${ADVERBS}apologi[sz]e\\b`),
      re("(?:^|\\b(?:my|our|please accept (?:my|our))\\s+)(?:(?:sincere|sincerest|deepest|humble|heartfelt|genuine|honest|unreserved|full)\\s+)*apologies\\b"),
      re("\\bplease accept (my|our) (sincere |sincerest |deepest |heartfelt )?apology\\b"),
      re("\\bi owe you an apology\\b"),
      re("\\b(i|we) (really |truly |deeply |sincerely )?regret (that|the|this|what|how|not|any)\\b"),
      re("\\bthat('s| is) on (me|us)\\b"),
    ],
    veto: (c) => {
      // Bad news, interruptions, conditional and "you feel" apologies are not apologies for their experience.
      if (/^\s*(to (say|inform|tell|report|bother|interrupt|hear you feel)|if\b|you feel\b|that you feel\b|you('re| are) (upset|unhappy|disappointed) (with|about) (our|the) (policy|decision))/i.test(c.after)) return true;
      if (/^\s*(for|about) (any|the) (confusion|misunderstanding) (you|on your)/i.test(c.after)) return true;
      // "Sorry, could you send your order number?" interrupts to ask; it apologizes for nothing.
      if (/^\s*[,!]?\s*(could|can|would|will|please|do|did|what|which|where|when)\b/i.test(c.after)) return true;
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
      re("\\bhow can (i|we) make (this|it|things) (right|up to you)"),
      re("\\bwhat would (help|work) (most|best|for you)"),
      re("\\bhow (do|would) you (want|like) (this|it|us|me) (resolved|handled|fixed|sorted)"),
    ],
  },
  resolve: {
    says: [
      re("\\b(full |partial )?(refund(ed|ing)?|replacement|replace (it|them|the|your)|re-?ship\\w*|re-?send\\w*|re-?do(ne)?|re-?print\\w*|re-?make|re-?deliver\\w*|(store |account |a |\\$?\\d+ )credit(ed)?|discount\\w*|voucher|coupon|\\d+ ?% off|free of charge|for free|at no (extra )?(cost|charge)|no charge|waiv(e|ed|ing)|on (us|the house)|cover (the|your) (cost|shipping|return)|compensat\\w*|upgrade\\w*|reimburs\\w*|complimentary|money back)\\b"),
      re("\\bsend(ing)? (you )?(a |an )?(new|fresh|correct|replacement|another)\\b"),
      re("\\bfix (this|it|that) for you\\b"),
      re("\\b(here's|here is) what (i|we) (can|will|'ll) do\\b"),
      re("\\b(i|we)('ll| will| can|'d like to| would like to| am going to|'m going to| are going to|'re going to) (fix|repair|correct|sort out|resolve) (this|it|that|the|your)\\b"),
      re("\\bhalf (off|price)\\b"),
    ],
    veto: (c) => {
      // "Did the refund come through?" asks about a remedy already given.
      if (/(^|[:;,]\s*)(did|has|have|is|was|were)\b[^:;,]*$/i.test(c.before)) return true;
      // A remedy the sentence refuses is not a remedy, unless it goes on to a compromise.
      if (NEGATED_OFFER.test(c.before + c.after.slice(0, 20)) && !COMPROMISE.test(c.after)) return true;
      // A remedy must be offered by us: "I want a refund" quoted back or "you asked for a refund" is not an offer.
      const sentence = c.sentence;
      if (!/\b(i|we|i'll|we'll|i've|we've|i'd|we'd|i'm|we're|us|our|you'll|you will|you'd|happy to|glad to|let me|here's|here is|would you)\b/i.test(sentence)) return true;
      return /\byou (asked|requested|wanted|mentioned|want)\b[^.]*$/i.test(c.before) && !/\b(i|we)('ll| will| can|'ve| have)\b/i.test(sentence);
    },
  },
  act: {
    says: [
      re(`\\b(i|we)('ve| have) (just |now |already |gone ahead and |personally |also )*(${STEP_VERBS})\\b`),
      re(`\\b(i|we) (just |already |personally )?(${STEP_VERBS})\\b[^.?!]{0,60}\\b(for you|this morning|today|just now|a (moment|minute) ago)`),
      re(`\\b(has|have) (now |just |already )?been (${STEP_VERBS}|delivered|fixed)\\b`),
      re("\\byou('ll| will| should) (receive|see|get|have|hear)\\b[^.?!]{0,80}\\b(within|by|in \\d|in the next|tomorrow|today|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (week|afternoon|evening)|shortly|business days|working days|hours|minutes)\\b"),
      re("\\b(it|this|they|the \\w+|your \\w+) (will|should) (arrive|reach you|be (delivered|there|with you|processed|back|fixed|reflected|credited|refunded|shipped|dispatched|live|active|resolved))\\b"),
      re("\\btracking (number|link|code)\\b"),
      re("\\b(will|'ll) (visit|call you|arrive|be there|come|collect|pick)\\b[^.?!]{0,40}\\b(between|at \\d|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by|tomorrow|today)\\b"),
      re("\\bnext,? (i|we|you)('ll| will)?\\b"),
      re("\\b(i|we)('ll| will) (email|update|message|call|text|let you know|keep you (posted|updated|informed))\\b[^.?!]{0,60}\\b(by|within|tomorrow|today|as soon as|when|once|the moment|each step|every step|before)\\b"),
      re("\\b(i'm|i am|we're|we are) (now |currently )?(processing|arranging|issuing|sending|shipping|refunding|escalating|booking|fixing|rebuilding|reprinting|preparing)\\b"),
      re("\\b(here's|here is) (what happens next|the timeline|your (new )?(order|tracking|confirmation))"),
      re("\\bright now\\b|\\bas we speak\\b"),
      re("\\bconfirmation (number|email) (is|will)\\b"),
    ],
    veto: (c) => /\b(if|once you|when you|can't|cannot|unable|won't)\b/i.test(c.before) && !/\b(i|we)('ve| have)\b/i.test(c.before),
  },
  follow_up: {
    says: [
      re("\\b(just )?(checking|following) (back |up |in )?(in |on |with you|to see|to make sure)"),
      re("\\b(wanted|want|writing|reaching out) to (check|follow up|make sure|see|confirm) (in|back|that|if|whether|how|everything)"),
      re("\\b(did|has|have) (the|your|everything|it|they|the new|your new)( \\w+){0,3} (arrive|arrived|work|worked|come through|show up|shown up|reach|sort|reached|fix)"),
      re("\\bis everything (ok|okay|working|sorted|alright|all right|good|as (it|you) should)"),
      re("\\b(are you|is it) (happy|satisfied|all set|sorted) (with|now)"),
      re("\\b(i|we)('ll| will) (check|follow up|circle back|touch base|check in|check back|reach out|get back to you|call you)\\b[^.?!]{0,60}\\b(tomorrow|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a (day|couple)|in \\d+ days|in (two|three|a few) days|next week|later this week|day after|after (it|the|your)|once (it|the|your)|to make sure|to confirm|to see)"),
      re("\\bthank(s| you) (so much |very much )?for (your loyalty|being (a |such a |our )?(loyal|valued|long-?time|longstanding)|sticking with us|staying with us|your continued|being with us|choosing us again|your (years|\\d+ years) of)"),
      re("\\b(as a|a small) (thank you|token of (our )?(thanks|appreciation))"),
      re("\\bcheck(ing)? (back|in) (with you )?(tomorrow|on|in|next|after|later|once)"),
    ],
  },
};
