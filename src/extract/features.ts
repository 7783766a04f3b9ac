import { PLACE_PARTICLES, type Place, type PlaceLookup } from '../reference/places.js';
import { mayStartVenue, venueCity } from '../reference/venues.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';

/** Words that make a phrase an event: "SCO summit", "22nd meeting of the Council of Heads of Government". */
const EVENT_NOUNS = [
  'summit',
  'meeting',
  'session',
  'conference',
  'forum',
  'assembly',
  'dialogue',
  'ceremony',
  'council',
  'congress',
  'convention',
  'consultations',
  'commission',
  'committee',
  'games',
  'expo',
  'talks',
  'retreat',
  'symposium',
  'sidelines',
  'margins',
  'festival',
  'celebrations?',
  'parade',
  'exercise',
  'round',
];
const EVENT_WORDS = pattern([/\b/, alternatives(EVENT_NOUNS), /\b/], 'i');
/** An event word alone says nothing: "during the meeting". */
const BARE_EVENT_DETERMINERS = ['this', 'that', 'same', 'first', 'second', 'recent'];
const BARE_EVENT_NOUNS = ['meeting', 'talks', 'session', 'call', 'visit', 'sidelines', 'margins', 'discussions?'];
const BARE_EVENT = pattern(
  ['^', `(?:${alternatives(BARE_EVENT_DETERMINERS)}\\s+)?`, alternatives(BARE_EVENT_NOUNS), '$'],
  'i',
);
/** Words that make a phrase a venue: "Prime Minister’s House", "presidential palace Akorda". */
const VENUE_NOUNS = [
  'house',
  'palace',
  'hall',
  'hotel',
  'cent(?:re|er)',
  'office',
  'ministry',
  'embassy',
  'residence',
  'secretariat',
  'headquarters',
  'kremlin',
  'building',
  'villa',
  'chancellery',
  'pavilion',
  'complex',
  'white house',
  'akorda',
];
const VENUE_WORDS = pattern([/\b/, alternatives(VENUE_NOUNS), /\b/], 'i');
/** Words after which a phrase after "at", "on the sidelines of" … has ended: "the SCO summit in Dushanbe". */
const PHRASE_END_WORDS = [
  'in',
  'on',
  'at',
  'being',
  'held',
  'which',
  'where',
  'when',
  'to',
  'local',
  'during',
  'from',
  'this',
  'last',
  'next',
  'along',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'hosted',
  'chaired',
  'organi[sz]ed',
  'attended',
  `and\\s+${alternatives(['discussed', 'agreed', 'exchanged', 'held', 'met', 'said'])}`,
];
/** Where a phrase after "at", "on the sidelines of" … ends: an end word, punctuation, a bracket or a dash. */
const PHRASE_END = anyOf([
  `\\s+${alternatives(PHRASE_END_WORDS)}\\b`,
  /[,;:.!?"“”]\s/,
  /[,;:.!?"“”]$/,
  /\s+\((?![A-Z]{2,8}\))/,
  /\s+—/,
  /\s+–/,
]);

/** The first part of a phrase up to where it ends (see PHRASE_END), without a leading "the". */
export function phraseHead(text: string): string {
  const m = PHRASE_END.exec(text);
  const head = (m ? text.slice(0, m.index) : text).trim().replace(/[.,;:]+$/, '');
  return head.replace(/^the\s+/i, '');
}

/** What stands before an event's name: "on the sidelines of", "at the", "during the". */
const EVENT_LEADS = [
  'on the (?:sidelines?|margins?|fringes?) of',
  'at the',
  'during the',
  'on the occasion of',
  'at a',
  'while attending',
  'attending the',
  'to attend the',
];
const EVENT_LEAD = pattern([/\b/, alternatives(EVENT_LEADS), /\s+/], 'gi');

/**
 * The event a sentence places a meeting at: "on the sidelines/margins of X", "at the X summit", "during the X".
 * @example findEvent('met on the sidelines of the SCO summit in Dushanbe') // → 'SCO summit'
 */
export function findEvent(sentence: string): string | undefined {
  for (const m of sentence.matchAll(EVENT_LEAD)) {
    const head = phraseHead(sentence.slice(m.index + m[0].length));
    if (head.split(/\s+/).length > 20 || !/\p{L}/u.test(head) || /\bwith\b/i.test(head) || BARE_EVENT.test(head))
      continue;
    if (EVENT_WORDS.test(head) && !VENUE_WORDS.test(head)) return head;
  }
  return undefined;
}

/**
 * The venue a sentence names: "at the Prime Minister’s House", "@ presidential palace Akorda".
 * @example findVenue('During a meeting at the Prime Minister’s House on the margins of')
 * // → 'Prime Minister’s House'
 */
export function findVenue(sentence: string): string | undefined {
  for (const m of sentence.matchAll(/(?:\bat|@|\binside)\s+(?:the\s+)?/gi)) {
    const head = phraseHead(sentence.slice(m.index + m[0].length));
    if (head.split(/\s+/).length <= 6 && VENUE_WORDS.test(head) && /\p{Lu}/u.test(head)) return head;
  }
  return undefined;
}

/** A place named in a sentence, with where it stands. */
export interface PlaceMention {
  place: Place;
  index: number;
}

/** A capitalised word of a place name: "Bishkek", "Nur-Sultan". */
const PLACE_WORD = /\p{Lu}[\p{L}'’-]+/u.source;
/** A place name of one to three words (group 1) after "in", "at", "to", "from", "into" or "visiting". */
const PLACE_AFTER_PREPOSITION = pattern(
  [
    /\b/,
    alternatives(['[Ii]n', '[Aa]t', 'to', 'from', 'into', 'visiting', 'visit']),
    /\s+/,
    `((?:${PLACE_WORD})(?:\\s+(?:${alternatives(PLACE_PARTICLES)}\\s+)?${PLACE_WORD}){0,2})`,
  ],
  'gu',
);

/** Up to six words of a venue's name (group 1) after "at", "in" or "to": "at the Palace of the Revolution". */
const VENUE_AFTER_PREPOSITION = pattern(
  [
    /\b(?:[Aa]t|[Ii]n|to|inside)\s+/u,
    `((?:the\\s+)?${PLACE_WORD}(?:\\s+(?:(?:of|de|la|al|do|the)\\s+)*${PLACE_WORD}){0,5})`,
  ],
  'gu',
);

/**
 * The city of the longest venue the words start with: "Qasr Al Shati today" → Abu Dhabi; not of a name that goes on
 * with other words than a venue's ("Istana Nurul Iman" is no Istana of Singapore; "Akorda Palace" is the Akorda).
 */
function venueAt(words: string): string | undefined {
  const parts = words.split(/\s+/);
  if (!mayStartVenue(parts[0]!.toLowerCase() === 'the' ? (parts[1] ?? '') : parts[0]!)) return undefined;
  for (let n = parts.length; n >= 1; n -= 1) {
    const city = venueCity(parts.slice(0, n).join(' '));
    const next = parts[n] ?? '';
    if (city) return /^\p{Lu}/u.test(next) && !VENUE_WORDS.test(next) ? undefined : city;
  }
  return undefined;
}

/** "in the Afghan capital", "to the Belgian capital" (group 1: "the Afghan capital", which the lookup reads). */
const CAPITAL_OF_COUNTRY = /\b(?:[Ii]n|[Aa]t|to|from|into|visiting) (the \p{Lu}[\p{L}-]+ capital)\b/gu;

/** A city after a district or venue it contains: "in Yongsan, central Seoul", "at Bankova Street, Kyiv". */
const PLACE_AFTER_LOCALITY = pattern(
  [
    /\b(?:in|at) (?:the )?(?:\p{Lu}[\p{L}'’-]+ ){0,2}?/u,
    /(?:\p{Lu}[\p{L}'’-]+),\s+(?:(?:central|downtown|northern|southern|eastern|western|greater|the capital) )?/u,
    `((?:${PLACE_WORD})(?:\\s+${PLACE_WORD})?)`,
  ],
  'gu',
);

/** "will leave the country on Friday for Nairobi", "left for Beijing": where a trip goes. */
const PLACE_AFTER_LEAVING = pattern(
  [
    /\b(?:leave|leaves|left|leaving|depart|departs|departed|head|heads|headed|bound|fly|flies|flew)/u,
    /(?:\s+[^\s,.;]+){0,4}\s+for\s+/u,
    `((?:${PLACE_WORD})(?:\\s+(?:${alternatives(PLACE_PARTICLES)}\\s+)?${PLACE_WORD}){0,2})`,
  ],
  'gu',
);
/** "in the city of Bogotá", "to the port city of Mombasa": a place named after the kind of place it is. */
const CITY_OF = pattern(
  [
    /\b(?:[Ii]n|[Aa]t|to|from|into|visiting) the (?:(?:port|coastal|border|northern|southern|eastern|western) )?/u,
    /(?:city|town) of /u,
    `((?:${PLACE_WORD})(?:\\s+${PLACE_WORD}){0,2})`,
  ],
  'gu',
);
const PLACE_PATTERNS = [PLACE_AFTER_PREPOSITION, PLACE_AFTER_LOCALITY, PLACE_AFTER_LEAVING, CITY_OF];
/** The city named after its country's capital: "to Ghana's capital Accra", "in the Kenyan capital, Nairobi". */
const NAMED_CAPITAL = pattern(
  [
    /\b(?:[Ii]n|[Aa]t|to|from|into|visiting) (?:the )?(?:\p{Lu}[\p{L}-]*(?:['’]s)? )?capital(?: city)?,? /u,
    `((?:${PLACE_WORD})(?:\\s+${PLACE_WORD}){0,2})`,
  ],
  'gu',
);
const PLACE_PATTERNS_AND_CAPITAL = [...PLACE_PATTERNS, CAPITAL_OF_COUNTRY, NAMED_CAPITAL];

/** A note in brackets of the time at home: "(Wednesday morning in Manila)", "(10 p.m. Beijing time)". */
const TIME_AT_HOME = /\([^()]*\b(?:morning|afternoon|evening|night|time)\b[^()]*\)/gi;

/**
 * A city that opens a run of capitalised words, the name of who was met after it: "in Nairobi Sheikh Shakhboot"; not
 * a thing or a building named after a city ("in Washington Post interviews", "the Minsk Agreements", "at Hyderabad
 * House").
 */
function placeOpening(words: string, findPlace: PlaceLookup): Place | undefined {
  const parts = words.split(/\s+/);
  for (let n = parts.length - 1; n >= 1; n -= 1) {
    const thing = THING_AFTER_PLACE.test(parts[n]!) || VENUE_WORDS.test(parts[n]!);
    const place = thing ? undefined : findPlace(parts.slice(0, n).join(' '));
    if (place) return place;
  }
  return undefined;
}
/** Words that make a city's name part of a thing's: "Washington Post", "Minsk Agreements", "Astana Format". */
const THING_AFTER_PLACE_WORDS =
  'Post Times Declarations? Agreements? Accords? Process Format Protocols? Consensus Treaty Plan';
const THING_AFTER_PLACE = pattern(['^', alternatives(THING_AFTER_PLACE_WORDS.split(' ')), '$'], '');

/**
 * Cities a sentence names after "in", "at", "to" or "from" (or "here", which is the dateline's city); "the Afghan
 * capital" is a name the lookup may know.
 * @example findPlaces('met Lavrov in Dushambe in June 2019', placeLookup(places))
 * // → [{ place: { name: 'Dushanbe', … }, index: 14 }]
 */
export function findPlaces(written: string, findPlace: PlaceLookup, dateline?: Place): PlaceMention[] {
  // "BERLIN - A and B on Tuesday (Wednesday morning in Manila) agreed": the time at home names no place of theirs.
  const sentence = written.replace(TIME_AT_HOME, (note) => ' '.repeat(note.length));
  const found: PlaceMention[] = [];
  const res = sentence.includes(' capital') ? PLACE_PATTERNS_AND_CAPITAL : PLACE_PATTERNS;
  for (const re of res)
    for (const m of sentence.matchAll(re)) {
      const place = findPlace(m[1]!) ?? placeOpening(m[1]!, findPlace);
      const index = m.index + m[0].length - m[1]!.length;
      if (place && !found.some((f) => f.index === index)) found.push({ place, index });
    }
  for (const m of sentence.matchAll(VENUE_AFTER_PREPOSITION)) {
    const city = venueAt(m[1]!);
    const place = city ? findPlace(city) : undefined;
    const index = m.index + m[0].length - m[1]!.length;
    // "at the Itamaraty Palace in Rio de Janeiro": the city written after a venue is the venue's.
    const end = m.index + m[0].length;
    const cityAfter = found.some((f) => f.index > end && /^(?:,\s*|\s+in\s+)$/.test(sentence.slice(end, f.index)));
    if (place && !cityAfter && !found.some((f) => f.index === index)) found.push({ place, index });
  }
  if (dateline) for (const m of sentence.matchAll(/\bhere\b/gi)) found.push({ place: dateline, index: m.index });
  return found.sort((a, b) => a.index - b.index);
}

/** A dateline's city, or cities "DUSHANBE/MOSCOW" (group 1), in upper case. */
const DATELINE_CITY = /^\s*(\p{Lu}[\p{Lu} .'’/-]{2,40}?)/u;
/** A dateline with a TASS-style date: "MOSCOW, March 4. /TASS/. ". */
const DATELINE_TASS = pattern([DATELINE_CITY, /,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.\s*\/\p{Lu}+\/\.?\s/u], 'u');
/**
 * A dateline with a date, perhaps the country before it, ended by a full stop: "BAKU, Azerbaijan, November 13. ",
 * "Tashkent, 15 April 2025. " (group 2: date).
 */
const DATELINE_COUNTRY_DATED = pattern(
  [
    /^\s*(\p{Lu}[\p{L} .'’/-]{2,40}?)/u,
    /,\s*(?:\p{Lu}[\p{L} ]{2,30}?,\s*)?/u,
    /(\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,?\s*\d{4})?\.\s+(?=\p{Lu})/u,
  ],
  'u',
);
/**
 * A city, a date and an agency ended by a full stop: "YEREVAN, MARCH 13, ARMENPRESS. ", "Baku. 18 November. REPORT by
 * APA. ", "Ulaanbatar /MONTSAME/. " (group 2: date).
 */
const DATELINE_CITY_AGENCY = pattern(
  [
    /^\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})/u,
    /(?:[.,]\s+(\p{Lu}\p{Ll}*\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}{3,}\.?\s+\d{1,2}))?/u,
    /(?:[.,]\s+(?:REPORT by\s+)?\p{Lu}{3,}\.?|\s*\/\p{Lu}{3,}\/)\.?(?:\s+(?=\p{Lu})|\s*$)/u,
  ],
  'u',
);
/** A city in capitals and a day, alone on their line: "MUSCAT, NOV 18", "DOHA, 14 JANUARY 2025". */
const DATELINE_OWN_LINE = pattern(
  [
    /^\s*(\p{Lu}[\p{Lu} '’-]{2,30}?),\s*/u,
    /(\p{Lu}{3,9}\.?\s+\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+\p{Lu}{3,9}\.?(?:,?\s*\d{4})?)\s*$/u,
  ],
  'u',
);
/** A city and a date, each closed by a full stop: "Belmopan. August 14, 2025. Prime Minister …" (group 2: date). */
const DATELINE_FULL_STOPS =
  /^\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\.\s+(\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})\.\s+(?=\p{Lu})/u;
/** A city and an agency: "ASTANA. KAZINFORM –", and a city alone on its line: "ANTALYA". */
const DATELINE_AGENCY = /^\s*(\p{Lu}[\p{Lu} '’-]{2,30}?)(?:\.\s+\p{Lu}{3,}\s*[-–—]{1,2}\s|\s*$)/u;
/** An agency before the city: "(ANSA) - ROME, MARCH 29 -". */
const DATELINE_LEAD = /^\s*(?:\([^)]{1,40}\)\s*[-–—]{1,2}\s*)?/u;
/** The city, in any case, of up to three words (group 1): "Kuala Lumpur", "ABU DHABI", "Tashkant". */
const DATELINE_ANY_CITY = /(\p{Lu}[\p{L}'’.]*(?:[ /-]\p{Lu}[\p{L}'’.]*){0,2})/u;
/**
 * What may follow the city: "[South Africa]", ", Russia" before a date, ", 14th January, 2025", "(WAM)", "/Agerpres/",
 * ", GNA".
 */
const DATELINE_DETAILS = pattern(
  [
    /(?:\s*\[[^\]]{1,30}\])?/u,
    /(?:\s*,\s*\p{Lu}\p{Ll}+(?= *, *\p{Lu}\p{Ll}*\.? \d))?/u,
    // ", 29/04/2025": a day in figures.
    /(?:\s*,\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|(?:[\p{L}\d]+\.?\s*){1,3}?(?:[,/]\s*\d{4})?))?/u,
    // "(WAM)", "/Agerpres/", ", GNA", ", Ukrinform": the agency.
    /\s*(?:\([^)]{1,40}\)|\/\p{Lu}[\p{L} .-]{1,30}\/|,\s*\p{Lu}[\p{L}]{1,15}(?=\s*[-–—]))?/u,
  ],
  'u',
);
/**
 * The mark that ends a dateline: a dash (up to three: "(ONA) ---"), a colon, ".-", a slash, or an agency's closing
 * bracket before the text ("Lima, Nov. 16 (ANDINA). Peru's …").
 */
const DATELINE_END = alternatives([/\s*(?:[-–—]{1,3}|:|\.[-–—]|\/)\s/u, /(?<=\))\.?(?:\s+(?=\p{Lu})|\s*$)/u]);
const DATELINE = pattern([DATELINE_LEAD, DATELINE_ANY_CITY, DATELINE_DETAILS, DATELINE_END], 'u');

/**
 * The city of an article's dateline: "ISLAMABAD:", "DUSHANBE/MOSCOW (Reuters) -", "BRASILIA, March 4 (Reuters) -",
 * "Brussels (AFP) -", "Johannesburg [South Africa], February 21 (ANI):", "(ANSA) - ROME, MARCH 29 -", "Tashkant —",
 * "BAKU, Azerbaijan, November 13.", "Tashkent, 15 April 2025.", "Kazan, Russia, Oct 23 (Prensa Latina)",
 * "ASTANA. KAZINFORM –", "ANTALYA" or "MUSCAT, NOV 18" on a line of its own.
 * Only a city the place tables know, as written or misspelt, makes a dateline.
 * @example findDateline('ISLAMABAD: Prime Minister …', placeLookup(places))?.name // → 'Islamabad'
 */
export function findDateline(firstParagraph: string, findPlace: PlaceLookup): Place | undefined {
  return datelineAt(firstParagraph, findPlace)?.place;
}

/**
 * {@link findDateline}, with where the dateline ends (the text before `end` is no part of the first sentence) and the
 * date it gives, as written ("14th January, 2025"), when it gives one.
 */
export function datelineAt(
  paragraph: string,
  findPlace: PlaceLookup,
): { place?: Place; end: number; date?: string } | undefined {
  const m =
    DATELINE_TASS.exec(paragraph) ??
    DATELINE_COUNTRY_DATED.exec(paragraph) ??
    DATELINE_AGENCY.exec(paragraph) ??
    DATELINE.exec(paragraph) ??
    DATELINE_CITY_AGENCY.exec(paragraph) ??
    DATELINE_FULL_STOPS.exec(paragraph) ??
    DATELINE_OWN_LINE.exec(paragraph);
  const place = m ? findPlace(m[1]!.split('/')[0]!.trim()) : undefined;
  // "(ANSA) - CAPRI, APR 18 -": a town the tables do not know still dates a dateline that names its agency.
  if (!m || (!place && !(m[2] && AGENCY_MARK.test(m[0])))) return undefined;
  // "February 16/2025" (ENA) is "February 16, 2025".
  const date = m[2] ? { date: m[2].trim().replace(/(?<=\p{L}\.? \d{1,2})\/(?=\d{4}$)/u, ', ') } : {};
  return { ...(place ? { place } : {}), end: m.index + m[0].length, ...date };
}

/** An agency's name in a dateline: "(ANSA)", "(Yonhap)", "/TASS/", "/Agerpres/". */
const AGENCY_MARK = /\(\p{L}[\p{L} .-]{1,30}\)|\/\p{Lu}[\p{L}]{2,}\//u;

/** Cues of a list: "in areas of", "including", "such as". */
const LIST_CUES = [
  'in (?:the )?areas? of',
  'areas? of',
  'fields? of',
  'sectors? of',
  'including',
  'such as',
  'ranging from',
];
/** Cues of what was discussed or agreed: "talks on", "discussed", "signed agreements on". */
const DISCUSSION_CUES = [
  `${alternatives(['talks', 'discussions', 'consultations', 'meeting', 'conversation', 'call'])} (?:on|about)`,
  'discussed',
  'discussing',
  'talked about',
  'exchanged (?:views|ideas|opinions) on',
  'reviewed',
  'focused on',
  'deliberated on',
  'touched (?:up)?on',
  'covered',
  'the need (?:of|for)',
  'emphasi[sz]ed (?:on )?the need (?:of|for)',
  'support(?:ing)? (?:for )?',
  'cooperation (?:in|on)',
  'agreed on',
  'signed (?:an? )?(?:agreements?|memorand(?:um|a)|mous?) on',
];
const topicCue = (cues: readonly string[]): RegExp => pattern([/\b/, alternatives(cues), /\s+/], 'gi');
/** Cues after which briefings list what was discussed, specific lists first. */
const TOPIC_CUES = [topicCue(LIST_CUES), topicCue(DISCUSSION_CUES)];

/** Words a listed topic starts with that are no part of it: "the", "bilateral", "issues of", "a wide range of". */
const TOPIC_STOP_WORDS = [
  'including',
  'such as',
  'especially',
  'particularly',
  'notably',
  'the',
  'a',
  'an',
  'their',
  'its',
  'his',
  'her',
  'our',
  'various',
  'other',
  'others',
  'all',
  'both',
  'bilateral',
  'mutual',
  'issues?',
  'matters?',
  'ways?',
  'means?',
  'areas?',
  'entire spectrum of',
  'whole range of',
  'a wide range of',
  'wide range of',
  'range of',
  'possibility of',
  'potential for',
  'prospects? (?:of|for)',
];
const TOPIC_STOP = pattern(['^', alternatives(TOPIC_STOP_WORDS), /\s+/], 'i');
/** Listed items that are no topic: "others", "each other", "the two countries". */
const NOT_A_TOPIC = pattern(
  [
    '^',
    alternatives([
      'others?',
      /etc\.?/,
      'beyond',
      'more',
      'each other',
      'one another',
      'so on',
      '(?:the )?(?:two|both) (?:countries|sides|nations|governments)',
    ]),
    '$',
  ],
  'i',
);

/** Clean one listed topic: no leading determiners, at most six words, no trailing punctuation. */
export function cleanTopic(item: string): string | undefined {
  let t = item
    .trim()
    .replace(/[.;:,)"“”]+$/, '')
    .replace(/^[("“”]+/, '');
  for (let i = 0; i < 4 && TOPIC_STOP.test(t); i += 1) t = t.replace(TOPIC_STOP, '');
  t = t
    .replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '')
    .replace(/\s+(?:to|so as to|in order to)\s+\p{Ll}+\b.*$/u, '')
    .replace(/^(\S+(?:\s+\S+)?)\s+(?:between|among|amongst|with)\s+.*$/u, '$1');
  if (NOT_A_TOPIC.test(t)) return undefined;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || !/\p{L}{3}/u.test(t)) return undefined;
  return words.join(' ');
}

/** Words that open the clause after a list of topics: "while", "and stressed", "according to". */
const NEXT_CLAUSE = alternatives([
  'while',
  'where',
  'which',
  'marking',
  'and (?:agreed|noted|said|expressed|reaffirmed|stressed|underscored|shared|also)',
  'according to',
  'as well as the need',
]);
/** Where a list of topics ends: a full stop, "furthermore", "and stressed", "according to", ", said". */
const TOPIC_LIST_END = anyOf(
  [
    /[.;:!?](?:\s|$)/,
    `,?\\s+${alternatives(['further', 'furthermore', 'meanwhile', 'also'])},?\\s`,
    `\\s+${NEXT_CLAUSE}\\b`,
    `,\\s+${alternatives(['said', 'according', 'officials', 'the (?:statement|ministry|office)'])}\\b`,
  ],
  'i',
);

/**
 * What a sentence says was discussed or agreed: the items of the list after a cue such as "discussed",
 * "in areas of", "including".
 * @example findTopics('agreed to cooperate in areas of trade, energy and connectivity.')
 * // → ['trade', 'energy', 'connectivity']
 */
export function findTopics(sentence: string, isCountry: (word: string) => boolean = () => false): string[] {
  const topics: string[] = [];
  for (const cue of TOPIC_CUES) {
    for (const m of sentence.matchAll(cue)) {
      const rest = sentence.slice(m.index + m[0].length);
      const end = TOPIC_LIST_END.exec(rest);
      const list = end ? rest.slice(0, end.index) : rest;
      for (const item of list.split(/,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)) {
        const topic = cleanTopic(item);
        if (topic && !isCountry(topic) && !topics.some((t) => t.toLowerCase() === topic.toLowerCase()))
          topics.push(topic);
      }
    }
    if (topics.length > 0) break;
  }
  return topics;
}
