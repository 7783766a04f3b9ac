/**
 * Meeting dates: every date phrase in a sentence, resolved against the article's own date.
 *
 * Decisions:
 * - Weekday: the most recent such day on or before the dateline ("on Thursday" in a Thursday article is that day);
 *   in a future-tense clause the next one on or after it. "last Monday" / "next Monday" exclude the dateline itself.
 * - A day or month without a year takes the year that puts it on or before the dateline (past tense) or on or after
 *   it (future tense); "last October" / "next January" exclude the dateline's month. A year said beside it wins ("in
 *   February last year"), and a day written with its weekday ("Wednesday, 19 March") takes the year, of the
 *   dateline's and the two beside it, in which it is that weekday.
 * - "On the 12th": day 12 of the dateline's month, or of the month before when the dateline has not reached it.
 * - A weekday alone heading a round-up's item ("**Monday.** …") is that day.
 * - Vague spans never get an invented day: "last week", "earlier this week", "two weeks ago" (or "earlier", of weeks,
 *   months and years; a day said beside it wins) give the month the whole
 *   week lies in (the year when it straddles two months, nothing when it straddles two years); "last month" gives a
 *   month, "last year" a year; "late September", "at the end of March" a month; "mid-2024" a year.
 * - Ranges resolve to their start: "from 3 to 5 March" → 3 March, "between 2019 and 2021" → 2019.
 * - All-number dates are read day-first (14/07/2021, 03.04.2024) unless only month-first is a real date (7/14/2021).
 * - Quoted text: a phrase naming a day or carrying its own modifier is quoted alone ("September 17, 2021", "3 March",
 *   "late September", "last week"); a bare weekday, month or year keeps its preposition ("on Wednesday",
 *   "in June 2019").
 * - meetingDate prefers a phrase whose governing word (nearest verb or meeting noun in its clause) is a meeting word,
 *   outside ", who …," relative clauses; when several, the first; else the first phrase.
 * - chrono-node finds day dates and weekdays; month, year, relative, range and numeric phrases have small parsers here,
 *   because chrono reads "24/7" and "9/11" as dates, "for five years" as 2028, "the long march" as March, "Sunday
 *   Times" as a weekday, times alone as today, and misses "in 2019", "mid-2024" and "between 3 and 5 March".
 */
import * as chrono from 'chrono-node';
import { addDays, addMonths, endOfISOWeek, getDay, lastDayOfMonth, max, min, startOfISOWeek } from 'date-fns';
import { formatHumanDate, formatPartialDate, parsePartialDate } from '../calendar.js';
import type { PartialDate } from '../types.js';
import type { ResolvedDate } from './types.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';

/** A date phrase found in a sentence, with its offsets and (when possible) its resolution. */
export interface DateMention {
  start: number;
  end: number;
  /** Undefined when the phrase cannot be resolved, e.g. "on Wednesday" in an undated article. */
  resolved?: ResolvedDate;
  text: string;
  /** True when the date depends on the article's date (weekday, "yesterday", a day or month without a year). */
  relative: boolean;
}

/** What a phrase says, before it is placed against the article date. */
type Spec =
  | { kind: 'day'; year?: number; yearOffset?: number; month: number; day: number; weekday?: number }
  | { kind: 'month'; year?: number; yearOffset?: number; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'ordinal'; day: number }
  | { kind: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; part?: 'before' | 'after' };

/** Direction a phrase itself gives: "last" / "next" exclude the dateline, "this" pins its year. */
type Lean = 'past' | 'future' | 'strictPast' | 'strictFuture' | 'this';

/** A phrase found by one of the parsers. */
interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  lean?: Lean;
  range?: boolean;
}

type Tense = 'past' | 'future';
type Span = readonly [Date, Date];

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** Month names that may be written in lower case without being mistaken for ordinary words ("may", "march"). */
const LOWERCASE_OK = new Set([
  'january',
  'february',
  'april',
  'june',
  'july',
  'september',
  'october',
  'november',
  'december',
]);
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** Nouns that make a preceding four-digit number a count, not a year ("in 2000 villages"). */
const COUNT_NOUNS = new Set([
  'people',
  'persons',
  'men',
  'women',
  'children',
  'troops',
  'soldiers',
  'workers',
  'cases',
  'units',
  'tons',
  'tonnes',
  'barrels',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'dollars',
  'rupees',
  'families',
  'homes',
  'houses',
  'villages',
  'students',
  'pilgrims',
  'refugees',
  'migrants',
  'deaths',
  'casualties',
  'megawatts',
  'mw',
]);
/** Lower-case words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set([
  'need',
  'indeed',
  'speed',
  'seed',
  'feed',
  'proceed',
  'exceed',
  'succeed',
  'bleed',
  'breed',
  'creed',
  'greed',
  'heed',
  'steed',
  'weed',
  'deed',
  'bed',
  'red',
  'shed',
  'wed',
  'hundred',
  'sacred',
  'kindred',
  'naked',
  'wicked',
  'embed',
]);

/** Month names, in full or abbreviated (an abbreviation may take a full stop: "Sept."). */
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_SRC = alternatives([`${alternatives(MONTH_NAMES)}\\b`, `${alternatives(MONTH_ABBREVIATIONS)}\\b\\.?`]);
const PREP_SRC = '(?:in|during|since|until|till|by|before|after|from|through|throughout|of)';
const PERIOD_PART = alternatives(['end', 'beginning', 'start', 'middle']);
const ORDINALS = alternatives(['first', 'second', 'third', 'fourth', 'last']);
const PERIOD_SHARES = alternatives(['week', 'weeks', 'days', 'half', 'quarter']);
const ORDINAL_PART = `the\\s+${ORDINALS}\\s+${PERIOD_SHARES}\\s+of`;
/** Modifiers that place a date within a period: "early", "late", "at the end of", "the first half of". */
const MOD_SRC = alternatives([
  'early',
  'late',
  `(?:at\\s+)?the\\s+${PERIOD_PART}\\s+of`,
  `${PERIOD_PART}\\s+of`,
  ORDINAL_PART,
  `${alternatives(['first', 'second'])}\\s+half\\s+of`,
]);
const YEAR_SRC = '(?:19\\d\\d|20\\d\\d)';
const DAY_SRC = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE_JOIN = '\\s*(?:-|–|to|and|&|until|till)\\s*';
/** Where a year ends: no word character, hyphen or slash after it, nor a full stop or comma before a digit. */
const YEAR_END = '(?![\\w\\-/]|[.,]\\d)';
/** An optional year after a range ("3 to 5 March, 2024"), in its own group. */
const RANGE_YEAR = `(?:,?\\s+(${YEAR_SRC})(?![\\w\\-/]))?`;
/** A range's opening word, "from" or "between", in its own group. */
const RANGE_OPEN = '\\b(?:(from|between)\\s+)?';

