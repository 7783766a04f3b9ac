/**
 * Follow-ups in a thread: what the thread's last question leaves for the next one ({@link QuestionContext}), and how a
 * question that goes on from it ("and where?", "the day before?", "what about Wang Yi?", "who did he see there?")
 * takes its people, period and place from it. Pure: no clock, no I/O.
 */
import { addDays, endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import type { DateRange } from '../calendar.js';
import type { MeetingFilter } from '../index/meeting-index.js';
import type { Question, QuestionKind } from './question-types.js';
import { foldName } from '../text/names.js';
import type { Gender } from './gender.js';
import { alternatives, literal, pattern } from '../text/regex.js';

/**
 * What a thread's last question was about, for follow-ups ("and where?", "what about Wang Yi?"): its people, filter
 * and facets, and what its answer found (see {@link Question}).
 */
export type QuestionContext = Pick<Question, 'people' | 'filter'> &
  Partial<
    Pick<
      Question,
      'facets' | 'answered' | 'answeredUntil' | 'answeredIn' | 'answeredWith' | 'answeredAt' | 'answeredPeople'
    >
  >;

/** "how long did they talk?", "how many minutes was the call?": not "how long ago", nor "for how long" of a deal. */
export const HOW_LONG = /(?<!\bfor )\bhow (?:long\b(?! ago| since| (?:have|has|had) )|many (?:minutes|hours)\b)/i;

/** The context a question leaves for the next one in its thread. */
export const contextOf = (q: Question): QuestionContext => ({
  people: q.people,
  filter: q.filter,
  facets: q.facets,
  ...(q.answered ? { answered: q.answered } : {}),
  ...(q.answeredUntil ? { answeredUntil: q.answeredUntil } : {}),
  ...(q.answeredIn ? { answeredIn: q.answeredIn } : {}),
  ...(q.answeredWith ? { answeredWith: q.answeredWith } : {}),
  ...(q.answeredAt ? { answeredAt: q.answeredAt } : {}),
  ...(q.answeredPeople ? { answeredPeople: q.answeredPeople } : {}),
});

/** "there", "on that trip", "that day": the place or the day of the meetings the last answer was about. */
const THERE = /\b(?:there|(?:on|during) (?:that|the same|this) (?:trip|visit|tour|occasion)|on that occasion)\b/i;
const THAT_DAY = /\b(?:that|the same) day\b/i;
/** "anyone the previous day?", "anything after that?": a follow-up asking who else was met. */
export const ANYONE = /^(?:and )?(?:any(?:one|body|thing)?|who)\b/i;
/** "at that forum", "during the same summit": the occasion of the last question. */
const THAT_OCCASION = pattern(
  [
    /\b(?:at|during|on the (?:sidelines|margins) of) (?:that|the same|this) /,
    /(?:forum|summit|conference|event|meeting|gathering)\b/,
  ],
  'i',
);
/** "in total", "altogether", "ever": a count or a question of all the days, not the last question's period. */
export const ALL_DAYS = /\b(?:in total|altogether|all told|ever|overall)\b/i;
/** "is he seeing Li Qiang as well?": the thread's first person as the subject, with someone new. */
const SUBJECT_PRONOUN = /(?:^|\b(?:is|was|did|does|has|had|will|can|could) )(?:he|she)\b/i;
/** Words of a trip: "going to", "been to", "travel to", "fly to", "visit". */
const TRIP =
  /\b(?:(?:go(?:ing|es)?|went|gone|been|travel\w*|fl(?:y|ying|ies|ew|own)|head(?:ing|ed|s)?) to|visit\w*)\b/i;
/** "too", "as well", "also": the same scene as the last question. */
const SAME_SCENE = /\b(?:too|as well|also)\b/i;

/** "who else did he see?", "anyone besides her?": not the people the thread asked of before. */
export const ELSE = /\b(?:else|besides|apart from|other than)\b/i;

/**
 * A follow-up's words that point back at the last answer, read as a filter: "there" as its place, "that day" as its
 * day; the words without them. Undefined when there are none.
 */
export function pointingBack(
  q: string,
  previous: QuestionContext,
): { rest: string; filter: MeetingFilter } | undefined {
  const place = previous.answeredIn ?? previous.filter.in;
  // Of a last answer with no one place, "on that trip" narrows nothing, and is no occasion called "that".
  if (THERE.test(q)) return { rest: q.replace(THERE, ' '), filter: place ? { in: place } : {} };
  if (THAT_OCCASION.test(q) && previous.filter.at)
    return { rest: q.replace(THAT_OCCASION, ' '), filter: { at: previous.filter.at } };
  const range = previous.answered;
  if (THAT_DAY.test(q) && range?.from && range.from === range.to)
    return { rest: q.replace(THAT_DAY, ' '), filter: { range } };
  return undefined;
}

/** How a follow-up tells a time against the last answer's meetings. */
type Told = 'before' | 'after' | 'day before' | 'day after' | 'later that week' | 'earlier that week' | 'that week';

/** A follow-up's words for a time told against the last answer's meetings. */
const RELATIVE: readonly [RegExp, Told][] = [
  [/\b(?:the )?day before\b/i, 'day before'],
  [/\b(?:the )?(?:next day|day after)\b/i, 'day after'],
  [/\blater (?:that|the same|in the) week\b/i, 'later that week'],
  [/\bearlier (?:that|the same|in the) week\b/i, 'earlier that week'],
  [/\b(?:that|the same) week\b/i, 'that week'],
  [
    pattern(
      [
        /\b/,
        alternatives([
          /before (?:that|then|this)|(?:time|meeting|one|occasion)s? before|previous(?:ly)?|prior to that|earlier/,
          // "had they met before?", "was that the first time they met?": before it, whenever.
          /(?:met|seen each other|spoken) before|before(?=\W*$)/,
          /(?:the|their) first (?:time|meeting|encounter)|first time/,
        ]),
        /\b/,
      ],
      'i',
    ),
    'before',
  ],
  [
    pattern(
      [
        /\b/,
        alternatives([
          /after (?:that|then|this)|since then|(?:time|meeting|one|occasion)s? after|next(?: time| stop)?|later on/,
          // "where did he fly on to?", "are they meeting again?": the next one.
          /afterwards|on to|onwards?|again/,
        ]),
        /\b/,
      ],
      'i',
    ),
    'after',
  ],
];

/** "was that the first time they met?", "their first meeting?": whether they had met before it. */
export const FIRST_TIME =
  /\b(?:(?:the|their) first (?:time|meeting|encounter)|first time|first (?:ever )?meeting|their first(?=\W*$))\b/i;

/**
 * "and the time before that?", "who did he see the day before?", "where did he go after Brasília?": the period a
 * follow-up asks, told against the days (or the place) of the meetings the last answer was about, and whether it wants
 * the one nearest them; the words without it.
 */
export function relativeTo(
  q: string,
  previous: QuestionContext,
  isCity: (words: string) => boolean = () => false,
): { rest: string; range: DateRange; only?: 'last' | 'first' } | undefined {
  // "after Brasília", "before leaving Caracas": told against the meetings the last answer found there.
  const atCity = [...q.matchAll(AT_CITY)].find((m) => isCity(m[2]!) || isCity(m[2]!.split(' ')[0]!));
  const city = atCity && isCity(atCity[2]!) ? atCity[2]! : atCity?.[2]!.split(' ')[0];
  const there = (previous.answeredAt ?? []).filter((a) => city && foldName(a.in) === foldName(city));
  const found: [RegExp, Told] | undefined = atCity
    ? [
        new RegExp(`\\b${atCity[1]!} (?:leaving |visiting |the )?${literal(city!)}\\b`, 'i'),
        atCity[1]!.toLowerCase() as Told,
      ]
    : RELATIVE.find(([re]) => re.test(q));
  const starts = there.map((a) => a.from).sort();
  const ends = there.map((a) => a.to).sort();
  const answered: DateRange = there.length > 0 ? { from: starts[0], to: starts.at(-1) } : (previous.answered ?? {});
  if (!found || !answered.from || !answered.to) return undefined;
  const until = there.length > 0 ? ends.at(-1) : previous.answeredUntil;
  // "after that" of a meeting dated by its month is after the month.
  const last = until ?? answered.to;
  const [re, when] = found;
  const day = (iso: string, by: number): string => format(addDays(new Date(`${iso}T00:00:00Z`), by), 'yyyy-MM-dd');
  const rest = q.replace(re, ' ');
  const week = (iso: string): DateRange => {
    const at = new Date(`${iso}T00:00:00Z`);
    return { from: format(startOfISOWeek(at), 'yyyy-MM-dd'), to: format(endOfISOWeek(at), 'yyyy-MM-dd') };
  };
  if (when === 'day before') return { rest, range: { from: day(answered.from, -1), to: day(answered.from, -1) } };
  if (when === 'day after') return { rest, range: { from: day(last, 1), to: day(last, 1) } };
  if (when === 'that week') return { rest, range: week(answered.from) };
  if (when === 'later that week') return { rest, range: { from: day(last, 1), to: week(last).to! } };
  if (when === 'earlier that week')
    return { rest, range: { from: week(answered.from).from!, to: day(answered.from, -1) } };
  // After one meeting, the one nearest it; after several ("and the earlier ones?"), all of them; before the first
  // time, any.
  const first = FIRST_TIME.test(q);
  const one = (there.length > 0 || answered.from === answered.to) && !/\b(?:ones|meetings|times)\b/i.test(q) && !first;
  // "where did he fly on to after Brasília?": the next stop of that trip, within a fortnight, not a meeting a year on.
  const trip = TRIP_STOP.test(q);
  return when === 'before'
    ? {
        rest,
        range: {
          ...(trip ? { from: day(answered.from, -TRIP_DAYS) } : {}),
          to: day(first ? answered.from : answered.to, -1),
        },
        ...(one ? { only: 'last' as const } : {}),
      }
    : {
        rest,
        range: { from: day(last, 1), ...(trip ? { to: day(last, TRIP_DAYS) } : {}) },
        ...(one ? { only: 'first' as const } : {}),
      };
}

/** Words of a trip's stops: "fly on to", "headed next", "where was he off to next", "the stop before". */
const TRIP_STOP = pattern(
  [
    /\b/,
    alternatives([
      /fl(?:y|ew|ies) on|head(?:s|ed|ing)? (?:next|on)|off to next|next stop|stop before/,
      /went on to|travel(?:l?ed|s)? on|move[ds]? on/,
    ]),
    /\b/,
  ],
  'i',
);
/** How far a trip's next or previous stop may be from the one the thread named. */
const TRIP_DAYS = 14;

/** "after Brasília", "before leaving Caracas": a place (one or two words) a follow-up tells a time against. */
const AT_CITY = /\b(before|after) (?:leaving |visiting |the )?([\p{L}'’-]+(?: [\p{L}'’-]+)?)/giu;

