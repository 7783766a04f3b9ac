import type { Article, Citation, Paragraph } from '../types.js';
import { byMeetingDateAsc, byMeetingDateDesc, type MeetingIndex } from '../index/meeting-index.js';
import type { Meeting } from '../extract/types.js';
import { answerQuestion, namesCountry } from './answer-question.js';
import { contextOf, type QuestionContext } from './follow-up.js';
import { questionSubjects, type QuestionWords } from './question.js';
import type { Question } from './question-types.js';
import { genderOf } from './gender.js';
import { buildExcerpt } from '../index/excerpt.js';
import { formatPartialDate, type DateRange } from '../calendar.js';
import type { Answer, AnswerBody, AnswerOf, AskContext, Command, SearchItem, SourceRow } from './types.js';
import { citationOf } from './citation.js';
import { UPPERCASE_COUNTRY_FORMS } from '../reference/countries.js';
import { fail, ok, type Result } from '../result.js';
import { normalizeInput, parseCommand } from './parse-command.js';
import {
  ambiguousSourceMessage,
  didYouMean,
  EMPTY_SEARCH,
  PASSAGES_MENTION,
  shortenedNotice,
  unknownSourceMessage,
} from './messages.js';
import { misspeltCommand } from './command-typo.js';

/** Page sizes; the CLI asks for everything at once. */
export interface PageSizes {
  search: number;
  sources: number;
  meetings: number;
  /** Characters of article text on one page of `/brief source`. */
  sourceChars: number;
}

export const DEFAULT_PAGE_SIZES: PageSizes = { search: 5, sources: 20, meetings: 8, sourceChars: 6000 };

/** Meetings read for someone's country: a few dozen tell whether the briefings give them one. */
const NATION_MEETINGS = 40;

/** An export's page sizes: every meeting on one page (a CSV has one row per meeting). */
export const EXPORT_PAGE_SIZES: PageSizes = { ...DEFAULT_PAGE_SIZES, meetings: Number.MAX_SAFE_INTEGER };

const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));
const clampPage = (page: number, count: number): number => Math.min(Math.max(1, page), count);

/**
 * Describe a date range in words for the answer header.
 * @example rangeText({ from: '2021-01-01', to: '2021-12-31' }) // → '2021-01-01 to 2021-12-31'
 */
export function rangeText(range: DateRange): string | undefined {
  if (range.from && range.to) return `${range.from} to ${range.to}`;
  if (range.from) return `from ${range.from}`;
  if (range.to) return `up to ${range.to}`;
  return undefined;
}

function answerSearch(
  cmd: Extract<Command, { kind: 'search' }>,
  ctx: AskContext,
  size: number,
): AnswerOf<'search'> | AnswerOf<'error'> {
  const outcome = ctx.index.search(cmd.terms, cmd.range, Math.max(1, cmd.page) * size);
  if (outcome.units.length === 0) return { kind: 'error', message: EMPTY_SEARCH };
  const count = pageCount(outcome.total, size);
  const page = clampPage(cmd.page, count);
  const first = (page - 1) * size;
  const items: SearchItem[] = outcome.hits.slice(first, first + size).map((hit, i) => {
    const best = hit.passages[0]!;
    const paragraph = hit.article.paragraphs.find((p) => p.n === best.paragraph);
    const terms = new Set(hit.passages.flatMap((p) => p.terms));
    return {
      n: first + i + 1,
      articleId: hit.article.id,
      file: hit.article.file,
      title: hit.article.title,
      published: hit.article.published,
      paragraph: best.paragraph,
      excerpt: paragraph ? buildExcerpt(paragraph, terms, ctx.index.lexicon) : [],
      score: Math.round(hit.score * 1000) / 1000,
      alsoParagraphs: hit.passages
        .slice(1)
        .map((p) => p.paragraph)
        .sort((a, b) => a - b),
    };
  });
  return {
    kind: 'search',
    query: cmd.terms,
    rangeText: rangeText(cmd.range),
    items,
    citations: items.map((it) => citationOf(it.n, ctx.index.articles.get(it.articleId)!, it.paragraph)),
    partial: !outcome.matchedAll,
    suggestions: outcome.total === 0 ? ctx.index.suggest(cmd.terms) : [],
    page,
    pageCount: count,
    total: outcome.total,
  };
}

/** Describe a meeting filter in words for the answer header. */
export function describeFilter(cmd: Extract<Command, { kind: 'meetings' }>): string {
  const f = cmd.filter;
  const parts = [
    f.status === 'planned' ? 'planned' : '',
    f.with ? `with ${f.with.join(' and ')}` : '',
    f.in ? `in ${f.in}` : '',
    f.at ? `at ${f.at}` : '',
    f.range ? (rangeText(f.range) ?? '') : '',
  ].filter(Boolean);
  return cmd.timeline
    ? `Timeline of ${f.with?.join(' and ') ?? cmd.text}`
    : `Meetings${parts.length ? ` ${parts.join(', ')}` : ''}`;
}

