import type { MeetingFilter } from '../index/meeting-index.js';
import type { DateRange } from '../calendar.js';
import { format } from 'date-fns';
import { HONORIFICS } from '../extract/mentions.js';
import { ABBREVIATED, STYLES } from '../extract/people.js';
import { UPPERCASE_COUNTRY_FORMS } from '../reference/countries.js';
import { nicknameOf } from '../reference/nicknames.js';
import { boundOf, intersect } from './meeting-query.js';
import { HIJRI_MONTH, hijriMonthNumber, hijriMonthRange, lastHijriMonth, parsePeriod } from './period-words.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';
import { rephrase } from './rephrase.js';
import { askedSubjects } from './subjects.js';
import type { Gender } from './gender.js';
import {
  ALL_DAYS,
  ANYONE,
  ELSE,
  FIRST_TIME,
  FOLLOW_ON,
  followUp,
  HOW_LONG,
  NAME_ASKED,
  pointingBack,
  relativeTo,
  type QuestionContext,
} from './follow-up.js';
import type { How, Question, QuestionKind, Which } from './question-types.js';

export type { How, Question, QuestionKind, Which } from './question-types.js';

/**
 * "before their July 2021 talks", "after that": a landmark meeting of the people asked ("ahead of the FOCAC summit" is
 * when, not a landmark).
 */
const AROUND: readonly [RegExp, 'before' | 'after'][] = [
  [/\b(?:before|prior to|ahead of) (?:that|then|their)\b/i, 'before'],
  [/\b(?:after|following) (?:that|then|their)\b/i, 'after'],
];

/**
 * A clause after the question asked that asks of the pair's meeting before it: ", and had the two met before?",
 * "… and where had they last met?", "when had they last met before it?". It needs "last" or "before".
 */
const EARLIER_ASKED = pattern(
  [
    /(?:[,;:?]\s*(?:and\s+|but\s+|also\s+)?|\s+(?:and|but)\s+)(?:(?:when|where)\s+)?(?:had|have|did)\s+/,
    /(?:they|the two(?:\s+\w+)?|the pair|both|those two|the two sides)\s+(?:ever\s+)?(last\s+)?/,
    /(?:met|meet|seen each other|sat down)(\s+(?:before|previously|earlier)(?:\s+(?:it|that|then|this))?)?\s*\??\s*$/,
  ],
  'i',
);

/** The question without its clause asking of an earlier meeting ({@link EARLIER_ASKED}), and whether it had one. */
export function earlierAsked(text: string): { text: string; earlier: boolean } {
  const m = EARLIER_ASKED.exec(text);
  if (!m || (!m[1] && !m[2]) || !/\p{L}/u.test(text.slice(0, m.index))) return { text, earlier: false };
  return { text: text.slice(0, m.index), earlier: true };
}

/** "… or was it just the phone call?", "…, or only the FM?": an alternative a yes or no doubts, asking nothing. */
const DOUBTED = /,?\s+or\s+(?:(?:was|is|were) (?:it|that|they)\s+|did they\s+)?(?:just|only|merely|simply)\b.*$/i;

/** A yes or no without the alternative it doubts ({@link DOUBTED}). */
export const withoutDoubted = (text: string): string => (YES_NO.test(text) ? text.replace(DOUBTED, '') : text);

/**
 * "… since Luxon became PM", "since he took office", "since becoming president": a start the briefings do not
 * date, which bounds nothing they report; the meetings asked are all those they tell.
 */
const SINCE_TENURE = new RegExp(
  `,?\\s*\\b(?:ever\\s+)?since\\s+(?:he|she|they|(?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,3}?)\\s+` +
    '(?:became|become|took (?:office|over|up)|was (?:appointed|elected|named|sworn in|made)|assumed (?:office|the)|' +
    'came (?:to|into) (?:power|office)|entered office|got the job)\\b[^?,;]*|' +
    ',?\\s*\\bsince (?:becoming|taking (?:office|over)|being (?:appointed|elected|sworn in)|assuming office)\\b[^?,;]*',
  'giu',
);

/** A question without the start of someone's term it counts from ({@link SINCE_TENURE}). */
const withoutTenure = (text: string): string => text.replace(SINCE_TENURE, '');

/** "which FM came to Jakarta, the Malaysian or the Singaporean one?": the choices offered, after a comma. */
const CHOICES = /,\s*(?:the |a )?[\p{L}'’-]+(?: one)? or (?:the |a )?[\p{L}'’-]+(?: one)?\s*$/iu;

/** A "which" or "who" question without the choices it offers, which the answer names among those it finds. */
export const withoutChoices = (text: string): string =>
  /^(?:which|who)\b/i.test(text) ? text.replace(CHOICES, '') : text;

/** A topic asked of at the end of a question: "… say about Chabahar", "… agree about the gas pipeline". */
const ABOUT_TOPIC = pattern(
  [
    /\babout (?:the )?/,
    /(?!(?:there|here|it|that|this|them|then|in|on|at|during|last|with|when|where)\b)/,
    "(\\p{L}[\\p{L}'’ -]{2,40})$",
  ],
  'u',
);

/** What a question's words are checked against: who and where the briefings know. */
export interface QuestionWords {
  /**
   * How many people of the briefings' meetings words name: by name, country, or office with a country; with `spelt`,
   * only those whose words they spell out, not a name that merely sounds like them.
   */
  holders(words: string, spelt?: boolean): number;
  /** Whether words are a city (or a place a meeting was held) or a country (its name or demonym). */
  place(words: string): 'city' | 'country' | undefined;
  /** The name a misspelt word stands for ("Gerapetriti" → "Gerapetritis"), if the briefings know one near enough. */
  misspeltName(word: string): string | undefined;
  /** The place of the briefings a misspelt word stands for ("Tashkant" → "Tashkent"), if any. */
  misspeltPlace(word: string): string | undefined;
  /** True for a common English word ("summit", "cabinet"), which alone is no one's name. */
  ordinary(word: string): boolean;
  /** The everyday word a mistyped one stands for ("counterprt" → "counterpart"), if one is near enough. */
  misspeltCommon?(word: string): string | undefined;
  /** The newest date the briefings give a meeting, which a date said without its year is read against. */
  latest?(): Date | undefined;
  /** The gender the briefings show of whom words name, if one: whom a follow-up's "she" or "he" may mean. */
  gender?(words: string): Gender | undefined;
  /** The one country the briefings give whom words name, if one: "him" of a host's thread may be the guest. */
  nationOf?(words: string): string | undefined;
  /** The name of the country a city is in ("Amman" → "Jordan"), if the briefings' places know it. */
  countryOf?(city: string): string | undefined;
  /** The name of the country a short form stands for in any case ("ph", "AUS", "nz", "us"), if one. */
  countryCode?(word: string): string | undefined;
}

/** An office said of no country: "the king", "the PM", "the crown prince". */
const HOST_OFFICE = pattern(
  [
    /\bthe (king|queen|emir|sultan|crown prince|president|vice president|prime minister|pm|foreign minister|fm)\b/,
    /(?! of\b)/,
  ],
  'i',
);

/**
 * "what about the king?" after an answer placed in Amman: the office of the country the thread's meetings were in,
 * "Jordan's king".
 */
function hostOffice(text: string, previous: QuestionContext | undefined, known: QuestionWords): string {
  const country = previous?.answeredIn ? known.countryOf?.(previous.answeredIn) : undefined;
  return country ? text.replace(HOST_OFFICE, (_, office: string) => `${country}'s ${office}`) : text;
}

