import type { Article, Citation, CorpusWarning, Paragraph, PartialDate } from '../types.js';
import type { DateRange } from '../calendar.js';
import type { Segment } from '../index/excerpt.js';
import type { MeetingFilter, MeetingIndex } from '../index/meeting-index.js';
import type { SearchIndex } from '../index/search-index.js';
import type { Meeting } from '../extract/types.js';
import type { Question } from './question.js';

/** What answering needs: the indexes, what loading the corpus warned about, and the clock. */
export interface AskContext {
  index: SearchIndex;
  meetings: MeetingIndex;
  warnings: readonly CorpusWarning[];
  clock: () => Date;
}

/** What a line of user text asks for, once parsed. */
export type Command =
  | { kind: 'help' }
  | { kind: 'search'; terms: string; range: DateRange; page: number }
  | { kind: 'sources'; page: number }
  | { kind: 'source'; id: string; page: number }
  | { kind: 'meetings'; filter: MeetingFilter; text: string; timeline: boolean; page: number }
  | { kind: 'question'; question: Question }
  | { kind: 'invalid'; message: string };

/** One article found by a search, with its best passage as an excerpt. */
export interface SearchItem {
  n: number;
  articleId: string;
  file: string;
  title: string;
  published?: PartialDate;
  paragraph: number;
  excerpt: Segment[];
  score: number;
  /** Other matching paragraphs of the same article. */
  alsoParagraphs: number[];
}

/** A row of the list of sources. */
export interface SourceRow {
  id: string;
  file: string;
  title: string;
  published?: PartialDate;
  paragraphs: number;
  meetings: number;
  url?: string;
}

/** A meeting in a list, with the numbers of its citations. */
export interface MeetingItem {
  meeting: Meeting;
  citations: number[];
}

/** Paging shared by answers that come in pages. */
export interface Paging {
  page: number;
  pageCount: number;
  total: number;
}

/** What briefbot answers, independent of where it is shown. */
export type AnswerBody =
  | { kind: 'help' }
  | ({
      kind: 'search';
      query: string;
      rangeText?: string;
      items: SearchItem[];
      citations: Citation[];
      partial: boolean;
      suggestions: string[];
    } & Paging)
  | ({ kind: 'sources'; rows: SourceRow[]; warnings: CorpusWarning[] } & Paging)
  | ({ kind: 'source'; article: Omit<Article, 'paragraphs'>; paragraphs: Paragraph[] } & Paging)
  | ({ kind: 'meetings'; description: string; timeline: boolean; items: MeetingItem[]; citations: Citation[] } & Paging)
  | {
      kind: 'question';
      question: Question;
      text: string;
      items: MeetingItem[];
      evidence: { n: number; segments: Segment[] }[];
      citations: Citation[];
      total: number;
    }
  | { kind: 'error'; message: string };

/**
 * An answer with the text that gives it again (`command`, carried by the Share and More buttons) and a remark
 * about the input (`notice`, e.g. it was shortened).
 */
export type Answer = AnswerBody & { command: string; notice?: string };

/** The answer body of one kind. */
export type AnswerOf<K extends AnswerBody['kind']> = Extract<AnswerBody, { kind: K }>;
