import type { Command } from './types.js';
import { MAX_INPUT_CHARS, SOURCE_WHICH, TIMELINE_WHO } from './messages.js';
import { parseSearch } from './search-filters.js';
import { parseMeetingFilter } from './meeting-query.js';
import {
  cleanQuestion,
  looksLikeQuestion,
  parseQuestion,
  questionFacets,
  type Question,
  type QuestionWords,
} from './question.js';
import type { QuestionContext } from './follow-up.js';
import { alternatives, pattern } from '../text/regex.js';

/** Text as briefbot reads it: without a leading `/brief`, white space folded, at most {@link MAX_INPUT_CHARS}. */
export function normalizeInput(raw: string): { text: string; shortenedFrom?: number } {
  const folded = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/brief\b\s*/i, '');
  const chars = [...folded];
  if (chars.length <= MAX_INPUT_CHARS) return { text: folded };
  return { text: chars.slice(0, MAX_INPUT_CHARS).join('').trim(), shortenedFrom: chars.length };
}

/**
 * What follows `digest` in text typed after `/brief` (`/brief` itself may lead), or undefined when the text is no
 * digest command: digest commands change settings in the store, and are answered apart from {@link parseCommand}.
 * @example digestArguments('/brief digest on 08:30') // → 'on 08:30'
 */
export function digestArguments(raw: string): string | undefined {
  const match = /^digest(?: (.*))?$/i.exec(normalizeInput(raw).text);
  return match ? (match[1] ?? '') : undefined;
}

/** "Which briefings mention X?": a search for X (group 1). */
const SOURCES_MENTIONING = pattern(
  [
    /^(?:which|what) /,
    alternatives(['briefings', 'articles', 'reports', 'sources', 'stories']),
    ' ',
    alternatives(['mention', 'cover', 'talk about', 'say about', 'are about']),
    / (.+?)\??$/,
  ],
  'i',
);

const pageOf = (word: string | undefined): number => {
  const n = Number(word);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/** Words known to no briefing: without the briefings, a question names no one and reads as search words. */
const NO_WORDS: QuestionWords = {
  holders: () => 0,
  place: () => undefined,
  misspeltPlace: () => undefined,
  misspeltName: () => undefined,
  ordinary: () => true,
};

/**
 * Parse what follows `/brief` into a command; anything that is not a known command word is a search. `known` says
 * whom and where the briefings know, for reading a question.
 * @example parseCommand('source 001', 1, new Date()) // → { kind: 'source', id: '001', page: 1 }
 */
export function parseCommand(
  text: string,
  page: number,
  today: Date,
  previous?: QuestionContext,
  known: QuestionWords = NO_WORDS,
): Command {
  const [first = '', ...rest] = text.split(' ');
  const word = first.toLowerCase();
  if (word === 'meetings' || word === 'meeting' || word === 'timeline') {
    const timeline = word === 'timeline';
    const body = rest.join(' ');
    if (timeline && body.trim() === '') return { kind: 'invalid', message: TIMELINE_WHO };
    const filter = parseMeetingFilter(timeline ? `with ${body}` : body, today);
    if (!filter.ok) return { kind: 'invalid', message: filter.error };
    return { kind: 'meetings', filter: filter.value, text: body, timeline, page };
  }
  if (word === '' || word === 'help' || word === '?') return { kind: 'help' };
  if (word === 'sources' && rest.length <= 1) return { kind: 'sources', page: rest.length ? pageOf(rest[0]) : page };
  if (word === 'source' && rest.length <= 2) {
    return rest[0]
      ? { kind: 'source', id: rest[0], page: rest[1] ? pageOf(rest[1]) : page }
      : { kind: 'invalid', message: SOURCE_WHICH };
  }
  const mentions = SOURCES_MENTIONING.exec(text);
  if (mentions) return parseCommand(`search ${mentions[1]}`, page, today);
  if (word !== 'search' && (looksLikeQuestion(text) || previous)) {
    const question = parseQuestion(text, today, previous, known);
    if (question) return { kind: 'question', question };
    // A question of when, who, what … read as no one, nowhere and at no time is still answered as a question, with
    // what comes nearest; "anything on flurbs?" is a search.
    const unread = looksLikeQuestion(text) ? unreadQuestion(cleanQuestion(text)) : undefined;
    if (unread) return { kind: 'question', question: unread };
  }
  const parsed = parseSearch(word === 'search' ? rest.join(' ') : cleanQuestion(text));
  if (!parsed.ok) return { kind: 'invalid', message: parsed.error };
  return { kind: 'search', terms: parsed.value.terms, range: parsed.value.range, page };
}

/** A question none of whose words could be read: what it asks, and its words; undefined when it asks nothing. */
function unreadQuestion(text: string): Question | undefined {
  const facets = questionFacets(text);
  return facets.length > 0 ? { kind: facets[0]!, facets, people: [], filter: {}, unread: text } : undefined;
}

/**
 * The meetings or timeline command of `/brief meetings … csv` (`/brief` itself may lead), without its last word
 * `csv`: the command whose meetings go out as a CSV file; undefined for any other text.
 * @example csvArguments('/brief meetings with Russia csv') // → 'meetings with Russia'
 */
export function csvArguments(raw: string): string | undefined {
  const match = /^((?:meetings?|timeline)(?: .*)?) csv$/i.exec(normalizeInput(raw).text);
  return match?.[1];
}
