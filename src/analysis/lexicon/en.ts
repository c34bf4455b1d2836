import { AFINN_BY_VALUE } from './en-valence.ts';
import { lookupValence } from './stems.mjs';
import { phrases, type Lexicon } from './types.ts';

/**
 * English. Valence comes from AFINN-165, with the words that mean something else
 * in a support inbox neutralised: "I was charged", "a lost parcel" and "please help"
 * are the subject of a calm ticket, not anger; "this is a joke" is not praise.
 */
export const SUPPORT_OVERRIDES: Record<string, number> = {
  charged: -1, charges: -1, lost: -1, damaged: -1, missing: -1, error: -1, fail: -1, failed: -1,
  problem: -1, complaint: -1, complain: -1, difficult: -1, stuck: -1, dead: -1, broken: -1,
  free: 0, cancel: 0, cancelled: 0, demand: 0, urgent: 0, no: 0, yes: 0, sorry: 0, apology: 0,
  apologize: 0, apologise: 0, help: 0, please: 0, want: 0, like: 0, pay: 0, kill: 0, die: 0,
  hard: 0, debt: 0, joke: -2, kind: 0, 'kind of': 0, pretty: 0, well: 0, fine: 1, matter: 0,
  nightmare: -3, hassle: -2, absurd: -3, stressful: -2, unacceptable: -3, lies: -3, lie: -2,
  excuses: -2, spam: 0, robbery: -3, ripoff: -3, 'rip-off': -3, shambles: -3, clueless: -2, rubbish: -2,
  unable: -1, fails: -1, failing: -1, failure: -1,
  // Words of the story, not of the verdict: "disputing the charge" is a threat (cued), "nearly set my kitchen on fire" a fact.
  dispute: 0, disputing: 0, disputed: 0, fire: 0,
  // Complaint words AFINN lacks or scores mildly.
  borked: -2, jilted: -2, wretched: -3, archaic: -2, miffed: -2, amiss: -2, thievery: -3, trickery: -3, scammy: -3,
  antagonistic: -2, despicable: -4, unresponsive: -2, dismal: -3, crappy: -3, pushy: -2, deceptive: -3, deceiving: -3,
  unprofessional: -3, shoddy: -3, sloppy: -2, incompetence: -3, incompetent: -3, appalling: -4, atrocious: -4, abysmal: -4,
  horrendous: -4, unhelpful: -2, useless: -3, ridiculous: -3, pathetic: -3, rude: -3, lousy: -3, dreadful: -3, infuriating: -3,
};

const words = new Map<string, number>();
for (const [value, list] of Object.entries(AFINN_BY_VALUE)) for (const word of list.split('|')) words.set(word, Number(value));
for (const [word, value] of Object.entries(SUPPORT_OVERRIDES)) words.set(word, value);
const valence = { get: (word: string) => lookupValence(words, word) };

/** Words of a bad verdict, for the phrases a customer builds around them ("extremely poor service"). */
const NEG = '(?:bad|poor|awful|terrible|horrible|dreadful|dismal|lousy|crappy|shitty|s\\*+ty|pathetic|appalling|atrocious|abysmal|wretched|slow|rude|unhelpful|useless|unresponsive|disappointing|frustrating|unacceptable|ridiculous|incompetent|misleading|deceptive|broken|weak|unprofessional|non-?functional|deficient|sloppy|shoddy|negligent|antagonistic|archaic|despicable|disgusting|horrendous)';