/** Facets and the words that ask them, in the order an answer gives them. */
const FACET_WORDS: readonly [QuestionKind, RegExp][] = [
  ['count', /\bhow (?:many|often)\b/],
  ['when', /\bwhen\b|\b(?:what|which) (?:date|day|month|year)\b|\bdates?\b/],
  [
    'where',
    anyOf([
      /\bwhere\b|\b(?:what|which) (?:city|cities|places?|venues?|capitals?|country|countries)\b/,
      /\b(?:place|venue|location) of\b/,
      // "A and B meeting - city", but not "in mexico city".
      /(?:^|[-–—:,] ?|\s)(?:place|venue|location)$|(?:^|[-–—:,] ?)city$/,
    ]),
  ],
  [
    'who',
    anyOf([
      /\bwho(?:m)?\b|\bname of\b|'s name\b/,
      /\b(?:which|what) (?:\S+ ){0,3}?(?:leaders?|ministers?|officials?|counterparts?|people|envoys?|ambassadors?)\b/,
      // "which Kyrgyz deputy cabinet chairman did Dar see".
      /\b(?:which|what) (?:\S+ ){0,3}?(?:chairm[ae]n|chairs?|presidents?|premiers?|heads?|secretar(?:y|ies))\b/,
      // "which FMs sat in the ministerial": an office by its initials.
      /\b(?:which|what) (?:\S+ ){0,2}?(?:fms|pms|dpms|delegations|delegates)\b/,
    ]),
  ],
  [
    'what',
    anyOf([
      /\bwhat\b.*\b(?:discuss\w*|talk\w*|agree\w*|sign\w*|said|say|tell|told|cover\w*|topics?|agenda|about)\b/,
      /\bwhat\b.*\b(?:on the table|c[oa]me up|go(?:ne)? over|went over|raised?|focus\w*|outcomes?|result\w*)\b/,
      /\bwhat\b.*\b(?:message|letter|invitation|proposal|offer|request|pledge|deal|subjects?|issues?)\b/,
      // "what did NZ commit to", "what did they pledge", "what was promised".
      /\bwhat\b.*\b(?:commit\w*|pledg\w*|promis\w*|offer\w*|announc\w*|propos\w*|demand\w*|warn\w*)\b/,
      // "what was he carrying", "what did he hand the emir": a message delivered.
      /\bwhat (?:was|were|is|did|does|do) (?:\S+ ){1,3}?(?:carry|carrying|hand|deliver|bring|pass on)\b/,
      /\babout what\b|^(?:the )?(?:topics?|agenda|subjects?)\b|\btopics? (?:of|covered|discussed)\b/,
      // "did they agree anything concrete?", "have they signed anything": what, asked as a yes or no.
      pattern([
        /\b(?:did|have|has|had) (?:\S+ ){1,4}?/,
        /(?:agree|sign|decide|announce|commit)\w* (?:on |to )?(?:anything|something)\b/,
      ]),
      /\bwhat\b.*\bc[oa]me (?:out )?of\b/,
      // "A and B bilateral in Khujand - topic?": the facet as a tag after the words of the meeting.
      /(?:^|[-–—:,] ?|\s)(?:topics?|agenda|subjects?|outcomes?|results?|takeaways?)$/,
    ]),
  ],
  ['which', /^(?:which|what|list|show|any|tell me about|give me)\b.*\b(?:meetings|talks|visits|calls)\b/],
  [
    'planned',
    anyOf([
      /\b(?:planned|upcoming|scheduled|coming up|due to|set to|expected to|supposed to|going to|next on)\b/,
      // "where/when is that set for?", "what's slated", "is a visit pencilled in".
      /\b(?:set for|slated|pencil+ed in)\b/,
      // "when's lipavsky due in bratislava?", "when is the iranian FM expected back in muscat?".
      /(?:\b(?:is|are)|['’]s) (?:\S+ ){0,4}?(?:due|expected)(?: back)? (?:in|at)\b/,
      // "are they meeting in person anytime soon?", "later this month", "in the coming weeks".
      /\b(?:soon|later this (?:week|month|year)|in the coming (?:days|weeks|months))\b/,
      /\b(?:on the cards|in the works|in the pipeline|on the horizon|being (?:planned|prepared|arranged))\b/,
      // "is tamim's state visit to astana going ahead?", "is the summit still on?", "any date yet?".
      /^(?:(?:and|so|but) )?(?:is|are) (?:\S+ ){1,8}?(?:going ahead|still on|on track|still happening|confirmed)\b/,
      /\bany dates? (?:set |fixed )?yet\b/,
      // "is the sri lankan FM calling on the indian president", "so when is sikorski seeing him": a plan asked in the
      // present (not "when is the meeting").
      pattern([
        /^(?:(?:ok|okay|and|so|but),? )*(?:(?:when|where) )?(?:is|are) /,
        /(?!there\b|it\b|this\b|that\b|he\b|she\b|they\b)/,
        /(?:\S+\s+){1,5}?(?<!\b(?:the|their|his|her|its)\s+)/,
        /(?:meeting|seeing|visiting|calling on|hosting|receiving|travell?ing|heading|flying|coming|sitting down)\b/,
      ]),
      /\bwhat(?:'s| is) next\b|\b(?:will|shall) (?:\S+ ){0,4}?(?:meet|visit|see|host|receive|travel|hold|talk|go)\b/,
      // "when are they meeting next?", "who's he seeing next after antalya?".
      /\b(?:meeting|seeing|visiting|hosting|receiving|heading|going|travell?ing)(?: \S+){0,3}? next\b/,
      // "where will the next round take place", "when is the next meeting".
      /\b(?:will|shall) (?:\S+ ){0,4}?(?:take place|be held|happen)\b|\bthe next (?:round|meeting|session|talks)\b/,
    ]),
  ],
];

/** "Who is Tok Mat?", "Is A the same person as B?": questions about who someone is, not about meetings. */
const IDENTITY = pattern([
  /^(?:who(?:'s| is| was| are)|what is the (?:office|title|job) of)\b/,
  /(?! (?:there|present|in|at|with|involved|meeting)\b)/,
  /(?!.*\b(?:meet|met|meeting|talk|see|seeing|visit\w*|host\w*|receiv\w*|due|going|scheduled|set to|with)s?\b)/,
]);
/** The nouns of "the same person", "same guy", "same iraqi guy": one word may say more of whom, not "same day". */
const SAME_NOUN =
  '(?:(?!(?:day|time|week|month|year|place|trip|visit)\\b)[a-z-]+ )?' +
  '(?:person|man|woman|official|people|guy|individual|one)';
/** "the same person", "is A the same as B" (not of a meeting): an identity question. */
const SAME_PERSON = anyOf(
  [`\\bsame ${SAME_NOUN}\\b`, /(?<!\b(?:meeting|talks|visit|call|trip|one) )\bthe same as\b/],
  'i',
);
/** "what about Wang Yi?", "and how about Lavrov": the thread's last question, of someone else. */
const INSTEAD = /^(?:and |so )?(?:what|how) about\s+(?=\S)/i;
/** How a question says a meeting was held: two alone, a call (not "called on", a visit in person), or in person. */
const HOW: readonly [RegExp, How][] = [
  [/\b(?:one-on-one|one on one|bilateral|t[eê]te-[aà]-t[eê]te|in private|privately)\b/i, 'one-on-one'],
  [/\b(?:by (?:tele)?phone|on the phone|(?:tele)?phone call|telephone|phoned?)\b/i, 'telephone'],
  [/\b(?:video ?(?:call|link|conference)|virtual(?:ly)?)\b/i, 'telephone'],
  [/\bcall(?:ed|s)? (?!on\b)|\bcall$/i, 'telephone'],
  [/\b(?:in[- ]person|face[- ]to[- ]face)\b/i, 'in person'],
];
/** "the korea-japan-china trilat", "all three together": a meeting of them all at once, not of each apart. */
const TOGETHER = /\b(?:tri-?lat(?:eral)?s?|three-way|all three|together|jointly|as a trio)\b/i;
/** How a meeting asked of was held, asked after the question: "…, and was it in person?", "was that by phone". */
const HOW_ASKED =
  /[,?] (?:and )?(?:was|were) (?:it|that|this|they) (?:in person|face[- ]to[- ]face|by (?:tele)?phone)\b/i;
/** "(mtgs or calls)", "calls and meetings": either way, in person or by phone, not one of them. */
const EITHER_WAY =
  /\b(?:meetings?|talks|visits?) (?:or|and|\/) (?:(?:tele)?phone )?calls?\b|\bcalls? (?:or|and|\/) meetings?\b/i;
/** "how many foreign ministers …", "how many leaders …": a count of the people met, not of the meetings. */
const COUNTED_PEOPLE = pattern(
  [
    '\\bhow many (',
    /(?:[a-z-]+ ){0,2}?/,
    alternatives([
      /leaders|people|officials|counterparts|ministers|presidents|premiers|heads of (?:state|government)/,
      /delegations|dignitaries|envoys|ambassadors|diplomats|visitors|guests|secretaries|kings|monarchs/,
    ]),
    ')\\b',
  ],
  'i',
);
/** "how many documents were signed", "how many MoUs came out of it": things counted, not meetings. */
const COUNTED_THINGS =
  /\bhow many (?:[a-z-]+ ){0,2}?(documents|agreements|memorand(?:a|ums)|deals|accords|instruments|pacts|contracts)\b/i;
/** Words that ask for a meeting in person without saying so, and words that ask for any exchange at all. */
const MET = /\b(?:meet|meets|met|meeting|see|saw|seen|sit down|sat down|receive[ds]?|host(?:ed|s)?|visit(?:ed|s)?)\b/i;
const SPOKE = /\b(?:talk\w*|spoke|speak\w*|calls?|called|phoned?|contact\w*|discuss\w*|exchange\w*)\b/i;

/** "last", "latest", "most recent" or "first" meeting: one meeting, not all. */
const ONLY: readonly [RegExp, 'last' | 'first'][] = [
  [/\b(?:last|latest|most recent(?:ly)?)\b/i, 'last'],
  [/\bfirst\b(?! time\b)/i, 'first'],
];
/** A follow-up that asks nothing new but narrows: "and in 2019?", "what about Moscow", "so in Bishkek". */
const YES_NO = /^(?:(?:and|so) )?(?:did|does|do|has|have|had|is|was|were|will|are|can|could)\b/;

/** "can you check when …", "could you tell me whether …": a request that only wraps the question. */
const ASKING_FOR = pattern(
  [
    /^\s*(?:quick (?:one|q(?:uestion)?)\s*[:,-]?\s*)?/,
    alternatives([
      /(?:(?:can|could|would) you\s+|please\s+)?(?:check|tell me|confirm|find out|see|look up|say|remind me)\s+/,
      /any (?:word|news|update) on\s+|i(?:'d| would) like to know\s+/,
      /(?:do|does) (?:we|anyone|the briefings) (?:know|say|have)\s+|any idea\s+|i wonder\s+/,
    ]),
    /(if\s+|whether\s+)?/,
  ],
  'i',
);

/** Words after a question that ask nothing: "as far as the briefings say", "if at all", "yet". */
const FILLER = pattern(
  [
    /,?\s*\b/,
    alternatives([
      /as far as (?:the |your )?(?:briefings?|sources?|records?) (?:say|go|tell|show|know)/,
      /acc?ording to (?:the )?briefings?|if (?:at all|ever)|per the briefings?|going by the briefings?/,
      /if the briefings (?:give|say|have|show) (?:one|any|it|so)|in the briefings/,
      /please|so far|yet|also|actually|exactly|ever/,
    ]),
    /\b/,
  ],
  'gi',
);
/** The short forms that name a country in capitals ("UK", "DRC"), as typed in lower case; not "us", a word. */
const LOWER_SHORT_FORMS = new RegExp(
  `\\b(?:${Object.keys(UPPERCASE_COUNTRY_FORMS)
    .map((form) => form.toLowerCase())
    .filter((form) => form !== 'us')
    .join('|')})\\b`,
  'g',
);
/** "… talks? If so, where": what else is asked, kept apart from the yes or no as a comma keeps it. */
const IF_SO = /[,?]?\s*\bif so\b,?/gi;
/**
 * The source a question ends on: "acc to AA?", "per premium times", "according to the MFA readout". Whoever reported
 * a meeting is not one who met.
 */
const SOURCE_AT_END = pattern(
  [
    /[,\s]+(?:acc(?:ording|\.)? ?(?:to|2)|as per|per(?! (?:year|month|week|day|visit)\b))/,
    /(?: [^\s,;?]+){1,4}\s*(?=[?.!]*\s*$)/,
  ],
  'i',
);
/** A question without the words that ask nothing (see {@link FILLER}), "if so" left as a comma. */
const withoutFiller = (text: string): string =>
  text.replace(IF_SO, ', ').replace(FILLER, ' ').replace(SOURCE_AT_END, ' ');
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE =
  `(?:${WEEKDAY})?(?:${DAY}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|${MONTH}\\s+\\d{4}|` +
  '\\d{4}-\\d{2}(?:-\\d{2})?|(?:19|20)\\d{2}|(?:last|this|past|next)\\s+(?:year|month|week))';
/** A day said without its year: "on 23 November", "Nov 23rd". */
const DAY_MONTH = `(${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY})\\b(?!,?\\s+\\d{4})`;
const YEARLESS = new RegExp(`\\b(?:(on|by|since|before|after|until)\\s+)?(?:${WEEKDAY})?${DAY_MONTH}`, 'gi');
/** A period with the word before it: "on 14 July 2021", "in October 2023", "since 2020", "last year". */
const PERIOD = new RegExp(`\\b(?:(in|on|during|since|from|before|after|until|by)\\s+)?(?:the\\s+)?(${DATE})\\b`, 'gi');
/** A month said alone, read as the last one by the newest briefing: "in january", "before sept". */
const MONTH_NAME =
  '(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:septe|octo|nove|dece)mber|jan|feb|mar|apr|jun|jul|aug|' +
  'sept?|oct|nov|dec)';
const MONTH_ALONE = new RegExp(
  `\\b(in|during|since|before|after|until|by)\\s+(${MONTH_NAME})\\.?(?![\\p{L}\\d]|\\s+\\d)`,
  'giu',
);
const DAY_OF_MONTH = new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+(?=${MONTH_NAME}\\b)`, 'gi');
/**
 * An Islamic month, with its year or not, after a word of time ("Ramadan" alone may be someone's name): "during
 * Ramadan 1446", "in the month of Muharram", "since Shawwal 1445 AH".
 */
const HIJRI_PERIOD = new RegExp(
  `\\b(in|during|since|before|after|until|by)\\s+(?:the (?:holy )?month of\\s+)?(${HIJRI_MONTH})` +
    `(?:\\s+(1[34]\\d\\d))?(?:\\s*(?:ah|a\\.h\\.|h))?\\b`,
  'gi',
);
const BETWEEN = new RegExp(`\\bbetween\\s+(${DATE})\\s+and\\s+(${DATE})\\b`, 'gi');
/** Two months and a year: "jan-feb 2026", "march to may 2025", "dec-jan 2025" (from the December before). */
const MONTHS_JOINED = '\\s*(?:[-–—]|\\b(?:to|through|thru)\\b)\\s*';
const MONTH_SPAN = new RegExp(
  `\\b(${MONTH_NAME})\\.?${MONTHS_JOINED}(${MONTH_NAME})\\.?,?\\s+((?:19|20)\\d{2})\\b`,
  'gi',
);

/** The months of each season, as the northern hemisphere counts them (a winter's December is the year's before). */
const SEASON_MONTHS: Readonly<Record<string, [string, string, number]>> = {
  spring: ['march', 'may', 3],
  summer: ['june', 'august', 6],
  autumn: ['september', 'november', 9],
  fall: ['september', 'november', 9],
  winter: ['december', 'february', 12],
};
/** A season of a year, or the last one: "in the fall of 2024", "summer 2025", "last spring". */
const SEASON = pattern(
  [
    /\b(?:(?:in|during)\s+)?(?:the\s+)?(last\s+)?(spring|summer|autumn|fall|winter)\b/,
    /(?:\s+of)?(?:,?\s+((?:19|20)\d{2})\b)?/,
  ],
  'gi',
);

/** Nouns of occasions: "the SCO summit", "the G20 FMM sidelines", "his Bishkek visit". */
const OCCASION_NOUN =
  '(?:summit|meeting|ministerial|conference|forum|session|sidelines|margins|visit|trip|tour|council|assembly|' +
  'dialogue|(?<!\\b(?:this|next|last|that)\\s+)week|fmm|plenary|retreat|ceremony|inauguration|funeral|congress|g\\d+|' +
  'cop\\d*|2\\+2|commission|consultations)';
const OCCASION = pattern(
  [
    /\b/,
    // Not "call on", a meeting's verb: "did the FM call on modi during the delhi trip".
    alternatives([
      ...['at', 'during', '(?<!\\bcall(?:ed|s|ing)?\\s+)on', 'around', 'ahead of', 'before', 'after', 'for'],
      ...['on the (?:sidelines|margins) of', 'while at'],
    ]),
    /\s+/,
    /(?:the\s+|his\s+|her\s+|their\s+|its\s+)?/,
    // "the Pacific Islands Forum plenary": an occasion's nouns one after the other.
    // Not across "for", "with": "at the union buildings for her state visit" is a venue, then the occasion.
    `((?:(?!(?:for|with|by)\\s)[\\p{L}\\d+'’.|-]+\\s+){0,5}${OCCASION_NOUN}(?:\\s+${OCCASION_NOUN})*\\b`,
    "(?:\\s+(?:of|in)\\s+(?:the\\s+)?[\\p{L}\\d+'’.-]+(?:\\s+[\\p{L}\\d+'’.-]+){0,3})?)",
  ],
  'iu',
);
/** "during UNGA 80", "at COP29", "at G20": an occasion by its short name. */
const SHORT_OCCASION = pattern([
  /\b(?:during|at|on the (?:sidelines|margins) of)\s+(?:the\s+)?/,
  /((?:[A-Z]{2,6}|G\d{1,2}|COP ?\d{2})(?:\s*\d{1,4})?)(?=\s|$)/,
]);
/** Words of an occasion that name no occasion in particular. */
const GENERIC_OCCASION = new Set(
  (
    'visit trip tour meeting sidelines margins talks bilateral first official state working plenary session retreat ' +
    'date the a at on his her their'
  ).split(' '),
);

/** Words that join or ask, never part of whom a question names. */
const BOUNDARY = new Set(
  (
    'a an the and or but with to from by for in on at as than that this these those it its there here ' +
    'did does do has have had is was were will would be been are am can could should may might shall ' +
    'when where who whom what which whose how many times often why while during since before after until ' +
    'meet meets met meeting meetings sit sat down hold holds held talks talk talked speak spoke call called calls ' +
    'phone phoned phoning receive received receiving host hosted hosting visit visited visiting get got see saw ' +
    'discuss discussed agree agreed sign signed say said tell told cover covered about between together also ' +
    'his her their him them they he she we i you me my our your first face-to-face bilateral summit date day ' +
    'place city venue name named planned upcoming scheduled due set expected supposed happen happened take took ' +
    'same person man woman official people as well both any list show all seeing seen talking calling ' +
    'going travel travelling traveling trilateral multilateral quadrilateral trilat trilaterally bilaterally ' +
    'trilaterals trilats bilaterals bilats bilat invite invites invited inviting hand handed give gave bring ' +
    'brought brief briefed thank thanked congratulate congratulated'
  ).split(' '),
);
/** Words of regions and groups of countries, which name no one: "the Baltic foreign ministers", "Gulf states". */
const REGIONAL = new Set(
  (
    'baltic nordic gulf arab african european asian latin caribbean pacific balkan western eastern central ' +
    'southern northern south north east west regional international foreign visiting asia africa europe ' +
    'americas oceania sahel maghreb levant caucasus'
  ).split(' '),
);
/** Words of offices, which alone name no one in particular ("the foreign minister", "his counterpart"). */
const OFFICE = new Set(
  (
    'president presidents minister ministers premier pm pms fm fms eam leader leaders counterpart counterparts ' +
    'king queen sultan emir amir chancellor secretary envoy envoys ambassador ambassadors head heads state ' +
    'government foreign prime deputy vice caretaker acting new former external affairs general chairman chair ' +
    'special representative delegation officials official'
  ).split(' '),
);
/** Words that may stand inside a name or an office but not at its ends: "Sultan of Brunei", "President of the UAE". */
const INNER = new Set(['of', 'the']);
/** True when every word of a span is an office word ("foreign ministers", "the Prime Minister"). */
const bareOffice = (words: string[]): boolean =>
  words.every((w) => INNER.has(w.toLowerCase()) || OFFICE.has(w.toLowerCase().replace(/'s$/, '')));

/** Offices as analysts shorten them, in the words the briefings use. */
const OFFICE_WORDS: readonly [RegExp, string][] = [
  [/\bpremier\b/gi, 'prime minister'],
  [/\beam\b/gi, 'external affairs minister'],
  [/\bpotus\b/gi, 'president'],
  // "the UK foreign sec", "sec lazaro": a secretary ("secstate" is spelt out before, see rephrase.ts).
  [/\bsec\b(?!-)/gi, 'secretary'],
  // "the EU foreign policy chief", "japan's top diplomat": the offices of several words the briefings spell out.
  ...Object.entries(ABBREVIATED)
    .filter(([short]) => short.includes(' '))
    .map(([short, office]): [RegExp, string] => [new RegExp(`\\b${short}\\b`, 'gi'), office]),
];

/** Words besides a question's own first words that open a part that asks: "? or only the FM", "? why". */
const ASKING_OPENER = /^(?:or|but|so|also|then|why|would|should|anything|anyone|in person|by phone|still)\b/i;

/**
 * A question without the remarks typed after it: "is A the uzbek FM? kazinform spells it weird", "when did A meet B?
 * tanjug has the details". A part after a question mark that asks nothing is no part of the question ("? when",
 * "? who'd he see there" ask); ".." between parts is a comma.
 */
function withoutRemarks(text: string): string {
  const [first = '', ...after] = text.replace(/\s*\.{2,}\s+(?=\S)/g, ', ').split(/(?<=[?!])\s+(?=\S)/);
  // "who is A? his name is in the readout. who did he meet": after the question, each sentence on its own.
  const rest = after.flatMap((part) => part.split(/(?<=\p{L}{3}\.)\s+(?=\p{Ll})/u));
  const asks = (part: string): boolean =>
    QUESTION_START.test(part) ||
    ASKING_OPENER.test(part) ||
    questionFacets(part).length > 0 ||
    (part.split(/\s+/).length <= 2 && !REQUEST_ONLY.test(part)) ||
    CONFIRMING.test(part);
  // "pajhwok says 'Wang Ye' called on akhund. thats wang yi right": the statement is the topic of what follows.
  return [first, ...rest.filter(asks)]
    .join(' ')
    .replace(new RegExp(`\\.\\s+(?=${CONFIRMING.source.slice(1)})`, 'gi'), ', ');
}

/** An aside in brackets on where a name was read: "araqchi (uzdaily spelling)", "(per the readout)". */
const ASIDE = new RegExp(
  `\\s*\\([^()]*\\b(?:${'spelling spelt spelled sic version copy readout piece story report transliteration per via'
    .split(' ')
    .join('|')})\\b[^()]*\\)`,
  'gi',
);

/** A sentence that asks whether what the one before says is so: "thats wang yi right". */
const CONFIRMING = /^(?:that'?s|thats|that is|is that)\b/i;

/** A remark that only asks for the answer's form or says thanks: "readout pls", "source?", "thx". */
const REQUEST_WORDS =
  'readouts? sources? links? cites? citations? refs? quotes? pls plz please thx thanks ty asap urgent';
const REQUEST_ONLY = new RegExp(`^(?:(?:the |a )?(?:${REQUEST_WORDS.split(' ').join('|')})\\b[\\s,.!?]*)+$`, 'i');

/**
 * "who's oyun-erdene, the one who received cho tae-yul in UB?": who the person is; the clause after says which one
 * the analyst means, and asks nothing more.
 */
const IDENTITY_DESCRIBED = /^(who(?:'s| is| was) [^,]+),\s*(?:the|that) (?:one|guy|man|woman|person|official)\b.*$/i;

/** Normalise a question: no mention of the bot, no trailing punctuation, single spaces. */
export function cleanQuestion(text: string): string {
  return (
    withoutRemarks(text)
      .replace(ASIDE, '')
      // "is baxtiyor saidov = bakhtiyor saidov": one person asked of (a bare "A=B" is two, see rephrase.ts).
      .replace(/\s=\s/g, ' the same person as ')
      .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
      .replace(/^\s*@?briefbot\b[:,]?/i, '')
      .replace(/[’‘]/g, "'")
      // "who is 'tok mat'?", "who's “neva”": the name asked of in quotes is that name.
      .replace(/^(\s*who(?:'s| is| was)\s+)['"“]([\p{L}][\p{L} .-]{0,30}?)['"”](?=[\s?,.!;:]|$)/iu, '$1$2')
      // "is tokayev going to uzbekistan then? when?": a "then" closing a part ties it to the thread ("and then?" asks).
      .replace(/,?\s+(?<!\b(?:and|since|before|until|till|by|from|after|back|just|only) )then(?=\s*[?!]|\s*$)/gi, '')
      .replace(/[?!.]+\s*$/, '')
      // "the uk FM", "nz pm luxon": a country's short form typed in lower case ("us" is a word of its own).
      .replace(LOWER_SHORT_FORMS, (short) => short.toUpperCase())
      // "egypt's ambassador-designate": an envoy before the credentials is the envoy asked of.
      .replace(/(\p{L})[- ]designate\b/giu, '$1')
      // "wadephul wang yi - what was discussed": a dash between words parts them, as a comma does.
      .replace(/\s+[-–—]+\s+/g, ', ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(IDENTITY_DESCRIBED, '$1')
  );
}

/** Whether a meeting spoken of was held: "did it actually happen", "did the visit go ahead", "has it taken place". */
const HAPPENED = pattern(
  [
    /\b(?:did|has|have|had)\s+(?:it|that|this|they|the (?:meeting|visit|trip|summit|talks|call))\s+/,
    /(?:(?:\w+ly|ever)\s+)?(?:happen(?:ed)?|take place|taken place|go ahead|gone ahead|come off)\b/,
  ],
  '',
);

/** The facets a question asks, in answer order; a question starting "did", "has", "is" … asks yes or no. */
export function questionFacets(text: string): QuestionKind[] {
  const t = text.toLowerCase();
  if (SAME_PERSON.test(t)) return ['identity', 'yesno'];
  if (IDENTITY.test(t)) return ['identity'];
  // "did A meet B when he went to …", "what did A and B agree when they met …": "when" there sets the scene;
  // ", and where?" still asks.
  const scene = YES_NO.test(t) ? SCENE_AFTER_YES_NO : SCENE;
  const main = t.replace(scene, '');
  const asked = FACET_WORDS.filter(([, re]) => re.test(main)).map(([facet]) => facet);
  const wh = asked.some((f) => f !== 'planned');
  // "did he meet the Lebanese FM? when?": a yes or no asked whole before what else is asked.
  // "is A going to Beijing? who would he see": a question mark parts them as a comma does.
  const [first = '', ...rest] = main.split(/[,?]/).filter((part) => part.trim() !== '');
  const whole = rest.length > 0 && FACET_WORDS.every(([facet, re]) => facet === 'planned' || !re.test(first));
  if (YES_NO.test(t) && (!wh || (whole && MEETING_VERBS.test(first)))) return ['yesno', ...asked];
  // "when was A due in Ankara, and did it actually happen?": whether it was held is asked first.
  if (HAPPENED.test(main)) return ['yesno', ...asked.filter((f) => f !== 'yesno')];
  // "Lavrov's meetings in 2021?", "tell me about Jilani's talks": a question of meetings that asks no more.
  // "how long did that one last?": of the meeting, how long.
  return asked.length === 0 && (MEETING_WORDS.test(t) || HOW_LONG.test(t)) ? ['which'] : asked;
}

/** A clause that sets the scene of a yes-or-no question: "… when he went to Tripoli". */
const SCENE_AFTER_YES_NO = /(?<![,?]|\band)\s+(?:when|while)\b.*$/;
/** A clause that sets the scene of another question: "… when they met in Addis", "… while he was in Bishkek". */
const SCENE = /(?<![,?]|\band)\s+(?:when|while) (?:they|he|she|the two|both)\b.*$/;

/** Verbs a yes or no about a meeting asks with. */
const MEETING_VERBS = pattern([
  /\b/,
  alternatives([
    ...['meet\\w*', 'met', 'see\\w*', 'seen', 'saw', 'visit\\w*', 'receiv\\w*', 'host\\w*', 'talk\\w*', 'spoken'],
    ...['spoke', 'speak\\w*', 'call\\w*', 'phone\\w*', 'ring', 'rang', 'sit\\w*', 'sat', 'sitdown', 'bilat\\w*'],
    // "is A going to Beijing", "did A get an audience with B".
    ...['go', 'going', 'coming', 'heading', 'travel\\w*', 'fly\\w*', 'audience', 'trip'],
  ]),
  /\b/,
]);
/** Words of meetings, which make a question of words that ask nothing else. */
const MEETING_WORDS = /\b(?:meetings?|met|meet|talks|visits?|calls?)\b/;

interface Taken {
  text: string;
  range?: DateRange;
  /** The range's year is a guess: the question named a day or a month without one ("in may"). */
  guessedYear?: true;
}

/**
 * Two periods a question names: the days both cover, or, when they cover none ("in may and then in september
 * 2025"), the days from the first to the last.
 */
function joinPeriods(a: DateRange | undefined, b: DateRange): DateRange {
  const both = intersect(a, b);
  if (!a || !both.from || !both.to || both.from <= both.to) return both;
  const froms = [a.from, b.from].filter((x): x is string => !!x).sort();
  const tos = [a.to, b.to].filter((x): x is string => !!x).sort();
  return { from: froms[0]!, to: tos.at(-1)! };
}

/** The periods a question names ("on 14 July 2021", "between 2019 and 2020") as one range, and the rest of it. */
function takePeriods(text: string, today: Date, latest: () => Date | undefined): Taken | undefined {
  let range: DateRange | undefined;
  let bad = false;
  const period = (words: string): DateRange | undefined =>
    parsePeriod(words.replace(new RegExp(`^${WEEKDAY}`, 'i'), '').replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'), today);
  // "in may and then in september 2025": a day or month without its year takes the one year the question says.
  const years = new Set(text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  let guessedYear = false;
  // Without its year, a day is the last one of that name by the newest briefing (or today, if sooner).
  const yearless = (words: string): DateRange | undefined => {
    if (years.size === 1) return period(`${words} ${[...years][0]}`);
    guessedYear = true;
    const newest = latest();
    const by = newest && newest < today ? newest : today;
    const late = period(`${words} ${by.getUTCFullYear()}`);
    return late?.from && late.from > format(by, 'yyyy-MM-dd') ? period(`${words} ${by.getUTCFullYear() - 1}`) : late;
  };
  // "on the 10th of July 2025" is 10 July 2025; "in the fall of 2024" is September to November 2024, "last spring"
  // the last one begun by the newest briefing.
  let rest = text.replace(DAY_OF_MONTH, '$1 ').replace(SEASON, (words, last, season: string, year) => {
    const [first, end, month] = SEASON_MONTHS[season.toLowerCase()]!;
    const newest = latest();
    const by = newest && newest < today ? newest : today;
    const begun = by.getUTCMonth() + 1 >= month ? by.getUTCFullYear() : by.getUTCFullYear() - 1;
    const ends = month === 12 ? begun + 1 : begun;
    return year || last ? ` in ${first} to ${end} ${year ?? ends} ` : words;
  });
  rest = rest.replace(MONTH_SPAN, (_, first: string, last: string, year: string) => {
    const [to, after] = [period(`${last} ${year}`), period(`${first} ${year}`)];
    const from = after?.from && to?.to && after.from > to.to ? period(`${first} ${Number(year) - 1}`) : after;
    if (!from?.from || !to?.to) bad = true;
    else range = joinPeriods(range, { from: from.from, to: to.to });
    return ' | ';
  });
  rest = rest.replace(YEARLESS, (_, key: string | undefined, words: string) => {
    const p = yearless(words);
    if (!p) bad = true;
    else range = joinPeriods(range, boundOf((key ?? 'on').toLowerCase(), p));
    return ' | ';
  });
  rest = rest.replace(MONTH_ALONE, (_, key: string, month: string) => {
    const p = yearless(month);
    if (p) range = joinPeriods(range, boundOf(key.toLowerCase(), p));
    return p ? ' | ' : `${key} ${month}`;
  });
  // "during ramadan 1446", "in Rabi al-Awwal": an Islamic month, of the year said or the last one begun.
  rest = rest.replace(HIJRI_PERIOD, (_, key: string, month: string, year: string | undefined) => {
    const number = hijriMonthNumber(month)!;
    const newest = latest();
    const p = year
      ? hijriMonthRange(number, Number(year))
      : lastHijriMonth(number, newest && newest < today ? newest : today);
    if (!p) bad = true;
    else range = joinPeriods(range, boundOf(key.toLowerCase(), p));
    return ' | ';
  });
  rest = rest.replace(BETWEEN, (_, a: string, b: string) => {
    const [from, to] = [period(a), period(b)];
    if (!from || !to) bad = true;
    else range = joinPeriods(range, { ...(from.from ? { from: from.from } : {}), ...(to.to ? { to: to.to } : {}) });
    return ' | ';
  });
  rest = rest.replace(PERIOD, (_, key: string | undefined, words: string) => {
    const p = period(words);
    if (!p) bad = true;
    else range = joinPeriods(range, boundOf((key ?? 'in').toLowerCase(), p));
    return ' | ';
  });
  if (bad) return undefined;
  return { text: rest, ...(range ? { range } : {}), ...(range && guessedYear ? { guessedYear: true as const } : {}) };
}

/** Words before a place: "in Bishkek", "to Beijing", "while in Riga"; "from Pakistan" is whom, not where. */
/** Words after which a city or country is where a meeting was: "in Bishkek", "to Moscow", "visit Guatemala". */
const PLACE_BEFORE = new Set(['in', 'at', 'to', 'visit', 'visits', 'visited', 'visiting', 'toured', 'tour']);

/**
 * The place a text names, one to three words long: a city or a country after "in", "at" or "to" (even when
 * someone of the briefings bears its name: "in Manila"), else a city no one bears the name of ("his Bishkek visit");
 * never a possessive ("Guyana's president") or a demonym alone ("the Togolese FM").
 */
function placeIn(words: string[], known: QuestionWords): { place: string; from: number; to: number } | undefined {
  const spans = words.flatMap((w, i) =>
    [3, 2, 1].flatMap((n) => {
      const run = words.slice(i, i + n);
      // A run over a mark the reading left ("pakistan |" where a period was) names no place.
      if (run.length < n || BOUNDARY.has(w.toLowerCase()) || /'s$/i.test(run[n - 1]!)) return [];
      if (run.some((x) => !/\p{L}/u.test(x))) return [];
      const kind = known.place(run.join(' '));
      return kind ? [{ place: run.join(' '), from: i, to: i + n, kind }] : [];
    }),
  );
  const after = spans.find((s) => PLACE_BEFORE.has(words[s.from - 1]?.toLowerCase() ?? ''));
  // "on the phone about gaza": a place talked about is not where they met.
  const talkedOf = (s: { from: number }): boolean => TOPIC_BEFORE.has(words[s.from - 1]?.toLowerCase() ?? '');
  const found = after ?? spans.find((s) => s.kind === 'city' && !known.holders(s.place) && !talkedOf(s));
  if (found) return found;
  // "in Tashkant": a place misspelt, after a word of place, when no one bears its name; "in nay pyi taw": one written
  // in two or three words that the briefings write as one.
  for (const [i, w] of words.entries()) {
    if (i === 0 || !PLACE_BEFORE.has(words[i - 1]!.toLowerCase())) continue;
    const joined = [3, 2]
      .map((n) => words.slice(i, i + n))
      .find((run) => run.length > 1 && run.every((x) => /^\p{Ll}+$/u.test(x)) && known.misspeltPlace(run.join('')));
    if (joined) return { place: known.misspeltPlace(joined.join(''))!, from: i, to: i + joined.length };
    if (!known.holders(w) && known.misspeltPlace(w)) return { place: known.misspeltPlace(w)!, from: i, to: i + 1 };
  }
  return undefined;
}

/**
 * Offices of a country that no one of the briefings holds ("the Argentine foreign minister", "President of Chile"):
 * what a question asks about all the same, as words, with the places of their words.
 */
function unheldOffices(words: string[], known: QuestionWords, taken: ReadonlySet<number>): Named[] {
  const roles: Named[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = taken.has(i) ? -1 : officeEnd(words, i, known);
    if (end < 0) continue;
    roles.push(named(words, i, end + 1, 'office'));
    i = end;
  }
  return roles;
}

/** Where an office of a country that starts at word `i` ends ("Argentine foreign minister", "Sultan of Brunei"). */
function officeEnd(words: string[], i: number, known: QuestionWords): number {
  const office = (k: number): boolean => words[k] !== undefined && OFFICE.has(words[k]!.toLowerCase());
  const country = (k: number): boolean =>
    words[k] !== undefined && known.place(words[k]!.replace(/'s$/i, '')) === 'country';
  const lastOffice = (k: number): number => (office(k + 1) ? lastOffice(k + 1) : k);
  if (country(i) && office(i + 1)) {
    const end = lastOffice(i + 1);
    return OFFICE_HEAD.has(words[end]!.toLowerCase()) ? end : -1;
  }
  if (!office(i)) return -1;
  const of = lastOffice(i) + 1;
  if (words[of]?.toLowerCase() !== 'of') return -1;
  const place = words[of + 1]?.toLowerCase() === 'the' ? of + 2 : of + 1;
  return country(place) ? place : -1;
}

const MONTH_OR_DAY = new RegExp(`^(?:${MONTH}|${WEEKDAY.replace(',?\\s+', '')})$`, 'i');

/**
 * Words that name someone the briefings do not know ("Xi Jinping" in a corpus without him): runs of words that are
 * no common English word, or are capitalised after the first word, and are neither offices, places nor dates. Kept
 * so that "did A meet Xi Jinping?" is answered "No", not about A alone.
 */
function unknownNames(words: string[], known: QuestionWords, taken: ReadonlySet<number>, identity = false): Named[] {
  // "what did they discuss about CPEC": what comes after "about" is a topic, not a person.
  const topic = words.findIndex((w) => TOPIC_BEFORE.has(w.toLowerCase()));
  const nameLike = (w: string, i: number): boolean => {
    const bare = w.replace(/'s$/i, '');
    const lower = bare.toLowerCase();
    if (taken.has(i) || w === '|' || BOUNDARY.has(lower) || INNER.has(lower) || OFFICE.has(lower)) return false;
    if (REGIONAL.has(lower) || STYLED.has(lower.replace(/\.$/, '')) || (topic >= 0 && i > topic)) return false;
    if (MONTH_OR_DAY.test(bare) || /\d/.test(bare) || bare.length < 2 || known.place(bare) !== undefined) return false;
    // "in the Kremlin", "at the Élysée": a building, not someone; "in rarotonga": a place the briefings do not know.
    if (/^(?:in|at|inside|outside)$/i.test(words[i - 2] ?? '') && /^the$/i.test(words[i - 1] ?? '')) return false;
    if (/^in$/i.test(words[i - 1] ?? '')) return false;
    // "sit-down", "one-on-one": common words joined are no name.
    const ordinary = lower.split('-').every((part) => known.ordinary(part) || BOUNDARY.has(part));
    return !ordinary || (i > 0 && /^\p{Lu}/u.test(bare));
  };
  const runs: Named[] = [];
  let start = -1;
  words.forEach((w, i) => {
    if (nameLike(w, i)) start = start < 0 ? i : start;
    else if (start >= 0) {
      runs.push(named(words, start, i, 'unknown'));
      start = -1;
    }
  });
  if (start >= 0) runs.push(named(words, start, words.length, 'unknown'));
  // An acronym alone that the briefings know no one by ("CPEC", "FOCAC") is a topic or a body, not a person, unless
  // who it is is asked ("who's OTG?"); and so is a word before what it names: "the pukpuk treaty".
  return runs.filter(
    (r) =>
      (identity || !/^\p{Lu}[\p{Lu}\d+-]+$/u.test(r.text)) &&
      !THINGS.has(words[r.to]?.toLowerCase() ?? '') &&
      !thingWords(words, r.from, known),
  );
}

/** Words before a thing said of a country, not a name: "the", "his", "a". */
const DETERMINER = /^(?:the|a|an|this|that|his|her|their|its|our|your)$/i;
/** The particles that open a place's or a body's name in French, Spanish or Italian: "de l'UA", "du peuple". */
const PARTICLE = /^(?:de|du|des|del|della|di|da|la|le|les|l['’]\p{L}*)$/iu;

/**
 * Lower-case words the briefings know no one by that are a thing: after "the" or "his" and a country ("the romanian
 * runoff"), or opening with a particle after a word of English ("the cite de l'UA", "the palais du peuple").
 */
function thingWords(words: string[], from: number, known: QuestionWords): boolean {
  const first = words[from]!;
  if (/^\p{Lu}/u.test(first)) return false;
  const before = words[from - 1] ?? '';
  const country = known.place(before.replace(/'s$/i, '')) === 'country' && !before.endsWith("'s");
  if (country && DETERMINER.test(words[from - 2] ?? '')) return true;
  return PARTICLE.test(first) && (from === 0 || known.ordinary(before.toLowerCase()));
}

/** Nouns of things a name may stand before: no one is "the Pukpuk treaty". */
const THINGS = new Set(
  (
    'treaty treaties agreement accord pact deal declaration project corridor pipeline railway dam port initiative ' +
    'process format plan framework programme program road bridge fund ministerial summit forum session'
  ).split(' '),
);

/** Words after which a question names a topic: "discuss about CPEC", "agree on the railway". */
const TOPIC_BEFORE = new Set(['about', 'regarding', 'concerning', 'over', 'on']);

/** Styles and honorifics said before a name: not part of whom it names. */
const STYLED: ReadonlySet<string> = new Set([...STYLES, ...HONORIFICS, 'hh', 'h.h']);

/** The words that end an office: "president", "foreign minister", "FM". */
const OFFICE_HEAD = new Set(
  'president minister premier pm fm eam leader king queen sultan emir amir chancellor secretary envoy ambassador'.split(
    ' ',
  ),
);

/** A question's words for someone as a sentence says them: "the Argentine foreign minister", "Lavrov". */
export const spokenOf = (query: string): string =>
  OFFICE_HEAD.has(query.split(' ').at(-1)!.toLowerCase()) && !/^(?:the |\S+['’]s )/i.test(query)
    ? `the ${query}`
    : query;

/**
 * Whom words name: the longest runs of words the briefings know as someone. An office alone is someone only when one
 * person of the briefings holds it ("the EAM"); "the president" of a corpus of presidents is no one in particular.
 */
function peopleIn(words: string[], known: QuestionWords): Named[] {
  const found: Named[] = [];
  const topic = words.findIndex((w) => TOPIC_BEFORE.has(w.toLowerCase()));
  let i = 0;
  while (i < words.length) {
    // "Sheikh Abdullah bin Zayed", "Dr Jaishankar", "prince faisal": a style or honorific before a name is no one.
    const next = words[i + 1] ?? '';
    if (STYLED.has(words[i]!.toLowerCase().replace(/\.$/, '')) && (/^\p{Lu}/u.test(next) || known.holders(next) > 0)) {
      i += 1;
      continue;
    }
    let length = 0;
    const city = known.place(words[i]!) === 'city';
    for (let n = Math.min(6, words.length - i); n >= 1 && length === 0; n--) {
      const run = words.slice(i, i + n);
      const ends = [run[0]!, run[n - 1]!].map((w) => w.toLowerCase());
      const inner = run.map((w) => w.toLowerCase()).filter((w) => !INNER.has(w));
      // "dar, wang yi and muttaqi": a comma ends a name.
      if (run.includes('|') || run.includes(',') || ends.some((w) => INNER.has(w) || BOUNDARY.has(w))) continue;
      if (inner.some((w) => BOUNDARY.has(w))) continue;
      // "his Manila summit": a city's name alone is the place, not someone spelt like it (Manalo); "agree on trade":
      // a word of English alone after a topic's word is the topic, whoever's office it is part of.
      const subject = topic >= 0 && i > topic && known.ordinary(ends[0]!) && !/^\p{Lu}/u.test(run[0]!);
      if (n === 1 && (city || subject)) continue;
      const holders = known.holders(run.join(' '));
      // "the Bangladeshi leader": an office after a country is that country's, not whoever alone holds the office.
      const ofCountry = i > 0 && known.place(words[i - 1]!.replace(/'s$/i, '')) === 'country';
      // "what came of imran khan": a word of English in lower case that names no one does not start or end a name
      // (looked up only for a run that names someone, and never for an office's word).
      const loose = (w: string): boolean =>
        !/^\p{Lu}/u.test(w) &&
        !OFFICE.has(w.toLowerCase()) &&
        known.ordinary(w.toLowerCase()) &&
        known.holders(w) === 0;
      // "before the white house trilateral": a word of English in lower case is someone only as they spell it.
      const sounds =
        n === 1 &&
        !/^\p{Lu}/u.test(run[0]!) &&
        !OFFICE.has(ends[0]!) &&
        known.ordinary(ends[0]!) &&
        known.holders(run[0]!, true) === 0;
      const accepted = bareOffice(run)
        ? holders === 1 && OFFICE_HEAD.has(ends[1]!) && !ofCountry
        : holders > 0 && !sounds;
      if (accepted && !(n > 1 && [run[0]!, run[n - 1]!].some(loose))) length = n;
    }
    // "Gerapetriti", "MBS", "HSM", "vdL": a name misspelt, or initials of a name not an everyday or office word.
    const initials =
      /^\p{L}{3,4}$/u.test(words[i]!) &&
      !OFFICE.has(words[i]!.toLowerCase()) &&
      !known.ordinary(words[i]!.toLowerCase()) &&
      known.place(words[i]!) === undefined;
    const spelt =
      length === 0 && !city && (/^(?:\p{L}{6,}|[a-z]b[a-z])$/iu.test(words[i]!) || initials)
        ? known.misspeltName(words[i]!)
        : undefined;
    // "albo", "ED": a leader's nickname, when the briefings know the leader.
    const nick = length === 0 && !city ? nicknameOf(words[i]!) : undefined;
    if (nick && known.holders(nick) > 0) found.push({ ...named(words, i, i + 1, 'known'), text: nick });
    else if (spelt && known.holders(spelt) > 0) found.push({ ...named(words, i, i + 1, 'known'), text: spelt });
    else if (length > 0) found.push(named(words, i, i + length, 'known'));
    // "did MBS ever meet al-Mashat?" of briefings whose meetings lack him: still someone asked, as typed (a briefing
    // may say who "Hemedti" is).
    else if (nick) found.push(named(words, i, i + 1, 'unknown'));
    i += Math.max(length, 1);
  }
  return found;
}

/** Words of a question that name someone: where they stand, and whether the briefings know them. */
interface Named {
  text: string;
  from: number;
  to: number;
  /** Known to the briefings, an office with a country that no one holds, or a name no briefing has. */
  kind: 'known' | 'office' | 'unknown';
}

const named = (words: string[], from: number, to: number, kind: Named['kind']): Named => ({
  text: words.slice(from, to).join(' ').replace(/'s$/i, ''),
  from,
  to,
  kind,
});

/**
 * Whom a question's words ask about, in their order. A country or an office said right before a name, with nothing
 * but office words between, says who the name is, not someone else: "his Libyan counterpart Mangoush", "UN envoy
 * Lamamra". An office no one of the briefings holds is asked about by its country when someone of that country is
 * known ("Indonesia's foreign minister"), and as it is in a yes or no, or when nothing else is named. People named
 * in a clause that only sets the scene ("… when he went to Tripoli with Meloni") are not asked about.
 */
function whom(words: string[], known: QuestionWords, facets: readonly QuestionKind[]): Asked[] {
  const people = peopleIn(words, known);
  const taken = (spans: readonly Named[]): Set<number> =>
    new Set(spans.flatMap((x) => Array.from({ length: x.to - x.from }, (_, k) => x.from + k)));
  const offices = unheldOffices(words, known, taken(people));
  const unknown = unknownNames(words, known, taken([...people, ...offices]), facets.includes('identity'));
  const all = joinedNames(
    [...people, ...offices, ...unknown].sort((x, y) => x.from - y.from),
    words,
  );
  // "his Peruvian, Ghanaian and Bosnian counterparts": a country before another country describes no one.
  // "who was the Guatemalan foreign minister Manalo sat down with": a name that goes on to meet someone is another
  // person (not "UN envoy Lamamra held talks").
  const acts = (next: Named): boolean =>
    WHO_WAS_THE.test(words.join(' ')) && [CLAUSE_VERB, CLAUSE_AUXILIARY].some((re) => re.test(words[next.to] ?? ''));
  const describes = (x: Named, next: Named | undefined): boolean =>
    next !== undefined &&
    !acts(next) &&
    next.kind !== 'office' &&
    known.place(next.text) !== 'country' &&
    (x.kind === 'office' || known.place(x.text) === 'country' || OFFICE.has(words[x.to - 1]!.toLowerCase())) &&
    // "the burkinabe president capt traore": a style or a rank between the office and the name is theirs too.
    words.slice(x.to, next.from).every((w) => OFFICE.has(w.toLowerCase()) || STYLED.has(w.toLowerCase()));
  const scene = sceneStart(words, facets);
  const sent = facets.includes('yesno') ? all : withoutSenders(all, words, known);
  const asked = sent.filter((x, k) => !describes(x, sent[k + 1]) && x.from < scene);
  const others = asked.filter((x) => x.kind !== 'office').length;
  return asked.flatMap((x) => {
    if (x.kind !== 'office') {
      // "costa rica's foreign minister", where someone of Costa Rica is known: the office said after the country.
      const after = words.slice(x.to).findIndex((w) => !OFFICE.has(w.toLowerCase()));
      const said =
        portfolio(words.slice(x.to), known) ??
        words
          .slice(x.to, after < 0 ? words.length : x.to + after)
          .join(' ')
          .toLowerCase();
      // "the Italian foreign minister", known as someone: the office, should the meetings asked be of another.
      const span = words.slice(x.from, x.to);
      const inner = span
        .filter((w) => OFFICE.has(w.toLowerCase()))
        .join(' ')
        .toLowerCase();
      const hasCountry = span.some((w) => known.place(w.replace(/'s$/i, '')) === 'country');
      // A span that names someone ("senegal's foreign minister Yassine Fall") asks of that person, not of an office.
      const named = span.some((w) => !OFFICE.has(w.toLowerCase()) && known.place(w.replace(/'s$/i, '')) !== 'country');
      const office = known.place(x.text) === 'country' ? said : hasCountry && !named ? inner : '';
      return [{ text: x.text, ...(office ? { office } : {}) }];
    }
    const span = words.slice(x.from, x.to);
    const country = span.find((w) => known.place(w.replace(/'s$/i, '')) === 'country');
    const loose = country?.replace(/'s$/i, '');
    const office = span
      .filter((w) => OFFICE.has(w.toLowerCase()))
      .join(' ')
      .toLowerCase();
    if (loose && known.holders(loose) > 0) return [{ text: loose, ...(office ? { office } : {}) }];
    // Kept with its office, which the answer may find held by someone the meetings give no country.
    return facets.includes('yesno') || others === 0 || office ? [{ text: x.text, ...(office ? { office } : {}) }] : [];
  });
}

/** "who is tok mat": the words after "who is", when they are all the question asks. */
const WHO_IS_WORDS = /^who(?:'s| is| was)\s+((?:[\p{L}'’.-]+\s*){2,4})\??$/iu;

/**
 * "who is tok mat": a name of ordinary words ("mat") that the words found as someone ("tok") only begin or end is the
 * whole of what an identity question asks.
 */
function wholeName(asked: Asked[], q: string, facets: readonly QuestionKind[]): Asked[] {
  const whole = facets.length === 1 && facets[0] === 'identity' ? WHO_IS_WORDS.exec(q.trim())?.[1]?.trim() : undefined;
  const [one] = asked;
  if (!whole || asked.length !== 1 || one!.office || whole.toLowerCase() === one!.text.toLowerCase()) return asked;
  const part = one!.text.toLowerCase();
  const lower = whole.toLowerCase();
  return lower.startsWith(`${part} `) || lower.endsWith(` ${part}`) ? [{ text: whole }] : asked;
}

/** What one leader sends another by an envoy: "ruto's message", "samia's letter". */
const SENT = /^(?:letters?|messages?|invitations?|invites?|greetings|congratulations|condolences|notes?)$/i;

/**
 * The names of a question without whose letter it is ("give the emir samia's letter", "the letter from sisi"): the
 * sender, not someone met; the office before the sender's name ("hand the qatari PM samia's letter") is still asked.
 * Kept as they are beside a name of several people ("which traore got the letter from mahama"). Not for a yes or no:
 * "did A bring B a letter from C?" is No of a letter from someone else.
 */
function withoutSenders(all: Named[], words: string[], known: QuestionWords): Named[] {
  const from = (x: Named): boolean => /^from$/i.test(words[x.from - 1] ?? '') && SENT.test(words[x.from - 2] ?? '');
  const sender = (x: Named): boolean => from(x) || (/['’]s$/.test(words[x.to - 1]!) && SENT.test(words[x.to] ?? ''));
  const plain = (x: Named): boolean => x.kind !== 'known' || known.holders(x.text) <= 1;
  if (!all.some(sender) || !all.filter((x) => !sender(x)).every(plain)) return all;
  return all.flatMap((x) => {
    if (!sender(x)) return [x];
    const lead = words.slice(x.from, x.to).findIndex((w) => !OFFICE.has(w.toLowerCase()) && !known.place(w));
    return lead > 0 && !from(x) ? [named(words, x.from, x.from + lead, 'office')] : [];
  });
}

/**
 * An office said right after a country, of whatever portfolio ("Algerian interior minister", "Kenyan trade cabinet
 * secretary"): up to three words that name no one and no place, then the word an office ends with.
 */
function portfolio(after: readonly string[], known: QuestionWords): string | undefined {
  const head = after.slice(0, 4).findIndex((w) => OFFICE_HEAD.has(w.toLowerCase()));
  const before = after.slice(0, Math.max(head, 0));
  const plain = (w: string): boolean =>
    w !== '|' && !BOUNDARY.has(w.toLowerCase()) && known.place(w) === undefined && known.holders(w) === 0;
  return head > 0 && before.every(plain)
    ? after
        .slice(0, head + 1)
        .join(' ')
        .toLowerCase()
    : undefined;
}

/** "who was the …", "who's the …", "which Kyrgyz deputy chairman …": a question of someone described. */
const WHO_WAS_THE = /^(?:so )?(?:who(?:'s| (?:was|is|were))\s+the|which|(?:what(?:'s|s| is| was) )?the name of the)\b/i;
/** "A met which Kenyan minister", "A called which FM": the office asked after a verb of meeting. */
const MET_WHICH = pattern(
  [
    /\b/,
    alternatives([
      'met',
      'meet',
      'meets',
      'meeting',
      'saw',
      'see',
      'seeing',
      'received',
      'hosted',
      'called',
      'phoned',
      'spoke',
      'talked',
    ]),
    /(?: (?:to|with))? which\b/,
  ],
  'i',
);

/** Verbs of meeting after a name, which make it the subject of a clause of its own. */
const CLAUSE_VERB =
  /^(?:met|meets|sat|received|receives|hosted|hosts|held|holds|spoke|speaks|saw|sees|visited|called|had|talked)$/i;
/** "who's the ugandan president kariuki is going to see": an auxiliary after a name starts its clause too. */
const CLAUSE_AUXILIARY = /^(?:is|was|will|has|did|would)$/i;

/** Whom a question asks about, and the office asked of a country when the question names it by its office. */
interface Asked {
  text: string;
  office?: string;
  /** "the Japarov who received Fidan in Bishkek": whom the one asked met, and where, which says which one. */
  which?: Which;
}

/**
 * Names side by side, one of them unknown to the briefings, are one name: "Abu Mohammed al-Jolani" is not Abu,
 * Mohammed and al-Jolani, though the briefings know someone of each of the first two.
 */
function joinedNames(spans: readonly Named[], words: string[]): Named[] {
  const out: Named[] = [];
  const cased = words.slice(1).some((w) => /^\p{Lu}/u.test(w));
  for (const x of spans) {
    const last = out.at(-1);
    // Only a name-like unknown joins ("Abu Mohammed al-Jolani", not "Sugiono supposed"), unless nothing is capitalised.
    const capitalised = (n: Named): boolean => n.kind !== 'unknown' || /\p{Lu}/u.test(n.text) || !cased;
    const joins =
      last &&
      last.to === x.from &&
      last.kind !== 'office' &&
      x.kind !== 'office' &&
      capitalised(last) &&
      capitalised(x);
    if (joins && (last.kind === 'unknown' || x.kind === 'unknown'))
      out[out.length - 1] = named(words, last.from, x.to, 'unknown');
    else out.push(x);
  }
  return out;
}

/** Where a yes-or-no question's scene-setting clause starts ("did A meet B when he went to …"), or the end. */
function sceneStart(words: string[], facets: readonly QuestionKind[]): number {
  const pronoun = (w: string | undefined): boolean => w !== undefined && /^(?:they|he|she|the|both)$/i.test(w);
  const at = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:when|while)$/i.test(w) &&
      !/^and$/i.test(words[i - 1]!) &&
      (facets.includes('yesno') || pronoun(words[i + 1])),
  );
  return at < 0 ? words.length : at;
}

/** A question's occasion ("at the SCO summit in Dushanbe", "during his Bishkek visit"): its place and words. */
function readOccasion(text: string, known: QuestionWords): { rest: string; in?: string; at?: string } {
  const occasion = OCCASION.exec(text);
  // "during UNGA 80", "at COP29", "on the sidelines of APEC 2024": an occasion by its short name.
  const short = occasion ? undefined : SHORT_OCCASION.exec(text);
  if (short) return { rest: text.replace(short[0], ' | '), at: short[1]! };
  if (!occasion) return { rest: text };
  const words = occasion[1]!.split(/\s+/);
  const inside = placeIn(words, known);
  // The occasion's own words, without the place and the words that name no occasion at either end.
  const own = inside ? words.slice(0, Math.max(inside.from - 1, 0)) : words;
  const generic = (w: string | undefined): boolean =>
    w !== undefined && (GENERIC_OCCASION.has(w.toLowerCase()) || /^(?:of|in|\|)$/i.test(w));
  while (generic(own[0])) own.shift();
  while (generic(own.at(-1))) own.pop();
  const at = own.join(' ');
  // "for Piyush Goyal's meeting with Saidov": someone's meeting, not an occasion of that name.
  if (/^\p{Lu}/u.test(own[0] ?? '') && /'s$/i.test(own.at(-1) ?? '')) return { rest: text };
  // "for shehbaz's türkiye trip": someone's trip (to a place), not an occasion of that name.
  const whose = own.findIndex((w) => /'s$/i.test(w) && known.holders(w.replace(/'s$/i, '')) > 0);
  if (whose >= 0 && own.slice(whose + 1).every((w) => known.place(w) !== undefined))
    return {
      rest: text.replace(occasion[0], ` ${own.slice(0, whose + 1).join(' ')} | `),
      ...(inside ? { in: inside.place } : {}),
    };
  return {
    rest: text.replace(occasion[0], ' | '),
    ...(inside ? { in: inside.place } : {}),
    ...(at && !known.holders(at) ? { at } : {}),
  };
}

/** "at the Diplomatic Centre", "at Akorda": a venue, when no one of the briefings bears its name. */
function readVenue(text: string, known: QuestionWords): { rest: string; at?: string } {
  // "at Akorda", or typed in lower case with hyphens: "at mar-a-lago".
  const cased = /\bat (?:the )?((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})/u;
  // "at cofcor": a word in lower case that is no word of English, no one and no place is the occasion's short name.
  const venue =
    cased.exec(text) ??
    /\bat (?:the )?(\p{Ll}+(?:-\p{L}+)+)\b/u.exec(text) ??
    [.../\bat (\p{Ll}{3,})(?![\p{L}'’-])/gu[Symbol.matchAll](text)].find((m) => !known.ordinary(m[1]!));
  const at = venue?.[1]!.trim();
  if (!venue || !at || known.holders(at) || known.place(at) !== undefined) return { rest: text };
  return { rest: text.replace(venue[0], ' | '), at };
}

/** The words of a question left to name people, and the place they name, if any ("in Bishkek"). */
function readPlace(text: string, known: QuestionWords, place?: string): { words: string[]; in?: string } {
  // "the Jilani–Zhaparov meeting": two people joined by a dash.
  const words = text
    .replace(/(\p{L})\s?[–—]\s?(?=\p{Lu})/gu, '$1 and ')
    .split(/[\s;:]+|(?=,)|(?<=,)/)
    .filter(Boolean)
    .flatMap((w) => pairJoined(w, known));
  if (place) return { words, in: place };
  const found = placeIn(words, known) ?? placeBefore(words, known);
  if (!found) return { words };
  words.splice(found.from, found.to - found.from, '|');
  return { words, in: found.place };
}

/**
 * "the Tshisekedi-Kagame summit": two people the briefings know joined by a hyphen, when no one is called by the whole
 * (Persad-Bisessar stays one name).
 */
function pairJoined(word: string, known: QuestionWords): string[] {
  // "kariuki-lemma", "safadi-eide-mustafa" typed in lower case: each part a name of three letters or more ("al-" is
  // no one).
  const parts = word.split('-');
  const name = /^(?:\p{Lu}[\p{L}'’]+|\p{Ll}[\p{L}'’]{2,})$/u;
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => name.test(p)) || known.holders(word) > 0)
    return [word];
  // "the noboa-petro meeting": one part someone of the briefings' meetings, the others names of five letters or more
  // that are no everyday word or place (a meeting only planned may name no one met).
  const unknown = (p: string): boolean =>
    p.length >= 5 && !known.ordinary(p.toLowerCase()) && known.place(p) === undefined;
  const pair = parts.some((p) => known.holders(p) > 0) && parts.every((p) => known.holders(p) > 0 || unknown(p));
  return pair ? parts.flatMap((p, i) => (i === 0 ? [p] : ['and', p])) : [word];
}

/** "his Manila summit", "the Jeddah talks": a city named before the meeting, as its place. */
function placeBefore(words: string[], known: QuestionWords): { place: string; from: number; to: number } | undefined {
  const k = words.findIndex(
    (w, i) =>
      known.place(w) === 'city' &&
      /^(?:summit|talks|meetings?|visit|trip|bilateral|sit-down)$/i.test(words[i + 1] ?? ''),
  );
  return k < 0 ? undefined : { place: words[k]!, from: k, to: k + 1 };
}

/**
 * Read a plain question about meetings by what it names, wherever the words stand: the people (names, surnames,
 * misspellings, offices with a country), the places, the occasions and the periods, and the facets it asks. A
 * question that names no one ("and where?", "what did they discuss?") takes the people of the thread's last question,
 * and its period and place unless it gives its own; "what about Wang Yi?" asks the last question of Wang Yi.
 * Undefined when it is not a question about meetings.
 * @example parseQuestion('When did Qureshi meet Lavrov, and where?', today, undefined, words)
 * // → { kind: 'when', facets: ['when', 'where'], people: ['Qureshi', 'Lavrov'], filter: {} }
 */
export function parseQuestion(
  text: string,
  today: Date,
  previous: QuestionContext | undefined,
  known: QuestionWords,
): Question | undefined {
  const { text: main, earlier } = earlierAsked(withoutChoices(withoutDoubted(withoutTenure(cleanQuestion(text)))));
  const typed = [mendSlips, possessives, occasionAsSubject, countriesApart, officeOfCountry].reduce(
    (t, step) => step(t, known),
    main,
  );
  const read = hostOffice(officeAsIdentity(rephrase(typed).replace(PLAN_IDIOM, 'planned'), known), previous, known);
  // In a thread, "after Brasília" is after the meeting the last answer placed there (see relativeTo).
  const q = OFFICE_WORDS.reduce(
    (t, [re, office]) => t.replace(re, office),
    withoutFiller(occasionsAsLandmarks(previous ? read : placesAsLandmarks(read, known), known)).replace(
      ASKING_FOR,
      (_, whether?: string) => (whether ? 'did ' : ''),
    ),
  );
  const instead = previous !== undefined && INSTEAD.test(q);
  // "what about Lavrov, did he see him there too?": what the words after the name ask, else what the thread asked.
  const ownAsked = instead ? questionFacets(q.replace(INSTEAD, '').replace(/^[^,]*,\s*/, '')) : [];
  const facets = instead ? (ownAsked.length > 0 ? ownAsked : (previous.facets ?? ['when'])) : questionFacets(q);
  const relative = previous ? relativeTo(q, previous, (w) => known.place(w) === 'city') : undefined;
  const back = previous && !relative ? pointingBack(q, previous) : undefined;
  // Words that ask nothing are search words, unless they go on from the thread's last question ("and in Moscow?",
  // "the day before?", "anyone the previous day?").
  // "anything on sharif mishustin?": a question that asks nothing of the people it names asks for their meetings.
  const bare = facets.length === 0 && !(previous && (FOLLOW_ON.test(q) || relative || back || ANYONE.test(q)));
  const periods = takePeriods(relative?.rest ?? back?.rest ?? q, today, () => known.latest?.());
  if (!periods) return undefined;
  if (relative) periods.range = relative.range;
  if (back?.filter.range) periods.range = back.filter.range;
  const occasion = readOccasion(periods.text, known);
  const venue = occasion.at ? { rest: occasion.rest } : readVenue(occasion.rest, known);
  // "during blah": a period briefbot cannot read is not guessed at; the caller searches instead.
  if (/\b(?:during|since|until)\s+(?!\||(?:the|his|her|their|its|a|an)\b)\S/i.test(venue.rest)) return undefined;
  const { words, in: said } = readPlace(venue.rest, known, occasion.in);
  const place = said ?? back?.filter.in;
  // "on that trip": a trip the thread told of, not an occasion called "that"; "on the sidelines of what": asked.
  const occasionAt = occasion.at ?? ('at' in venue ? venue.at : undefined);
  const at =
    occasionAt && /^(?:that|this|the|his|her|their|its|same|what|which|whose)$/i.test(occasionAt.trim())
      ? undefined
      : occasionAt;
  const filter: MeetingFilter = {
    ...(periods.range ? { range: periods.range } : {}),
    ...(place ? { in: place } : {}),
    ...(at ? { at } : {}),
    ...(facets.includes('planned') && !facets.includes('yesno') ? { status: 'planned' as const } : {}),
  };
  // "did they meet in person or by phone?" asks how, and either answers.
  const hows = new Set(HOW.filter(([re]) => re.test(q)).map(([, h]) => h));
  // "…, and was it in person?" asks how of the meeting answered, as "in person or by phone?" does.
  const asksHow = (hows.has('telephone') && hows.has('in person')) || HOW_ASKED.test(q) || EITHER_WAY.test(q);
  const how = asksHow ? undefined : HOW.find(([re]) => re.test(q))?.[1];
  const met = !how && MET.test(q) && !SPOKE.test(q);
  // "was that their first meeting?": whether they had met before it, not their first meeting.
  const firstTime = facets.includes('yesno') && FIRST_TIME.test(q);
  // "how long did the meeting last": the verb, not their last meeting.
  const lasted = HOW_LONG.test(q) && /\blast$/i.test(periods.text.trim());
  const only = firstTime || lasted ? undefined : (relative?.only ?? ONLY.find(([re]) => re.test(periods.text))?.[1]);
  // "how many sahel foreign ministers": a region's word says where they are from, not what office they hold.
  const counted = facets.includes('count')
    ? COUNTED_PEOPLE.exec(q)?.[1]
        ?.split(' ')
        .filter((w) => !REGIONAL.has(w.toLowerCase()) || OFFICE.has(w.toLowerCase()))
        .join(' ')
    : undefined;
  const things = facets.includes('count') ? COUNTED_THINGS.exec(q)?.[1]?.toLowerCase() : undefined;
  const day = /\b(?:what|which|exact) (?:date|day)\b/i.test(q);
  // "who else did he see there?": not those the thread asked of before, beside the first.
  const except = previous && ELSE.test(q) ? previous.people.slice(1) : [];
  const around = relative ? undefined : firstTime ? 'before' : AROUND.find(([re]) => re.test(q))?.[1];
  // "what did A and B say about Chabahar": the topic asked of, after "about" at the end of the question.
  const about = ABOUT_TOPIC.exec(q)?.[1]?.trim();
  const saying = SAYING_ASKED.exec(q)?.[1]?.toLowerCase();
  // "who did the moldovan FM see in riga apart from braže": those named after "apart from" are left out, not asked of.
  const besides = BESIDES.exec(q)?.[1]?.toLowerCase();
  const question = (asked: QuestionKind[], all: string[], filters: MeetingFilter): Question => {
    const apart =
      besides && asked.includes('who') ? all.filter((p, i) => i > 0 && besides.includes(p.toLowerCase())) : [];
    const people = all.filter((p) => !apart.includes(p));
    const others = [...except, ...apart];
    return {
      kind: asked[0]!,
      facets: asked,
      people,
      filter: filters,
      ...(how ? { how } : {}),
      ...(TOGETHER.test(q) && people.length >= 3 ? { together: true as const } : {}),
      ...(met ? { met: true as const } : {}),
      ...(only ? { only } : {}),
      ...(Object.keys(roles).length > 0 ? { roles } : {}),
      ...(counted ? { counts: counted.toLowerCase() } : {}),
      ...(things ? { countsThings: things } : {}),
      ...(day ? { day: true as const } : {}),
      ...(others.length > 0 ? { except: others } : {}),
      ...(around && Object.keys(filters).some((k) => k !== 'status') ? { around } : {}),
      ...(firstTime && people.length > 0 ? { firstTime: true as const } : {}),
      ...((NAME_ASKED.test(q) && !SAME_PERSON.test(q.toLowerCase())) || whoWasRole ? { asksName: true as const } : {}),
      ...(HOW_LONG.test(q) ? { howLong: true as const } : {}),
      ...(described.length > 0 ? { which: described } : {}),
      ...(earlier && people.length > 0 ? { earlier: true as const } : {}),
      ...(about && asked.includes('what') ? { about } : {}),
      ...(saying && asked.includes('what') ? { saying } : {}),
      ...(periods.guessedYear && filters.range === periods.range ? { guessedYear: true as const } : {}),
    };
  };
  const asked = wholeName(
    facets.includes('identity') && SAME_PERSON.test(q.toLowerCase()) ? sameAsked(q, known) : whom(words, known, facets),
    q,
    facets,
  );
  const described = asked.some((a) => a.which) ? asked.map((a) => a.which ?? null) : [];
  // "Egypt's foreign minister … his Somali counterpart": a counterpart holds the office of the other.
  const offices = asked.flatMap((a) =>
    a.office && !/^counterparts?$/.test(a.office) && OFFICE_HEAD.has(a.office.split(' ').at(-1)!) ? [a.office] : [],
  );
  // "his Peruvian, Ghanaian and Bosnian counterparts": each country of the list is a counterpart.
  const listed = /\bcounterparts\b/i.test(q);
  const counterpart = (a: Asked): boolean =>
    a.office === 'counterpart' ||
    a.office === 'counterparts' ||
    (listed && !a.office && (known.place(a.text) === 'country' || known.holders(a.text) === 0));
  // An office is one that ends as offices end ("foreign minister", "PM"), not "the Kyrgyz government".
  // "when did safadi meet his turkish counterpart": of whatever office the other holds in the briefings.
  const officeOf = (a: Asked): string | undefined =>
    counterpart(a)
      ? offices.length === 1
        ? offices[0]
        : offices.length === 0 && a.office === 'counterpart'
          ? 'counterpart'
          : undefined
      : a.office && OFFICE_HEAD.has(a.office.split(' ').at(-1)!)
        ? a.office
        : undefined;
  // "his sudanese counterpart" is asked as someone Sudanese.
  const textOf = (a: Asked): string =>
    officeOf(a) === 'counterpart' ? a.text.replace(/\s+counterparts?$/i, '') : a.text;
  // "the Sultan of Brunei" read as Brunei twice (office, then country) is one person asked.
  const people = facets.includes('identity') ? asked.map((a) => a.text) : [...new Set(asked.map(textOf))];
  const roles = Object.fromEntries(asked.flatMap((a) => (officeOf(a) ? [[textOf(a), officeOf(a)!] as const] : [])));
  // "ebrard met which canadian minister …": the office asked after the verb.
  const whoWasRole =
    people.length === 2 &&
    ((WHO_WAS_THE.test(q) && roles[people[0]!] !== undefined) ||
      (MET_WHICH.test(q) && roles[people[1]!] !== undefined));
  if (bare)
    return looksLikeQuestion(text) && people.some((p) => known.holders(p) > 0)
      ? question(['which'], people, filter)
      : undefined;
  // A period of its own, "ever" or "last": a question that asks of a meeting anew ("how many times did those two meet
  // in July?"; not "and in 2020?").
  const anew = (periods.range !== undefined || ALL_DAYS.test(q) || only !== undefined) && MET.test(q);
  const thread = previous
    ? followUp({
        q,
        previous,
        instead,
        facets,
        own: questionFacets(q).length > 0,
        people,
        filter,
        relative,
        back,
        anew,
        ...(known.gender ? { gender: (w: string) => known.gender!(w) } : {}),
        ...(known.nationOf ? { nationOf: (w: string) => known.nationOf!(w) } : {}),
      })
    : undefined;
  if (thread) return question(thread.facets, thread.people, thread.filter);
  // "who was the Guatemalan foreign minister Manalo sat down with?": their meeting, and that official's name.
  if (whoWasRole) return question(['when'], people, filter);
  const listing = facets.some((f) => f === 'which' || f === 'planned');
  if (people.length === 0 && !listing && Object.keys(filter).length === 0) return undefined;
  return question(facets.length > 0 ? facets : ['which'], people, filter);
}

/** What a question leaves out of "who else": "apart from Braže", "besides sugiono", "other than Fidan". */
const BESIDES = /\b(?:apart from|besides|other than|except(?: for)?)\s+([^?,;]+)/i;

/** Whether a question asks of a place beside its landmark: "who is he seeing in Luxembourg after Antalya". */
const asksElsewhere = (text: string, landmark: string, known: QuestionWords): boolean =>
  [...text.replace(landmark, ' ').matchAll(/\b(?:in|to|at) ([\p{L}'’-]+)/giu)].some(
    (m) => known.place(m[1]!) !== undefined,
  );

/**
 * A city said as a landmark, "before addis", "after Georgetown": the meeting held there, and the one nearest before or
 * after it, as "before their talks in Addis" asks.
 * @example placesAsLandmarks('when did A and B meet before addis', words) // → '… before their talks in addis'
 */
function placesAsLandmarks(text: string, known: QuestionWords): string {
  return text.replace(
    /\b(before|after|prior to|ahead of|following) (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2})/giu,
    (said, word: string, rest: string) => {
      const words = rest.split(' ');
      const city = words.findLastIndex((_, k) => {
        const place = words.slice(0, k + 1).join(' ');
        return known.place(place) === 'city' || (k === 0 && known.misspeltPlace(place) !== undefined);
      });
      if (city < 0 || /^(?:that|then|their|the|his|her)$/i.test(words[0]!)) return said;
      const landmark = `${word} ${words.slice(0, city + 1).join(' ')}`;
      if (asksElsewhere(text, landmark, known)) return said;
      const after = words.slice(city + 1).join(' ');
      return `${word} their talks in ${words.slice(0, city + 1).join(' ')}${after ? ` ${after}` : ''}`;
    },
  );
}

/** Nouns of an occasion a landmark names: "the january kyiv talks", "his riga visit", "the kabul round". */
const LANDMARK_NOUN =
  '(?:talks|meeting|mtg|summit|visit|trip|round|trilateral|bilateral|bilat|conference|conf|session|ministerial|' +
  'forum|commission|consultations|dialogue|call|leg)';
/** "before the january kyiv talks", "after his Riga visit", "prior to the joint commission in Manila". */
const OCCASION_LANDMARK = new RegExp(
  `\\b(before|after|prior to|following) (?:the|his|her|its|their|[\\p{L}-]+['’]s) ` +
    `((?:[\\p{L}\\d'’.-]+ ){0,4}?${LANDMARK_NOUN})\\b` +
    `((?: (?:in|at|to) [\\p{L}'’-]+(?: [\\p{L}'’-]+)?)?` +
    `(?: (?:in|of) ${MONTH_NAME}(?: \\d{4})?| (?:in|of) \\d{4})?)`,
  'giu',
);
const MONTH_OR_YEAR = new RegExp(`^(?:${MONTH_NAME}\\.?|(?:19|20)\\d{2})$`, 'i');
const LANDMARK_WORD = new RegExp(`^${LANDMARK_NOUN}$`, 'i');

/**
 * An occasion said as a landmark, "before the january kyiv talks", "after his riga visit": the meeting held at the
 * place (and in the month) it names, and the one nearest before or after it, as "before their talks in kyiv in
 * january" asks. Its words are never a person. Unchanged when it names neither a place nor a month, or when the
 * question asks of another place.
 * @example occasionsAsLandmarks('did A meet B before the kabul round', words) // → '… before their talks in kabul'
 */
function occasionsAsLandmarks(text: string, known: QuestionWords): string {
  return text.replace(OCCASION_LANDMARK, (said, word: string, occasion: string, tail: string) => {
    const words = `${occasion}${tail}`.split(' ').filter((w) => !/^(?:in|at|to|of)$/i.test(w));
    const when = words.filter((w) => MONTH_OR_YEAR.test(w)).join(' ');
    const others = words.filter((w) => !MONTH_OR_YEAR.test(w) && !LANDMARK_WORD.test(w));
    const spans = others.flatMap((_, i) => [others.slice(i, i + 2).join(' '), others[i]!]);
    const misspelt = (w: string): string | undefined => (known.ordinary(w) ? undefined : known.misspeltPlace(w));
    const place = spans.find((w) => known.place(w) !== undefined) ?? others.map(misspelt).find(Boolean);
    if (!place && !when) return said;
    if (asksElsewhere(text, said, known)) return said;
    return `${word} their talks${place ? ` in ${place}` : ''}${when ? ` in ${when}` : ''}`;
  });
}

/** An office as a question says it: "ethiopia's foreign minister", "the kyrgyz president", "an envoy". */
export const OFFICE_SAID = pattern(
  ["^(?:the |an? )?(?:[\\p{L}-]+['’]s )?(?:[\\p{L}-]+ ){0,3}?", alternatives([...OFFICE_HEAD]), /\s*\??$/],
  'iu',
);

/**
 * "is lemma tadesse ethiopia's foreign minister?" asks whether they are the one of that office: the same question as
 * "is lemma tadesse the same person as ethiopia's foreign minister?", when the briefings know the first as someone
 * (the longest run of words that names someone, with no verb or office among them).
 */
function officeAsIdentity(text: string, known: QuestionWords): string {
  const asked = /^(?:so )?is (?!(?:the|a|an|he|she|they|it|this|that|there|his|her)\b)(.+)$/i.exec(text)?.[1];
  const words = asked?.split(' ') ?? [];
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    const office = words.slice(k).join(' ');
    const plain = words
      .slice(0, k)
      .every((w) => !BOUNDARY.has(w.toLowerCase()) && !OFFICE.has(w.toLowerCase()) && known.place(w) === undefined);
    // "is villasenor meeting the peruvian fm": a verb before the office asks of a meeting.
    const verbless = words.slice(k).every((w, i) => (i === 0 && /^(?:the|an?)$/i.test(w)) || !BOUNDARY.has(w));
    if (plain && verbless && OFFICE_SAID.test(office) && known.holders(name) > 0)
      return `is ${name} the same person as ${office}`;
  }
  return text;
}

/** "is a guterres mtg on the books for the UNGA week": a plan, said as papers say it. */
const PLAN_IDIOM = /\b(?:on the (?:books|calendar|cards)|in the diary)\b/gi;

/** "what did NZ commit to", "what did dhaka raise": a word of saying asked, by its stem. */
const SAYING_ASKED = pattern(
  [
    /\bwhat\b.*?\b(commit|pledg|promis|sign|rais|offer|announc|propos|request|ask|demand|warn|agree)/,
    /(?:s|e?d|ted|ing|e|ment)?\b/,
  ],
  'i',
);

/** Nouns of an occasion that a question may ask of by its name alone: "when was the SCO summit held?". */
const NAMED_OCCASION = pattern(
  [
    // What stands before: the question's words, or a verb of taking part in it ("did the FM attend the …").
    "(^(?:(?:and|so|but)\\s+)?(?:when|where|who|whom|which|what|how many\\s+\\S+)(?:'s|s)?",
    '(?:\\s+(?:was|is|were|are|will|did|does|has|had|be))*\\s+|',
    '\\b(?:attend(?:s|ed|ing)?|host(?:s|ed|ing)?|chair(?:s|ed|ing)?|skip(?:s|ped)?|join(?:s|ed)?|go(?:es|ing)? to|',
    'went to)\\s+)',
    /the\s+/,
    `((?:[\\p{L}\\d+'’.-]+\\s+){0,5}(?:summit|ministerial|conference|forum|council|assembly|dialogue|plenary|` +
      `retreat|`,
    `congress|consultations|commission|meeting|session|2\\+2|jcc|jmc|jpc)s?)(?![\\p{L}\\d])`,
  ],
  'iu',
);

/**
 * "when was the SCO summit in Dushanbe held?", "did the danish FM attend the nordic FMs meeting?": an occasion named
 * as what is asked of, said as "at the … summit" is, so that it is read as the occasion and not as someone. Not "the
 * meeting" alone (the one the thread told of) nor someone's meeting ("the Sharif-Mishustin talks").
 */
function occasionAsSubject(text: string, known: QuestionWords): string {
  const found = NAMED_OCCASION.exec(text);
  if (!found) return text;
  const words = found[2]!.split(/\s+/).slice(0, -1);
  // "the sharif-mishustin talks": every part of the word someone of the meetings, no everyday word or place.
  const someone = (w: string): boolean =>
    !/^[\p{Lu}\d+]+$/u.test(w) &&
    w.split('-').every((p) => known.holders(p) > 0 && !known.ordinary(p.toLowerCase()) && known.place(p) === undefined);
  const own = words.filter((w) => !GENERIC_OCCASION.has(w.toLowerCase()));
  if (own.length === 0 || words.some(someone) || words.some((w) => /['’]s$/i.test(w))) return text;
  const at = found.index + found[1]!.length;
  return `${text.slice(0, at)}at ${text.slice(at)}`;
}

/** "mauritanias FM": a country's possessive typed without its apostrophe. */
function possessives(text: string, known: QuestionWords): string {
  return text.replace(/\b(\p{L}{3,})s\b/gu, (word, stem: string) =>
    known.place(word) === undefined && known.holders(word, true) === 0 && known.place(stem) === 'country'
      ? `${stem}'s`
      : word,
  );
}

/** "who is the president of kenya": an office of a country after "who is the", said as "kenya's president" is. */
const WHO_IS_OFFICE_OF = pattern(
  [
    "^(who(?:'s| is| was)) the ((?:[\\p{L}-]+ ){0,3}?",
    alternatives([...OFFICE_HEAD]),
    ") of (?:the )?(\\p{L}[\\p{L} '’-]*?)(\\s*\\?)?$",
  ],
  'iu',
);

/** "who is the foreign minister of ethiopia" as "who is ethiopia's foreign minister", when it names a country. */
function officeOfCountry(text: string, known: QuestionWords): string {
  const m = WHO_IS_OFFICE_OF.exec(text);
  return m && known.place(m[3]!) === 'country' ? `${m[1]} ${m[3]}'s ${m[2]}${m[4] ?? ''}` : text;
}

/**
 * A question's everyday words typed with a slip, set right: "counterprt" is "counterpart", "actualy" "actually". Only
 * a word in lower case of seven letters or more that names no one and no place the briefings know (nor one mistyped).
 */
function mendSlips(text: string, known: QuestionWords): string {
  const mend = known.misspeltCommon;
  if (!mend) return text;
  const own = (w: string): boolean =>
    known.ordinary(w) ||
    known.holders(w) > 0 ||
    known.place(w) !== undefined ||
    known.misspeltName(w) !== undefined ||
    known.misspeltPlace(w) !== undefined;
  return text.replace(/(?<![\p{L}'’.-])\p{Ll}{7,}(?![\p{L}'’-])/gu, (w) => (own(w) ? w : (mend(w) ?? w)));
}

/**
 * Countries joined by hyphens, each on its own: "the vietnam-thailand FMs" is "the vietnam and thailand FMs".
 * @example countriesApart('egypt-jordan-iraq talks', words) // → 'egypt and jordan and iraq talks'
 */
function countriesApart(text: string, known: QuestionWords): string {
  // Not the name of a body: "the Kenya-Ethiopia Joint Ministerial Commission".
  return text.replace(/\p{L}+(?:-\p{L}+)+(?! \p{Lu}\p{Ll})/gu, (joined) => {
    const parts = joined.split('-');
    // "ph-japan", "aus-nz": a short form beside a country's name or a capitals' form ("NZ", "US"), as the country.
    const named = parts.some(
      (p) => known.place(p) === 'country' || Object.hasOwn(UPPERCASE_COUNTRY_FORMS, p.toUpperCase()),
    );
    const country = (p: string): string | undefined =>
      known.place(p) === 'country' ? p : named ? known.countryCode?.(p) : undefined;
    const countries = parts.map(country);
    return countries.every((c) => c !== undefined) ? countries.join(' and ') : joined;
  });
}

/** A name in quotes, as a question quotes a spelling: "kbc spells him 'ahmed moalim fiqi'", not "hu'akavameiliku". */
const QUOTED_SPELLING = /(?<=^|[\s,(])['"‘“]([^'"’”]{3,60})['"’”](?=[\s,.?!;:)-]|$)/g;
/** The outlet a question says writes a name, before it: "bta says both …", "azertac writes 'seitkaly'". */
const SOURCE_WRITES =
  /^\s*(?:[\p{L}.-]+\s+){1,2}?(?:says|spells|writes|calls|has|have|uses|reports)\s+(?:him |her |both )?/iu;

/**
 * The two names of "is A the same person as B?" or "are A and B the same man?": each side is one name, however
 * many words of it the briefings know apart ("Abu Mohammed al-Jolani"), unless its words name one person.
 * @example sameAsked('is al-Sharaa the same person as Abu Mohammed al-Jolani', words)
 * // → [{ text: 'al-Sharaa' }, { text: 'Abu Mohammed al-Jolani' }]
 */
function sameAsked(q: string, known: QuestionWords): Asked[] {
  // "kbc spells him 'ahmed moalim fiqi', kuna has 'ahmed moallim fiqi'": the two spellings in quotes are the sides.
  const quoted = [...q.matchAll(QUOTED_SPELLING)].map((m) => m[1]!.trim());
  if (quoted.length === 2) return quoted.flatMap((side) => sideAsked(side, known));
  const [left = '', right = ''] = q.split(
    pattern([`\\b(?:the )?same ${SAME_NOUN}\\b(?:\\s+as\\b)?|\\bthe same as\\b`], 'i'),
  );
  // "Bochorishvili - is that the same person as …", "Sibiga — same guy as …": the name put first; "bta says
  // both A and B": not the outlet that writes them.
  const asked = left
    .replace(SOURCE_WRITES, '')
    .replace(/^\s*(?:is|are|was|were)\s+/i, '')
    .replace(/\s*[-–—,:]?\s*(?:(?:is|was) (?:that|this|he|she|it)\s*)?[-–—,:]?\s*$/i, '')
    .trim();
  const sides = right.trim() ? [asked, right.trim()] : asked.split(/\s+(?:and|n|&)\s+/i);
  // "is the Saidov who met Valtonen the same guy Aliyev received in Baku": the second is whom Aliyev received there,
  // asked by the first one's name.
  const [, object] = sides;
  const verb = object !== undefined && !/\b(?:who|whom|that|which)\b/i.test(object) ? MET.exec(object) : null;
  if (verb && verb.index > 0) {
    const [one] = asked.split(/\s+and\s+/i).flatMap((side) => sideAsked(side, known));
    const by = whom(wordsOf(object!.slice(0, verb.index)), known, ['who'])
      .map((a) => a.text)
      .filter((t) => t !== one?.text);
    const place = placeIn(wordsOf(object!.slice(verb.index)), known)?.place;
    if (one && by.length > 0) return [one, { text: one.text, which: { with: by, ...(place ? { in: place } : {}) } }];
  }
  return sides.flatMap((side) => sideAsked(side, known));
}

/** The words of a side of an identity question, without "the". */
const wordsOf = (text: string): string[] => text.split(/[\s,;:]+/).filter((w) => Boolean(w) && !/^the$/i.test(w));

/**
 * One side of "is A the same person as B?": "the Araqchi who met MBS in Riyadh" is the name, and the clause that says
 * which; "the Japarov Fidan held talks with at Government House" is the first name, and the rest.
 */
function sideAsked(side: string, known: QuestionWords): Asked[] {
  const [whole = '', ...clause] = side.split(/\s+(?:who|whom|that|which)\s+/i);
  // "bakhtiyor saidov the uzbek FM": the name, described by the office after it.
  const described = /^(.+?)\s+the\s+(.+)$/i.exec(whole.trim());
  const head = described && OFFICE_SAID.test(described[2]!) && !OFFICE_SAID.test(described[1]!) ? described[1]! : whole;
  const words = wordsOf(head);
  const named = whom(words, known, ['identity']);
  const first = named.length === 1 || (named.length > 1 && clause.length === 0) ? named[0]!.text : '';
  // "russia's president" of briefings that know no one in that office: the office as asked, not Russia.
  const office = clause.length === 0 && OFFICE_SAID.test(head) && !OFFICE_SAID.test(first);
  const text = office ? head.trim().replace(/^(?:the|an?)\s+/i, '') : first || words.join(' ');
  if (!text) return [];
  const others = [...(first ? named.slice(1) : []), ...whom(wordsOf(clause.join(' ')), known, ['who'])];
  const place = placeIn(wordsOf(clause.length > 0 ? clause.join(' ') : first ? head : ''), known)?.place;
  const met = others.map((a) => a.text).filter((t) => t !== text && !(place ?? '').split(' ').includes(t));
  if (met.length === 0 && !place) return [{ text }];
  return [{ text, which: { with: met, ...(place ? { in: place } : {}) } }];
}

/** The words a question starts with. */
const QUESTION_START = pattern(
  [
    /^/,
    alternatives([
      /when|who|whom|whose|where|what|what's|which|how|on what|in which|with whom/,
      /did|does|do|has|have|had|is|was|were|will|are|can|could|and|any|list|show|tell me|give me/,
      // "date of the A and B meeting", "topics of their talks": a question put as its answer's name.
      /dates? (?:of|on which|when)|dates? and place|(?:place|venue|location|name) of|topics?|agenda/,
      /remind me|any (?:word|plans?)/,
    ]),
    /\b/,
  ],
  'i',
);

/** True when text reads as a question rather than search terms. */
export const looksLikeQuestion = (text: string): boolean => {
  // "per the briefings, what date …": the question after its filler.
  const plain = withoutFiller(rephrase(cleanQuestion(text))).trim();
  // "A and B have met how many times", "A met B where": the question word late.
  return /\?\s*$/.test(text) || QUESTION_START.test(plain) || LATE_QUESTION.test(plain) || MET_WHICH.test(plain);
};
const LATE_QUESTION =
  /\bhow (?:many|often)\b|\b(?:when|where|whom?|dates?|venue|place|location|topics?|agenda|outcomes?)(?: exactly)?$/i;

/**
 * What a question asks about besides the meeting ("did the visa thing come up?"), when it asks no "what", count or
 * identity: its words that name no one and nowhere the briefings know (see {@link askedSubjects}).
 */
export function questionSubjects(text: string, q: Question, known: QuestionWords): string[] | undefined {
  if (q.facets.some((f) => f === 'what' || f === 'count' || f === 'identity')) return undefined;
  const names = new Set([...q.people, q.filter.in ?? '', q.filter.at ?? ''].join(' ').toLowerCase().split(/\s+/));
  const namesOne = (w: string): boolean =>
    names.has(w.toLowerCase()) ||
    nicknameOf(w) !== undefined ||
    known.holders(w) > 0 ||
    known.place(w) !== undefined ||
    known.misspeltName(w) !== undefined ||
    known.misspeltPlace(w) !== undefined ||
    known.misspeltCommon?.(w) !== undefined ||
    known.countryCode?.(w) !== undefined ||
    // "the kiwi FM", "the aussie leg": a word the parser reads as another, a country's.
    rephrase(w).toLowerCase() !== w.toLowerCase();
  // "russias" (a possessive without its apostrophe), "qureshi-lavrov" (two names joined).
  const named = (w: string): boolean =>
    namesOne(w) ||
    namesOne(w.replace(/s$/i, '')) ||
    (w.includes('-') && w.split('-').some((part) => part.length > 2 && namesOne(part)));
  const subjects = askedSubjects(text, named);
  return subjects.length > 0 ? subjects : undefined;
}
