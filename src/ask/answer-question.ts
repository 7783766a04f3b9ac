import { coreTitle, spelledTitle, titlesCompatible } from '../extract/people.js';
import type { Meeting, Participant } from '../extract/types.js';
import type { Citation, PartialDate } from '../types.js';
import {
  formatHumanDate,
  formatPartialDate,
  isInRange,
  partialDateBounds,
  shiftDay,
  shiftYear,
  type DateRange,
} from '../calendar.js';
import { buildExcerpt, type Segment } from '../index/excerpt.js';
import type { ArticleHit } from '../index/search-index.js';
import { analyzeQuery, analyzeText } from '../index/analyze.js';
import { countryKey, type Lexicon } from '../reference/lexicon.js';
import {
  byMeetingDateAsc,
  byMeetingDateDesc,
  countryKeys,
  termsOf,
  unitsMatch,
  visitedSide,
  type MeetingFilter,
} from '../index/meeting-index.js';
import { subjectSaid } from './subjects.js';
import type { AskContext } from './types.js';
import { citationOf } from './citation.js';
import { describedIn, saysMore } from './described.js';
import { OFFICE_SAID, spokenOf, type Question, type QuestionKind, type Which } from './question.js';
import {
  aliasHolder,
  writtenAsWord,
  calledOff,
  filedFrom,
  namedHolder,
  occasionSaid,
  reportedMeeting,
  roleHolder,
  statedCount,
  thingsCounted,
} from './passages.js';
import {
  inPassing,
  lastedSentence,
  saidSentences,
  sayingFirst,
  toldWithoutDetails,
  withheldSentences,
} from './said.js';
import { anyOf } from '../text/regex.js';
import { distance as editDistance } from 'fastest-levenshtein';
import { namesCompatible, transliteratedAlike } from '../text/names.js';
import { venueCityWithin } from '../reference/venues.js';
import type { AnswerOf, MeetingItem } from './types.js';
import {
  NO_MEETING,
  noMeetingScoped,
  NO_PLANNED_MEETING,
  noDateSaid,
  noMeetingBetween,
  noMeetingIn,
  noMeetingOf,
  noMeetingWithOthers,
  noPlaceSaid,
  noTopicsSaid,
  PASSAGES_MENTION,
  PASSAGES_NEAREST,
  UNKNOWN_IDENTITY,
  UNREAD_QUESTION,
  REPORTED_NOTE,
} from './messages.js';

/** At most this many meetings are named in an answer's sentence, and shown with their evidence. */
export const QUESTION_ITEMS = 5;

const NUMBER_WORDS = [
  'no times',
  'once',
  'twice',
  'three times',
  'four times',
  'five times',
  'six times',
  'seven times',
  'eight times',
  'nine times',
  'ten times',
];
/** "once", "twice", "three times", …, "12 times". */
export const timesWord = (n: number): string => NUMBER_WORDS[n] ?? `${n} times`;

/** "both" of two, "all" of more. */
const bothOrAll = (n: number): string => (n === 2 ? 'both' : 'all');

/** A list in words, each item once: "a", "a and b", "a, b and c". */
export function listWords(items: string[]): string {
  const once = [...new Set(items)];
  if (once.length <= 1) return once.join('');
  return `${once.slice(0, -1).join(', ')} and ${once[once.length - 1]}`;
}

/** When, as people write it: "on Wed 14 Jul 2021", "in June 2019", "in 2019". */
export function whenWords(date: PartialDate | undefined): string {
  if (!date) return 'on a date the briefings do not give';
  return date.day !== undefined ? `on ${formatHumanDate(date)}` : `in ${formatHumanDate(date)}`;
}

/** Where, in words: " in Dushanbe (Kokhi Navruz)", " by telephone", " at Akorda", or nothing. */
const whereWords = (m: Meeting): string => {
  // A place as a sentence ended it ("Santo Domingo.") is said without the stop.
  const place = m.location?.replace(/[.,;:]+$/, '');
  if (place === 'by telephone') return ' by telephone';
  // A venue of one city says where it is: "at presidential palace Akorda (Astana)".
  const city = m.venue && !place ? venueCityWithin(m.venue) : undefined;
  if (!place) return m.venue ? ` at ${m.venue}${city ? ` (${city})` : ''}` : '';
  return m.venue && m.venue !== place ? ` in ${place} (${m.venue})` : ` in ${place}`;
};

/** Where and at what, in words: "in New York, at the United Nations General Assembly"; empty when not said. */
const placeWords = (m: Meeting): string =>
  [whereWords(m).trim(), m.event ? `at the ${m.event}` : ''].filter(Boolean).join(', ');

/** When and where, in words: "on Wed 14 Jul 2021 in Dushanbe". */
const whenWhereWords = (m: Meeting): string => `${whenWords(m.date)}${whereWords(m)}`;

/** When, without "on" or "in": "Wed 14 Jul 2021", "June 2019". */
const bareWhenWords = (date: PartialDate | undefined): string => whenWords(date).replace(/^(?:on|in) /, '');

/**
 * A participant as a sentence names them: "Sadyr Zhaparov (President, Kyrgyzstan)" or "the Foreign Minister of
 * Kyrgyzstan".
 */
export function participantWords(p: Participant, withRole = true): string {
  const where = p.organization ?? p.country;
  if (!p.name) return p.title ? `the ${p.title}${where ? ` of ${where}` : ''}` : (where ?? 'an official');
  return withRole ? `${p.name} (${participantRole(p)})` : p.name;
}

/**
 * A named participant's office and country: "Foreign Minister, Pakistan"; a country the briefings never give is said
 * to be unknown, not guessed ("Commerce Minister, country unknown").
 */
export const participantRole = (p: Participant): string =>
  [p.title, p.organization ?? p.country ?? 'country unknown'].filter(Boolean).join(', ');

/** The participant of a meeting a query names, if any. */
function named(m: Meeting, query: string, ctx: AskContext, office?: string): Participant | undefined {
  return m.participants.find(
    (p) => ctx.meetings.participantMatches(p, query) && (office === undefined || officeFits(p.title, office)),
  );
}

/**
 * The names a sentence uses for the people asked about: the one participant every meeting found has for a query
 * ("Japarov" stays "Japarov" when two Japarovs are found, "Pakistan" stays "Pakistan"), in its fullest form.
 */
function asked(people: string[], found: Meeting[], ctx: AskContext, roles?: Record<string, string>): string[] {
  const mixed = people.some((q) => !namesCountry(q, ctx.index.lexicon));
  return people
    .map((q) => {
      // "the japanese defence minister": the one who holds that office, not the country's first participant.
      const office = roles?.[q];
      const matches = new Set(
        found
          .map((m) => named(m, q, ctx, office))
          .filter((p) => p !== undefined)
          .map((p) => participantWords(p, false)),
      );
      // "Jilani and Kyrgyz officials", but "China and Pakistan" of meetings between countries.
      const side =
        office && !/^counterparts?$/.test(office)
          ? `the ${q} ${office}`
          : mixed
            ? countrySide(q, ctx.index.lexicon)
            : undefined;
      return matches.size === 1 ? [...matches][0]! : (side ?? spokenOf(q));
    })
    .filter((name, i, all) => all.indexOf(name) === i);
}

/** A country asked about as a side of meetings of several of its people: "Kyrgyz officials", "officials of Peru". */
function countrySide(query: string, lexicon: Lexicon): string | undefined {
  if (!namesCountry(query, lexicon)) return undefined;
  const folded = query.toLowerCase();
  const demonym = lexicon.countries.some((c) => c.demonyms.some((d) => d.toLowerCase() === folded));
  return demonym ? `${query} officials` : `officials of ${query}`;
}

/** Everyone in the meetings who is not one of the people asked about. */
function others(found: Meeting[], people: string[], ctx: AskContext): Participant[] {
  const seen = new Map<string, Participant>();
  for (const m of found) {
    for (const p of m.participants) {
      if (people.some((q) => ctx.meetings.participantMatches(p, q))) continue;
      const key = participantWords(p);
      if (!seen.has(key)) seen.set(key, p);
    }
  }
  const all = [...seen.values()];
  // "The Foreign Minister of Mali" beside Abdoulaye Diop, Mali's foreign minister, is no one more.
  const namedAs = (p: Participant): boolean =>
    all.some(
      (x) =>
        x.name !== undefined &&
        (x.organization ?? x.country) === (p.organization ?? p.country) &&
        officeFits(x.title, p.title ?? ''),
    );
  // A country visited is no one met: "who did Erdogan meet" does not name Iraq.
  return all.filter((p) => p.name !== undefined || (p.title !== undefined && !namedAs(p)));
}

/** Participants in a list of words, each with their role: "A (President, Kyrgyzstan) and B". */
const participantsWords = (ps: Participant[]): string => listWords(ps.map((p) => participantWords(p)));

const meetingLine = (m: Meeting, ctx: AskContext, people: string[], today: Date): string => {
  const who = m.participants
    .filter((p) => !people.some((q) => ctx.meetings.participantMatches(p, q)))
    .map((p) =>
      m.kind === 'visit' && visitedSide(p) ? `a visit to ${participantWords(p)}` : participantWords(p, false),
    );
  const whoText = who.length > 0 ? `${listWords(who)} ` : '';
  const status =
    m.status === 'held' ? '' : pastDue(m, today) ? ' (planned; no briefing says it took place)' : ' (planned)';
  return `${whoText}${whenWhereWords(m)}${status}`;
};

const pairLine = (m: Meeting): string => {
  const who = m.participants.map((p) => participantWords(p, false)).join('–');
  const when = m.date ? formatHumanDate(m.date) : 'date not stated';
  const whenWhere = [when, m.location].filter(Boolean).join(', ');
  return `${who} (${whenWhere}${m.status === 'planned' ? ', planned' : ''})`;
};

/** A period in words: "in 2023", "in October 2024", "since Mon 1 Jan 2024", "between … and …". */
export function periodWords(range: DateRange): string {
  const day = (iso: string): PartialDate => {
    const [y, m, d] = iso.split('-').map(Number);
    return { year: y!, month: m!, day: d! };
  };
  const { from, to } = range;
  if (from && to) {
    if (from === to) return `on ${formatHumanDate(day(from))}`;
    if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4))
      return `in ${from.slice(0, 4)}`;
    if (
      from.endsWith('-01') &&
      from.slice(0, 7) === to.slice(0, 7) &&
      partialDateBounds({ year: day(from).year, month: day(from).month })[1] === to
    )
      return `in ${formatHumanDate({ year: day(from).year, month: day(from).month })}`;
    return `between ${formatHumanDate(day(from))} and ${formatHumanDate(day(to))}`;
  }
  if (from) return `since ${formatHumanDate(day(from))}`;
  return to ? `until ${formatHumanDate(day(to))}` : '';
}

/** Why the briefings give no date for a meeting: the article is undated, or it states none. */
function noDateReason(m: Meeting, ctx: AskContext): string {
  const article = m.sources[0] ? ctx.index.articles.get(m.sources[0].articleId) : undefined;
  return article && !article.published ? 'the article is undated' : 'the article gives no date';
}

/**
 * The plain words for one facet a question asks, over the meetings found for it (at least one); `away` when none of
 * them was where the question asks.
 */
