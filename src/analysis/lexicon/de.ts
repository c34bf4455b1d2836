import { phrases, type Lexicon } from './types.ts';

/**
 * German. No valence list as large as AFINN ships with the project, so this one is
 * a short hand-made list of the words customers use when they are unhappy; the cue
 * patterns carry most of the weight.
 */
const VALENCE: Record<string, number> = {
  schlecht: -3, schlechter: -3, schlimm: -3, furchtbar: -3, schrecklich: -3, katastrophal: -4, katastrophe: -4,
  enttäuscht: -2, enttäuschend: -2, ärgerlich: -2, verärgert: -3, wütend: -3, sauer: -2, frustriert: -2,
  frustrierend: -2, unverschämt: -4, unverschämtheit: -4, frechheit: -4, lächerlich: -3, inakzeptabel: -3,
  unzumutbar: -3, peinlich: -2, traurig: -2, kaputt: -1, defekt: -1, falsch: -1, ärger: -2, problem: -1,
  betrug: -4, betrüger: -4, abzocke: -4, mist: -2, zufrieden: 2, gut: 2, super: 3, toll: 3, danke: 2, vielen: 1,
  freundlich: 2, schnell: 1, perfekt: 3, glücklich: 3,
};

export const de: Lexicon = {
  lang: 'de',
  // Words shared with English (in, was, so, an, will) are left out so English is never read as German.
  functionWords: new Set(
    ('der die das und ist nicht ich sie mein meine meinen mit ein eine einen für auf habe hat noch schon wir ihr ihre ' +
      'bei von zu den dem des es warum wie sind war wurde kein keine bitte danke aber oder wenn auch nur jetzt heute ' +
      'mich mir sich seit wieder bestellung sehr immer nie nichts wo wann hallo guten tag').split(' '),
  ),
  valence: new Map(Object.entries(VALENCE)),
  negators: new Set('nicht kein keine keinen keiner nie niemals nichts niemand ohne'.split(' ')),
  strongWords: phrases([
    'unverschämt\\w*', 'frechheit', 'lächerlich', 'inakzeptabel', 'unakzeptabel', 'unzumutbar', 'katastroph\\w*', 'skandal\\w*',
    'betrug', 'betrüger\\w*', 'abzocke', 'schlechteste\\w*', 'das letzte', 'wütend', 'stinksauer', 'die nase voll', 'reicht mir',
    'unfähig\\w*', 'armselig', 'zumutung', 'sauerei',
  ]),
  extremeWords: phrases(['betrug', 'betrüger\\w*', 'abzocke', 'unverschämt\\w*', 'frechheit', 'das letzte', 'schlechteste\\w*', 'lügner', 'gelogen', 'diebstahl', 'katastroph\\w*', 'skandal\\w*']),
  mildWords: phrases(['enttäusch\\w*', 'ärgerlich', 'schade', 'leider', 'nicht zufrieden', 'unzufrieden', 'frustrier\\w*', 'nervig', 'verwirrend']),
  profanity: {
    strong: phrases(['schei(ß|ss)\\w*', 'verdammt\\w*', 'arschl(o|ö)ch\\w*', 'verarsch\\w*', 'idioten?', 'vollidiot\\w*']),
    mild: phrases(['mist', 'blöd\\w*', 'dämlich\\w*', 'kacke']),
  },
  maskedRoots: ['scheiße', 'scheisse', 'verdammt', 'arschloch'],
  repeatContact: phrases([
    '(zum )?(zweite|dritte|vierte|fünfte|x-te)n? mal', 'schon wieder', 'wieder einmal', 'immer noch', 'noch immer', 'bereits (mehrfach|zweimal|dreimal)',
    'mehrfach', 'mehrmals', '(warte|warten) seit', 'keine (antwort|reaktion|rückmeldung)', 'niemand (hat )?(geantwortet|zurückgerufen|reagiert)',
  ]),
  threats: {
    money: phrases(['rückbuchung', 'chargeback', 'zahlung (zurückholen|widerrufen|stornieren)', 'meine bank', 'lastschrift zurück\\w*']),
    legal: phrases(['anwalt', 'rechtsanwalt', 'verbraucherzentrale', 'rechtliche schritte', 'klage', 'verklagen', 'gericht', 'bundesnetzagentur', 'polizei', 'anzeige']),
    public: phrases(['schlechte bewertung', 'negative bewertung', 'trustpilot', 'bewertung (schreiben|abgeben)', 'soziale(n)? medien', 'öffentlich machen', 'presse']),
    leave: phrases(['nie wieder', 'nie mehr', '(ich )?kündige', 'ich werde kündigen', 'konkurrenz', 'woanders (kaufen|bestellen)']),
  },
  waited: phrases(['seit (\\d+|zwei|drei|vier|fünf|mehreren|einigen|vielen) (stunden|tagen|wochen|monaten)', '(warte|warten) seit', 'seit (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|letzter woche|letztem monat)', 'immer noch keine']),
  deadlines: phrases(['bis (morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche)', 'innerhalb von (\\d+|sieben|zehn|vierzehn) (stunden|tagen|werktagen)', 'andernfalls', 'sonst werde ich', 'letzte (frist|mahnung|aufforderung)']),
  sarcasm: phrases(['danke für nichts', 'toller service', 'super service', 'vielen dank auch', 'na toll', 'herzlichen glückwunsch']),
  requests: phrases(['ist es möglich', 'gibt es (eine|die) möglichkeit', 'wie kann ich', 'könnten sie (mir|bitte)', 'ich möchte (gerne|wissen|fragen)', 'eine frage', 'kurze frage']),
  politeness: phrases(['bitte', 'danke', 'vielen dank', 'mit freundlichen grüßen', 'freundliche grüße', 'könnten sie', 'würden sie']),
  secondPerson: phrases(['sie', 'ihr', 'ihre', 'ihnen', 'du', 'dein', 'euch', 'euer']),
  intensifiers: '(?:absolut|total|völlig|echt|wirklich|extrem|einfach|so|sehr)',
  grievances: phrases([
    'sollte (eigentlich )?', 'wurde mir (gesagt|versprochen)', 'versprochen', 'obwohl', 'trotz', 'funktioniert (nicht|immer noch nicht)',
    'nie angekommen', 'nicht angekommen', 'falsche[nrs]? (artikel|größe|farbe|teil|lieferung)', 'doppelt (abgebucht|berechnet)', 'ohne (vorwarnung|ankündigung)',
  ]),
  demands: phrases(['ich (verlange|erwarte|fordere)', 'ich will (mein|eine|sofort)', 'sie müssen', 'das mindeste']),
  experienceWords: new Map<string, number>([
    ['unverschämt', 5], ['eine frechheit', 5], ['inakzeptabel', 5], ['unzumutbar', 5], ['lächerlich', 4], ['katastrophal', 5],
    ['eine katastrophe', 5], ['ein albtraum', 4], ['ein witz', 4], ['furchtbar', 4], ['schrecklich', 4], ['ärgerlich', 3],
    ['frustrierend', 3], ['enttäuschend', 2], ['enttäuscht', 2], ['verärgert', 3], ['wütend', 5], ['peinlich', 3], ['nervig', 2],
  ]),
  experiencePhrases: phrases(['(?:sehr|total|völlig|absolut|extrem|echt) (?:schlecht|enttäuschend|ärgerlich|unverschämt|langsam|unfreundlich)', '(?:schlechter|miserabler|katastrophaler) (?:service|kundenservice|support)', 'eine (?:frechheit|zumutung|unverschämtheit)', 'nie wieder']),
  wants: {
    refund: { says: [phrases(['geld zurück', 'rückerstattung', 'erstatt\\w*', 'zurücküberweis\\w*', 'gutschrift auf (meine|mein) (karte|konto)'])], unless: phrases(['teilerstattung']) },
    replacement: { says: [phrases(['ersatz\\w*', 'umtausch\\w*', 'austausch\\w*', 'neue[ns]? (gerät|artikel|exemplar)', 'ein neues'])] },
    redo: { says: [phrases(['neu (drucken|machen|anfertigen)', 'nachdruck', 'nachbesser\\w*', 'noch einmal (machen|drucken)', 'nacharbeit\\w*'])] },
    discount: { says: [phrases(['rabatt', 'preisnachlass', 'nachlass', 'teilerstattung', '\\d+ ?% (rabatt|nachlass)', 'gutscheincode'])] },
    credit: { says: [phrases(['gutschrift', 'gutschein', 'guthaben', 'entschädigung', 'kompensation'])], unless: phrases(['kreditkarte']) },
    free_item: { says: [phrases(['kostenlos\\w*', 'gratis', 'umsonst', 'aufs haus'])], unless: phrases(['kostenloser versand ab']) },
    cancel: {
      says: [phrases(['kündig\\w*', 'storniere\\w*', 'stornierung', '(konto|abo|abonnement|vertrag) (löschen|beenden|auflösen)'])],
      unless: phrases(['wenn', 'falls', 'sonst', 'andernfalls', 'gekündigt hatte', 'storniert (wurde|worden)']),
    },
    manager: { says: [phrases(['vorgesetzte\\w*', 'geschäftsführ\\w*', 'chef', 'teamleit\\w*', 'beschwerdestelle', 'eskalier\\w*', 'jemand(en)? (mit|zuständigen)'])] },
    apology_only: { says: [phrases(['entschuldigung', 'entschuldigen sie sich', 'eine entschuldigung', 'zugeben', 'eingestehen'])], unless: phrases(['entschuldigung für (die|meine) störung']) },
    explanation: { says: [phrases(['warum', 'wieso', 'weshalb', 'erklärung', 'erklären sie', 'was ist (da )?passiert', 'wie kann (das|es) sein'])] },
    speed: { says: [phrases(['sofort', 'dringend', 'umgehend', 'schnellstmöglich', 'so schnell wie möglich', 'bis (morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag)', 'heute noch'])] },
  },
};