/** "what's the Somali minister's name?", "what is he called?": a name asked. */
export const NAME_ASKED = /\b(?:name|named|called)\b/i;

/**
 * Whom a follow-up's "she" or "he" means when the thread's first person is shown as the other gender: the one person of
 * that gender the thread asked of or the last answer named. Undefined when that does not settle it.
 */
function pronounPerson(
  q: string,
  previous: QuestionContext,
  gender: ((name: string) => Gender | undefined) | undefined,
): string | undefined {
  const pronoun = /\b(she|her|he|him)\b/i.exec(q)?.[1]?.toLowerCase();
  const said: Gender | undefined = pronoun === 'she' || pronoun === 'her' ? 'female' : pronoun ? 'male' : undefined;
  const first = previous.people[0];
  if (!said || !gender || !first) return undefined;
  const other: Gender = said === 'female' ? 'male' : 'female';
  if (gender(first) !== other) return undefined;
  // Of the others, one shown so, else the one not shown otherwise (each looked up once).
  const others = [...new Set(previous.answeredPeople ?? previous.people.slice(1))].map((p) => [p, gender(p)] as const);
  const maybe = others.filter(([, g]) => g !== other);
  const shown = maybe.filter(([, g]) => g === said);
  return (shown.length === 1 ? shown[0] : maybe.length === 1 ? maybe[0] : undefined)?.[0];
}