/**
 * A month phrase; groups: 1 preposition, 2 "last"/"next"/…, 3 modifier, 4 "mid-", 5 month, 6 year. A month after a
 * day number ("3 March") or before one ("March 3") is a day date, left to chrono.
 */
const MONTH_PHRASE = pattern(
  [
    // "pencilled in for March": a month is dated after "for" too.
    `\\b(?:(${PREP_SRC}|for)\\s+)?`,
    '(?:(last|next|this|coming|previous)\\s+)?',
    `(?:(${MOD_SRC})\\s+|(mid-\\s*|mid\\s+))?`,
    '(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)',
    `(${MONTH_SRC})`,
    `(?:,?\\s+(${YEAR_SRC})${YEAR_END})?`,
    // Not "Aug. 1" read as "Aug" without its full stop.
    '(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)',
  ],
  'gi',
);
/** A year phrase; groups: 1 preposition, 2 modifier, 3 "mid-", 4 year, 5 the word after it ("in 2000 villages"). */
const YEAR_PHRASE = pattern(
  [
    `\\b(?:(${PREP_SRC})\\s+)?`,
    `(?:(${MOD_SRC})\\s+|(mid-))?`,
    '(?<=\\s|^|-)',
    `(${YEAR_SRC})`,
    YEAR_END,
    '(?:\\s+([a-z]+))?',
  ],
  'gi',
);
const YEAR_RANGE = new RegExp(
  `\\b(between|from|in|during)\\s+(${YEAR_SRC})${RANGE_JOIN}(${YEAR_SRC}|\\d\\d)${YEAR_END}`,
  'gi',
);
const DAY_RANGE_DMY = pattern(
  [RANGE_OPEN, DAY_SRC, RANGE_JOIN, DAY_SRC, `\\s+(?:of\\s+)?(${MONTH_SRC})`, RANGE_YEAR],
  'gi',
);
const DAY_RANGE_MDY = pattern(
  [RANGE_OPEN, `(${MONTH_SRC})\\s+`, DAY_SRC, RANGE_JOIN, DAY_SRC, '\\b', RANGE_YEAR],
  'gi',
);
const MONTH_RANGE = new RegExp(`\\b(from|between)\\s+(${MONTH_SRC})${RANGE_JOIN}(${MONTH_SRC})${RANGE_YEAR}`, 'gi');
const NUMERIC_YMD = /(?<![\w\-/.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w\-/]|\.\d)/g;
const NUMERIC_DMY = /(?<![\w\-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\w\-/]|\.\d)/g;
const CASUAL_DAY = pattern(
  [
    /\b/,
    alternatives([
      'the day before yesterday',
      'the day after tomorrow',
      '(?:earlier|later) today',
      'this (?:morning|afternoon|evening)',
      'last night',
      /(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?/,
      'today',
      'tonight',
    ]),
    /\b/,
  ],
  'gi',
);
const RELATIVE_PERIOD = new RegExp(
  `(?<!\\bthe\\s)\\b(?:(${MOD_SRC})\\s+|(mid-))?(?:(earlier|later)\\s+)?(this|last|next|the)\\s+(week|month|year)\\b`,
  'gi',
);
/** "two weeks ago"; "three weeks earlier" too, told of a story's own days (never "two days earlier": of which day?). */
const AGO = pattern(
  [
    /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+/,
    /(?:(day|week|month|year)s?\s+ago|(week|month|year)s?\s+earlier)\b/,
  ],
  'gi',
);
/** A span said back from the story ("16 months ago", "three weeks earlier"), which a day said beside it betters. */
const BACK_SPAN = /\b(?:ago|earlier)$/i;

/** The word after a tense marker, often the verb: "will (visit)". */
const NEXT_WORD = '(?:\\s+[a-z]+)?';
/** Words before "will" that make it a noun: "political will", "good will". */
const WILL_AS_NOUN_AFTER = [
  'political',
  'good',
  'ill',
  'free',
  'own',
  'the',
  'their',
  'his',
  'her',
  'popular',
  'strong',
];
const WILL_AS_NOUN = `(?<!\\b${alternatives(WILL_AS_NOUN_AFTER)}\\s)`;
/** Words between "will" and its verb: "will not", "will also", "will be". */
const AFTER_WILL = alternatives([
  'not',
  'also',
  'soon',
  'then',
  'jointly',
  'again',
  'likely',
  'now',
  'be',
  'have',
  'been',
]);
/** "is (scheduled) to", "are (expected) to". */
const SCHEDULED = alternatives([
  'scheduled',
  'expected',
  'set',
  'due',
  'slated',
  'going',
  'likely',
  'poised',
  'planning',
  'planned',
]);
/** Verbs whose present progressive speaks of a plan: "is (leaving) for", "are (meeting)". */
const TRAVELLING = alternatives([
  'leaving',
  'arriving',
  'visiting',
  'travell?ing',
  'meeting',
  'hosting',
  'heading',
  'attending',
  'departing',
  'flying',
]);
/** Verb groups of the future tense: "will (not) meet", "is scheduled to", "plans to", "is leaving", "upcoming". */
const FUTURE_MARKER = anyOf(
  [
    `${WILL_AS_NOUN}\\b(?:will|shall|would)\\b(?:\\s+${AFTER_WILL})*${NEXT_WORD}`,
    `\\b(?:is|are)\\s+${SCHEDULED}\\s+(?:to|for)\\b(?:\\s+be)?${NEXT_WORD}`,
    `\\b(?:plans?|intends?|aims?|hopes?)\\s+to\\b${NEXT_WORD}`,
    '\\b(?:is|are)\\s+to\\s+(?:be\\s+)?[a-z]+',
    `\\b(?:is|are)\\s+${TRAVELLING}\\b`,
    // "On Friday the Taoiseach travels on to Boston", "he is expected in Berlin on Thursday": a trip ahead.
    '\\b(?:travels|flies|departs)\\b',
    '\\b(?:is|are)\\s+(?:expected|due)\\s+(?:in|at)\\b',
    '\\b(?:scheduled|slated|planned|pencill?ed\\s+in)\\s+(?:for|to)\\b',
    '\\b(?:to be held|upcoming|forthcoming)\\b',
  ],
  'gi',
);
/** A name and "to meet" as headlines give a plan: "Putin to hold talks with Japarov in Bishkek on Thursday". */
const HEADLINE_PLAN = /(?<=\p{Lu}[\p{L}'’.-]*\s)to\s+(?:meet|hold|visit|host|receive|sign|call on)\b/u;
/** Verbs of the past tense: "was", "met", "said", any word in -ed (see NOT_PAST). */
const PAST_MARKER = pattern(
  [
    /\b/,
    alternatives([
      'was',
      'were',
      'had',
      'has',
      'have',
      'did',
      'met',
      'held',
      'said',
      'says',
      'took',
      'made',
      'gave',
      'went',
      'came',
      'led',
      'began',
      'saw',
      'told',
      'paid',
      'sent',
      'spoke',
      'left',
      '[a-z]{2,}ed',
    ]),
    /\b/,
  ],
  'g',
);
/** Words of meeting: a date governed by one dates the meeting. */
const MEETING_WORD = pattern(
  [
    /\b/,
    alternatives([
      'meet',
      'meets',
      'met',
      'meeting',
      'meetings',
      'talks',
      'call(?:ed|s|ing)? on',
      'visit',
      'visits',
      'visited',
      'visiting',
      'received',
      'receives',
      'hosted',
      'hosts',
      'spoke',
      'telephoned',
      'phoned',
      'telephone',
      'phone call',
      'conversation',
      'audience',
      'summit',
      'session',
      'conference',
      'held',
      'hold',
      'holds',
      'holding',
      '(?:took|take|takes) place',
      'sidelines',
      'margins',
      'consultations',
      'dialogue',
    ]),
    /\b/,
  ],
  'i',
);
const MEETING_WORDS = new RegExp(MEETING_WORD.source, 'gi');
/** Abbreviations whose full stop ends no clause: "Mr.", "Gen.", "Sept.". */
const TITLE_ABBREVIATIONS = alternatives([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Prof',
  'Sen',
  'Gov',
  'No',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);
/** Where a clause ends: ";", ": ", a full stop before a capital, a spaced dash, ", and" / ", which" and the like. */
const CLAUSE_BOUNDARY = anyOf(
  [
    /[;!?]/,
    /:(?=\s)/,
    `(?<!\\b${TITLE_ABBREVIATIONS})\\.(?=\\s+[A-Z"“‘(]|\\s*$)`,
    /\s[—–]\s/,
    `,\\s+${alternatives(['and', 'but', 'while', 'whereas', 'which', 'who', 'where', 'when', 'as'])}\\b`,
  ],
  'g',
);
/** Opens a relative clause (", who is on a visit,"): dates inside it are rarely the meeting's. */
const RELATIVE_OPEN = /,\s+(?:who|which|whose|where)\b/g;
const TIME_WORDS = /^(?:\s+(?:morning|afternoon|evening|night))/i;
const PAREN_DAY = /^\s*\((?:today|yesterday|tomorrow)\)/i;

// ---------- small helpers ----------

/** Every match of a global regex in a text (the regex is cloned, so constants are never mutated). */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))];
}