function facetText(facet: QuestionKind, q: Question, found: Meeting[], ctx: AskContext, away: boolean): string {
  const names = asked(q.people, found, ctx, q.roles);
  const [a = 'They', ...rest] = names;
  const b = listWords(rest);
  const between = b ? `${a} and ${b}` : a;
  const shown = found.slice(0, QUESTION_ITEMS);
  const more = found.length > QUESTION_ITEMS ? `, and ${found.length - QUESTION_ITEMS} more` : '';
  const today = ctx.clock();
  if (q.people.length === 0 && (facet === 'when' || facet === 'where' || facet === 'count')) facet = 'which';
  switch (facet) {
    case 'yesno':
      return yesNoText(q, found, ctx, between);
    case 'identity':
      return identityText(q, ctx);
    case 'when': {
      const dated = found.filter((m) => m.date);
      if (dated.length === 0) {
        // Of one person, with whom: "when James Marape is to meet Anthony Albanese".
        const whom = b || listWords(others(found, q.people, ctx).map((p) => participantWords(p, false)));
        const planned = found.every((m) => m.status === 'planned');
        const unsaid = noDateSaid(a, whom, noDateReason(found[0]!, ctx), planned);
        // Where they met, when the briefings say, is what they do tell of the meeting.
        const places = found.filter((m) => planned || m.status === 'held').map(placeWords);
        const said = [...new Set(places.filter(Boolean))].slice(0, QUESTION_ITEMS);
        return said.length > 0 ? `${unsaid} They ${planned ? 'are to meet' : 'met'} ${listWords(said)}.` : unsaid;
      }
      if (!b) {
        const lines = shown.map((m) => meetingLine(m, ctx, q.people, today));
        return `${a}'s meetings in the briefings: ${listWords(lines)}${more}.`;
      }
      const held = found.filter((m) => m.status === 'held');
      const planned = found.filter((m) => m.status === 'planned');
      // "On what day …?" of meetings dated by their month or year only: the day is not given, and said so.
      const noDay = q.day && held.length > 0 && held.every((m) => m.date?.day === undefined);
      const dayUnsaid = noDay ? `The briefings do not give the day. ` : '';
      const parts = held.slice(0, QUESTION_ITEMS).map(whenWhereWords);
      const andMore = held.length > QUESTION_ITEMS ? ', and more' : '';
      const heldText =
        held.length === 0
          ? ''
          : held.length === 1
            ? `${a} met ${b} ${parts[0]}.`
            : new Set(parts).size === 1
              ? `${a} met ${b} ${timesWord(held.length)} in the briefings, ${bothOrAll(held.length)} ${parts[0]}.`
              : `${a} met ${b} ${timesWord(held.length)} in the briefings: ${listWords(parts)}${andMore}.`;
      const plannedText = planned.length === 0 ? '' : `${heldText ? ' ' : ''}${plannedWords(between, planned, today)}`;
      return `${dayUnsaid}${heldText}${plannedText}`;
    }
    case 'who': {
      const ofCountry = countryPeople(q, found, ctx) ?? countryMeetings(q, found, ctx);
      if (ofCountry) return ofCountry;
      // "who else": not those the thread asked of before.
      const notThem = [...q.people, ...(q.except ?? [])];
      const held = others(
        found.filter((m) => m.status === 'held'),
        notThem,
        ctx,
      );
      const planned = others(
        found.filter((m) => m.status === 'planned'),
        notThem,
        ctx,
      );
      // "who did A meet in Doha?" of calls elsewhere: having said there was no meeting there, how they spoke.
      const calls = found.every((m) => m.kind === 'telephone') ? ' by telephone' : '';
      const scope =
        (away ? `${calls}${scopeWords({ ...q, filter: { ...q.filter, in: undefined } })}` : scopeWords(q)) ||
        ' in the briefings';
      if (held.length === 0 && planned.length === 0) {
        const narrowed = scope === ' in the briefings' ? '' : scope;
        return noMeetingWithOthers(between, narrowed);
      }
      // Of meetings the briefings place nowhere and at no occasion, the place asked is not said as theirs.
      const nowhere = !away && (q.filter.in !== undefined || q.filter.at !== undefined) && found.every(placedNowhere);
      const then = scopeWords({ ...q, filter: { ...q.filter, in: undefined, at: undefined } });
      const said = nowhere ? `${then}; the briefings do not say where` : scope;
      const subject = q.people.length > 0 ? between : 'The meetings';
      const met = q.people.length === 0 ? 'brought together' : away && calls ? 'spoke with' : 'met';
      const heldText = held.length > 0 ? `${subject} ${met} ${participantsWords(held)}${said}.` : '';
      const isTo = q.people.length === 0 ? 'are to bring together' : held.length > 0 ? 'is also to meet' : 'is to meet';
      const plannedText =
        planned.length > 0 ? `${heldText ? ' ' : ''}${subject} ${isTo} ${participantsWords(planned)} (planned).` : '';
      return `${heldText}${plannedText}`;
    }
    case 'where': {
      const placed = found.filter((m) => m.location || m.event || m.venue);
      if (placed.length === 0) return noPlaceSaid(between, found.length === 1 ? filedFrom(found[0]!, ctx) : undefined);
      return `${listWords(
        placed.slice(0, QUESTION_ITEMS).map((m) => {
          const [x = a, ...ys] = asked(q.people, [m], ctx, q.roles);
          const with_ =
            ys.length > 0
              ? listWords(ys)
              : listWords(others([m], q.people, ctx).map((p) => participantWords(p, false)));
          const at = m.event ? `, at the ${m.event}` : '';
          // A plan is said as one: "was to meet B in Amman on Tue 17 Dec 2024 (planned)".
          const verb = m.status === 'held' ? 'met' : pastDue(m, today) ? 'was to meet' : 'is to meet';
          // A visit to a place that names no one met: "was to be in Baku on Wed 21 Jan 2026 (planned)".
          const been = m.status === 'held' ? 'was' : pastDue(m, today) ? 'was to be' : 'is to be';
          const plan = m.status === 'held' ? '' : ' (planned)';
          const whom = with_ ? `${verb} ${with_}` : been;
          return `${x} ${whom}${whereWords(m)}${at} ${whenWords(m.date)}${plan}`;
        }),
      )}.`;
    }
    case 'what':
      // After "when" or "where", what was said is not dated again.
      return whatText(found, ctx, between, q.facets.includes('when') || q.facets.includes('where'), q.about, q.saying);
    case 'count':
      return countText(q, found, ctx, a, b);
    case 'planned':
      return plannedListText(found, today);
    case 'which': {
      const meetings = found.length === 1 ? 'One meeting' : `${found.length} meetings`;
      return `${meetings} in the briefings: ${listWords(shown.map(pairLine))}${more}.`;
    }
  }
}

/** Words that count people of no office in particular: "how many leaders", "how many people". */
const ANY_OFFICE = anyOf([
  /\b(?:leaders|people|officials|counterparts|delegations)$/,
  /\b(?:dignitaries|visitors|guests|diplomats|monarchs)$/,
]);

