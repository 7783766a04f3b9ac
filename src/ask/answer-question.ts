import type { Meeting, Participant } from '../extract/types.js';
import type { Citation, PartialDate } from '../types.js';
import { formatHumanDate, partialDateBounds, type DateRange } from '../calendar.js';
import { buildExcerpt, type Segment } from '../index/excerpt.js';
import { analyzeText } from '../index/analyze.js';
import { byMeetingDateAsc, byMeetingDateDesc } from '../index/meeting-index.js';
import type { AskContext } from './types.js';
import { citationOf } from './citation.js';
import type { Question } from './question.js';
import type { AnswerOf, MeetingItem } from './types.js';
import {
  NO_MEETING,
  NO_PLANNED_MEETING,
  noDateSaid,
  noMeetingBetween,
  noMeetingOf,
  noMeetingWithOthers,
  noPlaceSaid,
  noTopicsSaid,
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

/** A list in words: "a", "a and b", "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** When, as people write it: "on Wed 14 Jul 2021", "in June 2019", "in 2019". */
export function whenWords(date: PartialDate | undefined): string {
  if (!date) return 'on a date the briefings do not give';
  return date.day !== undefined ? `on ${formatHumanDate(date)}` : `in ${formatHumanDate(date)}`;
}

/** Where, in words: " in Dushanbe", " by telephone", or nothing. */
const whereWords = (m: Meeting): string =>
  m.location === 'by telephone' ? ' by telephone' : m.location ? ` in ${m.location}` : '';

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
function named(m: Meeting, query: string, ctx: AskContext): Participant | undefined {
  return m.participants.find((p) => ctx.meetings.participantMatches(p, query));
}

/**
 * The names a sentence uses for the people asked about: the one participant every meeting found has for a query
 * ("Japarov" stays "Japarov" when two Japarovs are found, "Pakistan" stays "Pakistan"), in its fullest form.
 */
function asked(people: string[], found: Meeting[], ctx: AskContext): string[] {
  return people.map((q) => {
    const matches = new Set(
      found
        .map((m) => named(m, q, ctx))
        .filter((p) => p !== undefined)
        .map((p) => participantWords(p, false)),
    );
    return matches.size === 1 ? [...matches][0]! : q;
  });
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
  return [...seen.values()];
}

/** Participants in a list of words, each with their role: "A (President, Kyrgyzstan) and B". */
const participantsWords = (ps: Participant[]): string => listWords(ps.map((p) => participantWords(p)));

const meetingLine = (m: Meeting, ctx: AskContext, people: string[]): string => {
  const who = m.participants
    .filter((p) => !people.some((q) => ctx.meetings.participantMatches(p, q)))
    .map((p) => participantWords(p, false));
  const whoText = who.length > 0 ? `${listWords(who)} ` : '';
  return `${whoText}${whenWhereWords(m)}${m.status === 'planned' ? ' (planned)' : ''}`;
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

/** The plain-words answer to a question over the meetings found for it. */
export function questionText(q: Question, found: Meeting[], ctx: AskContext): string {
  const names = asked(q.people, found, ctx);
  const [a = 'They', ...rest] = names;
  const b = listWords(rest);
  const between = b ? `${a} and ${b}` : a;
  const shown = found.slice(0, QUESTION_ITEMS);
  const more = found.length > QUESTION_ITEMS ? `, and ${found.length - QUESTION_ITEMS} more` : '';
  if (found.length === 0) {
    if (q.kind === 'planned') return NO_PLANNED_MEETING;
    return q.people.length >= 2 ? noMeetingBetween(between) : q.people.length === 1 ? noMeetingOf(a) : NO_MEETING;
  }
  switch (q.kind) {
    case 'when': {
      const dated = found.filter((m) => m.date);
      if (dated.length === 0) return noDateSaid(a, b, noDateReason(found[0]!, ctx));
      if (!b) {
        const lines = shown.map((m) => meetingLine(m, ctx, q.people));
        return `${a}'s meetings in the briefings: ${listWords(lines)}${more}.`;
      }
      const held = found.filter((m) => m.status === 'held');
      const planned = found.filter((m) => m.status === 'planned');
      const parts = held.slice(0, QUESTION_ITEMS).map(whenWhereWords);
      const andMore = held.length > QUESTION_ITEMS ? ', and more' : '';
      const heldText =
        held.length === 0
          ? ''
          : held.length === 1
            ? `${a} met ${b} ${parts[0]}.`
            : `${a} met ${b} ${timesWord(held.length)} in the briefings: ${listWords(parts)}${andMore}.`;
      const plannedText =
        planned.length === 0
          ? ''
          : `${heldText ? ' ' : ''}${a} and ${b} are to meet ${listWords(planned.map(whenWhereWords))} (planned).`;
      return `${heldText}${plannedText}`;
    }
    case 'who': {
      const held = others(
        found.filter((m) => m.status === 'held'),
        q.people,
        ctx,
      );
      const planned = others(
        found.filter((m) => m.status === 'planned'),
        q.people,
        ctx,
      );
      const scope =
        [
          q.filter.in ? ` in ${q.filter.in}` : '',
          q.filter.at ? ` at ${q.filter.at}` : '',
          q.filter.range ? ` ${periodWords(q.filter.range)}` : '',
        ].join('') || ' in the briefings';
      if (held.length === 0 && planned.length === 0) {
        const narrowed = scope === ' in the briefings' ? '' : scope;
        return noMeetingWithOthers(between, narrowed);
      }
      const heldText = held.length > 0 ? `${between} met ${participantsWords(held)}${scope}.` : '';
      const isTo = held.length > 0 ? 'is also to meet' : 'is to meet';
      const plannedText =
        planned.length > 0 ? `${heldText ? ' ' : ''}${between} ${isTo} ${participantsWords(planned)} (planned).` : '';
      return `${heldText}${plannedText}`;
    }
    case 'where': {
      const placed = found.filter((m) => m.location || m.event);
      if (placed.length === 0) return noPlaceSaid(between);
      return `${listWords(
        placed.slice(0, QUESTION_ITEMS).map((m) => {
          const [x = a, ...ys] = asked(q.people, [m], ctx);
          const with_ =
            ys.length > 0
              ? listWords(ys)
              : listWords(others([m], q.people, ctx).map((p) => participantWords(p, false)));
          const at = m.event ? `, at the ${m.event}` : '';
          return `${x} met ${with_}${whereWords(m)}${at}, ${bareWhenWords(m.date)}`;
        }),
      )}.`;
    }
    case 'what': {
      const topics = [...new Set(found.flatMap((m) => m.topics))];
      if (topics.length === 0) return noTopicsSaid(between);
      const moreTopics = topics.length > 12 ? ' and more' : '';
      const dates = found.map((m) => bareWhenWords(m.date)).filter((d, i, all) => all.indexOf(d) === i);
      return `${between} discussed ${listWords(topics.slice(0, 12))}${moreTopics} (${listWords(dates)}).`;
    }
    case 'count': {
      const held = found.filter((m) => m.status === 'held');
      const planned = found.filter((m) => m.status === 'planned');
      const dates = (ms: Meeting[]): string =>
        ms.some((m) => m.date) ? ` (${listWords(ms.filter((m) => m.date).map((m) => formatHumanDate(m.date!)))})` : '';
      const met = b ? ` met ${b}` : ' took part in meetings';
      const heldText = `${a}${met} ${timesWord(held.length)} in the briefings${dates(held)}.`;
      const moreMeetings = planned.length === 1 ? 'One more meeting is' : `${planned.length} more meetings are`;
      return planned.length === 0 ? heldText : `${heldText} ${moreMeetings} planned${dates(planned)}.`;
    }
    case 'planned': {
      const meetings = found.length === 1 ? 'One meeting is' : `${found.length} meetings are`;
      return `${meetings} planned: ${listWords(shown.map(pairLine))}${more}.`;
    }
    case 'which': {
      const meetings = found.length === 1 ? 'One meeting' : `${found.length} meetings`;
      return `${meetings} in the briefings: ${listWords(shown.map(pairLine))}${more}.`;
    }
  }
}

/** The meetings a question finds, in the order its answer names them. */
export function questionMeetings(q: Question, ctx: AskContext): Meeting[] {
  const found = ctx.meetings.find({
    ...q.filter,
    ...(q.people.length > 0 ? { with: [...(q.filter.with ?? []), ...q.people] } : {}),
  });
  return found.sort(q.kind === 'count' ? byMeetingDateAsc : byMeetingDateDesc);
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

/**
 * Answer a meeting question: one or two plain sentences, then the evidence of each meeting named, then numbered
 * citations. Never a date, place or participant the briefings do not give.
 */
export function answerQuestion(q: Question, ctx: AskContext): AnswerOf<'question'> {
  const found = questionMeetings(q, ctx);
  const shown = found.slice(0, QUESTION_ITEMS);
  const citations: Citation[] = [];
  const numberOf = (articleId: string, paragraph: number): number | undefined => {
    const known = citations.find((c) => c.articleId === articleId && c.paragraph === paragraph);
    if (known) return known.n;
    const article = ctx.index.articles.get(articleId);
    if (!article) return undefined;
    citations.push(citationOf(citations.length + 1, article, paragraph));
    return citations.length;
  };
  const items: MeetingItem[] = shown.map((meeting) => ({
    meeting,
    citations: meeting.sources.flatMap((s) => {
      const n = numberOf(s.articleId, s.paragraph);
      return n === undefined ? [] : [n];
    }),
  }));
  return {
    kind: 'question',
    question: q,
    text: questionText(q, found, ctx),
    items,
    evidence: items
      .map((it) => ({ n: it.citations[0] ?? 0, segments: evidence(it.meeting, q, ctx) }))
      .filter((e) => e.segments.length > 0),
    citations,
    total: found.length,
  };
}