export const en: Lexicon = {
  lang: 'en',
  // Words ambiguous with the other languages we might see (a, no, me, in, was, so, an, will) are left out.
  functionWords: new Set(
    ('the and is are were i you my your it this that with have has had for of to on not be been would can could ' +
      "we they what when why how there here at from but or if just still did do does don't doesn't didn't i'm " +
      "it's i've i'll can't won't isn't wasn't haven't hasn't any all our their about been being than then " +
      'now again please thanks thank hi hello ok okay yes should who which get got very really also only ' +
      'order account been since after before today yesterday week weeks time email help').split(' '),
  ),
  valence,
  negators: new Set(
    ("not no never don't dont doesn't doesnt didn't didnt isn't isnt wasn't wasnt aren't arent weren't werent " +
      "can't cant cannot won't wont wouldn't wouldnt shouldn't couldn't haven't havent hasn't hasnt hadn't " +
      'hardly barely nothing nobody neither nor without').split(' '),
  ),
  strongWords: phrases([
    'ridiculous', 'unacceptable', 'worst', 'disgusting', 'disgusted', 'disgraceful', 'a disgrace', 'furious', 'livid',
    'fuming', 'scam', 'scammed', 'scammers?', 'fraud', 'fraudulent', 'rip-?off', 'ripped off', 'daylight robbery',
    'outrageous', 'appalling', 'appalled', 'pathetic', 'useless', 'incompetent', 'incompetence', 'a joke',
    'joke of a', 'horrible', 'terrible', 'awful', 'atrocious', 'abysmal', 'shocking', 'shameful', 'shambles',
    'insane', 'absurd', 'fed up', 'sick of', 'sick and tired', 'had enough', 'enough is enough', 'a nightmare',
    'nightmare', 'clowns', 'idiots', 'morons', 'liars', 'lying to me', 'lied to', 'stole', 'stolen from me',
    'infuriating', 'infuriated', 'enraged', 'beyond angry', 'so angry', 'really angry', 'extremely angry',
    'angry', 'beyond frustrated', 'beyond disappointed', 'treated like', 'rude', 'rubbish', 'garbage', 'trash',
    'clueless', 'fleeced', 'robbed', 'thieves', 'thief', 'crooks', 'unbelievable', 'not acceptable', 'stupid',
    'you people', 'beyond words', 'this is how you treat', 'treated (me|us) (badly|like)', 'called me (stupid|an idiot|a liar|names)',
    '(not|won\'t|will not|never) calm down', 'don\'t tell me to calm down', 'shouted at (me|us)', 'hung up on (me|us)', 'laughed (at|about)',
  ]),
  extremeWords: phrases([
    'scam(s|med|mers?)?', 'fraud(ulent|sters?)?', 'thie(f|ves|very)', 'theft', 'crooks?', 'criminals?', 'criminal', 'extortion', 'stole', 'stealing', 'stolen', 'robbed', 'robbery', 'rip-?off',
    'liars?', 'lied( to)?', 'lying', 'lies', 'disgust(ing|ed)', 'disgrace(ful)?', 'shameful', 'appall(ing|ed)', 'outrage(ous|d)?', 'furious', 'livid', 'fuming', 'enraged', 'irate',
    '(the )?worst', 'atrocious', 'abysmal', 'pathetic', 'despicable', 'deplorable', 'contempt', 'insult(ing|ed)?', 'never been (so|more)', 'beyond (angry|furious|frustrated|disappointed)',
    'idiots?', 'morons?', 'clowns', 'illegal(ly)?', 'unlawful', '(breaking|breaks|against|violat(e|es|ing)) (the |uk |eu |us |consumer )*(law|laws|regulations)', 'incompetent', 'incompetence', 'a joke', 'an absolute joke', 'unacceptable', 'appalled', 'horrendous', 'horrific', 'nightmare',
  ]),
  mildWords: phrases([
    'disappoint(ed|ing|ment)', 'not (happy|pleased|impressed|satisfied|great|ideal|good)', 'unhappy', 'dissatisfied', 'frustrat(ed|ing|ion)', 'annoy(ed|ing|ance)', 'irritat(ed|ing)',
    'unfortunately', 'inconvenien(t|ce)', 'concerned', 'a (shame|pity)', 'a bit (much|annoying|frustrating|disappointing|confusing|of a pain)', 'surprised', 'expected (better|more)',
    'bother(ed|s me)', 'upset', 'confus(ed|ing)', 'hassle', 'let down', 'misleading', 'unclear', 'sadly', 'rather (slow|poor|annoying)',
  ]),
  secondPerson: phrases(['you', 'your', 'you\'re', 'you guys', 'ur', 'u', 'yours']),
  intensifiers: '(?:absolutely|completely|utterly|totally|beyond|so|really|extremely|truly|seriously|incredibly|fucking|bloody|deeply)',
  grievances: phrases([
    'supposed to', '(i|we) was told', '(i|we) were told', 'you (said|told me|promised)', 'promised', 'even though', 'despite',
    'didn\'t work', 'did not work', 'doesn\'t work', 'does not work', 'not working', 'did nothing', 'still (there|the same|happening)',
    'never (arrived|came|turned up|showed up)', 'not what (i|we) (expected|ordered|paid for)', 'for the price',
    'wrong (item|size|colou?r|date|part|order|address|name|one)', 'charged (me )?(twice|again|two times|three times)', 'double[- ]charged',
    'double[- ]booked', '(without|no|any) (warning|notice)', 'not (mentioned|told|informed|warned)', '(wasn\'t|was not|weren\'t|were not|never) (mentioned|told|informed|warned|notified)',
    'had to (find out|wait|chase|call|ask)', 'on hold', 'passed around', '(three|two|several|four|five) different people', 'different (people|answers|story)',
    'straight answer', 'keeps? (rejecting|crashing|failing|freezing|breaking|getting|logging|sending|declining|cancell?ing)', 'kept (freezing|crashing|failing)',
    'lost (a|\\w+) (day|days|hours|morning|afternoon|week) of', 'how is (it|that|this) possible', 'a bit much', 'too much', 'hurry up',
    'took a day off', 'in a row', 'not (good enough|ok|okay)', 'no one (even )?(apologi[sz]ed|told|called|informed|bothered)',
  ]),
  demands: phrases([
    '(?<!(can|should|could|when|will|do|shall|may) )i (demand|expect|insist)', 'i want (my|a full|you to|someone to|an?|the|this|it)', 'you need to', 'you (must|have to) (fix|refund|sort|send|give)',
    'the least you (can|could) do', 'or else', 'or (i|we) (will|\'ll|see|look|go|take|report|call)',
    '(?<=^|[.!?]\\s{0,3})(refund|cancel|fix|give|send|close|pay|call|sort) (me|it|this|everything|my|us|the)',
  ]),
  profanity: {
    strong: phrases([
      'fuck\\w*', 'f\\s?u\\s?c\\s?k', 'motherfuck\\w*', 'shit\\w*', 'bullshit', 'horseshit', 'wtf', 'stfu',
      'pissed( off)?', 'piss(ing)? me off', 'bitch\\w*', 'asshole\\w*', 'arsehole\\w*', 'bastards?', 'dickheads?',
      'screw you', 'go to hell', 'cunt\\w*',
    ]),
    mild: phrases(['damn', 'dammit', 'goddamn\\w*', 'crap', 'crappy', 'bloody', 'hell', 'sucks?', 'screwed( up)?', 'wth', 'ffs', 'omfg']),
  },
  maskedRoots: ['fuck', 'fucking', 'fucked', 'fucker', 'shit', 'shitty', 'bullshit', 'pissed', 'piss', 'bitch', 'asshole', 'bastard', 'damn', 'crap'],
  repeatContact: phrases([
    '(second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th|umpteenth|nth) (time|email|message|call|attempt|request|wrong|broken|damaged|replacement)',
    '(two|three|four|five|six|\\d+) (times|emails|messages|calls|attempts|requests)', '(zero|no) (replies|reply|response|answer)',
    'also (damaged|broken|wrong|faulty)',
    'for the (last|hundredth|millionth) time', 'how many (more )?times', 'still (waiting|not|no|haven\'t|hasn\'t|don\'t|doesn\'t|nothing|have not|has not|broken|missing)',
    'once again', 'yet again', '(?<!never\\s(?:\\S+\\s){0,4})again', 'already (told|explained|contacted|called|emailed|written|sent|asked|reported)',
    'keep (telling|saying|asking|writing|calling|emailing|chasing|having to)', 'every time i (call|write|email|contact|ask|chat|ring)', 'no one has (replied|responded|answered|got back|gotten back)',
    'nobody (has )?(replied|responded|answered|got back|gotten back|called)', 'no (reply|response|answer) (yet|from)', '(been|been left) waiting',
    '(weeks|days|months) (now|later|ago)', 'chasing', 'multiple times', 'several times', 'numerous times', 'many times',
    'countless times', 'repeatedly', 'over and over', 'follow(ing)?-?up (again|for the)', 'as i (said|mentioned|explained)',
  ]),
  threats: {
    money: phrases([
      'chargebacks?', 'charge ?back', 'dispute (the|this|a|my) (charge|transaction|payment|bill)', '(disputing|dispute) (it|the charge|this charge) with', 'disputing (the|this|it)',
      '(contact|call|calling|contacting|tell|told|report (this|it) to|going to) my (bank|credit card company|card issuer)', 'stop (the )?payment', 'reverse the (charge|payment)', 'paypal (claim|dispute)',
    ]),
    legal: phrases([
      'lawyers?', 'attorneys?', 'solicitors?', 'legal (action|advice|counsel|department)', 'sue( you)?', 'suing', 'small claims', 'court', 'trading standards', 'class action',
      'consumer (protection|affairs|rights)', 'better business bureau', 'bbb', 'ombudsman', 'attorney general', 'ftc', 'cfpb', 'fcc', 'ofcom', 'ofgem', 'regulator',
      'public (service|utilities) commission', 'report (you|this|your company) to', 'file (a|an) (formal )?complaint with', 'fraud department', 'police',
    ]),
    public: phrases([
      'bad review', 'negative review', '(1|one)[- ]star', 'trustpilot', 'yelp', 'google review', 'reviews? everywhere', 'write (a|an) (honest )?review',
      'social media', 'twitter', 'facebook', 'tiktok', 'instagram', 'reddit', 'post (this|about this|about it)', 'tell (everyone|all my friends|everybody|anyone who)',
      'warn (others|other people|everyone)', 'the press', 'local news', 'go public',
    ]),
    leave: phrases([
      'never again', 'never (order|ordering|buy|buying|shop|shopping|use|using|book|booking|fly|flying|come|coming|deal|dealing|stay|staying)( \\w+){0,4} again', 'never (coming back|recommend|be back|return)',
      'take my (business|money) elsewhere', '(look|looking|go|going|shop|shopping|take my business) elsewhere', '(going|switching|moving|move|switch) (to|over to) (a )?(your )?competitor',
      'switch(ing)? to (another|a different|your competitor)', 'lost (a|me as a) customer', 'former customer', 'no longer (be )?(a )?customer', 'last time i (use|order|buy|shop)',
      '(i\'ll|i will|i\'m going to|i am going to|we\'ll|we will|or i|or we|i\'m|i am|we\'re|we are) (cancel|cancelling|canceling|close|closing|terminate|terminating|end|ending|leave|leaving) (my|the|our|this|your)',
      'i\'m (cancelling|canceling|done|leaving)', 'i am (cancelling|canceling|done with you|leaving)', 'last chance', 'will be (cancelling|canceling|leaving|closing)',
    ]),
  },
  waited: phrases([
    '(for|over|nearly|almost|more than|about|after|it\'s been|it has been|been) (a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|\\d+) (hours?|days?|weeks?|months?|years?)',
    '(\\d+|two|three|four|five|six|several|a few) (hours?|days?|weeks?|months?) (now|later|and (still|nothing|counting|no))', 'since (january|february|march|april|may|june|july|august|september|october|november|december|last (week|month|year)|\\d)',
    '(a|one|two|three|four|five|\\d+) (hours?|days?|weeks?|months?) (ago|on hold)', 'on hold for', 'waiting (for|since)', 'still waiting', 'weeks? (of|and) (waiting|nothing)', 'ages',
  ]),
  deadlines: phrases([
    'by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of (the )?(day|week)|eod|noon|\\d)', 'within (the next )?(\\d+|24|48|seven|ten|fourteen) (hours|days|business days|working days)',
    'within (a|one) (week|day)', 'no later than', 'or (i|we) (will|\'ll|shall)', 'or else', 'if (i|we) (don\'t|do not) (hear|receive|get)', 'unless (i|we) (hear|receive|get)', 'final (notice|warning|request)',
  ]),
  sarcasm: phrases([
    'thanks for nothing', 'thanks a lot(?! for)', 'great (job|work|service|customer service)(?! (so far|team))', '(excellent|fantastic|wonderful|brilliant|stellar|amazing) (customer )?service(?= (as usual|again|guys|indeed|there))',
    'so much for', 'way to go', 'well done(?= (guys|again|on|,))', 'oh (great|wonderful|good)', 'how (nice|lovely|convenient)', 'yeah,? right', 'what a (joke|surprise|great|wonderful)', 'real(ly)? (helpful|great) (not|\\.)',
    'bravo', 'congratulations(?= on)', 'sure,? (you|they) (did|will|are)',
  ]),
  requests: phrases([
    'is (it|there) (possible|a way|any way|an option)', 'how (do|can|could|should) (i|we)', '(could|can|would) you (please )?(tell|help|let|send|check|confirm|advise|explain|point|resend|change|update|add)',
    'would it be possible', "i('d| would) like to (know|ask|request|change|get|have|order|book|add)", '(just )?wondering', 'quick question', 'any (idea|ideas|update|news|advice|suggestions?)',
    'what (is|are) the (best|steps|options)', 'do you (have|offer|know|ship|sell|support)', 'is this (expected|normal|a bug|supported|possible)', 'steps to reproduce', 'expected behaviou?r', 'feature request',
  ]),
  politeness: phrases(['please', 'thank you', 'thanks', 'kind(est)? regards', 'best regards', 'appreciate', 'grateful', 'would you (mind|be able)', 'could you', 'hope you']),
  experienceWords: new Map<string, number>([
    ['unacceptable', 5], ['disgusting', 5], ['a disgrace', 5], ['appalling', 5], ['outrageous', 5], ['a scam', 5],
    ['ridiculous', 4], ['infuriating', 5], ['a nightmare', 4], ['a joke', 4], ['pathetic', 4], ['shocking', 4],
    ['horrible', 4], ['terrible', 4], ['awful', 4], ['atrocious', 5], ['abysmal', 5], ['the worst', 5], ['insane', 4],
    ['absurd', 4], ['a shambles', 4], ['useless', 4], ['incompetent', 4], ['a mess', 3], ['a disaster', 4],
    ['a hassle', 2], ['a headache', 2], ['a pain', 2], ['frustrating', 3], ['frustrated', 3], ['annoying', 2],
    ['annoyed', 2], ['disappointing', 2], ['disappointed', 2], ['upsetting', 3], ['upset', 3], ['stressful', 3],
    ['stressed', 3], ['embarrassing', 3], ['humiliating', 4], ['inconvenient', 2], ['unbelievable', 3],
    ['furious', 5], ['livid', 5], ['angry', 4], ['fed up', 3], ['exhausting', 3], ['confusing', 1], ['confused', 1],
    ['worried', 2], ['too long', 2], ['so long', 2], ['forever', 2], ['ages', 1], ['rude', 4], ['unprofessional', 3],
    ['misleading', 3], ['heartbroken', 4], ['devastated', 4], ['gutted', 3], ['let down', 3], ['ignored', 3],
    ['dissapointed', 2], ['disapointed', 2], ['dissappointed', 2], ['surprised', 1], ['unreasonable', 3],
  ]),
  experiencePhrases: phrases([
    `(?:extremely|truly|utterly|totally|completely|absolutely|incredibly|just plain|plain|simply|beyond|seriously|painfully|horribly|terribly|ridiculously|unbelievably|excessively|severely) ${NEG}(?: (?:customer )?(?:service|support|experience|communication|design|quality|treatment|management))?`,
    `${NEG} (?:customer )?(?:service|support|experience|communication|design|quality|treatment|management)`,
    '(?:simply |just )?not good enough', 'not (?:acceptable|okay|ok|fair|right)', 'treated (?:me|us) like (?:dirt|crap|garbage|trash|a criminal|an idiot|a child|a number)', 'like pulling teeth',
    '(?:the )?worst [\\w\' ]{0,40} (?:ever|of my life|i(?:\'ve| have) ever (?:had|seen|experienced))', 'a (?:complete |total |huge )?waste of (?:time|money)', '(?:don\'t|doesn\'t|didn\'t|do not|does not|did not) (?:even )?care',
    '(?:can\'t|cannot|could not|couldn\'t) believe', 'give me a break', 'adding insult to injury', '(?:complete|total|utter) (?:lack of \\w+|incompetence|joke|disaster|mess|failure|nightmare|shambles)',
    'works poorly', 'more than patient', 'getting sick of', 'fed up', 'had enough', 'sick and tired', 'the last straw', 'a slap in the face', 'lost (?:all )?(?:faith|trust|confidence)',
    '(?:you|they) (?:guys )?suck', '(?:won\'t|will not|wont) be (?:back|returning|coming back)', 'don\'t bother', '(?:haven\'t|have not|never) heard (?:a word|anything|back)',
    '(?:didn\'t|doesn\'t|does not|did not) make (?:any )?sense', 'not too much to (?:ask|expect)', 'left to fend for (?:myself|ourselves)', 'brushed (?:me|her|him|us|them) off',
    'stock answers?', '(?:doesn\'t|does not|didn\'t|did not) work as (?:advertised|promised|described)', 'breaks everything', '(?:huge|major|massive|serious) (?:flaw|problem|mistake|failure)',
    '(?:very|so|really) (?:surprised|disappointed|annoyed|frustrated|upset|angry|unhappy)', 'put off', 'no (?:acknowledg(?:e)?ment|apology|explanation|response|reply)', 'this is (?:a lie|fraud|theft|robbery|extortion|a scam|a joke|insane|absurd)',
  ]),
  wants: {
    refund: {
      says: [
        phrases(['refund(ed|s)?', 'money back', 'reimburse(d|ment)?', '(want|get|give|return|need|have) (me )?(back )?my money', 'return (of )?(my|the|our) (money|payment|funds)',
          'funds (are|aren\'t|are not|be)? ?returned', '(charged|billed) (me )?(twice|two times|double|again)', 'double[- ](charged|billed)', 'chargebacks?', 'dispute (the|this) (charge|transaction|payment)',
          'credit(ed)? (it )?back to my (card|account)', 'pay me back', 'unauthori[sz]ed (charges?|payments?|bills?)', 'paid back', 'give (me )?back what i paid', 'reverse the charge']),
      ],
      unless: phrases(['partial refund', '(already|have) (got|received|been) (my |the |a )?refund(ed)?', 'thanks? (you )?for the refund', 'don\'t want (a|my|the) refund', 'not (looking for|asking for|after) (a |my )?(refund|money)', 'refund arrived', 'got (my|the) refund']),
    },
    replacement: {
      says: [
        phrases(['replacement', 'replace (it|this|them|the \\w+|my \\w+)', '(get|have|want) (it|this|them) replaced', 'replaced (for free|with)', 'send (me )?(a |another |the )?(new|another|correct|right) (one|\\w+)',
          'a new one', 'another one', 'exchange (it|this|them|for)', 'swap (it|this|them)', 'send (out )?(a )?(new|another)', 'the (correct|right) (item|size|colour|color|one)']),
      ],
      unless: phrases(['don\'t want (a |another )?(replacement|new one)', 'no replacement', 'not (a |another )?replacement',
        '(second|third|fourth|fifth|last|previous|\\d+(st|nd|rd|th)) replacement', 'the replacement (you|was|is|arrived|came)']),
    },
    redo: {
      says: [
        phrases(['redo', 're-do', 're-?print(ed)?', 're-?make', 're-?engrave', 'make (this|it|things) right', 'restore (my|the|our|access)', 'bring (it|them|the \\w+) back',
          'reinstate', 're-?enable', 'unlock (my|the|our) account', 'send (a|the|your) (tech|techs|technician|engineer|someone)', 'fix (this|it|the \\w+)( for me)?( please)?[.!]', 'do (it|this|the job|the work) (again|over|properly|right)',
          'come back (out )?(and|to) (fix|finish)', 're-?install', 'fix (it|this|the \\w+) properly', 'do it right this time', 're-?deliver', 're-?do the']),
      ],
    },
    discount: {
      says: [phrases(['discount(ed)?', '\\d+ ?% off', 'money off', 'price (reduction|adjustment|match)', 'coupon', 'promo code', 'partial refund', 'knock (something|some) off', 'reduced price'])],
    },
    credit: {
      says: [phrases(['(store|account|service) credit', 'credit (on|to) my account', 'a credit', 'some credit', 'voucher', 'gift card', 'compensat(e|ed|ion)', 'credit (note|for next)'])],
      unless: phrases(['credit card', '(voucher|coupon) for (a|one) free']),
    },
    free_item: {
      says: [
        // "Free" is everywhere in shop copy ("free delivery over $50"); it is a want only when they ask for it.
        phrases(['(give|send|get|make|offer|expect|want|deserve|owe|throw in|comp|let me have|could i have|can i have|can i get|could i get)\\b[^.?!]{0,50}(for free|free (of charge|shipping|delivery|upgrade|month|item|gift|one|dessert|meal|night|replacement|repair|service|drink|coffee)|complimentary|on the house|at no (cost|charge|extra cost)|no charge|without charge)',
          'comped', 'on the house', '(voucher|coupon) for (a|one) free']),
      ],
      unless: phrases(['said free', 'free (delivery|shipping) (over|above|on orders)']),
    },
    cancel: {
      says: [
        phrases(['cancel(l?ing|l?ed)? (my|the|this|our|that) (order|subscription|account|membership|plan|booking|reservation|contract|service|policy|trial)',
          'cancel (it|everything|them)', 'cancel ?l?ation', 'close (my|our) account', 'unsubscribe', 'end (my|the) (subscription|contract|membership)',
          'delete my account', 'terminate (my|the|our) (account|contract|subscription|service)', 'stop (charging|billing) me', 'stop my (subscription|membership|plan)',
          'i want (out|to leave)', 'opt out']),
      ],
      // "If this isn't fixed I'm cancelling" is a threat, not a request to cancel.
      unless: phrases(['if', 'unless', 'otherwise', 'or else', 'or i (will|\'ll)', 'don\'t (want to )?cancel', 'not (trying|wanting|looking) to cancel', 'already cancel(l)?ed', 'i (have |had |\'ve )?cancel(l)?ed', 'was cancel(l)?ed', 'you cancel(l)?ed', 'got cancel(l)?ed', 'been cancel(l)?ed', 'why (was|did|is)']),
    },
    manager: {
      says: [
        phrases(['(speak|talk|chat|speaking|talking) (to|with) (a|the|your|someone|somebody)( \\w+)? (manager|supervisor|boss|superior|senior|in charge|higher up)',
          '(get|put|transfer|connect|pass|send) me (through )?(to )?(a|the|your) (manager|supervisor|boss|superior)',
          '(want|need|demand|request|ask for|get me|expect) (a|the|your) (manager|supervisor|boss|superior|ceo)',
          '(your|a|the) (manager|supervisor|boss) (on the (phone|line)|to (call|contact|ring|email))', 'who(\'s| is) in charge',
          'someone (in charge|senior|more senior|with (more )?authority|higher up)', 'escalat(e|ed|ion)', 'higher up', 'head of (customer )?(service|support|department)']),
      ],
      unless: phrases(['account manager', 'manager (at|in) (the|your) (store|shop|branch)', 'manager who', 'supervisor who', '(manager|supervisor) (told|said)', 'no need to escalate', 'don\'t (need|want) (a|your) (manager|supervisor)', 'project manager', 'password manager', 'package manager', 'apology from']),
    },
    apology_only: {
      says: [
        phrases(['an apology', 'a (proper|real|sincere|simple|genuine|written|formal|public|personal) apology', 'apologi[sz]e( to me)?', 'say sorry', 'even (say|said) sorry', 'a sorry',
          '(someone|somebody|you|anyone) (to )?(admit|acknowledge|take responsibility|own up|accept responsibility)', 'admit (it was|you|that|your)',
          'not (looking for|asking for|after) (money|a refund|compensation|anything|freebies)', 'don\'t want (money|a refund|compensation|anything)',
          'i (just|only) want(ed)? (you|someone|somebody) to (know|hear|understand|listen)', 'want (you|someone) to (know|understand) how']),
      ],
      unless: phrases(['(thanks|thank you) for (the|your) apology', 'no apology (needed|necessary)', 'don\'t need an apology', 'apologies for (the|my)', 'i apologi[sz]e', 'sorry (for|to|about)']),
    },
    explanation: {
      says: [
        phrases(['why\\s*\\?', 'why (did|does|do|is|was|were|are|has|have|would|can\'t|cannot|couldn\'t|hasn\'t|haven\'t|isn\'t|wasn\'t|didn\'t|won\'t|on earth|the hell|the heck|not)',
          'is there (a|any) way', 'any way to', 'how (do|can|could|should|would) (i|we)', 'how to (proceed|recover|transfer|get|fix)', 'please advise', 'what\'s up', 'where (is|are) (my|our|the)', 'where\'s (my|our|the)',
          '(has|did) (there been|something) (a )?chang', 'what changed', '(know|knowing|tell me) why', 'without (a |any )?(specific )?(reason|explanation|warning)', 'need help (on|with)', 'looking for a way', 'how come', 'when (will|is|does|can|do|would) (my|the|i|it|you|this)', 'what kind of', 'did i (need|have) to', 'does (that|this|it) (count|mean|include)', 'ask when',
          '(please |can you |could you |care to )explain', 'explain (why|what|how|to me|this|that|the)', 'explanation', 'what happened', 'what is (actually |really )?happening', 'what\'s (actually |really )?happening', 'what is going on', 'what\'s going on', 'what went wrong', 'how (did|could|can|does) (this|that|it|you|something) (happen|go|be|get)',
          'how is (it|that|this) possible', 'i (want|need|would like|\'d like|deserve) to (know|understand) (why|what|how)', 'tell me (why|what happened|what went wrong)', 'the reason']),
      ],
      unless: phrases(['no need to explain', 'don\'t need (an|any) explanation', 'thanks? (you )?for (the|your) explanation', 'explained (it|that|this) (already|well|clearly)']),
    },
    speed: {
      says: [
        phrases(['asap', 'as soon as (possible|you can)', 'urgent(ly)?', 'immediately', 'right away', 'right now', 'straight away', 'without (further )?delay',
          'time[- ]sensitive', 'deadline', 'hurry', 'quickly', 'as fast as', '(it|this|that|me|them|us) now', 'now!',
          '(need|want|get|have|sort|fix|resolve|ship|send|deliver|arrive|hear|reply|respond|done|sorted|fixed|resolved|back|cancel|refund|reissue|call|close|answer)\\b[^.?!]{0,40}\\b(today|tonight)', 'by tomorrow', 'by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|end of (the )?day|eod|noon)',
          'before (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|my (flight|trip|event|wedding|party|meeting))', 'within (the hour|\\d+ hours|24 hours|the day)',
          'need (it|this|them) (by|for|before)', 'no later than', 'this (morning|afternoon|evening)', '(want|need|give|send|refund|fix)\\b[^.?!]{0,40}\\bnow\\b',
          'before (the )?days? end', 'swift(ly)?', 'within (\\d+|24|48) hours', 'bumped up', 'i need (internet|it|this|my)']),
      ],
      unless: phrases(['no rush', 'no hurry', 'not urgent', 'whenever (you|it\'s)', 'in your own time', '(called|emailed|wrote|ordered|arrived|came|received|contacted you|spoke) (\\w+ )?(today|this morning|tonight)', 'today i', 'earlier today']),
    },
  },
};