/** Words that count a country's envoys, whatever their rank. */
const ENVOYS = /\b(?:envoys?|heads? of missions?|ambassadors?(?:-designate)?)$/i;
const ENVOY_TITLE = /\b(?:ambassador|high commissioner|envoy|charg[eé] d'affaires|nuncio|head of mission)\b/i;

/** The singular of the words that count people: "heads of state" → "head of state", "secretaries" → "secretary". */
const singular = (counted: string): string =>
  counted
    .toLowerCase()
    .replace(/ies\b/, 'y')
    .replace(/(?<=\w{3})s\b(?= of\b|$)/, '');

/**
 * The days the meetings of one pair were held on, with where, in human words: a meeting dated only by its month or
 * year that holds the day of another ("March 2025" beside "Tue 4 Mar 2025") is that other meeting as another briefing
 * reports it, unless the two were in different places; so is a second meeting read on one day. None when no meeting
 * is dated.
 * @example distinctDays([4 Mar 2025 in Baku, March 2025, 6 Apr 2025], true) // → ['Tue 4 Mar 2025 in Baku', …]
 */
function distinctDays(held: readonly Meeting[], withPlaces: boolean): string[] {
  const dated = held.filter((m) => m.date);
  const bounds = dated.map((m) => partialDateBounds(m.date!));
  const samePlace = (a: Meeting, b: Meeting): boolean =>
    !a.location || !b.location || fold(a.location) === fold(b.location);
  const holdsAnother = (k: number): boolean =>
    bounds.some(
      ([from, to], j) =>
        j !== k &&
        samePlace(dated[j]!, dated[k]!) &&
        from >= bounds[k]![0] &&
        to <= bounds[k]![1] &&
        (from > bounds[k]![0] || to < bounds[k]![1]),
    );
  // "arrived in Colombo yesterday on a four-day official visit" before the talks of the next day: one trip, one time.
  const tripOfTalks = (k: number): boolean =>
    dated[k]!.kind === 'visit' &&
    bounds.some(
      ([from], j) =>
        dated[j]!.kind !== 'visit' &&
        samePlace(dated[j]!, dated[k]!) &&
        from >= bounds[k]![0] &&
        from <= shiftDay(bounds[k]![0], VISIT_DAYS),
    );
  return daysAndPlaces(
    dated.filter((_, k) => !holdsAnother(k) && !tripOfTalks(k)),
    withPlaces,
  );
}

/**
 * Each day meetings were held on, once, with where unless `withPlaces` is false (a question that names the place):
 * "Tue 4 Mar 2025 in Dushanbe", "Sun 6 Apr 2025 by telephone"; the place another briefing gives a day, if one
 * gives none.
 */
function daysAndPlaces(ms: readonly Meeting[], withPlaces: boolean): string[] {
  const places = new Map<string, string | undefined>();
  for (const m of ms.filter((x) => x.date)) {
    const day = formatHumanDate(m.date!);
    const place = m.location?.replace(/[.,;:]+$/, '');
    if (!places.get(day)) places.set(day, place);
  }
  return [...places].map(([day, place]) =>
    !place || !withPlaces ? day : place === 'by telephone' ? `${day} ${place}` : `${day} in ${place}`,
  );
}

/** How many days after a visit's first day its talks may be held and still be of that visit. */
const VISIT_DAYS = 3;

/** How many meetings of the people asked are looked through for other briefings of the meetings found. */
const SAME_MEETINGS = 50;

/**
 * "How many times have A and B met?": the number of meetings, each dated; "how many foreign ministers did A receive?":
 * the number of people met who hold that office (anyone, for "leaders"), each named. Numbers in figures.
 */
function countText(q: Question, found: Meeting[], ctx: AskContext, a: string, b: string): string {
  if (q.countsThings) {
    // The same meeting as other briefings report it, which may be the ones that number what was signed.
    const day = (m: Meeting): string => (m.date ? formatPartialDate(m.date) : '');
    const same = ctx.meetings
      .find({ with: q.people }, SAME_MEETINGS)
      .filter((m) => found.some((f) => day(f) === day(m)));
    const said = thingsCounted([...found, ...same], ctx);
    return said
      ? `By a briefing's count, ${said.count} ${q.countsThings}: “${said.sentence}”`
      : `The briefings do not say how many ${q.countsThings} there were.`;
  }
  const held = found.filter((m) => m.status === 'held');
  const planned = found.filter((m) => m.status === 'planned');
  const listed = (dated: string[]): string => (dated.length > 0 ? ` (${listWords(dated)})` : '');
  const days = (ms: Meeting[]): string => listed(daysAndPlaces(ms, !q.filter.in));
  const more = planned.length === 1 ? 'One more meeting is' : `${planned.length} more meetings are`;
  const plannedText = planned.length === 0 ? '' : ` ${more} planned${days(planned)}.`;
  const counterparts = others(held, q.people, ctx);
  if (q.counts && !b) {
    const office = q.counts;
    const counted = ANY_OFFICE.test(office) ? counterparts : counterparts.filter((p) => officeFits(p.title, office));
    const scope = scopeWords(q);
    const noun = counted.length === 1 ? singular(office) : office;
    const whom = counted.length > 0 ? `: ${participantsWords(counted)}` : '';
    const when = q.filter.range ? '' : days(held);
    // "met 0 envoys" is said "met no envoys", and whom they did meet follows.
    const howMany = counted.length === 0 ? 'no' : String(counted.length);
    const instead =
      counted.length === 0 && counterparts.length > 0
        ? ` The briefings report meetings with ${participantsWords(counterparts)}.`
        : '';
    return `${a} met ${howMany} ${noun}${scope || ' in the briefings'}${when}${whom}.${instead}${plannedText}`;
  }
  // Of two people, a meeting two briefings report apart (one on its day, one in its month) is counted once.
  const pairDays = b ? distinctDays(held, !q.filter.in) : [];
  // A meeting the briefings give no date is one more, unless a dated one is where it was, or its place is unknown.
  const undated = held.filter(
    (m) => !m.date && m.location && !held.some((d) => d.date && fold(d.location ?? '') === fold(m.location ?? '')),
  );
  const meetings = pairDays.length > 0 ? pairDays.length + undated.length : held.length;
  const times = meetings === 1 ? 'once' : `${meetings} times`;
  // "their third meeting this year": a briefing's own count, when it is more than the meetings read.
  const stated = b && !q.filter.in && !q.filter.at ? statedCount(q.people, held, ctx, q.filter.range) : undefined;
  const counted =
    stated && stated.count > meetings
      ? `By a briefing's count, they have met ${stated.count} times: “${stated.sentence}” The briefings report `
      : undefined;
  const heldText = b
    ? counted
      ? `${counted}${times === 'once' ? 'one meeting' : `${meetings} meetings`} of ${a} and ${b}${listed(pairDays)}.`
      : `${a} met ${b} ${times} in the briefings${listed(pairDays)}.`
    : `${a} took part in ${held.length} meeting${held.length === 1 ? '' : 's'} in the briefings${days(held)}.`;
  const whom =
    !b && counterparts.length > 1 ? ` They met ${counterparts.length} people: ${participantsWords(counterparts)}.` : '';
  return `${heldText}${whom}${plannedText}`;
}

/** A meeting the briefings give no place, venue or occasion: no place asked is said as its own. */
const placedNowhere = (m: Meeting): boolean => !m.location && !m.venue && !m.event;

/** The place, occasion and period a question asks of, in words: " in Lomé on Wed 12 Jun 2024", or nothing. */
const scopeWords = (q: Question): string =>
  [
    q.filter.in ? ` in ${q.filter.in}` : '',
    q.filter.at ? ` at ${q.filter.at}` : '',
    q.filter.range ? ` ${periodWords(q.filter.range)}` : '',
  ].join('');

/** True when words name only a country, by its name or demonym ("Pakistani", "Kyrgyzstan"). */
export function namesCountry(words: string, lexicon: Lexicon): boolean {
  const units = analyzeQuery(words, lexicon);
  return units.length === 1 && countryKeys(units) !== undefined;
}

/**
 * "Which Pakistani officials met Lavrov?": the participants of the country asked about, and whom they met; undefined
 * when the question asks of no country beside someone else.
 */
function countryPeople(q: Question, found: Meeting[], ctx: AskContext): string | undefined {
  const countries = q.people.filter((p) => namesCountry(p, ctx.index.lexicon));
  const rest = q.people.filter((p) => !countries.includes(p));
  if (countries.length === 0 || rest.length === 0) return undefined;
  const theirs = new Map<string, Participant>();
  for (const m of found)
    for (const p of m.participants)
      if (countries.some((c) => ctx.meetings.participantMatches(p, c))) theirs.set(participantWords(p), p);
  const whom = listWords(asked(rest, found, ctx));
  const when = listWords(found.slice(0, QUESTION_ITEMS).map(whenWhereWords));
  return `${participantsWords([...theirs.values()])} met ${whom} ${when}.`;
}

/**
 * "Which Pakistani officials visited Bishkek?": each person of the one country asked about, and whom they met;
 * undefined when the question asks of someone else than one country.
 */
function countryMeetings(q: Question, found: Meeting[], ctx: AskContext): string | undefined {
  const [country] = q.people;
  if (q.people.length !== 1 || !namesCountry(country!, ctx.index.lexicon)) return undefined;
  const theirs = new Map<string, { p: Participant; ms: Meeting[] }>();
  for (const m of found.filter((x) => x.status === 'held'))
    for (const p of m.participants.filter((x) => ctx.meetings.participantMatches(x, country!))) {
      const key = participantWords(p);
      theirs.set(key, { p, ms: [...(theirs.get(key)?.ms ?? []), m] });
    }
  if (theirs.size === 0) return undefined;
  const lines = [...theirs.values()].slice(0, QUESTION_ITEMS).map(({ p, ms }) => {
    const met = others(ms, [country!], ctx).map((x) => participantWords(x, false));
    return `${participantWords(p)} met ${listWords(met)}`;
  });
  const scope = scopeWords(q) || ' in the briefings';
  return `${capitalised(countrySide(country!, ctx.index.lexicon)!)}${scope}: ${lines.join('; ')}.`;
}

/**
 * The planned meetings still to come, then those whose day has passed with no briefing saying they took place: a
 * meeting planned for 2021 is not "planned" in 2026.
 */
function plannedListText(found: Meeting[], today: Date): string {
  const coming = found.filter((m) => !pastDue(m, today));
  const past = found.filter((m) => pastDue(m, today));
  const list = (ms: Meeting[]): string => {
    const more = ms.length > QUESTION_ITEMS ? `, and ${ms.length - QUESTION_ITEMS} more` : '';
    return `${listWords(ms.slice(0, QUESTION_ITEMS).map(pairLine))}${more}`;
  };
  const comingText =
    coming.length === 0
      ? `No meeting in the briefings is planned after ${formatHumanDate(dayOf(today))}.`
      : `${coming.length === 1 ? 'One meeting is' : `${coming.length} meetings are`} planned: ${list(coming)}.`;
  if (past.length === 0) return comingText;
  const were = past.length === 1 ? 'One meeting was' : `${past.length} meetings were`;
  return `${comingText} ${were} planned for days now past, and no briefing says it took place: ${list(past)}.`;
}

/** A clock's day as a date of the briefings. */
const dayOf = (d: Date): PartialDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

/** True when a planned meeting's day (or month, or year) is over: nothing says it took place. */
const pastDue = (m: Meeting, today: Date): boolean =>
  m.date !== undefined && partialDateBounds(m.date)[1] < today.toISOString().slice(0, 10);

/**
 * When and where a plan is, with the briefing's own words for a part of a month or year that the date cannot say: "in
 * 2025 (“the second half of the year”)", "in 2026 (“early next year”)".
 */
const planWhenWords = (m: Meeting, where: boolean): string => {
  const said = m.date?.day === undefined && m.dateText !== undefined && PERIOD_PART.test(m.dateText);
  return `${where ? whenWhereWords(m) : whenWords(m.date)}${said ? ` (“${m.dateText}”)` : ''}`;
};
const PERIOD_PART = /\b(?:early|mid|late|half|quarter|beginning|end|start|spring|summer|autumn|fall|winter)\b/i;

/** Planned meetings in words: "A and B are to meet on …", or "… was planned …; none says it took place". */
function plannedWords(between: string, planned: Meeting[], today: Date): string {
  const past = planned.filter((m) => pastDue(m, today));
  const coming = planned.filter((m) => !pastDue(m, today));
  // "Recep Tayyip Erdogan is to visit Iraq in 2026": a visit planned, of the one visiting.
  const allVisits = (ms: Meeting[]): boolean =>
    ms.length > 0 && ms.every((m) => m.kind === 'visit' && m.participants.some(visitedSide));
  const whenWhere = (m: Meeting): string => planWhenWords(m, true);
  // "Canada (Ottawa) on …": the city in brackets after the country visited.
  const to = (m: Meeting): string => {
    const city = m.location && m.location !== 'by telephone' ? ` (${m.location})` : '';
    return `${participantWords(m.participants.find(visitedSide)!)}${city} ${planWhenWords(m, false)}`;
  };
  const comingText = allVisits(coming)
    ? `${between} ${between.includes(' and ') ? 'are' : 'is'} to visit ${listWords(coming.map(to))} (planned).`
    : coming.length > 0
      ? `${between} are to meet ${listWords(coming.map(whenWhere))} (planned).`
      : '';
  // "A visit of Antonio Tajani to Algeria in January 2025 was planned": a plan whose time has passed.
  const pastText = allVisits(past)
    ? `A visit of ${between} to ${listWords(past.map(to))} was planned; no briefing says it took place.`
    : past.length > 0
      ? `A meeting of ${between} was planned ${listWords(past.map(whenWhere))}; no briefing says it took place.`
      : '';
  return [comingText, pastText].filter(Boolean).join(' ');
}

/** True when, for every office the question asks of a country, someone of that country there holds it. */
const heldInOffice = (m: Meeting, q: Question, ctx: AskContext): boolean =>
  Object.entries(q.roles ?? {}).every(([query, office]) =>
    m.participants.some(
      (p) =>
        ctx.meetings.participantMatches(p, query) &&
        (office === 'counterpart' ? counterpartOf(p, m, q, ctx) : officeFits(p.title, office)),
    ),
  );

/**
 * "his Turkish counterpart": someone whose office is that of another asked in the meeting, or shares its field (a
 * "Deputy Prime Minister and Minister of Foreign and Expatriates Affairs" and a "Foreign Minister"); no title is no
 * other office.
 */
const counterpartOf = (p: Participant, m: Meeting, q: Question, ctx: AskContext): boolean =>
  m.participants.some(
    (o) =>
      o !== p &&
      q.people.some((other) => ctx.meetings.participantMatches(o, other)) &&
      (!o.title || !p.title || titlesCompatible(o.title, p.title) || sameField(o.title, p.title)),
  );

/** The fields an office is of: "foreign" of a foreign minister, "president" of a president. */
const OFFICE_FIELD = /\b(?:foreign|president|prime|defen[cs]e|finance|trade|interior|economy|health|energy)\b/gi;
const sameField = (a: string, b: string): boolean => {
  const fields = new Set(spelledTitle(a).toLowerCase().match(OFFICE_FIELD) ?? []);
  return (spelledTitle(b).toLowerCase().match(OFFICE_FIELD) ?? []).some((f) => fields.has(f));
};

/** Offices that any holder of a country's highest offices holds: "the Bangladeshi leader". */
const LEADER = /^(?:the )?(?:leaders?|heads? of (?:state|government)|top officials?)$/i;

/** Words of an office that say which office it is, beside those that say only that it is one. */
const GENERIC_OFFICE = new Set(['minister', 'secretary', 'of', 'the', 'and', 'for', 'affairs', 'state', 'general']);

/**
 * Whether a participant's title may be the office asked: no title is not another office; a title fits when it holds
 * the words that say which office ("foreign" of "foreign secretary" in "Secretary of Foreign Affairs"), or when the
 * titles are compatible as extraction reads them. "Foreign Minister" is not the "interior minister".
 */
function officeFits(title: string | undefined, office: string): boolean {
  if (!title || LEADER.test(office)) return true;
  // "envoys", "heads of mission": the ambassadors, high commissioners, chargés and envoys a country sends.
  if (ENVOYS.test(office)) return ENVOY_TITLE.test(title);
  // Each word spelt out: "caretaker FM" is "caretaker foreign minister".
  const words = office
    .split(/\s+/)
    .flatMap((w) => spelledTitle(w).toLowerCase().split(/\s+/))
    .filter((w) => !GENERIC_OFFICE.has(w));
  const held = spelledTitle(title).toLowerCase();
  // "the Mexican FM" is not Mexico's deputy foreign minister (a "Deputy Prime Minister and Foreign Minister" is).
  const lower = (part: string): boolean => LOWER_RANK.test(part) && !LOWER_RANK.test(words.join(' '));
  const offices = held.split(/\s*(?:,|\band\b)\s*/).filter((part) => words.every((w) => part.includes(w.slice(0, 5))));
  if (offices.length > 0 && offices.every(lower)) return false;
  return titlesCompatible(title, office) || (words.length > 0 && words.every((w) => held.includes(w.slice(0, 5))));
}

/** Words of an office under the one they qualify: a deputy foreign minister is no foreign minister. */
const LOWER_RANK = /\b(?:deputy|vice|assistant|under|junior|state minister|minister of state)\b/;

/** True when a meeting was held as the question asks: by telephone, in person, or two alone. */
const heldAsAsked = (m: Meeting, q: Question): boolean =>
  !q.how ||
  (q.how === 'one-on-one' ? m.participants.length === 2 : (q.how === 'telephone') === (m.kind === 'telephone'));

/**
 * Whether a meeting was not as asked: somewhere else than the place asked about (a meeting with no place is not, nor
 * one with only a venue: "State House" names no city),
 * or held another way. The meetings of the people in the place are looked up once, not once a meeting.
 */
function unlikeAsked(q: Question, ctx: AskContext): (m: Meeting) => boolean {
  const place = q.filter.in;
  const withPeople = q.people.length > 0 ? { with: q.people } : {};
  const there = place !== undefined ? new Set(ctx.meetings.find({ in: place, ...withPeople })) : undefined;
  // A meeting read from a sentence (see passages.ts) is not in the index: its place is the one asked by name.
  const named = (m: Meeting): boolean => place !== undefined && fold(m.location ?? '') === fold(place);
  // A visit to the place asked answers where: a meeting placed nowhere is then not there either.
  const visited = there !== undefined && [...there].some((m) => m.kind === 'visit');
  // Nor is one held and placed nowhere by a briefing that places their meeting in person elsewhere: it is most
  // likely that one.
  const inPerson = (m: Meeting): boolean => m.status === 'held' && m.location !== undefined && m.kind !== 'telephone';
  const elsewhere =
    there !== undefined && q.people.length > 0
      ? ctx.meetings.find(withPeople).filter((m) => inPerson(m) && !there.has(m))
      : [];
  const sameOne = (m: Meeting, e: Meeting, articleId: string): boolean =>
    e.sources.some((s) => s.articleId === articleId) && daysMeet(m.date, e.date);
  const placedElsewhere = (m: Meeting): boolean =>
    m.location !== undefined ||
    visited ||
    (m.status === 'held' && m.sources.every((s) => elsewhere.some((e) => sameOne(m, e, s.articleId))));
  return (m) => !heldAsAsked(m, q) || (there !== undefined && placedElsewhere(m) && !there.has(m) && !named(m));
}

/** Whether two dates may be one day: either is unknown, or their spans overlap ("February 2025", "Mon 10 Feb 2025"). */
function daysMeet(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (!a || !b) return true;
  const [from, to] = partialDateBounds(b);
  return isInRange(a, { from, to });
}

/** Days before today beyond which a meeting held is no answer to a plan asked ("is A going to Moscow?"). */
const PAST_PLAN_DAYS = 30;

/** "Yes: A met B on … in …", "No: …", or "Planned, not confirmed: …". */
function yesNoText(q: Question, found: Meeting[], ctx: AskContext, between: string): string {
  const today = ctx.clock();
  const unlike = unlikeAsked(q, ctx);
  const there = found.filter((m) => !unlike(m));
  const held = there.filter((m) => m.status === 'held');
  const where = q.filter.in ? ` in ${q.filter.in}` : '';
  const asked =
    q.how === 'telephone'
      ? `telephone call between ${between}`
      : q.how === 'one-on-one'
        ? `meeting of ${between} alone`
        : `meeting of ${between}${q.how === 'in person' ? ' in person' : ''}`;
  // "Is A going to meet B?": the plan answers first, even when they met before.
  const planned = there.filter((m) => m.status === 'planned');
  // Of one person, with whom: "A meeting of Claudia Sheinbaum and Bernardo Arévalo was planned …".
  const withWhom = (ms: Meeting[]): string =>
    q.people.length === 1
      ? listWords([between, ...others(ms, q.people, ctx).map((p) => participantWords(p, false))])
      : between;
  if (q.facets.includes('planned') && planned.length > 0)
    return `Planned, not confirmed: ${plannedWords(withWhom(planned), planned, today)}`;
  // "Was that their first meeting?", asked of the days before it: No when they had met.
  if (q.firstTime)
    return held.length > 0
      ? `No: ${between} had met before, ${listWords(held.slice(0, QUESTION_ITEMS).map(whenWhereWords))}.`
      : `Yes, as far as the briefings go: they report no earlier meeting of ${between}.`;
  // "Is A going to Moscow?" of meetings held long before today and none planned: no plan, and when they last went.
  const past = shiftDay(today.toISOString().slice(0, 10), -PAST_PLAN_DAYS);
  const long = (m: Meeting): boolean => !m.date || partialDateBounds(m.date)[1] < past;
  if (q.facets.includes('planned') && held.length > 0 && held.every(long)) {
    const lines = listWords(held.slice(0, QUESTION_ITEMS).map((m) => meetingLine(m, ctx, q.people, today)));
    return visitsSaid(
      `No: the briefings report no planned ${asked}${where}; ${between} met ${lines}.${offSaid(q, ctx)}`,
    );
  }
  if (held.length > 0) {
    const nowhere = q.filter.in !== undefined && held.every((m) => !m.location && !m.venue);
    // "did she make it to Beirut?" of meetings placed nowhere, when a briefing says that stop was dropped.
    const off = nowhere ? calledOff(q.people, ctx, q.filter.in) : undefined;
    if (off && fold(off).includes(fold(q.filter.in!))) return `No: a briefing says: “${off}”`;
    const unplaced = nowhere ? ' (the briefings do not say where)' : '';
    // One person asked about: whom they met, too ("Has Jilani been to Bishkek?").
    const lines = held
      .slice(0, QUESTION_ITEMS)
      .map((m) => (q.people.length === 1 ? meetingLine(m, ctx, q.people, today) : whenWhereWords(m)));
    const verb = held.every((m) => m.kind === 'telephone') && q.people.length > 1 ? 'spoke' : 'met';
    return visitsSaid(`Yes: ${between} ${verb} ${listWords(lines)}${unplaced}.`);
  }
  // "… remains postponed and has no new date": what became of the plan, when a briefing says.
  if (there.length > 0)
    return `Planned, not confirmed: ${plannedWords(withWhom(there), there, today)}${offSaid(q, ctx)}`;
  // Asked of a day or period they did not meet in: when they did meet, the nearest first.
  const range = q.filter.range;
  const nearest = (ms: Meeting[]): Meeting[] =>
    range?.from === undefined ? [] : [...ms].sort((a, b) => distance(a, range.from!) - distance(b, range.from!));
  const heldAnyTime = range ? nearest(ctx.meetings.find({ with: q.people }).filter((m) => m.status === 'held')) : [];
  const heldThen = found.filter((m) => m.status === 'held');
  const heldOtherwise = heldThen.length > 0 ? heldThen : heldAnyTime.slice(0, 2);
  const instead = heldOtherwise.length > 0 ? heldOtherwise : found;
  // Of one person, whom they met instead: "Sergey Lavrov met Shah Mahmood Qureshi on … in Dushanbe".
  const alone = q.people.length === 1;
  const they = alone ? between : 'they';
  const verb = heldOtherwise.length > 0 ? `${they} met` : `${they} ${alone ? 'was' : 'were'} to meet`;
  const line = (m: Meeting): string => (alone ? meetingLine(m, ctx, q.people, today) : whenWhereWords(m));
  const lines = instead.slice(0, QUESTION_ITEMS).map(line);
  return visitsSaid(`No: the briefings report no ${asked}${where}; ${verb} ${listWords(lines)}.${offSaid(q, ctx)}`);
}

/** "Lavrov met a visit to Iraq in February 2023" said as "Lavrov visited Iraq in February 2023". */
const visitsSaid = (text: string): string =>
  text.replace(/\b(met|and|,) a visit to /g, (_, w: string) => (w === 'met' ? 'visited ' : `${w} visited `));

/** " A briefing says: “…”": what a sentence says of an occasion asked of ("pushed back to 2025"), if one does. */
function occasionWords(q: Question, ctx: AskContext): string {
  const said = q.filter.at ? occasionSaid(q.filter.at, ctx, q.filter.in) : undefined;
  return said ? ` A briefing says: “${said}”` : '';
}

/** " A briefing says: “… postponed …”": the sentence saying the meeting asked was called off, if any. */
function offSaid(q: Question, ctx: AskContext): string {
  const said = calledOff(q.people, ctx, q.filter.in);
  return said ? ` A briefing says: “${said}”` : '';
}

/** Days between a meeting's date (its first day) and an ISO day; an undated meeting is farthest. */
const distance = (m: Meeting, day: string): number =>
  m.date ? Math.abs(Date.parse(partialDateBounds(m.date)[0]) - Date.parse(day)) / 86_400_000 : Infinity;

/** What was discussed or agreed: the topics, then the sentences of the evidence that report it, cut with care. */
function whatText(
  found: Meeting[],
  ctx: AskContext,
  between: string,
  dated = false,
  about?: string,
  saying?: string,
): string {
  // A meeting only recalled beside another: its topics as extraction read them are the other meeting's words.
  const all = [...new Set(found.flatMap((m) => (inPassing(m, ctx) ? [] : m.topics)))];
  // "hydropower" beside "cooperation in hydropower" (two reports of one meeting): said once.
  const within = (t: string, u: string): boolean => u !== t && ` ${fold(u)} `.includes(` ${fold(t)} `);
  const topics = all.filter((t) => !all.some((u) => within(t, u)));
  // "what did NZ commit to?": what a briefing says of that first, of whichever meeting.
  const said = sayingFirst([...new Set(found.slice(0, 2).flatMap((m) => saidSentences(m, ctx, saying)))], saying);
  // "what did they say about Chabahar?" of briefings that say nothing of it: silent, then what they did discuss.
  const told = fold([...topics, ...said, ...found.flatMap((m) => m.sources.map((x) => x.sentence))].join(' '));
  const words = about
    ? fold(about)
        .split(/[\s'’-]+/)
        .filter((w) => w.length >= 4)
    : [];
  if (words.length > 0 && !words.some((w) => told.includes(w))) {
    const rest = whatText(found, ctx, between, dated);
    return `The briefings do not say what ${between} said about ${about}.${rest.startsWith(between) ? ` ${rest}` : ''}`;
  }
  // "The Presidency did not give details of the discussion": the briefings say they do not say.
  const withheld = found.slice(0, 2).flatMap((m) => withheldSentences(m, ctx));
  // "… was received by the President, without giving details": of that meeting, nothing nearby is what they said.
  const untold = topics.length === 0 && found.length === 1 && toldWithoutDetails(found[0]!);
  if (withheld.length > 0 && (untold || said.every((x) => withheld.includes(x))))
    return `${noTopicsSaid(between)} The briefing says: “${withheld[0]}”`;
  if (topics.length === 0 && said.length === 0) return noTopicsSaid(between);
  const moreTopics = topics.length > 12 ? ' and more' : '';
  const dates = found.map((m) => bareWhenWords(m.date)).filter((d, i, all) => all.indexOf(d) === i);
  const when = dated ? '' : ` (${listWords(dates)})`;
  // Of a meeting only planned, what was to be discussed: the talks themselves are not reported.
  const planned = found.every((m) => m.status === 'planned');
  const unreported = planned ? '; no briefing reports the talks themselves' : '';
  const listed = `${listWords(topics.slice(0, 12))}${moreTopics}`;
  // "… met in 2026", "… met on Thu 13 Mar 2025": the days with their prepositions.
  const days = listWords([...new Set(found.map((m) => whenWords(m.date)))]);
  const topicText =
    topics.length > 0
      ? `${between} ${planned ? 'were to discuss' : 'discussed'} ${listed}${when}${unreported}.`
      : dated
        ? ''
        : `${between} ${planned ? 'were to meet' : 'met'} ${days}${unreported}.`;
  const quoted = said.slice(0, 3).map((s) => `“${s}”`);
  return quoted.length > 0 ? `${topicText} The briefings say: ${quoted.join(' ')}`.trim() : topicText;
}

/** Text without case or accents, for comparing names. */
const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const briefingsWords = (n: number): string => (n === 1 ? 'one briefing' : `${n} briefings`);

/**
 * Whom a query names: the participant of the meetings it names with most said of them (name, title, country), or,
 * when the meetings have no one by that name or only the bare name, the participant a briefing says it is another
 * name of ("Mohamad, popularly known as Tok Mat"); and in how many briefings.
 */
function whoIs(
  query: string,
  ctx: AskContext,
  which?: Which,
  office?: string,
): { person?: Participant; alias?: true; unmet?: true; briefings: number } {
  const of = (q: string): { ps: Participant[]; ms: Meeting[] } => {
    // "the Japarov who received Fidan in Bishkek": the Japarov of that meeting, if the briefings hold it.
    const described = which
      ? ctx.meetings.find({ with: [q, ...which.with], ...(which.in ? { in: which.in } : {}) })
      : [];
    const ms = described.length > 0 ? described : ctx.meetings.holders(q) > 0 ? ctx.meetings.find({ with: [q] }) : [];
    // "kenya's president": of Kenya's people, only one who holds that office.
    const fits = (p: Participant): boolean =>
      ctx.meetings.participantMatches(p, q) && (!office || (p.title !== undefined && officeFits(p.title, office)));
    return { ms, ps: ms.flatMap((m) => m.participants.filter(fits)) };
  };
  const said = (p: Participant): number => [p.name, p.title, p.country].filter(Boolean).length;
  let { ps, ms } = of(query);
  let person = [...ps].sort((a, b) => said(b) - said(a))[0];
  const holder = !person || (!person.title && !person.country) ? aliasHolder(query, ctx) : undefined;
  // Named in a briefing but in no meeting: who the sentence naming them says they are.
  const named = person || holder ? undefined : namedHolder(query, ctx);
  if (named) return { person: named, briefings: 1, unmet: true };
  if (holder?.name) ({ ps, ms } = of(holder.name));
  person = holder?.name ? ([...ps].sort((a, b) => said(b) - said(a))[0] ?? holder) : person;
  const briefings = new Set(
    ms.filter((m) => m.participants.some((p) => ps.includes(p))).flatMap((m) => m.sources.map((s) => s.articleId)),
  );
  return {
    ...(person ? { person } : {}),
    ...(holder?.name ? { alias: true as const } : {}),
    briefings: briefings.size,
  };
}

/**
 * Who someone is, as an analyst says it, then as the briefings write it: "Kyrgyzstan's foreign minister (Minister of
 * Foreign Affairs)"; the briefings' words alone when they are the usual ones.
 */
function identityRole(p: Participant): string {
  const usual = p.title ? coreTitle(p.title).split(' and ')[0]! : '';
  const of = p.organization ?? p.country;
  if (!p.title || !of || !usual || p.title.toLowerCase().includes(usual))
    // "President of Kyrgyzstan": an office of a country, said as one phrase.
    return p.title && p.country && !p.organization && !/\bof\b|,/.test(p.title)
      ? `${p.title} of ${p.country}`
      : participantRole(p);
  return `${of}'s ${usual} (${p.title})`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The country words name, by its usual name: "kenyan" is Kenya. */
function countryName(words: string, ctx: AskContext): string | undefined {
  const [key] = countryKeys(analyzeQuery(words, ctx.index.lexicon)) ?? [];
  return ctx.index.lexicon.countries.find((c) => countryKey(c.code) === key)?.name;
}

/** The verdict on two names the briefings hold to be one person's. */
const SAME_PERSON = 'the same person, as the briefings tell it.';

/** Who each person asked about is, from the meetings that name them, and whether two names are one person. */
function identityText(q: Question, ctx: AskContext): string {
  // "who's KJT in that khiva newsletter": a name the briefings do not know is never an empty answer.
  if (q.people.length === 0) return UNKNOWN_IDENTITY;
  const who = q.people.map((query, i) => {
    const office = q.roles?.[query];
    const found = whoIs(query, ctx, q.which?.[i] ?? undefined, office);
    if (office && !found.person) return { query, office, ...found, spelt: undefined };
    // "Sibiga", a spelling the briefings never use of a name they do ("Sybiha"): that name's person.
    const spelt = found.person ? undefined : ctx.meetings.nameLike(query);
    return spelt ? { query, ...whoIs(spelt, ctx), spelt, office } : { query, ...found, spelt, office };
  });
  // "Zhaparov and Japarov are Sadyr Japarov, …": of one person, who the names are, said once.
  const line = ({ query, person, alias, briefings, spelt, office }: (typeof who)[number], names = [query]): string => {
    if (!person && office) return `The briefings name no ${office} of ${countryName(query, ctx) ?? query}.`;
    if (!person) return `The briefings name no one called ${query}.`;
    const role = identityRole(person);
    if (spelt) return `The briefings never write ${query}; they write ${spelt}: ${person.name ?? spelt}, ${role}.`;
    if (alias && briefings === 0)
      return `${capitalised(query)} is ${person.name}, a briefing says; none reports a meeting of theirs.`;
    const name = person.name && fold(person.name) !== fold(query) ? `${person.name}, ` : '';
    const who = `${capitalised(listWords(names))} ${names.length > 1 ? 'are' : 'is'}`;
    const called = alias ? ` (a briefing says ${query} is another name of ${person.name})` : '';
    // The briefing's own words of them: "the Saudi envoy in charge of the Lebanese file, Prince Yazid bin Farhan".
    const said = describedIn([...new Set([person.name ?? query, query])], ctx);
    const writes = said && saysMore(said, `${person.name ?? query} ${role}`) ? ` A briefing writes “${said}”.` : '';
    return `${who} ${name}${role}, named in ${briefingsWords(briefings)}${called}.${writes}`;
  };
  // Each name's line, made only where the answer says it (a briefing is searched for each).
  const lines = (): string[] => who.map((w) => line(w));
  if (!q.facets.includes('yesno') || who.length < 2) return [...new Set(lines())].join(' ');
  // "is Qureshi Pakistan's foreign minister?": whether the briefings give them that office, whoever else held it.
  const office = who.find((w) => OFFICE_SAID.test(w.query));
  const holder = who.find((w) => w !== office && w.person);
  if (office && holder) {
    // Of a name a briefing gives as another's ("tok mat"), the office of whom it names.
    const held = holdsOffice(holder.alias ? (holder.person!.name ?? holder.query) : holder.query, office.query, ctx);
    const named = holder.person!.name ?? holder.query;
    const verdict = held
      ? `Yes: the briefings name ${named} as ${identityRole(held)}.`
      : `No: the briefings name ${named} as ${identityRole(holder.person!)}, not as ${spokenOf(office.query)}.`;
    return `${verdict} ${[...new Set(held ? [line(holder)] : lines())].join(' ')}`;
  }
  const keys = new Set(who.map((w) => (w.person ? participantWords(w.person, false) : w.query)));
  const same = keys.size === 1 && who.every((w) => w.person);
  const unknown = who.find((w) => !w.person);
  const known = (who.find((w) => w.person?.name && !w.unmet) ?? who.find((w) => w.person?.name && w !== unknown))
    ?.person?.name;
  // A name no meeting holds, known only from the sentence naming it: written beside the other, it is theirs.
  const unmet = who.find((w) => w.unmet && w.person?.name !== known);
  const beside = (unknown ?? unmet) && known && writtenBeside((unknown ?? unmet)!.query, known, ctx);
  const alike = !same && !unknown && who.length === 2 ? spelledAlike(who[0]!.person!, who[1]!.person!) : undefined;
  const verdict = beside
    ? `Yes, as far as the names go: a briefing that names ${known} also writes ${(unknown ?? unmet)!.query}.`
    : alike
      ? alike.office
        ? `Yes, most likely the same person: the briefings name both as ${alike.office}, with names spelt alike.`
        : 'Yes, most likely the same person: one name spelt two ways, and nothing told of them differs.'
      : unknown
        ? `The briefings cannot tell: they name no one called ${unknown.query}.`
        : same
          ? `Yes${who.some((w) => w.spelt) ? ', as far as spelling goes' : ''}: ${SAME_PERSON}`
          : 'No: the briefings name them as different people.';
  if (same && !who.some((w) => w.spelt || w.alias)) return `${verdict} ${line(who[0]!, [...new Set(q.people)])}`;
  // The verdict says what the briefings make of the unknown name.
  const told = lines().filter((_, i) => who[i]!.person || who[i]!.query !== unknown?.query);
  return `${verdict} ${[...new Set(told)].join(' ')}`;
}

/**
 * Whether two people the briefings keep apart are one name written two ways: surnames alike in any transliteration
 * ("Baxtiyor Saidov", "Bakhtiyor O. Saidov"; "S. Mukhriddin", "Sirojiddin Muhriddin"; "Waleed al-Khuraiji", "Waleed
 * Elkhereiji"; "Badr Abdel-Aty", "Badr Abdelatty"; "Wang Ye", "Wang Yi"), first names opening with one letter, and
 * nothing the briefings say of them apart (country, office) at odds. The office they share, if they hold one alike.
 */
function spelledAlike(a: Participant, b: Participant): { office?: string } | undefined {
  // Words without hyphens or doubled letters: "abdel-aty" and "abdelatty" are "abdelaty".
  const words = (p: Participant): string[] =>
    fold(p.name ?? '')
      .split(/[\s.]+/)
      .map((w) => w.replace(/[^\p{L}]/gu, '').replace(/(\p{L})\1/gu, '$1'))
      .filter((w) => w.length > 0);
  const [x, y] = [words(a), words(b)];
  if (x.length === 0 || y.length === 0 || Math.max(x.length, y.length) < 2) return undefined;
  const [sx, sy] = [x.at(-1)!, y.at(-1)!];
  // "Wang Ye", "Wang Yi": a family name first, and a letter apart in all; "Jo Tae-yeol", "Cho Tae-yul": Korean
  // written in two romanisations.
  const korean = (w: string): string => w.replace(/ch/g, 'j').replace(/eo|ou|oo/g, 'u');
  const close =
    (x[0] === y[0] && editDistance(x.join(''), y.join('')) <= 1) ||
    (korean(x[0]!) === korean(y[0]!) && editDistance(korean(x.join('')), korean(y.join(''))) <= 1);
  const surname = sx === sy || close || (Math.min(sx.length, sy.length) >= 5 && transliteratedAlike(sx, sy));
  const given = x.length < 2 || y.length < 2 || x[0]![0] === y[0]![0] || close;
  const apart = (f: (p: Participant) => string | undefined): boolean => !!f(a) && !!f(b) && f(a) !== f(b);
  const differ =
    apart((p) => p.country) ||
    apart((p) => p.organization) ||
    (!!a.title && !!b.title && !titlesCompatible(a.title, b.title));
  if (!surname || !given || differ) return undefined;
  const sameOffice = a.title && b.title && coreTitle(a.title) === coreTitle(b.title) && a.country === b.country;
  return sameOffice && a.country ? { office: identityRole(a) } : {};
}

/** How the briefings name someone in an office asked of them ("Pakistan's foreign minister"), if they ever do. */
function holdsOffice(query: string, office: string, ctx: AskContext): Participant | undefined {
  return ctx.meetings
    .find({ with: [query] })
    .flatMap((m) => m.participants)
    .find((p) => ctx.meetings.participantMatches(p, query) && ctx.meetings.participantMatches(p, office));
}

/**
 * "Is G.Enkhjargal the same person as Ganbold Enkhjargal?" of a name no meeting has: true when a briefing that names
 * the other writes it (in a caption, an aside) and the two names can be one person's.
 */
function writtenBeside(query: string, name: string, ctx: AskContext): boolean {
  if (!namesCompatible(query, name)) return false;
  // The briefings of the other's meetings, or, of one in no meeting, those that write the name.
  const written = (text: string): string[] => {
    const found = ctx.index.search(text, {}, FALLBACK_PASSAGES, { allWords: true });
    return found.matchedAll ? found.hits.map((hit) => hit.article.id) : [];
  };
  const met = ctx.meetings.find({ with: [name] }).flatMap((m) => m.sources.map((x) => x.articleId));
  const theirs = new Set(met.length > 0 ? met : written(name));
  return written(query).some((id) => theirs.has(id));
}

/** The plain-words answer to a question over the meetings found for it: one sentence a facet asked. */
export function questionText(q: Question, found: Meeting[], ctx: AskContext): string {
  if (q.facets.includes('identity')) return identityText(q, ctx);
  if (found.length === 0) return nothingFoundText(q, ctx);
  const facets = q.facets.filter(
    (f) =>
      !(f === 'where' && q.facets.includes('when') && q.people.length >= 2) &&
      !(f === 'which' && q.facets.includes('planned')) &&
      // "did he meet her? when?": the yes or no says when and where they met.
      !((f === 'when' || f === 'where') && q.facets[0] === 'yesno') &&
      !(f === 'yesno' && q.facets.includes('identity')),
  );
  // "When did A meet B?" of calls only: no meeting in person, and when they spoke.
  const calls = found.filter((m) => m.status === 'held');
  if (q.met && calls.length > 0 && calls.every((m) => m.kind === 'telephone') && q.people.length >= 2) {
    const between = listWords(asked(q.people, found, ctx, q.roles));
    const no = q.facets.includes('yesno') ? 'No: the' : 'The';
    const off = q.facets.includes('yesno') ? offSaid(q, ctx) : '';
    return `${no} briefings report no meeting in person of ${between}; they spoke by telephone ${listWords(
      calls.slice(0, QUESTION_ITEMS).map((m) => whenWords(m.date)),
    )}.${off}`;
  }
  const shown = facets.filter((f) => !(f === 'planned' && facets.length > 1));
  // Whether none was where the question asks: looked up once, for "who" and for the sentence that says so.
  const told = shown.includes('who') || (!q.facets.includes('yesno') && q.people.length > 0);
  const away = q.filter.in !== undefined && told && found.every(unlikeAsked(q, ctx));
  // "is A going to Beijing? who would he see": what else is asked is of the meetings the yes or no is about.
  const more = shown.some((f) => f !== 'yesno');
  const about = q.facets[0] === 'yesno' && more ? yesNoAbout(q, found, ctx) : found;
  const parts = (shown.length > 0 ? shown : (['which'] as QuestionKind[])).map((f) =>
    facetText(f, q, f === 'yesno' ? found : about, ctx, away),
  );
  // "When did A meet B in Tashkent?" of meetings held elsewhere: say so before saying where they were.
  const elsewhere = away && !q.facets.includes('yesno') && q.people.length > 0;
  const names = (): string => listWords(asked(q.people, found, ctx, q.roles));
  // "when is the 2nd india-central asia summit w/ modi?" of his meetings at other occasions: none at that one. Not
  // of meetings the briefings give no occasion for, nor of one said otherwise ("SCO Council" of "the SCO summit").
  const { at } = q.filter;
  const offOccasion =
    at !== undefined &&
    q.people.length > 0 &&
    !q.facets.includes('yesno') &&
    ctx.meetings.find({ at, with: q.people }, 1).length === 0 &&
    found.every((m) => m.event !== undefined) &&
    !toldOtherwise(at, found, ctx.index.lexicon);
  const notAt = (): string =>
    q.people.length > 1 ? noMeetingBetween(`${names()} at the ${at}`) : noMeetingScoped(` of ${names()} at the ${at}`);
  const notThere = elsewhere ? `${noMeetingIn(names(), q.filter.in!)} ` : offOccasion ? `${notAt()} ` : '';
  // "who is lavrov due to see?" of plans alone: said first that none is confirmed held, as a yes or no would.
  const plansOnly =
    q.facets.includes('planned') && q.facets[0] !== 'yesno' && found.every((m) => m.status === 'planned');
  const text = `${notThere}${[...new Set(parts)].join(' ')}`;
  return plansOnly && !/^(?:No|The briefings)\b/.test(text) ? `Planned, not confirmed: ${text}` : text;
}

/** Words of an occasion's name that name no occasion in particular. */
const OCCASION_NOUNS = 'summit meeting conference forum session council talks dialogue';

/**
 * Whether some meeting's occasion may be the one asked, said otherwise: "the SCO summit" of a meeting at the "Council
 * of Heads of Government of the Shanghai Cooperation Organization" shares a word of its own.
 */
function toldOtherwise(asked: string, found: readonly Meeting[], lexicon: Lexicon): boolean {
  const generic = new Set(analyzeQuery(OCCASION_NOUNS, lexicon).flatMap((u) => (u.kind === 'word' ? [u.term] : [])));
  const own = analyzeQuery(asked, lexicon).filter(
    (u) => !(u.kind === 'word' && (generic.has(u.term) || /^\d/.test(u.term))),
  );
  return found.some((m) => {
    const told = termsOf(`${m.event ?? ''} ${m.venue ?? ''}`, lexicon);
    return own.some((u) => unitsMatch([u], told));
  });
}

/** The meetings a yes or no is about: those not placed elsewhere than asked, the plans of a plan asked. */
function yesNoAbout(q: Question, found: Meeting[], ctx: AskContext): Meeting[] {
  const unlike = unlikeAsked(q, ctx);
  const there = found.filter((m) => !unlike(m));
  const planned = there.filter((m) => m.status === 'planned');
  const about = q.facets.includes('planned') && planned.length > 0 ? planned : there;
  return about.length > 0 ? about : found;
}

/**
 * What an answer says when no meeting matches: a correct sentence that names what was asked, and for a yes or no
 * about several people, whom the first of them met there or then instead.
 */
function nothingFoundText(q: Question, ctx: AskContext): string {
  const said = nothingFoundSentence(q, ctx);
  if (q.firstTime) {
    const none = nothingFoundSentence({ ...q, facets: q.facets.filter((f) => f !== 'yesno') }, ctx);
    return `Yes, as far as the briefings go: ${none.charAt(0).toLowerCase()}${none.slice(1)}`;
  }
  const off = offSaid(q, ctx);
  // "When is A going to Canberra?" of a visit put off: the sentence that says so.
  if (!q.facets.includes('yesno')) return `${said}${off}`;
  // "Did A and B end up meeting in November?" of a meeting put off: the plan made since, if any.
  const since =
    off && q.people.length >= 2 ? ctx.meetings.find({ with: q.people }).filter((m) => m.status === 'planned') : [];
  const plan =
    since.length > 0 ? ` ${plannedWords(listWords(asked(q.people, since, ctx, q.roles)), since, ctx.clock())}` : '';
  if (off) return `${said}${off}${plan}`;
  if (q.people.length < 2) return said;
  const first = q.people[0]!;
  // Where and when asked, if the first person met anyone there then; else anywhere, and said so.
  const scoped = q.filter.in || q.filter.at || q.filter.range ? ctx.meetings.find({ ...q.filter, with: [first] }) : [];
  const anywhere = scoped.length === 0;
  const alone = (anywhere ? ctx.meetings.find({ with: [first] }) : scoped).sort(byMeetingDateDesc).slice(0, 2);
  if (alone.length === 0) return said;
  const a = asked([first], alone, ctx)[0]!;
  const lines = alone.map((m) => meetingLine(m, ctx, [first], ctx.clock()));
  return `${said} ${a}'s meetings ${anywhere ? 'in the briefings' : 'there'}: ${listWords(lines)}.`;
}

/** The sentence of {@link nothingFoundText}. */
function nothingFoundSentence(q: Question, ctx: AskContext): string {
  // "the Algerian interior minister", asked as Algeria with that office: said as asked.
  const roleOf = (query: string): string | undefined =>
    q.roles?.[query] && namesCountry(query, ctx.index.lexicon) ? `the ${query} ${q.roles[query]}` : undefined;
  // Someone the briefings know as one person is named as they name them; a few of their meetings say how.
  // "the Mexican FM" is not named by the one Mexican deputy foreign minister the briefings know.
  const holds = (query: string, office: string | undefined): boolean =>
    !office ||
    ctx.meetings
      .find({ with: [query] }, 3)
      .some((m) =>
        m.participants.some((p) => ctx.meetings.participantMatches(p, query) && officeFits(p.title, office)),
      );
  const named = (query: string): string =>
    ctx.meetings.holders(query) === 1 && holds(query, q.roles?.[query])
      ? asked([query], ctx.meetings.find({ with: [query] }).slice(0, 3), ctx)[0]!
      : spokenOf(query);
  const names = q.people.map((query) => roleOf(query) ?? named(query));
  const [a = ''] = names;
  const between = listWords(names);
  const scope = [
    q.filter.at ? ` at the ${q.filter.at}` : '',
    q.filter.in ? ` in ${q.filter.in}` : '',
    q.filter.range ? ` ${periodWords(q.filter.range)}` : '',
  ].join('');
  const no = q.facets.includes('yesno') ? 'No: ' : '';
  if (q.facets.includes('identity')) return q.people.map((p) => `The briefings name no one called ${p}.`).join(' ');
  if (q.kind === 'planned' && q.people.length === 0) return NO_PLANNED_MEETING;
  const sentence =
    q.people.length >= 2
      ? noMeetingBetween(`${between}${scope}`)
      : q.people.length === 1
        ? noMeetingOf(`${a}${scope}`)
        : scope
          ? noMeetingScoped(scope) + occasionWords(q, ctx)
          : NO_MEETING;
  return `${no}${no ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence}`;
}

/**
 * The meetings a question finds, in the order its answer names them. The people and the period bound them; the
 * place and the occasion asked about narrow them when some meeting has them (a yes/no question then says where the
 * meetings were instead).
 */
export function questionMeetings(q: Question, ctx: AskContext): Meeting[] {
  const withPeople = q.people.length > 0 ? { with: [...(q.filter.with ?? []), ...q.people] } : {};
  const { in: place, at, ...bound } = q.filter;
  // Asked of no one, the place and the occasion are all a question has to go by.
  const found = ctx.meetings.find(q.people.length > 0 ? { ...bound, ...withPeople } : q.filter);
  // A meeting the briefings give no place or occasion for is not elsewhere: it stays beside those that match.
  const unsaid = (m: Meeting, soft: MeetingFilter): boolean =>
    soft.in !== undefined ? !m.location && !m.venue : !m.event && !m.venue;
  const narrowed = [place ? { in: place } : {}, at ? { at } : {}].reduce((ms, soft) => {
    if (Object.keys(soft).length === 0 || q.people.length === 0) return ms;
    const kept = new Set(ctx.meetings.find({ ...bound, ...withPeople, ...soft }));
    // A visit to the country asked answers where it is: a meeting placed nowhere is not one more there.
    const visit = soft.in !== undefined && ms.some((m) => kept.has(m) && m.kind === 'visit');
    if (ms.some((m) => kept.has(m))) return ms.filter((m) => kept.has(m) || (!visit && unsaid(m, soft)));
    // "who will Wadephul see in Beijing?" of a plan placed in no city: that plan, not his talks placed in Berlin.
    const open = soft.in !== undefined && !q.facets.includes('yesno') ? ms.filter((m) => !m.location) : [];
    return open.length > 0 ? open : ms;
  }, found);
  // "the Australian PM", of whom the meetings know several Australians: the meetings where one holds that office.
  // Someone of that country in another office is not who was asked ("the Algerian interior minister").
  const inOffice = narrowed.filter((m) => heldInOffice(m, q, ctx));
  const asAsked = inOffice.filter((m) => heldAsAsked(m, q));
  // "in person" and "by phone" are asked on purpose: a meeting held the other way does not answer.
  const strict = q.how === 'telephone' || q.how === 'in person';
  const preferred = asAsked.length > 0 || strict ? asAsked : inOffice;
  const kept = q.facets.includes('yesno') ? found : preferred;
  const sorted = kept.sort(q.kind === 'count' || q.only === 'first' ? byMeetingDateAsc : byMeetingDateDesc);
  // "When did they last meet?": the latest meeting held (an undated one is no "last").
  const held = sorted.filter((m) => m.status === 'held' && m.date);
  return q.only && held.length > 0 && !q.facets.includes('count') ? held.slice(0, 1) : sorted;
}

/** The evidence sentence of a meeting with the names and date asked about in bold. */
function evidence(m: Meeting, q: Question, ctx: AskContext): Segment[] {
  const source = m.sources[0];
  if (!source) return [];
  const text = source.sentence;
  const words = [...m.participants.map((p) => p.name ?? ''), ...q.people, m.dateText ?? '', m.location ?? ''].join(' ');
  const terms = new Set(analyzeText(words, ctx.index.lexicon).map((t) => t.term));
  return buildExcerpt(
    { n: source.paragraph, text, heading: false, sentences: [{ text, start: 0, end: text.length }] },
    terms,
    ctx.index.lexicon,
  );
}

/** At most this many passages are shown when no meeting answers a question. */
const FALLBACK_PASSAGES = 3;

/** How many years back a month said without its year is looked for. */
const GUESSED_YEARS_BACK = 5;

/**
 * A question whose month or day has no year ("in may") and whose people met on no such day in the year guessed: the
 * same question of the latest earlier year they met in those days, if one within a few; of a plan asked ("is the
 * visit in may confirmed?"), of the year after first.
 */
function yearTheyMet(asked: Question, named: Question, ctx: AskContext): Question | undefined {
  const range = asked.filter.range;
  if (!asked.guessedYear || !range || named.people.length === 0) return undefined;
  const back = Array.from({ length: GUESSED_YEARS_BACK }, (_, k) => -(k + 1));
  for (const years of asked.facets.includes('planned') ? [1, ...back] : back) {
    const moved: DateRange = {
      ...(range.from ? { from: shiftYear(range.from, years) } : {}),
      ...(range.to ? { to: shiftYear(range.to, years) } : {}),
    };
    if (questionMeetings({ ...named, filter: { ...named.filter, range: moved } }, ctx).length > 0) {
      return { ...asked, guessedYear: undefined, filter: { ...asked.filter, range: moved } };
    }
  }
  return undefined;
}

/**
 * Answer a meeting question: one or two plain sentences, then the evidence of each meeting named, then numbered
 * citations. Never a date, place or participant the briefings do not give. When no meeting answers, the passages
 * that mention what was asked are the evidence.
 */
export function answerQuestion(asked: Question, ctx: AskContext): AnswerOf<'question'> {
  if (asked.unread !== undefined) return unreadAnswer(asked, asked.unread, ctx);
  const nearest = asked.around ? aroundLandmark(asked, ctx) : undefined;
  if (nearest) return answerQuestion(nearest, ctx);
  // "Was the Dodoma meeting their first?" of a meeting the briefings do not hold: whether they met there, then.
  if (asked.firstTime && asked.around) return answerQuestion({ ...asked, firstTime: undefined }, ctx);
  const aliased = withAliases(asked, ctx);
  const { question: unstyled, aliases } = withoutStrayWords(aliased.question, aliased.aliases, ctx);
  const { question: named, meetings: first } = withoutStyles(unstyled, ctx);
  const earlierYear = first.length === 0 ? yearTheyMet(asked, named, ctx) : undefined;
  if (earlierYear) return answerQuestion(earlierYear, ctx);
  // An office asked of a country whose holder the meetings give no country: the one who holds it there, if one does.
  const unheld = named.roles !== undefined && !first.some((m) => heldInOffice(m, named, ctx));
  const { question: q, taken } = unheld ? withRoles(named, ctx) : { question: named, taken: '' };
  const listed = q === named ? first : questionMeetings(q, ctx);
  // A meeting a sentence reports that the meetings do not hold answers all the same, and says so.
  // Of a place asked, the meetings elsewhere do not answer either ("is Rubio coming to Ottawa?").
  const elsewhere = (): boolean =>
    q.filter.in !== undefined && ctx.meetings.find({ in: q.filter.in, with: q.people }).length === 0;
  const reported =
    REPORTABLE(q) && (listed.length === 0 || elsewhere()) ? reportedMeeting(q.people, q.filter, ctx) : undefined;
  // "When did A meet his Peruvian, Ghanaian and Bosnian counterparts?": no meeting of all, but one with each.
  const apart = listed.length === 0 && !reported ? separately(q, ctx) : undefined;
  const found = reported ? [reported] : (apart?.found ?? listed);
  const shown = found.slice(0, QUESTION_ITEMS);
  const before = q.earlier ? earlierMeeting(q, shown, ctx) : undefined;
  const { citations, numberOf } = citing(ctx);
  const items: MeetingItem[] = [...shown, ...(before?.meeting ? [before.meeting] : [])].map((meeting) => ({
    meeting,
    citations: meeting.sources.flatMap((s) => {
      const n = numberOf(s.articleId, s.paragraph);
      return n === undefined ? [] : [n];
    }),
  }));
  const meetingEvidence = items
    .map((it) => ({ n: it.citations[0] ?? 0, segments: evidence(it.meeting, q, ctx) }))
    .filter((e) => e.segments.length > 0);
  const passages = found.length === 0 && !q.facets.includes('identity') ? mentioningPassages(q, ctx, numberOf) : [];
  // "The japanese defence minister met …": an office asked of, first in the answer, starts it in capitals.
  const plain = (apart?.text ?? questionText(q, found, ctx)).replace(/^the /, 'The ');
  const subject =
    q.subjects && shown.length > 0 ? subjectSaid(q.subjects, shown, ctx.index.articles, plain) : undefined;
  const subjectText = subject ? ` On “${subject.subject}”, a briefing says: “${subject.sentence}”` : '';
  const said = `${plain}${subjectText}${q.howLong ? lastedWords(shown, ctx) : ''}`;
  const text = `${aliases}${said}${taken}${reported ? ` ${REPORTED_NOTE}` : ''}${unnamed(q, shown, ctx)}${
    before?.text ?? ''
  }`;
  // The first days of the oldest and the newest meeting answered: what a follow-up's "before that" is before. Of the
  // meetings held, when some were: a plan said beside them ("is also to meet B on Tuesday") is what may come next.
  const held = shown.filter((m) => m.status === 'held');
  const dated = held.length > 0 ? held : shown;
  const starts = dated.flatMap((m) => (m.date ? [partialDateBounds(m.date)[0]] : [])).sort();
  const answered: DateRange | undefined = starts.length > 0 ? { from: starts[0]!, to: starts.at(-1)! } : undefined;
  const answeredUntil = dated
    .flatMap((m) => (m.date ? [partialDateBounds(m.date)[1]] : []))
    .sort()
    .at(-1);
  // Where they all were, for a follow-up's "there".
  const places = new Set(shown.map((m) => m.location));
  const [place] = places;
  const answeredIn = places.size === 1 && place && place !== 'by telephone' ? place : undefined;
  const answeredWith = onlyOther(q, shown, ctx);
  const answeredPeople = [...new Set(shown.flatMap((m) => m.participants.flatMap((p) => (p.name ? [p.name] : []))))];
  const answeredAt = shown.flatMap((m) => {
    const [from, to] = m.date ? partialDateBounds(m.date) : [];
    return from && to && m.location && m.location !== 'by telephone' ? [{ in: m.location, from, to }] : [];
  });
  return {
    kind: 'question',
    question: {
      ...q,
      ...(answered ? { answered } : {}),
      ...(answeredUntil ? { answeredUntil } : {}),
      ...(answeredIn ? { answeredIn } : {}),
      ...(answeredWith ? { answeredWith } : {}),
      ...(answeredAt.length > 0 ? { answeredAt } : {}),
      ...(answeredPeople.length > 0 ? { answeredPeople } : {}),
    },
    text: passages.length > 0 ? `${text} ${PASSAGES_MENTION}` : text,
    items,
    evidence: [...meetingEvidence, ...passages],
    citations,
    total: found.length,
  };
}

/** "how long did they talk?": what a briefing says of it, or that none says. Nothing of no meeting. */
function lastedWords(shown: readonly Meeting[], ctx: AskContext): string {
  if (shown.length === 0) return '';
  const sentence = lastedSentence(shown, ctx);
  if (!sentence) return ' The briefings do not say how long it lasted.';
  return ` On how long, a briefing says: “${sentence}”`;
}

/**
 * "… and had the two met before?": the pair's meeting held nearest before the earliest one answered, in a sentence
 * (" Before that, they last met on … in …."), or a sentence that the briefings report none.
 */
function earlierMeeting(
  q: Question,
  shown: readonly Meeting[],
  ctx: AskContext,
): { text: string; meeting?: Meeting } | undefined {
  const first = shown.filter((m) => m.date).sort(byMeetingDateAsc)[0];
  if (!first?.date) return undefined;
  const asked = q.people.flatMap((query) => named(first, query, ctx) ?? []);
  const rest = first.participants.filter((p) => !asked.includes(p));
  // "when did Fahmy host the Sudanese minister": the one other side of the meeting answered.
  const pair = [...new Set([...asked, ...(asked.length === 1 && rest.length === 1 ? rest : [])])];
  const names = pair.flatMap((p) => (p.name ? [p.name] : []));
  if (names.length < 2 || names.length !== pair.length) return undefined;
  const [start] = partialDateBounds(first.date);
  const earlier = ctx.meetings
    .find({ with: names })
    .filter((m) => m.status === 'held' && m.date && partialDateBounds(m.date)[1] < start)
    .sort(byMeetingDateDesc)[0];
  if (!earlier) return { text: ` The briefings report no earlier meeting of ${listWords(names)}.` };
  const how = earlier.kind === 'telephone' ? 'they last spoke' : 'they last met';
  return { text: ` Before that, ${how} ${whenWhereWords(earlier)}.`, meeting: earlier };
}

/** Of a name asked, those asked the meetings leave unnamed: " The briefings do not name the Foreign Minister of X." */
function unnamed(q: Question, shown: readonly Meeting[], ctx: AskContext): string {
  if (!q.asksName) return '';
  const nameless = shown.flatMap((m) =>
    m.participants.filter((p) => !p.name && q.people.some((query) => ctx.meetings.participantMatches(p, query))),
  );
  const said = [...new Set(nameless.map((p) => participantWords(p)))];
  return said.length > 0 ? ` The briefings do not name ${listWords(said)}.` : '';
}

/**
 * "where had A and B met before their Dushanbe talks?": the question of their meeting nearest before (or after) the
 * meeting its filter names, anywhere; undefined when the briefings hold no such landmark.
 */
function aroundLandmark(q: Question, ctx: AskContext): Question | undefined {
  // The landmark is the meeting the filter names, as a question of when finds it (a yes or no finds all of theirs).
  // Held any way: "who did she phone after Georgetown?" is after her meetings there in person.
  const { how: _how, ...anyHow } = q;
  const theirs = questionMeetings({ ...anyHow, around: undefined, facets: ['when'] }, ctx);
  // "did peters meet wang yi before the australian leg?": of no meeting of the two there, the trip there of either.
  const place = q.filter.in;
  const apart =
    place && q.people.length === 2 && ctx.meetings.find({ in: place, with: q.people }).length === 0
      ? q.people.flatMap((p) => ctx.meetings.find({ in: place, with: [p] }))
      : [];
  const landmarks = (apart.length > 0 ? apart : theirs).flatMap((m) => (m.date ? [partialDateBounds(m.date)] : []));
  if (landmarks.length === 0) return undefined;
  const { around, filter, ...rest } = q;
  const firsts = landmarks.map(([first]) => first).sort();
  const lasts = landmarks.map(([, last]) => last).sort();
  const range = around === 'before' ? { to: shiftDay(firsts[0]!, -1) } : { from: shiftDay(lasts.at(-1)!, 1) };
  // All of theirs on that side of it, or the nearest when the question says "last" or "first".
  return { ...rest, filter: { ...(filter.status ? { status: filter.status } : {}), range } };
}

/** The one named person the meetings shown have beside the one person asked, if one: whom a follow-up's "they" adds. */
function onlyOther(q: Question, shown: readonly Meeting[], ctx: AskContext): string | undefined {
  if (q.people.length !== 1 || shown.length === 0) return undefined;
  const names = new Set(
    shown.flatMap((m) =>
      m.participants.filter((p) => !ctx.meetings.participantMatches(p, q.people[0]!)).map((p) => p.name),
    ),
  );
  const [name] = names;
  return names.size === 1 ? name : undefined;
}

/**
 * A question of one person and several others that no meeting of them all answers, answered of each other apart when
 * the first met every one of them: "A met B on …, C on … and D on …"; of a meeting of them all asked ("the
 * trilat"), said first to be none. Undefined otherwise.
 */
function separately(q: Question, ctx: AskContext): { found: Meeting[]; text: string } | undefined {
  const [first, ...rest] = q.people;
  const asksMeetings = q.facets.every((f) => f === 'when' || f === 'where' || f === 'yesno' || f === 'which');
  if (!first || rest.length < 2 || !asksMeetings) return undefined;
  const each = rest.map((other) => questionMeetings({ ...q, people: [first, other] }, ctx).find((m) => m.date));
  if (each.some((m) => m === undefined)) return undefined;
  const found = each as Meeting[];
  const a = asked([first], found, ctx)[0]!;
  const lines = found.map(
    (m) => `${listWords(others([m], [first], ctx).map((p) => participantWords(p, false)))} ${whenWhereWords(m)}`,
  );
  const yesno = q.facets.includes('yesno');
  // "did the trilat happen?": meetings apart are no meeting of them all.
  const none = `the briefings report no meeting of ${listWords(asked(q.people, found, ctx))} together; each apart, `;
  const opening = q.together ? (yesno ? `No: ${none}` : capitalised(none)) : yesno ? 'Yes, each apart: ' : '';
  return { found, text: `${opening}${a} met ${listWords(lines)}.` };
}

/** Questions a sentence that reports a meeting can answer: when, where, yes or no, or what of two people or more. */
const REPORTABLE = (q: Question): boolean =>
  (q.people.length >= 2 || (q.filter.in !== undefined && q.people.length === 1)) &&
  !q.facets.includes('identity') &&
  !q.facets.includes('count') &&
  q.facets.some((f) => f === 'when' || f === 'where' || f === 'yesno' || f === 'what');

/**
 * The question with an office asked of a country replaced by the participant who holds it there ({@link roleHolder}),
 * when one does, and the sentence that says the briefings do not give that person's country.
 */
function withRoles(q: Question, ctx: AskContext): { question: Question; taken: string } {
  const said: string[] = [];
  // Each office is looked for beside the others as found so far, twice: "the sri lankan FM … the indian president",
  // when neither is of a stated country, is found once the other is.
  const people = [...q.people];
  for (let pass = 0; pass < 2; pass += 1)
    q.people.forEach((query, i) => {
      const office = q.roles?.[query];
      // A second look only for an office of no one the meetings know ("the indian president" of no stated country).
      // "his sudanese counterpart" names no office to look for.
      if (!office || office === 'counterpart' || people[i] !== query) return;
      if (pass > 0 && ctx.meetings.holders(query) > 0) return;
      const asked = people.filter((_, k) => k !== i);
      const holder = roleHolder(query, office, asked, q.filter.range, ctx);
      if (!holder?.name) return;
      said.push(
        ` (The briefings do not say which country ${holder.name} serves: of the people they report meeting ` +
          `${listWords(asked.map(spokenOf))}, ${holder.name} is the only ${spelledTitle(office).toLowerCase()} of ` +
          'no stated country.)',
      );
      people[i] = holder.name;
    });
  if (said.length === 0) return { question: q, taken: '' };
  // The offices found held by someone are asked of that person now.
  const roles = Object.fromEntries(Object.entries(q.roles ?? {}).filter(([query]) => people.includes(query)));
  const { roles: _, ...rest } = q;
  return { question: { ...rest, people, ...(Object.keys(roles).length > 0 ? { roles } : {}) }, taken: said.join('') };
}

/**
 * The question with each name no meeting has replaced by whom a briefing says it belongs to ("Tok Mat" → "Mohamad
 * Hasan"), and the sentence that says so, to go before the answer.
 */
function withAliases(q: Question, ctx: AskContext): { question: Question; aliases: string } {
  const said: string[] = [];
  if (q.facets.includes('identity')) return { question: q, aliases: '' };
  const people = q.people.map((query) => {
    if (ctx.meetings.holders(query) > 0) return query;
    const holder = aliasHolder(query, ctx);
    if (!holder?.name) return query;
    said.push(`${capitalised(query)} is what a briefing calls ${holder.name}.`);
    return holder.name;
  });
  return said.length === 0
    ? { question: q, aliases: '' }
    : { question: { ...q, people }, aliases: `${said.join(' ')} ` };
}

/**
 * The question without lone words in lower case that no briefing writes, when two people or more the
 * briefings know are asked beside them ("when did abiy host hassan sheikh … gregorian date pls", "how many times
 * have peters and rabuka met? fbc and rnz both cover it"): a word of the question, not someone asked, and the answer
 * says it left it out. Not of a yes or no, which a name the briefings lack answers "No", nor of an identity question.
 * A word they write, but only in lower case, is left out of any question but one of identity, without saying so.
 */
function withoutStrayWords(asked: Question, aliases: string, ctx: AskContext): { question: Question; aliases: string } {
  if (asked.facets.includes('identity')) return { question: asked, aliases };
  // "the minsk collegium", "quadripartite": a word the briefings write only in lower case is no one, of any question.
  const common = asked.people.filter(
    (p) => /^\p{Ll}+$/u.test(p) && ctx.meetings.holders(p) === 0 && writtenAsWord(p, ctx),
  );
  const rest = asked.people.filter((p) => !common.includes(p));
  const q = common.length > 0 && rest.some((p) => ctx.meetings.holders(p) > 0) ? { ...asked, people: rest } : asked;
  if (q.facets.includes('yesno')) return { question: q, aliases };
  // A word the briefings write ("mudavadi", of a meeting extraction missed) may be someone: only one they never do.
  const stray = q.people.filter((p) => /^\p{Ll}+$/u.test(p) && ctx.meetings.holders(p) === 0 && !ctx.index.knows(p));
  const people = q.people.filter((p) => !stray.includes(p));
  if (stray.length === 0 || people.filter((p) => ctx.meetings.holders(p) > 0).length < 2)
    return { question: q, aliases };
  const said = stray.map((w) => `“${w}”`).join(' or ');
  return {
    question: { ...q, people },
    aliases: `${aliases}No meeting in the briefings has anyone called ${said}; read without it. `,
  };
}

/** Styles typed before a name that a briefing may not write beside it: "sheikh mohamed" of "Mohamed bin Zayed". */
const STYLES = /^(?:sheikh|sheik|shaikh|sheikha|sayyid|sayed)\s+(?=\S)/i;

/**
 * The question and its meetings; "what did sheikh mohamed and kishida discuss?": of no meeting with the style, the
 * question without it, when that finds one (the Sheikh Mohammed the briefings style so first, then a Mohamed they do
 * not).
 */
function withoutStyles(q: Question, ctx: AskContext): { question: Question; meetings: Meeting[] } {
  const meetings = questionMeetings(q, ctx);
  if (meetings.length > 0 || !q.people.some((p) => STYLES.test(p))) return { question: q, meetings };
  const bare = { ...q, people: q.people.map((p) => p.replace(STYLES, '')) };
  const found = questionMeetings(bare, ctx);
  return found.length > 0 ? { question: bare, meetings: found } : { question: q, meetings };
}

/** The passages that mention the people (and place) asked about, best first, each with its citation number. */
function mentioningPassages(
  q: Question,
  ctx: AskContext,
  numberOf: (articleId: string, paragraph: number) => number | undefined,
): { n: number; segments: Segment[] }[] {
  // The people the briefings know: a name no briefing has finds only passages that merely sound like it.
  const known = q.people.filter((p) => ctx.meetings.holders(p) > 0);
  // The occasion's words too, when some passage has them all with the rest ("the korea-central asia summit").
  const tries = [
    [...known, q.filter.in ?? '', q.filter.at ?? ''],
    [...known, q.filter.in ?? ''],
  ]
    .map((ws) => ws.join(' ').trim())
    .filter((ws, i, all) => ws && all.indexOf(ws) === i);
  for (const words of tries) {
    const outcome = ctx.index.search(words, q.filter.range ?? {}, FALLBACK_PASSAGES, { allWords: true });
    // Passages with only some of the words (a sound-alike of one) are no evidence of what was asked.
    if (outcome.matchedAll) return hitPassages(outcome.hits, ctx, numberOf);
  }
  return [];
}

/** The citations of an answer, numbered as they are first cited. */
function citing(ctx: AskContext): {
  citations: Citation[];
  numberOf: (articleId: string, paragraph: number) => number | undefined;
} {
  const citations: Citation[] = [];
  const numberOf = (articleId: string, paragraph: number): number | undefined => {
    const known = citations.find((c) => c.articleId === articleId && c.paragraph === paragraph);
    if (known) return known.n;
    const article = ctx.index.articles.get(articleId);
    if (!article) return undefined;
    citations.push(citationOf(citations.length + 1, article, paragraph));
    return citations.length;
  };
  return { citations, numberOf };
}

/**
 * "whats the name of the cambodian PM thanakorn called on", read as no one, nowhere: the briefings do not answer it
 * as briefbot reads it, which the answer says, with the passages nearest its words.
 */
function unreadAnswer(q: Question, words: string, ctx: AskContext): AnswerOf<'question'> {
  const { citations, numberOf } = citing(ctx);
  const found = ctx.index.search(words, {}, FALLBACK_PASSAGES);
  const passages = hitPassages(found.hits, ctx, numberOf);
  const text = `${UNREAD_QUESTION}${passages.length > 0 ? ` ${PASSAGES_NEAREST}` : ''}`;
  return { kind: 'question', question: q, text, items: [], evidence: passages, citations, total: 0 };
}

/** The best passage of each hit, as evidence with its citation number. */
function hitPassages(
  hits: readonly ArticleHit[],
  ctx: AskContext,
  numberOf: (articleId: string, paragraph: number) => number | undefined,
): { n: number; segments: Segment[] }[] {
  return hits.flatMap((hit) => {
    const best = hit.passages[0];
    const paragraph = best ? hit.article.paragraphs.find((p) => p.n === best.paragraph) : undefined;
    const n = paragraph ? numberOf(hit.article.id, paragraph.n) : undefined;
    if (!paragraph || n === undefined) return [];
    return [{ n, segments: buildExcerpt(paragraph, new Set(best!.terms), ctx.index.lexicon) }];
  });
}