/** "did it happen?", "did the meeting go ahead?": a plan asked after. */
const HAPPENED = /\b(?:happen(?:ed)?|take place|took place|go ahead|went ahead|come off|materiali[sz]ed?)\b/i;
/** A follow-up asked in the past, of no plan: "who brought him the letter that day?". */
const pastAsked = (q: string, facets: readonly QuestionKind[]): boolean =>
  !facets.includes('planned') && /\b(?:did|was|were|had|brought|met|saw|took|gave|sent|handed|\w+ed)\b/i.test(q);

/** "and in Moscow?", "so when …": words that go on from the thread's last question. */
export const FOLLOW_ON = /^(?:and|so|what about|how about)\b/i;

/** A question as read so far, with the thread's last question it may go on from. */
export interface Reading {
  /** The question's words, cleaned. */
  q: string;
  previous: QuestionContext;
  /** "what about X?": the last question asked of someone else. */
  instead: boolean;
  /** The facets the question asks; `own` when its own words ask them (not only "what about …"). */
  facets: QuestionKind[];
  own: boolean;
  people: string[];
  filter: MeetingFilter;
  relative?: { range: DateRange };
  back?: { filter: MeetingFilter };
  /** The question asks of a meeting anew (its own period, "ever", "last"): the last one's period and place go. */
  anew: boolean;
  /** The gender the briefings show of someone, for "she" and "he". */
  gender?: (name: string) => Gender | undefined;
  /** The one country the briefings give someone, for "him" of a thread about a host and a guest. */
  nationOf?: (name: string) => string | undefined;
}

