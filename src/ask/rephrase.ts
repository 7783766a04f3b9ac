/**
 * A question as analysts type it in Slack, said the plain way the question parser reads: shorthand spelt out ("w/",
 * "mtg", "prez", "'25"), two names joined by a slash or a dash ("Qureshi/Lavrov", "Kallas–Sybiha") as "A and B",
 * greetings and thanks dropped ("hey,", "pls"), and a topic put first ("Tok Mat — who is that?",
 * "in Dhaka, did Dar have talks with Hossain?") put back where the question's words want it. Pure text to text.
 */
import { alternatives, anyOf, pattern } from '../text/regex.js';

/** Words before "trip" or "visit" that say what kind it is, not where: "his state visit", "her first trip". */
const TRIP_KIND = alternatives(
  'state official working first last recent maiden previous latest next upcoming own'.split(' '),
);
/** Not a place before "trip" or "visit": no {@link TRIP_KIND} word. */
const TRIP_WORDS = `(?!${TRIP_KIND} )`;

/** Groups of countries a question may name together, and their demonyms. */
const GROUPS: readonly [string, string][] = [
  ['baltic', 'estonian, latvian and lithuanian'],
  ['nordic', 'danish, finnish, icelandic, norwegian and swedish'],
  ['benelux', 'belgian, dutch and luxembourg'],
  ['(?:visegrad|v4)', 'czech, hungarian, polish and slovak'],
  ['weimar(?: triangle)?', 'french, german and polish'],
  ['lublin(?: triangle)?', 'lithuanian, polish and ukrainian'],
];
/** The offices a group's members are asked by: "FMs", "prime ministers", "leaders". */
const GROUP_OFFICES = alternatives([
  'fms',
  'foreign ministers',
  'pms',
  'prime ministers',
  'presidents',
  'leaders',
  'heads of state',
  'defen[cs]e ministers',
]);

/**
 * "the baltic FMs", "the weimar triangle foreign ministers": the office of each country of the group, unless the
 * question asks who they were ("who were the nordic FMs at visby").
 */
function groupsApart(text: string): string {
  if (/^(?:who|whom|which)\b/i.test(text)) return text;
  return GROUPS.reduce(
    (t, [group, demonyms]) =>
      t.replace(
        new RegExp(`\\b(?:the )?(?:(?:three|four|five|\\d) )?${group} (${GROUP_OFFICES})\\b`, 'gi'),
        `the ${demonyms} $1`,
      ),
    text,
  );
}

/**
 * "…, dont count planned ones", "not counting calls", "excluding the virtual ones", "leave out repeats": the kinds of
 * meeting a question leaves out, after the words that leave them out.
 */
