import type { WantId } from '../types.ts';

/**
 * Everything the engine knows about reading customers in one language. Adding a
 * language means adding one file that exports a Lexicon and listing it in index.ts.
 * Patterns are plain RegExps with the `u` flag; `phrases()` builds them from word lists.
 */
export interface Lexicon {
  /** BCP 47 code, e.g. `en`. */
  lang: string;
  /** Short, frequent words of this language and no other we read: how we tell it is this language. */
  functionWords: ReadonlySet<string>;
  /** Word → valence (-5..5), lower-case. */
  valence: { get(word: string): number | undefined };
  /** Words that flip the valence of the next few words in their clause ("not happy"). */
  negators: ReadonlySet<string>;
  /** Strong words of anger and disgust ("ridiculous", "scam"). */
  strongWords: RegExp;
  /** The hardest words: fraud, theft, lies, disgust, "the worst" ("scam", "liars", "disgusting"). */
  extremeWords: RegExp;
  /** Displeasure said with restraint ("disappointed", "not happy", "a bit frustrating"). */
  mildWords: RegExp;
  /** "you", "your": anger aimed at the reader ("you f****** idiots") is abuse, not a curse at the situation. */
  secondPerson: RegExp;
  /** Plain profanity; `strong` marks the harsher words, the rest are mild ("damn"). */
  profanity: { strong: RegExp; mild: RegExp };
  /** Roots whose masked spellings ("f***", "sh!t", "p*ssed") count as profanity. */
  maskedRoots: readonly string[];
  /** "third time I'm writing", "still waiting", "again". */
  repeatContact: RegExp;
  /** Escalation the customer announces, by kind: the panel names which. */
  threats: {
    /** Chargeback, disputing the charge, calling the bank. */
    money: RegExp;
    /** Lawyer, court, regulator, consumer bodies. */
    legal: RegExp;
    /** Bad reviews, social media, telling everyone. */
    public: RegExp;
    /** Leaving: cancelling, never again, a competitor. */
    leave: RegExp;
  };
  /** How long they have waited: "for two weeks", "since March", "10 days now". */
  waited: RegExp;
  /** A deadline they set: "by Monday", "within 24 hours", "or I will". */
  deadlines: RegExp;
  /** Praise that means the opposite: "great service, thanks", "thanks for nothing". */
  sarcasm: RegExp;
  /** The shape of an ordinary question or request ("is there a way", "how do I", "I'd like to"). */
  requests: RegExp;
  /** Courtesy that tempers a complaint: "please", "thank you", "kind regards". */
  politeness: RegExp;
  /** Words that make a strong word stronger ("absolutely ridiculous"), as a regex source fragment. */
  intensifiers: string;
  /** Complaint without strong words: broken promises, being passed around, no notice ("I was told", "supposed to"). */
  grievances: RegExp;
  /** Forceful demands ("I expect", "Refund me.", "you need to"), as opposed to polite requests. */
  demands: RegExp;
  /**
   * The customer's own words for their experience, with a strength used for ordering.
   * Keys are lower-case words or short phrases as customers write them.
   */
  experienceWords: ReadonlyMap<string, number>;
  /**
   * Their own multi-word verdicts, matched as patterns ("extremely poor customer service",
   * "treated me like dirt", "not good enough"), strongest taken as they wrote them.
   */
  experiencePhrases: RegExp;
  /** How each want is said. A sentence matching `unless` is read as a condition or a negation, not a request. */
  wants: Readonly<Record<WantId, { says: readonly RegExp[]; unless?: RegExp }>>;
}

/**
 * One case-insensitive, global RegExp matching any of the phrases as whole words.
 * Phrases are regex sources; a space in them matches any run of whitespace.
 */
export function phrases(list: readonly string[], flags = 'giu'): RegExp {
  // " ?" is an optional space; any other space is one or more whitespace characters.
  const body = list.map((p) => p.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}