/**
 * Whom "he" or "him" means when someone of a country is named beside it ("did Rahmon see him as well?" after "when
 * did the Tajik FM host Meredov?"): of the thread's people, the one of another country than the newcomer, when the
 * others are of the newcomer's own.
 */
function guestOf(
  previous: readonly string[],
  newcomer: string | undefined,
  nationOf: Reading['nationOf'],
): string | undefined {
  const own = newcomer && nationOf ? nationOf(newcomer) : undefined;
  if (!own || previous.length < 2) return undefined;
  const nations = previous.map((p) => nationOf!(p));
  const foreign = previous.filter((_, i) => nations[i] !== undefined && nations[i] !== own);
  return foreign.length === 1 && nations.filter((n) => n === own).length === previous.length - 1
    ? foreign[0]
    : undefined;
}

/** What a follow-up asks, read against its thread. */
export interface Asking {
  facets: QuestionKind[];
  people: string[];
  filter: MeetingFilter;
}

/**
 * A question read as a follow-up of the thread's last question, or undefined when it asks on its own: the people it
 * leaves unnamed ("he", "they", "those two", none at all) are the thread's, and so are its period and place unless it
 * gives its own.
 */
export function followUp(r: Reading): Asking | undefined {
  const { q, previous, instead, facets, people, filter, relative, back } = r;
  const asking = (asked: QuestionKind[], who: string[], bound: MeetingFilter): Asking => ({
    facets: asked,
    people: who,
    filter: bound,
  });
  // "what about the Kyrgyz president?", "and what came up with the Bangladeshi leader?": the first person of the
  // thread stays; the one named takes the others' place.
  const withOther = FOLLOW_ON.test(q) && /\bwith\b/i.test(q);
  // "and the Japanese FM?": the last question, of someone else.
  const andOther = /^and\b/i.test(q) && !r.own;
  // "is he seeing Li Qiang as well?": he is the thread's first person; "as well", the same scene.
  // Not "and Erdogan, when did he receive him?", where he is the one named first.
  const named = /^(?:and |so )?[^,]+,/.test(q);
  const newcomer = people.length > 0 && !people.includes(previous.people[0] ?? '');
  // "she" of a thread about a man: the one woman the last answer named (the briefings read only when asked).
  const subject = (): string[] => {
    const who =
      pronounPerson(q, previous, r.gender) ?? guestOf(previous.people, people[0], r.nationOf) ?? previous.people[0];
    return who ? [who] : [];
  };
  if (!instead && !named && newcomer && SUBJECT_PRONOUN.test(q)) {
    const scene = SAME_SCENE.test(q) ? previous.filter : {};
    return asking(facets.length > 0 ? facets : ['when'], [...subject(), ...people], {
      ...scene,
      ...filter,
    });
  }
  // "what's the Somali minister's name?": the one of that office the last answer found.
  if (NAME_ASKED.test(q) && people.length === 1 && previous.people.length > 0 && newcomer)
    return asking(['when'], [previous.people[0]!, ...people], { ...previous.filter, ...filter });
  if ((instead || withOther || andOther) && people.length > 0) {
    const kept = previous.people.length > 1 || withOther ? previous.people.slice(0, 1) : [];
    const asked = andOther ? (previous.facets ?? ['when']) : facets;
    return asking(asked, [...kept, ...people], { ...previous.filter, ...filter });
  }
  if (people.length === 0) {
    // "who did he see the day before?": he is the first of them; "they" are all, with the one the last answer found
    // the one person asked meeting ("who did A see in Oslo?", then "when did those two meet before?").
    const plural = /\b(?:they|them|both|(?:th(?:e|ose|ese)|the pair of) two|the pair|each other)\b/i.test(q);
    // "where did he go next?": he alone, of a time told against the last answer; "when did he see her?": both.
    const both = /\b(?:with|meet|see|met|saw|receive[sd]?|host(?:ed)?|call(?:ed)?) (?:him|her)\b/i.test(q);
    // "is he going to Dili?", "has she been to Tokyo?": a trip is his or hers alone.
    const one =
      (facets.includes('who') || relative !== undefined || TRIP.test(q)) &&
      /\b(?:he|she|him|her)\b/i.test(q) &&
      !plural &&
      !both;
    const pair = plural && previous.people.length === 1 && previous.answeredWith ? [previous.answeredWith] : [];
    // A period told against the last answer ("and the time before that?"), or one of a question that asks of a
    // meeting anew ("how many times did those two meet in July?"; not "and in 2020?"), may have been anywhere: the
    // place and occasion are the last question's, not asked.
    const { range: _, in: _in, at: _at, ...unbounded } = previous.filter;
    // "did that meeting actually happen?": held or planned, whatever the last question asked.
    const { status: _status, ...anyStatus } = previous.filter;
    // "where was the first of those?": a place asked is not the last question's place (but "and where?" alone asks
    // where that meeting was).
    const { in: _place, ...placeless } = previous.filter;
    const kept = facets.includes('where') && !/^\W*(?:and )?where\W*$/i.test(q) ? placeless : previous.filter;
    const { status: _keptStatus, ...keptAnyStatus } = kept;
    const bound = {
      // "… when are they meeting next?", then "who brought him the letter that day?": a past asked of any meeting.
      ...(relative || r.anew ? unbounded : HAPPENED.test(q) ? anyStatus : pastAsked(q, facets) ? keptAnyStatus : kept),
      ...(back?.filter.at ? back.filter : {}),
      ...filter,
    };
    const them = one ? subject() : [...previous.people, ...pair];
    // "the day before?", "anyone the previous day?": whom they met then.
    const whom = ANYONE.test(q) || (relative !== undefined && /\bday\b/i.test(q));
    const asked: QuestionKind[] = facets.length > 0 ? facets : whom ? ['which'] : ['when'];
    // "anyone else?" asks whom the first met; "how long did that one last?" asks of the meeting answered.
    return asking(asked, asked[0] === 'which' && !HOW_LONG.test(q) ? previous.people.slice(0, 1) : them, bound);
  }
  // "when did Burhan last sit down with him?": him is the one the thread asked about, or the first of them ("and
  // Erdogan, when did he receive him?"); them are all.
  const pronoun = /\b(?:with|meet|see|call(?:ed)?|receive[sd]?) (him|her|them)\b/i.exec(q);
  const rest = previous.people.filter((p) => !people.includes(p));
  const guest = pronoun && !/^them$/i.test(pronoun[1]!) ? guestOf(rest, people[0], r.nationOf) : undefined;
  const others = pronoun ? (guest ? [guest] : rest.slice(0, /^them$/i.test(pronoun[1]!) ? undefined : 1)) : [];
  return others.length > 0 && people.length > 0
    ? asking(facets.length > 0 ? facets : ['when'], [...people, ...others], filter)
    : undefined;
}