/** Month number of a month word, honouring case: "march" in lower case is a verb, "October" a month. */
function monthOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const key = word.replace(/\.$/, '').toLowerCase();
  const month = MONTHS[key];
  if (month === undefined) return undefined;
  const capitalised = /^[A-Z]/.test(word);
  return capitalised || LOWERCASE_OK.has(key) ? month : undefined;
}

/** Two-digit range ends ("2019-21") become four digits. */
const fullYear = (first: number, end: string): number =>
  end.length === 2 ? Math.floor(first / 100) * 100 + Number(end) : Number(end);

/** A JavaScript date (local midnight) for a year, month and day. */
function dateOf(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  return d;
}

/** A day-precision PartialDate from a local date. */
const dayOf = (d: Date): PartialDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/** First and last day a PartialDate covers. */
function spanOf(p: PartialDate): Span {
  if (p.month === undefined) return [dateOf(p.year, 1, 1), dateOf(p.year, 12, 31)];
  if (p.day === undefined) return [dateOf(p.year, p.month, 1), lastDayOfMonth(dateOf(p.year, p.month, 1))];
  const d = dateOf(p.year, p.month, p.day);
  return [d, d];
}

/** The finest PartialDate that contains both days: their month, their year, or undefined across a new year. */
function commonDate(a: Date, b: Date): PartialDate | undefined {
  if (a.getFullYear() !== b.getFullYear()) return undefined;
  if (a.getMonth() !== b.getMonth()) return { year: a.getFullYear() };
  if (a.getDate() !== b.getDate()) return { year: a.getFullYear(), month: a.getMonth() + 1 };
  return dayOf(a);
}

/** A PartialDate only when it is a real calendar date (article dates come from outside). */
function validDate(p: PartialDate | undefined): PartialDate | undefined {
  return p && Number.isInteger(p.year) ? parsePartialDate(formatPartialDate(p)) : undefined;
}

// ---------- parsers ----------

/**
 * Finds day, month and year ranges; each resolves to its start.
 * @example parseRanges('talks from 3 to 5 March')
 * // → [{ spec: { kind: 'day', month: 3, day: 3 }, range: true, … }]
 */