function answerMeetings(
  cmd: Extract<Command, { kind: 'meetings' }>,
  ctx: AskContext,
  size: number,
): AnswerOf<'meetings'> {
  const found = ctx.meetings.find(cmd.filter).sort(cmd.timeline ? byMeetingDateAsc : byMeetingDateDesc);
  const count = pageCount(found.length, size);
  const page = clampPage(cmd.page, count);
  const first = (page - 1) * size;
  const citations: Citation[] = [];
  const cited = (m: Meeting): number => m.sources.filter((s) => ctx.index.articles.has(s.articleId)).length;
  const offset = found.slice(0, first).reduce((n, m) => n + cited(m), 0);
  const items = found.slice(first, first + size).map((meeting) => ({
    meeting,
    citations: meeting.sources.flatMap((s) => {
      const article = ctx.index.articles.get(s.articleId);
      if (!article) return [];
      citations.push(citationOf(offset + citations.length + 1, article, s.paragraph));
      return [citations[citations.length - 1]!.n];
    }),
  }));
  return {
    kind: 'meetings',
    description: describeFilter(cmd),
    timeline: cmd.timeline,
    items,
    citations,
    page,
    pageCount: count,
    total: found.length,
  };
}

/** Articles newest first; undated ones last, by id. */
export function byDateDesc(a: Article, b: Article): number {
  const da = a.published ? formatPartialDate(a.published) : '';
  const db = b.published ? formatPartialDate(b.published) : '';
  return db.localeCompare(da) || a.id.localeCompare(b.id);
}

/** Articles sorted by {@link byDateDesc}, each date formatted once (a large corpus sorts in milliseconds). */
export function newestFirst(articles: Iterable<Article>): Article[] {
  const keyed = [...articles].map((a) => ({ a, date: a.published ? formatPartialDate(a.published) : '' }));
  const code = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return keyed.sort((x, y) => code(y.date, x.date) || x.a.id.localeCompare(y.a.id)).map(({ a }) => a);
}

const sourceRow = (a: Article, meetings: MeetingIndex): SourceRow => ({
  id: a.id,
  file: a.file,
  title: a.title,
  published: a.published,
  paragraphs: a.paragraphs.length,
  meetings: meetings.countByArticle.get(a.id) ?? 0,
  url: a.source,
});

/** Find an article by its id or a unique prefix of it. */
export function findArticle(articles: ReadonlyMap<string, Article>, id: string): Result<Article> {
  const exact = articles.get(id);
  if (exact) return ok(exact);
  const matches = [...articles.keys()].filter((k) => k.toLowerCase().startsWith(id.toLowerCase()));
  if (matches.length === 1) return ok(articles.get(matches[0]!)!);
  return fail(matches.length === 0 ? unknownSourceMessage(id) : ambiguousSourceMessage(id, matches.sort()));
}