const LEFT_OUT = pattern(
  [
    /[,;:?]?\s*\b(?:but\s+|and\s+)?/,
    alternatives([
      /(?:do not|don['’]?t|no need to|not to)\s+(?:count|include)(?:ing)?|not\s+(?:counting|including)/,
      /without counting|exclud(?:e|ing)|leav(?:e|ing) out|ignor(?:e|ing)|minus|skip(?:ping)?/,
    ]),
    '\\s+((?:(?:',
    /the|any|all|those|ones?|that|are|were|which|just|only|or|and|same|twice|mtgs?|meetings?|planned|scheduled/,
    /|upcoming|future|expected|proposed|(?:tele)?phone|calls?|video|virtual|online|repeats?|duplicates?/,
    ')\\b[\\s,]*)+)',
  ],
  'gi',
);
/** "(i) don't want to double count", "dont double count the X visit", "without double counting": no kind left out. */
const DOUBLE_COUNT = pattern(
  [
    /,?\s*(?:but |and |pls |please )?/,
    /(?:(?:i )?(?:dont|don['’]t|do not)(?: want to)?|without) double[- ]count(?:ing)?\b/,
    /(?:\s+(?:the|any|that|those)\s+[^,.?;]{0,40}?\b(?:visits?|trips?|meetings?|mtgs?|talks|summits?|calls?)\b)?/,
  ],
  'gi',
);
/** Where a name was read: "in the thai pbs piece", "from the herald story", "in the monitor op-ed". */
const OUTLET_PIECE = pattern(
  [
    /,?\s*\b(?:in|from|per) (?:the |a |an |that |this )?(?:[\p{L}'’.-]+ ){0,4}?/u,
    /(?:piece|story|article|report|readout|op-?ed|item|write-?up|feature|interview)s?\b/,
  ],
  'giu',
);
/** Calls, phone, video: left out, the meetings asked are in person. */
const CALLS = /\b(?:calls?|(?:tele)?phone|video|virtual|online)\b/i;

/** Shorthand and common misspellings, each with the words it stands for. */
type Replacement = string | ((written: string, ...parts: string[]) => string);
const SHORTHAND: readonly [RegExp, Replacement][] = [
  // "calls dont count", "dont want to double count": in person, and each meeting once (as counts are anyway).
  [/\(?\b(?:phone |video )?calls? (?:dont|don't|do not) count\)?/gi, 'in person'],
  // "dont double count the mexico city visit", "without double-counting": each meeting is counted once anyway.
  [DOUBLE_COUNT, ''],
  // "who's ung ing? she comes up in the thai pbs piece", "kosherbaev (UzA) vs kosherbayev (kazinform)": where a name
  // was read is no one asked about.
  [OUTLET_PIECE, ''],
  // "same person right?": the tag of an identity asked, no one called "right".
  [/\b(same (?:person|guy|man|woman|one|official))\s+right\b/gi, '$1'],
  [/\s*\((?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\))[\p{L}.'’-]+\)(?=[\s,?!]|$)/giu, ''],
  // "dont count planned ones", "not counting calls": planned ones and repeats are left out of counts anyway.
  [LEFT_OUT, (_, kinds: string) => (CALLS.test(kinds) ? ' in person ' : ' ')],
  // "the EU HR/VP": the High Representative (and Vice-President), not two people.
  [/\bhr\s*\/\s*vp\b|\bhrvp\b/gi, 'high representative'],
  [/(?<![\p{L}/])w\/(?=\s|$)/giu, 'with'],
  [/(?<![\p{L}/])b\/w(?=\s|$)/giu, 'between'],
  [/(?<![\p{L}/])w\/o(?=\s|$)/giu, 'without'],
  // "the meeting btw the thai and cambodian ministers": "between" after a meeting's word; else "by the way", dropped.
  [/\b(meetings?|talks|call|summit|bilateral|trilateral|consultations) btw\b/gi, '$1 between'],
  [/,?\s*\bbtw\b,?/gi, ' '],
  // "did safadi get him on the phone re gaza": "re" is "about" before what was discussed; not the end of "Støre"
  // ("\b" takes "ø" for no letter).
  [/(?<![\p{L}\p{N}])re:?\s+(?=[\p{L}"“])/giu, 'about '],
  // "the pak DPM/FM": one person's two offices, the last the one asked by.
  [/\b(?:dpm|deputy pm)\s*\/\s*(?=fm\b)/gi, ''],
  // "did they co-chair the JPC", "who co-chaired it": met (not "who co-chairs it", of a standing body).
  [
    /\bco-?chair(?:ed|\b(?<=\b(?:did|does|do|to|will|would)\b.*))(?: (?=the |an? ))?/gi,
    (w) => `${/ed\b/i.test(w) ? 'met' : 'meet'}${w.endsWith(' ') ? ' at ' : ''}`,
  ],
  // "in dec 24", "in oct 2025": a month and a year, not a day.
  [
    pattern(
      [
        /\b(in|during|since|from|until) ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.? /,
        /(\d{2})(?![\d:]| ?(?:st|nd|rd|th)\b)/,
      ],
      'gi',
    ),
    '$1 $2 20$3',
  ],
  [/\bmtg(s?)\b/gi, 'meeting$1'],
  [/\bprez\b/gi, 'president'],
  [/\b(trade|foreign|defen[cs]e|finance|interior|energy|prime) min\b\.?/gi, '$1 minister'],
  [/\bgovt\b/gi, 'government'],
  [/\bmsgs?\b/gi, 'message'],
  [/\bconvos?\b/gi, 'conversations'],
  // "wasnt ishiba supposed to …", "dont count calls": a negation typed without its apostrophe.
  [/\b(is|was|were|are|did|does|do|has|have|had|could|would|should)nt\b/gi, "$1n't"],
  // "thats the kosovo president right", "theyre meeting when": other words typed without their apostrophe.
  [/\b(that|there|he|she)s\b/gi, "$1's"],
  [/\btheyre\b/gi, "they're"],
  // "when r they meeting next", "r the two FMs seeing each other": "are", as texted.
  [/\br(?= (?:they|we|you|the|these|those|both)\b)/gi, 'are'],
  [/\b(wo|ca)nt\b/gi, "$1n't"],
  [/\b(who|when|where|what|how)'d\b/gi, '$1 did'],
  [/^who's\b/i, 'who is'],
  // "whats the name of …", "wheres the next round": the apostrophe left out.
  [/\b(what|where|who|when|how)s\b/gi, "$1's"],
  // "when+where did …": both asked.
  [/\b(when|where|who|what)\s*\+\s*(?=when\b|where\b|who\b|what\b)/gi, '$1 and '],
  // "the mexican canciller", "the US sec of state", "the aussie FM": offices and countries as desks say them.
  [/\b(?:canciller|chanceler)\b/gi, 'foreign minister'],
  [/\bsec(?:\.|retary)? of state\b|\bsecstate\b/gi, 'secretary of state'],
  [/\baussie\b/gi, 'australian'],
  // "with the turks", "the brits": a people whose plural is no demonym with an "s" (see countries.ts).
  [/\bthe turks\b/gi, 'türkiye'],
  [/\bthe (?:brits|britons)\b/gi, 'britain'],
  // "the pak FM" (not the Korean family name Pak): Pakistan's, before an office or a side.
  [/\bpak(?=\s+(?:dpm|fm|pm|nsa|foreign|prime|president|army|envoy|delegation|side|officials?)\b)/gi, 'pakistan'],
  [/\bkiwi\b/gi, 'new zealand'],
  [/\beam\b/gi, 'external affairs minister'],
  [/(?<!\bsri )\blankan\b/gi, 'sri lankan'],
  [/\brec(?:ie|ei)v(e[ds]?|ing)\b/gi, 'receiv$1'],
  [/\bfou?rm\b/gi, 'forum'],
  // "Oct '23", "in mar '25": the year in full.
  [/(^|\s)'(\d\d)\b/g, '$120$2'],
  [/(?<!\w)t&t(?:'s)?(?!\w)/gi, 'Trinidadian'],
  [/\s[+&]\s/g, ' and '],
  [/\bppl\b/gi, 'people'],
  [/\bcreds\b/gi, 'credentials'],
  [/\bdocs\b/gi, 'documents'],
  [/\bincl\b\.?/gi, 'including'],
  [/\bintel\b/gi, 'intelligence'],
  [/\bintergov\b/gi, 'intergovernmental'],
  [/\bsitdowns?\b/gi, 'sit-down'],
  [/\bmous\b/gi, 'memorandums'],
  [/\bas of\b/gi, 'until'],
  // "mid april", "early-march", "end of january", "(april)": the month; a part of it is read as the whole.
  [
    pattern(
      [
        /\b(?:early|mid|late|(?:the )?(?:end|start|beginning|middle) of)[- ]/,
        /(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/,
      ],
      'gi',
    ),
    '',
  ],
  [/\(([^()]*)\)/g, '$1'],
  [/\bbilat(?:eral)?s\b/gi, 'bilateral meetings'],
  [/\bbilat\b/gi, 'bilateral'],
  [/\b(?:wat|wht)\b/gi, 'what'],
  // "a one on one with sanchez before vdL joined": whoever joined later is no side of what is asked.
  [
    pattern(
      [/,?\s*\b(?:before|until|till) (?:[\p{L}'’.-]+ ){1,4}/u, /(?:joined|arrived|came)\b(?: (?:them|the talks))?/],
      'giu',
    ),
    '',
  ],
  // "this yr", "meeting w blinken": a year, and "with" before a name.
  [/\byr(s?)\b/gi, 'year$1'],
  [
    pattern(
      [
        /(?<=\b(?:meet\w*|met|talk\w*|calls?|called|down|up|spoke|speak\w*|summit|visit\w*|trip|bilat\w*|session) )/,
        /w(?= \p{L})/u,
      ],
      'giu',
    ),
    'with',
  ],
  [/\babt\b/gi, 'about'],
  [/(?<=\p{L}) n (?=\p{L})/gu, ' and '],
  // Cities by the names people call them.
  [/\b(?:joburg|jozi)\b/gi, 'Johannesburg'],
  [/\bKL\b/g, 'Kuala Lumpur'],
  [/\bNYC\b/gi, 'New York'],
  [/\bHCMC\b/gi, 'Ho Chi Minh City'],
  [/\bmeet(?:ng|ign|inng)(s?)\b/gi, 'meeting$1'],
  // "number of in-person meetings": how many.
  [/(^|[:,]\s*)(?:the )?number of\b/gi, '$1how many'],
  // "any plan for Sheinbaum to visit Guatemala": "is Sheinbaum going to visit Guatemala".
  [/^any plans? (?:for|of) (.+?) to (?=\S)/i, 'is $1 going to '],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, numericDate],
  // "during carney's mexico trip": a trip to a place, whoever made it.
  [
    pattern(
      [
        /\b(during|on) [\p{L}.-]+(?: [\p{L}.-]+)?'s /u,
        `(?:${TRIP_KIND} )?`,
        TRIP_WORDS,
        /(?:(\p{L}+) )?(trip|visit|tour|stay)\b/u,
      ],
      'giu',
    ),
    (_, during: string, place: string | undefined, trip: string) =>
      `${during} the ${trip}${place ? ` to ${place}` : ''}`,
  ],
  // "mirzoyan's greece trip": his trip to Greece, not a meeting with Greece.
  [
    pattern([/\b([\p{L}.-]+)'s /u, TRIP_WORDS, /(\p{L}+) (trip|visit|tour)\b/u], 'giu'),
    (_, who: string, place: string, trip: string) => `${who}'s ${trip} to ${place}`,
  ],
  // "the pakistani and russian PMs", "Egypt, Jordan and Iraq foreign ministers", "the thai and cambodian defence
  // ministers": each one's office.
  [
    pattern(
      [
        /\b(\p{L}+(?:(?:,| and) \p{L}+)+) /u,
        /(pm|fm|president|premier|leader|(?:prime|foreign|defen[cs]e|trade|finance|interior|energy) minister)s\b/,
      ],
      'giu',
    ),
    // "the japanese defence minister and the philippine defence minister": each office said whole, so that none reads
    // as part of the one before ("japanese defence minister and philippine defence").
    (_, list: string, office: string) =>
      list
        .split(/,? and |, /)
        .map((one, i) => `${i > 0 && !/^the /i.test(one) ? 'the ' : ''}${one} ${office}`)
        .join(' and '),
  ],
];

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * "26/7/2024" as "26 July 2024", "7/26/2024" as "26 July 2024": a numeric date whose day and month only one reading
 * allows (a number over 12 is the day); left as written when both readings are dates of their own ("3/4/2025").
 */
function numericDate(written: string, a: string, b: string, year: string): string {
  const [x, y] = [Number(a), Number(b)];
  const [day, month] = x === y || (x > 12 && y <= 12) ? [x, y] : y > 12 && x <= 12 ? [y, x] : [0, 0];
  return day >= 1 && day <= 31 && month >= 1 ? `${day} ${MONTHS[month - 1]} ${year}` : written;
}

/** What a note says it is for, before the question: "for a note I'm writing:", "checking a name:", "context: …". */
const PREAMBLE = pattern(
  [
    /^/,
    alternatives([
      /for (?:a|my|the) (?:note|brief\w*|report|piece|draft)(?: i'm writing| i am writing)?|checking (?:a|one) \w+/,
      /quick check|question|context|per the briefings?|going by the briefings?|acc?ording to the briefings?/,
    ]),
    /\s*[:,-]\s*/,
  ],
  'i',
);
/** "need the date …", "looking for the place of …": a request put as what it wants, asked as a question. */
const WANTED: readonly [RegExp, string][] = [
  [/^dates?(?: (?:of|on which|when))?\b\s*:?\s*/i, 'when'],
  [/^(?:place|location|venue)(?: (?:of|where))?\b\s*:?\s*/i, 'where'],
  [/^(?:count|tally|number)(?: of)?\b\s*:?\s*/i, 'how many'],
  [/^(?:everyone|everybody|(?:the )?people)\b\s*:?\s*/i, 'who'],
  [/^name of\b\s*:?\s*/i, 'name of'],
  // "need a list of who A met", "need the names of those who …": the question itself.
  [/^(?:list|rundown|names?)(?: of)?\s+(?:those |the ones |people )?(?=who|whom|which|when|where)/i, ''],
  // "need the others who joined A and B": who else.
  [/^(?:others|other people|rest)\s+who\s+/i, 'who else'],
];
const WANTING = /^(?:i )?(?:need|want|am looking for|looking for|would like|'d like)(?: to know)?\s+(?:the |a )?/i;
/** "…, right?", "…, didn't he?", "… — is that right?": a statement to be confirmed, asked yes or no. */
const TAG = pattern(
  [
    /,\s*/,
    alternatives([
      /right|correct|true|no|yes|is (?:that|it|this) (?:right|correct|so|true)/,
      /(?:did|does|was|is|has|had)n't (?:he|she|it|they)/,
    ]),
    /$/,
  ],
  'i',
);
/** "I think …", "there were reports …": a statement to be confirmed. */
const BELIEVING = pattern(
  [
    /^/,
    alternatives([
      /i (?:believe|think|understand|recall|remember|heard|read)/,
      /there (?:were|are|have been) reports|reports (?:say|said|suggest(?:ed)?)|it (?:was|is|has been) reported/,
    ]),
    /(?: that)?\s+/,
  ],
  'i',
);
/** "the man people call Tok Mat", "the same guy belta calls …": the same person as one a name says. */
const CALLED = pattern(
  [
    /\bthe (?:same )?(?:man|woman|person|guy|official|one) /,
    /(?:people|they|the briefings|briefings|some|\w+) /,
    /(?:calls?|knows? as)\b/,
  ],
  'i',
);

/** Greetings, and thanks at the end: "hey,", "quick q:", "pls". */
const GREETING = pattern(
  [
    /^/,
    alternatives([
      /hey|hi|hello|yo|ok(?:ay)?|um+|well|btw|quick (?:one|q(?:uestion)?)/,
      /so(?! far\b)|right(?! after| before)/,
    ]),
    /\b[,!:]?\s+/,
  ],
  'i',
);
const PLEASE = /(?:,\s*|\s+)(?:pls|plz|please|thx|thanks)$/i;
/**
 * ", bernama just calls him that", ", she comes up in the thai pbs piece": who wrote the name asked, or where it came
 * up; no one asked about.
 */
const WHO_CALLS_HIM = anyOf(
  [
    /,\s*[^,]*\b(?:calls?|names?|refers? to) (?:him|her|them)(?: that| so| this)?$/,
    /,\s*(?:(?:he|she|they|it)\s+)?(?:keeps? |kept )?(?:comes? up|came up|popp(?:ing|s|ed) up|shows? up|appears?)\b.*$/,
  ],
  'i',
);
/** "pls list", "plz give the date": a request's word, anywhere. */
const PLS = /,?\s*\b(?:pls|plz)\b/gi;
/** "wasn't there a meeting …", "didn't A meet B": asked as "was there", "did A meet B". */
const NEGATIVE = /^(was|were|did|does|do|has|have|had|is|are)n't\b/i;
/** "who Tok Mat is" (after "remind me"): "who is Tok Mat". */
const WHO_LAST = /(^|\bme )(who|what) (.+?) (is|was|are|were)$/i;

/**
 * "kenya tanzania JPC what did they agree", "besides schialer who else did he see": a question after its topic, with
 * no comma between.
 */
const LATE_ASKING = pattern(
  [
    /(?<=\p{L}) /u,
    /(?=(?:what|when|where|who|whom|how many|how often)(?: else)? (?:did|do|does|was|were|is|are|has|have|had)\b)/,
  ],
  'iu',
);

/** Two names joined by a slash, a dash without spaces or "vs": "imran khan/wang yi", "Erdoğan–al-Sharaa". */
const JOINED = /(\p{L}{2,}\.?)\s*(?:\/|[–—]|\s(?:vs\.?|versus)\s)\s*(?=\p{L}{2})/gu;

/** Words a question starts with. */
const QUESTION_WORD =
  /^(?:who(?:m|se)?|when|where|what|which|how|did|does|do|has|have|had|is|are|was|were|will|can|could|any)\b/i;
const YES_NO_WORD = /^(?:did|does|do|has|have|had|is|are|was|were|will|can|could)\b/i;
/** A topic that is a follow-up's own opening ("and Erdogan, when did he …"), not one put first. */
const FOLLOW_ON_TOPIC = /^(?:and|so|but|also|then|what about|how about)\b/i;
/**
 * The word of a question that stands for the topic put first: "did they meet?", "is she meeting Lula?"; "that",
 * "this" and "it" only as pronouns ("who is that", "has it happened"), not before a noun ("that minister").
 */
const STAND_IN = anyOf(
  [
    /\b(?:they|them|he|she|him|her|those two|the two)\b/,
    // "X - is that the same person as Y".
    /\b(?:that|this|it)\b(?=$|\s+(?:is|was|has|happen\w*|take|took|with|(?:the )?same))/,
  ],
  'i',
);
/** "is that just X misspelt", "a typo for X": the same person as X, spelt another way. */
const MISSPELT = pattern(
  [
    /^(?:is|was) (?:that|this|it) (?:just |simply |only |really )?(?:a (?:typo|misspelling) (?:of|for) )?(.+?)/,
    /(?: (?:misspelt|misspelled|mis-spelt|mis-spelled|with a typo|spelt (?:differently|otherwise|wrong(?:ly)?)))?$/,
  ],
  'i',
);
/** "that's Wang Yi right", "is that X": asked of a name a topic quotes, whether it is X. */
const THAT_IS = pattern(
  [
    /^(?:that'?s|thats|that is|this is|is that|is this) (?:just |really |actually )?(.+?)/,
    /(?:,? (?:right|correct|yes|no))?$/,
  ],
  'i',
);
/** A name a topic quotes: "pajhwok says 'Wang Ye' called on akhund". */
const QUOTED = /(?<!\p{L})['"‘“]([^'"‘’“”]{3,40})['"’”](?!\p{L})/u;

/**
 * "kabar has 'toktossunov' in one paragraph, same person as toktosunov?": whether the quoted name is the other, the
 * rest of the question after it.
 */
const QUOTED_SAME = pattern(
  [
    /^.*?/,
    QUOTED,
    /[^?]*?/,
    /\b(?:the )?same (?:person|guy|man|woman|official|one) as /,
    /(.+?)((?:,|\s+and\s+(?=(?:who|when|where|what|how)\b)).*)?$/,
  ],
  'iu',
);

/** A topic that only sets the scene ("at that conference", "in Dhaka", "after Antalya"): no one a stand-in is. */
const SCENE = /^(?:at|in|on|during|while|after|before|from|since|around|over)\b/i;
/** "X — same guy?", "A and B: same person?": a question of identity with no verb. */
const SAME_NO_VERB = /^(?:the )?same (?:person|man|woman|guy|official|individual|one)$/i;

/** A request put as what it wants ("need the date A met B"), as the question it asks ("when A met B"). */
function asAsked(q: string): string {
  const wanting = WANTING.exec(q);
  if (!wanting) return q;
  const rest = q.slice(wanting[0].length);
  const asking = /^(?:who|when|where|what|how|which|whether|if)\b/i;
  for (const [what, asked] of WANTED) {
    const m = what.exec(rest);
    if (!m) continue;
    // "need a count: how often have A and B met": the question after it asks.
    const after = rest.slice(m[0].length);
    return asking.test(after) ? after : `${asked} ${after}`;
  }
  // "looking for who …", "need to know where …": the question itself.
  return asking.test(rest) ? rest : q;
}

/** A statement to be confirmed ("A met B in Bishkek, right?", "I think A met B"), asked yes or no. */
function confirming(q: string): string {
  const tagged = TAG.test(q) || BELIEVING.test(q);
  const statement = q
    .replace(TAG, '')
    .replace(BELIEVING, '')
    .replace(/,\s*is (?:that|it|this) (?:right|correct|so|true)$/i, '');
  return tagged && !QUESTION_WORD.test(statement) ? `did ${statement}` : q;
}

/**
 * The question with a topic put first moved back into it, when it is in two parts, a topic and then a question
 * ("Tok Mat: who is that", "at the SCO summit in Dushanbe, did Imran Khan meet Xi", "Burhan's meeting with
 * Lamamra in November 2024, where"): the question's stand-in word ("that", "they") becomes the topic, else the
 * topic goes after the question's words.
 */
function topicBack(q: string): string {
  // The last comma or colon after which the words ask ("Diana Mondino and Lula, while in Brazil, are they meeting").
  const splits = [...q.matchAll(/\s*[:,]\s+/g)].reverse();
  for (const sep of splits) {
    const [topic, asked] = [q.slice(0, sep.index), q.slice(sep.index + sep[0].length)];
    if (QUESTION_WORD.test(topic)) return q;
    // "and PM Amarasuriya, did he meet her too?": the follow-up asks yes or no, of the one it names.
    if (FOLLOW_ON_TOPIC.test(topic))
      return YES_NO_WORD.test(asked) ? `and ${asked} ${topic.replace(/^\S+\s+/, '')}` : q;
    if (SAME_NO_VERB.test(asked)) return `are ${topic} the same person`;
    // "l'express has 'Nandi-Ndaithwah', is that just Nandi-Ndaitwah misspelt", "… says 'Wang Ye' met A, thats Wang
    // Yi right": whether the quoted name is the other.
    const quoted = QUOTED.exec(topic)?.[1];
    const other = quoted ? (MISSPELT.exec(asked) ?? THAT_IS.exec(asked))?.[1] : undefined;
    if (other && quoted) return `is ${quoted} the same person as ${other}`;
    if (!QUESTION_WORD.test(asked)) continue;
    if (/^(?:who(?:m)?|when|where|how many(?: times)?)$/i.test(asked)) return `${asked} ${topic}`;
    if (SCENE.test(topic)) return `${asked} ${topic[0]!.toLowerCase()}${topic.slice(1)}`;
    return STAND_IN.test(asked) ? asked.replace(STAND_IN, topic) : `${asked} ${topic}`;
  }
  return q;
}

/** Words a question is asked by, whose two letters typed the wrong way round ("whne", "waht", "amny") are mended. */
const ASKING_WORDS = ['when', 'where', 'what', 'which', 'many'];

/**
 * A word with two letters side by side typed the wrong way round, mended when it can be only one asking word.
 * @example untransposed('whne') // → 'when'
 */
function untransposed(word: string): string {
  const lower = word.toLowerCase();
  const swapped = (w: string, k: number): string => w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  const fits = ASKING_WORDS.filter(
    (w) =>
      w !== lower && w.length === lower.length && [...w].some((_, k) => k + 1 < w.length && swapped(w, k) === lower),
  );
  return fits.length === 1 ? fits[0]! : word;
}

/**
 * A question in the plain words the parser reads (see the file's header). The text is expected cleaned already
 * (`cleanQuestion`: no bot mention, no trailing "?", dashes between spaces made commas).
 * @example rephrase('hey, date of the imran khan/wang yi meeting') // → 'date of the imran khan and wang yi meeting'
 * @example rephrase('Tok Mat, who is that') // → 'who is Tok Mat'
 */
export function rephrase(question: string): string {
  const plain = question
    .replace(/(?<!\p{L})\p{L}{4,5}(?!\p{L})/gu, untransposed)
    .replace(/\?+\s+(?=\S)/g, ', ')
    .replace(/\s*=\s*/g, ' and ')
    .replace(/\bone and the same\b/gi, 'the same')
    .replace(CALLED, 'the same person as');
  const spelt = SHORTHAND.reduce(
    (t, [re, words]) => (typeof words === 'string' ? t.replace(re, words) : t.replace(re, words)),
    groupsApart(plain),
  )
    .replace(PLEASE, '')
    .replace(WHO_CALLS_HIM, '')
    .replace(PLS, '')
    .replace(GREETING, '')
    .replace(PREAMBLE, '')
    .replace(GREETING, '')
    .replace(NEGATIVE, '$1')
    .replace(JOINED, '$1 and ')
    .trim();
  const asking = QUESTION_WORD.test(spelt) || FOLLOW_ON_TOPIC.test(spelt) ? spelt : spelt.replace(LATE_ASKING, ', ');
  const quoted = QUOTED_SAME.exec(asking);
  const same = quoted ? `is ${quoted[1]} the same person as ${quoted[2]}${quoted[3] ?? ''}` : asking;
  return topicBack(confirming(asAsked(same))).replace(WHO_LAST, '$1$2 $4 $3');
}