function parseRanges(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(DAY_RANGE_DMY, sentence)) {
    const month = monthOf(m[4]);
    const [from, to] = [Number(m[2]), Number(m[3])];
    if (month && from < to && to <= 31)
      out.push(rangeCandidate(m, { kind: 'day', month, day: from, ...yearPart(m[5]) }));
  }
  for (const m of matchesOf(DAY_RANGE_MDY, sentence)) {
    const month = monthOf(m[2]);
    const [from, to] = [Number(m[3]), Number(m[4])];
    if (month && from < to && to <= 31)
      out.push(rangeCandidate(m, { kind: 'day', month, day: from, ...yearPart(m[5]) }));
  }
  for (const m of matchesOf(MONTH_RANGE, sentence)) {
    const [first, last] = [monthOf(m[2]), monthOf(m[3])];
    if (!first || !last) continue;
    const year = m[4] === undefined ? undefined : Number(m[4]) - (first > last ? 1 : 0);
    out.push(rangeCandidate(m, { kind: 'month', month: first, ...(year === undefined ? {} : { year }) }));
  }
  for (const m of matchesOf(YEAR_RANGE, sentence)) {
    const first = Number(m[2]);
    if (fullYear(first, m[3] ?? '') > first) out.push(rangeCandidate(m, { kind: 'year', year: first }));
  }
  return out;
}

const yearPart = (y: string | undefined): { year?: number } => (y === undefined ? {} : { year: Number(y) });

/** A candidate spanning a whole range match. */
function rangeCandidate(m: RegExpExecArray, spec: Spec): Candidate {
  return { start: m.index, end: m.index + m[0].length, spec, range: true };
}

/**
 * Finds all-number dates: ISO `2023-10-25`, `2024/03/12`, and day-first `14/07/2021` (month-first only when
 * day-first is impossible).
 * @example parseNumericDates('signed on 14/07/2021')
 * // → [{ spec: { kind: 'day', year: 2021, month: 7, day: 14 }, … }]
 */
function parseNumericDates(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(NUMERIC_YMD, sentence)) {
    const date = parsePartialDate(`${m[1]}-${m[3]}-${m[4]}`);
    if (date?.day !== undefined) out.push(numericCandidate(m, date));
  }
  for (const m of matchesOf(NUMERIC_DMY, sentence)) {
    const [a, b, y] = [m[1], m[3], m[4]];
    const date = parsePartialDate(`${y}-${b}-${a}`) ?? parsePartialDate(`${y}-${a}-${b}`);
    if (date?.day !== undefined) out.push(numericCandidate(m, date));
  }
  return out;
}

/** A day candidate from an all-number date match. */
function numericCandidate(m: RegExpExecArray, d: PartialDate): Candidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    spec: { kind: 'day', year: d.year, month: d.month ?? 1, day: d.day ?? 1 },
  };
}

/**
 * Finds month phrases: "in June 2019", "late September", "at the end of March", "last October", "in October".
 * A bare month needs a preposition or modifier before it, so "June Smith" and "March toward" are not dates.
 * @example parseMonthPhrases('will be held in late September')
 * // → [{ start: 16, end: 30, spec: { kind: 'month', month: 9 } }]
 */
function parseMonthPhrases(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(MONTH_PHRASE, sentence)) {
    const [whole, prep, dir, mod, mid, word, year] = [m[0], m[1], m[2], m[3], m[4], m[5], m[6]];
    const month = monthOf(word);
    if (!month || (!prep && !dir && !mod && !mid && !year)) continue;
    const prepKept = !dir && !mod && !mid && prep?.toLowerCase() !== 'of';
    const skip = prep && !prepKept ? afterWord(whole, prep) : 0;
    const spec: Spec = { kind: 'month', month, ...yearPart(year) };
    out.push({ start: m.index + skip, end: m.index + whole.length, spec, ...leanOf(dir) });
  }
  return out;
}

/** Offset just past a leading word and its spaces: afterWord('in  late May', 'in') → 4. */
const afterWord = (whole: string, word: string): number => whole.length - whole.slice(word.length).trimStart().length;

/** "last" → strictly before the dateline, "next"/"coming" → strictly after, "this" → the dateline's own year. */
function leanOf(word: string | undefined): { lean?: Lean } {
  const w = word?.toLowerCase();
  if (w === 'last' || w === 'previous') return { lean: 'strictPast' };
  if (w === 'next' || w === 'coming') return { lean: 'strictFuture' };
  return w === 'this' ? { lean: 'this' } : {};
}

/**
 * Finds year phrases: "in 2019", "mid-2024", "early 2020", "by the end of 2023". A bare number is never a year,
 * so "G20", "CASA-1000", "pre-1967", "Vision 2030" and "in 2000 villages" are not dates.
 * @example parseYearPhrases('met in 2019') // → [{ start: 4, end: 11, spec: { kind: 'year', year: 2019 } }]
 */
function parseYearPhrases(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(YEAR_PHRASE, sentence)) {
    const [whole, prep, mod, mid, year, next] = [m[0], m[1], m[2], m[3], m[4], m[5]];
    if (!year || (!prep && !mod && !mid)) continue;
    if (next && COUNT_NOUNS.has(next.toLowerCase())) continue;
    if ((mod ?? mid) === undefined && prep?.toLowerCase() === 'of') continue;
    const from = prep && (mod ?? mid) ? afterWord(whole, prep) : 0;
    const end = whole.lastIndexOf(year) + year.length;
    out.push({ start: m.index + from, end: m.index + end, spec: { kind: 'year', year: Number(year) } });
  }
  return out;
}

/**
 * Finds day words relative to the dateline: "today", "yesterday", "the day before yesterday", "tonight",
 * "this morning", "tomorrow".
 * @example parseCasualDays('met yesterday')
 * // → [{ start: 4, end: 13, spec: { kind: 'offset', unit: 'day', amount: -1 } }]
 */
function parseCasualDays(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(CASUAL_DAY, sentence)) {
    const text = m[0].toLowerCase();
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (/^[A-Z]/.test(m[0]) && /[A-Z][\w’'-]*\s+$/.test(before)) continue; // "Pakistan Today"
    const amount = text.includes('before yesterday')
      ? -2
      : text.includes('after tomorrow')
        ? 2
        : /yesterday|last night/.test(text)
          ? -1
          : text.startsWith('tomorrow')
            ? 1
            : 0;
    const lean: Lean | undefined = amount < 0 ? 'past' : amount > 0 || text.startsWith('later') ? 'future' : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { kind: 'offset', unit: 'day', amount },
      ...(lean ? { lean } : {}),
    });
  }
  return out;
}

/** "On the 12th, the minister …": a day of the dateline's month by its number alone, no noun after ("12th round"). */
const ORDINAL_DAY = pattern(
  [
    /\bon the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/,
    /(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|when|and|with|the|he|she|they|it|his|her|a|an)\b)/,
  ],
  'gi',
);