/** Split paragraphs into pages of about `chars` characters (a long paragraph is a page of its own). */
export function pageParagraphs(paragraphs: Paragraph[], chars: number): Paragraph[][] {
  const pages: Paragraph[][] = [];
  let current: Paragraph[] = [];
  let size = 0;
  for (const p of paragraphs) {
    if (current.length > 0 && size + p.text.length > chars) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.text.length;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** Answer a parsed command. */
export function answerCommand(cmd: Command, ctx: AskContext, sizes: PageSizes = DEFAULT_PAGE_SIZES): AnswerBody {
  switch (cmd.kind) {
    case 'help':
      return { kind: 'help' };
    case 'invalid':
      return { kind: 'error', message: cmd.message };
    case 'search':
      return answerSearch(cmd, ctx, sizes.search);
    case 'sources': {
      const all = newestFirst(ctx.index.articles.values());
      const count = pageCount(all.length, sizes.sources);
      const page = clampPage(cmd.page, count);
      const rows = all.slice((page - 1) * sizes.sources, page * sizes.sources).map((a) => sourceRow(a, ctx.meetings));
      return { kind: 'sources', rows, warnings: [...ctx.warnings], page, pageCount: count, total: all.length };
    }
    case 'meetings':
      return answerMeetings(cmd, ctx, sizes.meetings);
    case 'question':
      return answerQuestion(cmd.question, ctx);
    case 'source': {
      const found = findArticle(ctx.index.articles, cmd.id);
      if (!found.ok) return { kind: 'error', message: found.error };
      const { paragraphs, ...article } = found.value;
      const pages = pageParagraphs(paragraphs, sizes.sourceChars);
      const page = clampPage(cmd.page, pages.length);
      return {
        kind: 'source',
        article,
        paragraphs: pages[page - 1]!,
        page,
        pageCount: pages.length,
        total: paragraphs.length,
      };
    }
  }
}

/** Whom and where the briefings know, for reading a question: participants of meetings, cities, countries, places. */
export function questionWords(ctx: AskContext): QuestionWords {
  const lexicon = ctx.index.lexicon;

  return {
    holders: (words, spelt) => ctx.meetings.holders(words, spelt),
    place: (words) => {
      const w = words.toLowerCase();
      return lexicon.places.has(w) || ctx.meetings.heldIn(w)
        ? 'city'
        : namesCountry(words, lexicon)
          ? 'country'
          : undefined;
    },
    misspeltPlace: (word) => ctx.meetings.placeLike(word),
    misspeltName: (word) => ctx.meetings.nameLike(word),
    misspeltCommon: (word) => lexicon.misspeltCommon(word),
    countryOf: (city) => {
      const code = lexicon.places.get(city.toLowerCase())?.country;
      return code ? lexicon.countries.find((c) => c.code === code)?.name : undefined;
    },
    countryCode: (word) => {
      const short = word.toUpperCase();
      const code = UPPERCASE_COUNTRY_FORMS[short];
      return lexicon.countries.find((c) => (code ? c.code === code : c.independent && c.codes.includes(short)))?.name;
    },
    gender: (words) => genderOf(words, ctx.meetings, ctx.index.articles),
    nationOf: (words) => {
      const countries = new Set(
        ctx.meetings
          .find({ with: [words] }, NATION_MEETINGS)
          .flatMap((m) => m.participants.filter((p) => ctx.meetings.participantMatches(p, words)))
          .flatMap((p) => (p.country ? [p.country] : [])),
      );
      return countries.size === 1 ? [...countries][0] : undefined;
    },
    ordinary: (word) => lexicon.common.has(word) || lexicon.regions.has(word),
    latest: () => {
      const newest = ctx.meetings.meetings.reduce<string>((max, m) => {
        const d = m.date?.day !== undefined ? formatPartialDate(m.date) : '';
        return d > max ? d : max;
      }, '');
      return newest ? new Date(`${newest}T00:00:00Z`) : undefined;
    },
  };
}

/**
 * True for a word of English (the lexicon's common words), a country, region or abbreviation the lexicon knows, or a
 * term of the briefings: a word that is no mistyped command.
 */
export function isKnownWord(ctx: AskContext, word: string): boolean {
  const { lexicon } = ctx.index;
  const w = word.toLowerCase();
  return lexicon.common.has(w) || lexicon.regions.has(w) || lexicon.words.has(w) || ctx.index.knows(w);
}

/** The command a line of text means: a mistyped command word gets "did you mean", anything else is parsed. */
function commandOf(text: string, ctx: AskContext, page: number, previous?: QuestionContext): Command {
  const typo = misspeltCommand(text, (word) => isKnownWord(ctx, word));
  if (typo) return { kind: 'invalid', message: didYouMean(typo.meant, text, typo.wordTypo) };
  const known = questionWords(ctx);
  const command = parseCommand(text, page, ctx.clock(), previous, known);
  if (command.kind !== 'question') return command;
  const subjects = questionSubjects(text, command.question, known);
  return subjects ? { ...command, question: { ...command.question, subjects } } : command;
}

/**
 * Answer a line of user text as typed after `/brief` (or in the console), at a given page; `previous` is what
 * the thread's last question was about, for follow-ups.
 * @example ask('search dasu in:2021', ctx).kind // → 'search'
 */
export function ask(
  raw: string,
  ctx: AskContext,
  page = 1,
  sizes: PageSizes = DEFAULT_PAGE_SIZES,
  previous?: QuestionContext,
): Answer {
  const { text, shortenedFrom } = normalizeInput(raw);
  const answer =
    twoQuestions(text, ctx, page, sizes, previous) ?? answerCommand(commandOf(text, ctx, page, previous), ctx, sizes);
  return { ...answer, command: text, ...(shortenedFrom ? { notice: shortenedNotice(shortenedFrom) } : {}) };
}

/** Where a second question may start: after "?", ";" or a comma, or at "and". */
const PART_BREAK = /[?;,]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/g;
/** A part that asks on its own: a question word and at least two more words ("when did he meet Saidov"). */
const ASKING_PART =
  /^(?:when|where|what|who|whom|how|did|does|do|has|have|had|is|was|were|will)(?:'s|'re)?\b(?:\s+[^\s?]+){2,}/i;
/** A first part that asks, from its start or after a comma or a dash: "A hosted B in Bucharest - which day". */
const FIRST_ASKS =
  /(?:^|[,;:]\s*|\s[-–—]+\s+)(?:when|where|what|which|who|whom|how|did|does|do|has|have|had|is|was|were|will)\b/i;
/** "where's the next round", "are they meeting again": a later meeting than the one asked before. */
const LATER_MEETING = /\b(?:next|again|follow-?up|upcoming)\b/i;

/** Words that point back and name no one: "did they …", "was that the first time they'd met". */
const POINTING = /^(?:he|she|they|they'd|him|her|them|it|that|this|those|these|the two|both)$/i;

/**
 * Whether the second part of a question asks of another meeting than the first: the first asks who someone is
 * ("who is A and when did B call him?"), or the second names, in its own words, someone the first does not ("when did
 * A and B meet in Tehran, and did the Omani FM also see C?"), or asks of a later meeting ("…, and where's the next
 * round?"). "When did A meet B, and what did they discuss?" asks one meeting.
 */
function asksAnother(first: Question, own: Question, texts: string[]): boolean {
  if (first.facets.includes('identity')) return !own.facets.includes('identity');
  const asked = new Set(first.people.map((p) => p.toLowerCase()));
  const named = own.people.some((p) => !asked.has(p.toLowerCase()) && !POINTING.test(p));
  return named || (LATER_MEETING.test(texts[1]!) && !LATER_MEETING.test(texts[0]!));
}

/**
 * The answer of a question that asks two things of different meetings, each part answered on its own (the second
 * with the first as the thread before it), the part asking yes or no first; undefined for a question of one meeting.
 * Each part must ask something of someone or somewhere: "can you remind me where and when A met B" is one question.
 */
function twoQuestions(
  text: string,
  ctx: AskContext,
  page: number,
  sizes: PageSizes,
  previous?: QuestionContext,
): AnswerBody | undefined {
  for (const m of text.matchAll(PART_BREAK)) {
    const texts = [text.slice(0, m.index).trim(), text.slice(m.index + m[0].length).trim()];
    if (!ASKING_PART.test(texts[1]!) || !FIRST_ASKS.test(texts[0]!)) continue;
    // Read both parts before answering either: most questions that have two parts ask of one meeting.
    const asked = commandOf(texts[0]!, ctx, page, previous);
    if (asked.kind !== 'question' || asked.question.unread || !asksOfSomething(asked.question)) continue;
    const own = commandOf(texts[1]!, ctx, page);
    if (own.kind !== 'question' || !asksAnother(asked.question, own.question, texts)) continue;
    const first = answerCommand(asked, ctx, sizes);
    if (first.kind !== 'question') continue;
    const second = answerCommand(commandOf(texts[1]!, ctx, page, contextOf(first.question)), ctx, sizes);
    if (second.kind !== 'question' || second.text === first.text) continue;
    const yesNoFirst = second.question.kind === 'yesno' && first.question.kind !== 'yesno';
    return yesNoFirst ? bothAnswers(second, first, second.question) : bothAnswers(first, second, second.question);
  }
  return undefined;
}

/** A question of someone, or of a place, an occasion or a time. */
const asksOfSomething = (q: Question): boolean =>
  q.people.length > 0 || Boolean(q.filter.in ?? q.filter.at ?? q.filter.range);

/** Two answers as one, the second's citations numbered on from the first's (one paragraph keeps one number). */
function bothAnswers(a: AnswerOf<'question'>, b: AnswerOf<'question'>, question: Question): AnswerOf<'question'> {
  const numbers = new Map(a.citations.map((c) => [`${c.articleId}#${c.paragraph}`, c.n]));
  const added = b.citations.filter((c) => !numbers.has(`${c.articleId}#${c.paragraph}`));
  const next = Math.max(0, ...a.citations.map((c) => c.n));
  added.forEach((c, i) => numbers.set(`${c.articleId}#${c.paragraph}`, next + i + 1));
  const renumber = (n: number): number => {
    const c = b.citations.find((x) => x.n === n);
    return c ? numbers.get(`${c.articleId}#${c.paragraph}`)! : n;
  };
  const seen = new Set(a.evidence.map((e) => e.n));
  // The passages that mention what was asked close the answer, after both parts.
  const [textA, textB] = [a.text, b.text].map((t) => t.replace(` ${PASSAGES_MENTION}`, ''));
  const mention = textA !== a.text || textB !== b.text ? ` ${PASSAGES_MENTION}` : '';
  return {
    kind: 'question',
    question,
    text: `${textA} ${textB}${mention}`,
    items: [...a.items, ...b.items.map((item) => ({ ...item, citations: item.citations.map(renumber) }))],
    evidence: [...a.evidence, ...b.evidence.map((e) => ({ ...e, n: renumber(e.n) })).filter((e) => !seen.has(e.n))],
    citations: [...a.citations, ...added.map((c) => ({ ...c, n: numbers.get(`${c.articleId}#${c.paragraph}`)! }))],
    total: a.total + b.total,
  };
}