/** Days written as "on the 12th": see {@link ORDINAL_DAY}. */
function parseOrdinalDays(sentence: string): Candidate[] {
  return matchesOf(ORDINAL_DAY, sentence).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    spec: { kind: 'ordinal', day: Number(m[1]) },
  }));
}

/**
 * Finds periods relative to the dateline: "last week", "earlier this week", "next month", "early next year",
 * "the second half of the year", "three weeks ago".
 * "the last week" / "the next year" are durations, not dates, and are skipped.
 * @example parseRelativePeriods('met last month')
 * // → [{ start: 4, end: 14, spec: { kind: 'offset', unit: 'month', amount: -1 } }]
 */
function parseRelativePeriods(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(RELATIVE_PERIOD, sentence)) {
    const [side, which, unit] = [m[3]?.toLowerCase(), m[4]?.toLowerCase(), m[5]?.toLowerCase()];
    if (unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
    // "in the second half of the year", "by the end of the year": this year; "the year" alone is a span.
    if (which === 'the' && !m[1]) continue;
    const amount = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const part = side === 'earlier' ? 'before' : side === 'later' ? 'after' : undefined;
    const lean: Lean | undefined =
      amount < 0 || part === 'before' ? 'past' : amount > 0 || part === 'after' ? 'future' : undefined;
    const spec: Spec = { kind: 'offset', unit, amount, ...(part ? { part } : {}) };
    out.push({ start: m.index, end: m.index + m[0].length, spec, ...(lean ? { lean } : {}) });
  }
  for (const m of matchesOf(AGO, sentence)) {
    const n = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const unit = (m[2] ?? m[3] ?? '').toLowerCase();
    if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'offset', unit, amount: -n }, lean: 'past' });
  }
  return out;
}

/** Words without which chrono finds no date briefbot keeps: a digit, a month or a weekday (abbreviated or not). */
const MAY_HOLD_A_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/**
 * Day dates and weekdays found by chrono-node ("September 17, 2021", "17 September 2021", "Sept. 17", "on Wednesday"),
 * after dropping what chrono over-reads: numbers-only ("24/7", "9/11"), times, durations, lower-case "march"/"may",
 * and weekdays used as names ("the Sunday Times").
 * @example parseWithChrono('met on Wednesday') // → [{ start: 4, end: 16, spec: { kind: 'weekday', weekday: 3 } }]
 */
function parseWithChrono(sentence: string): Candidate[] {
  if (!MAY_HOLD_A_DATE.test(sentence)) return [];
  let results: chrono.ParsedResult[];
  // chrono reads "the morning of 21 February" with no certain day: the date alone is read, offsets kept.
  const text = sentence.replace(/\b(?:morning|afternoon|evening|night) of\b/gi, (m) => ' '.repeat(m.length));
  try {
    results = chrono.casual.parse(text, new Date(2000, 0, 1, 12));
  } catch {
    return [];
  }
  return results.flatMap((r) => chronoCandidate(r, sentence) ?? []);
}

/** Keeps a chrono result only when it names a day or a weekday. */
function chronoCandidate(r: chrono.ParsedResult, sentence: string): Candidate | undefined {
  const s = r.start;
  if (s.isCertain('day') && s.isCertain('month')) return chronoDay(r, sentence);
  if (s.isCertain('weekday') && !s.isCertain('day')) return chronoWeekday(r, sentence);
  return undefined;
}

/** A chrono day date, quoted without "on" and without a time of day; rejected when its month word is not a month. */
function chronoDay(r: chrono.ParsedResult, sentence: string): Candidate | undefined {
  const words = r.text.match(/[A-Za-z]+\.?/g) ?? [];
  const monthWord = words.find((w) => MONTHS[w.replace(/\.$/, '').toLowerCase()] !== undefined);
  if (!monthWord || monthOf(monthWord) === undefined || /\b(?:end|beginning|start) of\b/i.test(r.text))
    return undefined;
  const timeFirst = r.start.isCertain('hour')
    ? /^(?:at\s+)?\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s+/i.exec(r.text)
    : null;
  const rest = r.text.slice(timeFirst?.[0].length ?? 0);
  const lead = r.text.length - rest.length + (/^on\s+/i.exec(rest)?.[0].length ?? 0);
  const trail = /(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|hrs|hours)?)$/i.exec(r.text.slice(lead));
  const start = r.index + lead;
  const trimmed = r.text.trimEnd().length;
  let end = r.index + trimmed - (r.start.isCertain('hour') && trail ? trail[0].length : 0);
  const spec: Spec = { kind: 'day', month: r.start.get('month') ?? 1, day: r.start.get('day') ?? 1 };
  if (r.start.isCertain('year')) spec.year = r.start.get('year') ?? undefined;
  else if (r.start.isCertain('weekday')) spec.weekday = r.start.get('weekday') ?? undefined;
  if (!r.end) return { start, end: Math.max(end, start + 1), spec };
  const from = /\b(?:from|between)\s+$/i.exec(sentence.slice(Math.max(0, start - 10), start));
  end = r.index + trimmed;
  return { start: from ? start - from[0].length : start, end, spec, range: true };
}

/** Words just before a weekday (group 1): "on", "last", "since", "every", "the". */
const WEEKDAY_LEADS = [
  'on',
  'last',
  'next',
  'this',
  'coming',
  'since',
  'until',
  'till',
  'by',
  'before',
  'after',
  'from',
  'for',
  'starting',
  'beginning',
  'and',
  'or',
  'to',
  'every',
  'the',
  'a',
];
const WEEKDAY_LEAD = pattern([/\b/, `(${WEEKDAY_LEADS.join('|')})`, /\s+$/], 'i');

/**
 * A chrono weekday, rebuilt around the weekday word with its own preposition or "last"/"next"; rejected without
 * one.
 */
function chronoWeekday(r: chrono.ParsedResult, sentence: string): Candidate | undefined {
  const word = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(r.text);
  const weekday = word ? WEEKDAYS[word[0].toLowerCase()] : undefined;
  if (!word || weekday === undefined) return undefined;
  const at = r.index + word.index;
  const end = at + word[0].length;
  const before = WEEKDAY_LEAD.exec(sentence.slice(Math.max(0, at - 12), at));
  const after = sentence.slice(end);
  const suffix = PAREN_DAY.exec(after)?.[0] ?? TIME_WORDS.exec(after)?.[0] ?? '';
  const prep = before?.[1]?.toLowerCase();
  if (prep === 'every' || prep === 'the' || prep === 'a') return undefined;
  const standsAlone =
    /^(?:['’]s\b|\s*\(|\s+(?:morning|afternoon|evening|night)\b)/i.test(after) ||
    (/^\s*,/.test(after) && /(?:^|[.;:!?]\s*|\b(?:and|but)\s+)$/.test(sentence.slice(0, at))) ||
    // A round-up's heading: "**Monday.** The Weimar Triangle convened …", "Thursday: …".
    (/^\**\s*(?:[.:]|$)/.test(after) && /^[\s*_#]*$/.test(sentence.slice(0, at)));
  // Wire copy's bare weekday after a lower-case word: "spoke by phone Tuesday with", "held talks Saturday in Rabat";
  // not "Good Friday" nor "the Sunday Times".
  const wire = /\b\p{Ll}+,?\s+$/u.test(sentence.slice(Math.max(0, at - 20), at)) && !/^\s+\p{Lu}/u.test(after);
  if (!before && !standsAlone && !wire) return undefined;
  const keep = before && !['and', 'or', 'to'].includes(prep ?? '');
  const start = keep && before ? at - before[0].length : at;
  return { start, end: end + suffix.length, spec: { kind: 'weekday', weekday }, ...leanOf(prep) };
}

// ---------- merging ----------

/** Keeps the longest of overlapping candidates (the earlier parser wins a tie), in sentence order. */
function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.end > c.start)
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const taken = new Set<number>();
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    const offsets = Array.from({ length: c.end - c.start }, (_, k) => c.start + k);
    if (offsets.some((o) => taken.has(o))) continue;
    offsets.forEach((o) => taken.add(o));
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Index of the first item whose key is at least `value` (items sorted by key). */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let [lo, hi] = [0, items.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------- tense and attachment ----------

interface Marker {
  start: number;
  end: number;
  tense?: Tense;
  meeting: boolean;
}

/** Verb groups that show tense ("will be held", "met", "is scheduled to") and meeting words ("talks", "summit"). */
function findMarkers(sentence: string): Marker[] {
  const span = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });
  const future: Marker[] = matchesOf(FUTURE_MARKER, sentence).map((m) => ({
    ...span(m),
    tense: 'future',
    meeting: MEETING_WORD.test(m[0]),
  }));
  const past: Marker[] = matchesOf(PAST_MARKER, sentence)
    .filter((m) => !NOT_PAST.has(m[0]) && !overlapsAny(future, span(m)))
    .map((m) => ({ ...span(m), tense: 'past', meeting: MEETING_WORD.test(m[0]) }));
  // "Plenković and Golob to meet at Brdo on Friday": a headline's infinitive, no other verb, is its plan.
  const headline = future.length + past.length === 0 ? HEADLINE_PLAN.exec(sentence) : null;
  if (headline) future.push({ ...span(headline), tense: 'future', meeting: true });
  const verbs = [...future, ...past].sort((a, b) => a.start - b.start);
  const meeting: Marker[] = matchesOf(MEETING_WORDS, sentence)
    .filter((m) => !overlapsAny(verbs, span(m)))
    .map((m) => ({ ...span(m), meeting: true }));
  return [...verbs, ...meeting].sort((a, b) => a.start - b.start);
}

/** Whether a span overlaps any of a list of non-overlapping spans sorted by start. */
function overlapsAny(sorted: readonly Marker[], s: { start: number; end: number }): boolean {
  const last = sorted[lowerBound(sorted, s.end, (m) => m.start) - 1];
  return last !== undefined && last.end > s.start;
}

/**
 * Where clauses break: sentence ends, semicolons, dashes and ", and" / ", which"-style joins, as [start, end) pairs.
 */
function clauseBreaks(sentence: string): Array<readonly [number, number]> {
  return matchesOf(CLAUSE_BOUNDARY, sentence).map((m) => [m.index, m.index + m[0].length] as const);
}

/** Start and end of the clause around a phrase. */
function clauseAround(
  breaks: ReadonlyArray<readonly [number, number]>,
  length: number,
  start: number,
  end: number,
): readonly [number, number] {
  const firstAfter = lowerBound(breaks, end, ([at]) => at);
  const lastBefore = lowerBound(breaks, start + 1, ([, stop]) => stop) - 1;
  return [breaks[lastBefore]?.[1] ?? 0, breaks[firstAfter]?.[0] ?? length];
}

/** Spans of relative clauses: from ", who" to the next comma before a word, or to the end. */
function relativeClauses(sentence: string): Array<readonly [number, number]> {
  return matchesOf(RELATIVE_OPEN, sentence).map((m) => {
    const open = m.index + m[0].length;
    const close = /,(?=\s+\D)/.exec(sentence.slice(open));
    return [m.index, close ? open + close.index : sentence.length] as const;
  });
}

/** Markers, clause breaks and relative clauses of one sentence, computed once. */
interface SentenceShape {
  text: string;
  length: number;
  markers: Marker[];
  tenseMarkers: Marker[];
  breaks: Array<readonly [number, number]>;
  relative: Array<readonly [number, number]>;
}

/** Computes the shape of a sentence once, for tense and attachment look-ups. */
function shapeOf(sentence: string): SentenceShape {
  const markers = findMarkers(sentence);
  return {
    text: sentence,
    length: sentence.length,
    markers,
    tenseMarkers: markers.filter((m) => m.tense),
    breaks: clauseBreaks(sentence),
    relative: relativeClauses(sentence),
  };
}

/** The marker governing a phrase: the nearest one before it in its clause, else the nearest one after it. */
function governing(
  markers: readonly Marker[],
  shape: SentenceShape,
  c: { start: number; end: number },
): Marker | undefined {
  const [from, to] = clauseAround(shape.breaks, shape.length, c.start, c.end);
  const inClause = (m: Marker | undefined): m is Marker => m !== undefined && m.start >= from && m.end <= to;
  const at = lowerBound(markers, c.start, (m) => m.start);
  // "has told Tonga that Wellington will stay a partner, after talks … on Friday": the tense of the words reported,
  // set off by a comma before the date, is not the talks'; the verb that reports them is.
  const reported = (m: Marker): boolean =>
    m.tense === 'future' &&
    TOLD_THAT.test(shape.text.slice(from, m.start)) &&
    /,\s+(?:after|following)\s/.test(shape.text.slice(m.end, c.start));
  const last = markers[at - 1];
  const before = last && reported(last) ? markers.slice(0, at - 1).findLast((m) => m.tense === 'past') : last;
  if (inClause(before) && before.end <= c.end) return before;
  const after = markers[lowerBound(markers, c.end, (m) => m.start)];
  // "talks with A (3 February), focusing on the upcoming summit": a word that describes a later noun is no tense of
  // what comes before it.
  return inClause(after) && !ATTRIBUTIVE.test(shape.text.slice(after.start, after.end)) ? after : undefined;
}

/** "has told Tonga's new leader that …", "assured Suva that …": words told someone at a meeting. */
const TOLD_THAT = /\b(?:told|assured|reassured|promised|pledged|warned|urged)\b.*\bthat\s/;

/** Future markers that describe the noun after them ("the upcoming summit"), not a verb's tense. */
const ATTRIBUTIVE = /^(?:upcoming|forthcoming)$/i;

// ---------- resolution ----------

/** The day a weekday names, counted from the dateline in the given direction; "this" is in the dateline's week. */
function weekdayFrom(article: Date, weekday: number, dir: Lean): Date {
  // Weeks run from Monday: "this Friday" in a briefing of Wednesday is two days on, "this Monday" two days back.
  const fromMonday = (day: number): number => (day + 6) % 7;
  if (dir === 'this') return addDays(article, fromMonday(weekday) - fromMonday(getDay(article)));
  const back = (getDay(article) - weekday + 7) % 7;
  const fwd = (weekday - getDay(article) + 7) % 7;
  if (dir === 'strictPast') return addDays(article, -(back || 7));
  if (dir === 'strictFuture') return addDays(article, fwd || 7);
  return dir === 'future' ? addDays(article, fwd) : addDays(article, -back);
}

/** The year that places a yearless day or month on the requested side of the article's date. */
function inferYear(
  make: (year: number) => PartialDate | undefined,
  article: PartialDate,
  dir: Lean,
): PartialDate | undefined {
  const [aStart, aEnd] = spanOf(article);
  if (dir === 'this') return make(article.year);
  const years = Array.from({ length: 19 }, (_, i) => article.year + 9 - i);
  const fits = (p: PartialDate): boolean => {
    const [s, e] = spanOf(p);
    if (dir === 'strictPast') return e < aStart;
    if (dir === 'strictFuture') return s > aEnd;
    return dir === 'future' ? e >= aStart : s <= aEnd;
  };
  const ordered = dir === 'future' || dir === 'strictFuture' ? years.reverse() : years;
  return ordered.map(make).find((p): p is PartialDate => p !== undefined && fits(p));
}

/** Day n of the dateline's month, or of the month before (after, ahead) when the dateline's day has not reached it. */
function ordinalDay(n: number, article: PartialDate, dir: Lean): PartialDate | undefined {
  if (article.month === undefined || article.day === undefined) return undefined;
  const shift = dir === 'future' || dir === 'strictFuture' ? (n < article.day ? 1 : 0) : n > article.day ? -1 : 0;
  const month = addMonths(dateOf(article.year, article.month, 1), shift);
  const date = { year: month.getFullYear(), month: month.getMonth() + 1, day: n };
  return parsePartialDate(formatPartialDate(date));
}

/** The one year of the article's and the two beside it in which a day falls on the weekday written with it. */
function yearOfWeekday(spec: Extract<Spec, { kind: 'day' }>, year: number): number | undefined {
  if (spec.weekday === undefined) return undefined;
  const fits = [year - 1, year, year + 1].filter((y) => getDay(dateOf(y, spec.month, spec.day)) === spec.weekday);
  return fits.length === 1 ? fits[0] : undefined;
}

/** Resolves a relative offset ("yesterday", "last week", "next month", "two years ago") against the article date. */
function resolveOffset(spec: Extract<Spec, { kind: 'offset' }>, article: PartialDate): PartialDate | undefined {
  if (spec.unit === 'year') return { year: article.year + spec.amount };
  if (article.month === undefined) return undefined;
  if (spec.unit === 'month') {
    const d = addMonths(dateOf(article.year, article.month, 1), spec.amount);
    return { year: d.getFullYear(), month: d.getMonth() + 1 };
  }
  if (article.day === undefined) return undefined;
  const day = dateOf(article.year, article.month, article.day);
  if (spec.unit === 'day') return dayOf(addDays(day, spec.amount));
  const weekOf = addDays(day, 7 * spec.amount);
  const [first, last] = [startOfISOWeek(weekOf), endOfISOWeek(weekOf)];
  const from = spec.part === 'after' ? max([first, addDays(day, 1)]) : first;
  const to = spec.part === 'before' ? min([last, addDays(day, -1)]) : last;
  return from <= to ? commonDate(from, to) : undefined;
}

interface Placement {
  date?: PartialDate;
  how: 'absolute' | 'year' | 'relative';
}

/** Places a phrase's spec on the calendar, or leaves it undated when it needs an article date that is missing. */
function place(spec: Spec, article: PartialDate | undefined, dir: Lean): Placement {
  if (spec.kind === 'year') return { date: { year: spec.year }, how: 'absolute' };
  if (spec.kind === 'month' || spec.kind === 'day') {
    const make = (year: number): PartialDate | undefined =>
      parsePartialDate(
        formatPartialDate(
          spec.kind === 'day' ? { year, month: spec.month, day: spec.day } : { year, month: spec.month },
        ),
      );
    if (spec.year !== undefined) return { date: make(spec.year), how: 'absolute' };
    if (spec.yearOffset !== undefined)
      return { date: article && make(article.year + spec.yearOffset), how: 'relative' };
    // "next Wednesday, 19 March": the year, next to the article's, in which that day is that weekday.
    const weekdayYear = spec.kind === 'day' && article ? yearOfWeekday(spec, article.year) : undefined;
    if (weekdayYear !== undefined) return { date: make(weekdayYear), how: 'year' };
    return { date: article && inferYear(make, article, dir), how: 'year' };
  }
  if (!article) return { how: 'relative' };
  if (spec.kind === 'offset') return { date: resolveOffset(spec, article), how: 'relative' };
  if (spec.kind === 'ordinal') return { date: ordinalDay(spec.day, article, dir), how: 'relative' };
  if (article.month === undefined || article.day === undefined) return { how: 'relative' };
  return {
    date: dayOf(weekdayFrom(dateOf(article.year, article.month, article.day), spec.weekday, dir)),
    how: 'relative',
  };
}

/** Builds the mention for one candidate: resolution, future flag and the basis in words. */
function toMention(c: Candidate, sentence: string, article: PartialDate | undefined, tense: Tense): DateMention {
  const text = sentence.slice(c.start, c.end);
  const dir: Lean = c.lean ?? tense;
  const { date, how } = place(c.spec, article, dir);
  const mention: DateMention = { start: c.start, end: c.end, text, relative: how !== 'absolute' };
  if (!date) return mention;
  const [dStart, dEnd] = spanOf(date);
  const [aStart, aEnd] = article ? spanOf(article) : [undefined, undefined];
  const after = aEnd !== undefined && dStart > aEnd;
  const before = aStart !== undefined && dEnd < aStart;
  const future = after || (!before && (tense === 'future' || dir === 'future' || dir === 'strictFuture'));
  mention.resolved = { date, text, basis: basisOf(text, how, article, tense, c), future };
  return mention;
}

/** How a date was worked out, for people. */
function basisOf(
  text: string,
  how: Placement['how'],
  article: PartialDate | undefined,
  tense: Tense,
  c: Candidate,
): string {
  const notes = [
    c.range ? 'start of the range' : '',
    tense === 'future' && !c.lean && how !== 'absolute' && c.spec.kind !== 'offset' ? 'future tense' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const quoted = `'${text}'${notes ? ` (${notes})` : ''}`;
  const dated = article ? formatHumanDate(article) : '';
  if (how === 'absolute') return `as written: ${quoted}`;
  if (how === 'year') return `${quoted}, year from the article dated ${dated}`;
  return `from ${quoted}, article dated ${dated}`;
}

// ---------- public API ----------

/** Every date phrase in a sentence, resolved against the article date (undefined when the article is undated). */
export function findDates(sentence: string, articleDate: PartialDate | undefined): DateMention[] {
  return analyze(sentence, articleDate).mentions;
}

/** Mentions of a sentence together with its shape, so meetingDate need not recompute the markers. */
function analyze(
  sentence: string,
  articleDate: PartialDate | undefined,
): { mentions: DateMention[]; shape: SentenceShape } {
  const shape = shapeOf(typeof sentence === 'string' ? sentence : '');
  if (typeof sentence !== 'string' || sentence.length === 0) return { mentions: [], shape };
  const article = validDate(articleDate);
  const tenseOf = (c: Candidate): Tense => governing(shape.tenseMarkers, shape, c)?.tense ?? 'past';
  return { mentions: candidatesIn(sentence).map((c) => toMention(c, sentence, article, tenseOf(c))), shape };
}

/** All non-overlapping date phrases of a sentence, from every parser, in sentence order. */
function candidatesIn(sentence: string): Candidate[] {
  return withYearOffsets(
    sentence,
    mergeCandidates([
      ...parseRanges(sentence),
      ...parseNumericDates(sentence),
      ...parseRelativePeriods(sentence),
      ...parseCasualDays(sentence),
      ...parseOrdinalDays(sentence),
      ...parseMonthPhrases(sentence),
      ...parseYearPhrases(sentence),
      ...parseWithChrono(sentence),
    ]),
  );
}

/**
 * "in February last year", "on 3 May of next year", "last year in June": a day or month without its year, and the
 * year said next to it.
 */
function withYearOffsets(sentence: string, candidates: Candidate[]): Candidate[] {
  const yearOffset = (c: Candidate): number | undefined =>
    c.spec.kind === 'offset' && c.spec.unit === 'year' ? c.spec.amount : undefined;
  const yearless = (c: Candidate): boolean => (c.spec.kind === 'month' || c.spec.kind === 'day') && !c.spec.year;
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const [c, next] = [candidates[i]!, candidates[i + 1]];
    // Not "In June, last year's summit …".
    const gap = next && !/^['’]s\b/.test(sentence.slice(next.end)) ? sentence.slice(c.end, next.start) : '#';
    const [dated, amount] =
      next && yearless(c) && /^,?\s*(?:of\s+)?$/.test(gap)
        ? [c, yearOffset(next)]
        : next && yearless(next) && /^,?\s*$/.test(gap)
          ? [next, yearOffset(c)]
          : [c, undefined];
    if (amount === undefined || (dated.spec.kind !== 'month' && dated.spec.kind !== 'day')) {
      out.push(c);
      continue;
    }
    out.push({ ...dated, start: c.start, end: next!.end, spec: { ...dated.spec, yearOffset: amount } });
    i += 1;
  }
  return out;
}

/**
 * The date a meeting sentence gives: the best DateMention's resolution, or undefined. Prefers a phrase attached to the
 * meeting verb; when several, the first.
 */
export function meetingDate(sentence: string, articleDate: PartialDate | undefined): ResolvedDate | undefined {
  return analyzeDates(sentence, articleDate).meeting;
}

/** The date phrases of a sentence and the one that dates its meeting, from a single parse. */
export function analyzeDates(
  sentence: string,
  articleDate: PartialDate | undefined,
): { mentions: DateMention[]; meeting?: ResolvedDate } {
  const { mentions, shape } = analyze(sentence, articleDate);
  const attached = mentions.filter((m) => governing(shape.markers, shape, m)?.meeting === true);
  const main = attached.filter((m) => !shape.relative.some(([from, to]) => m.start >= from && m.end <= to));
  // "The two had met three weeks earlier, on July 4": the day said, not the span back.
  const best = (found: DateMention[]): DateMention | undefined =>
    (BACK_SPAN.test(found[0]?.text ?? '') && found.find((m) => !BACK_SPAN.test(m.text))) || found[0];
  const meeting = (best(main) ?? best(attached) ?? best(mentions))?.resolved;
  return meeting ? { mentions, meeting } : { mentions };
}
