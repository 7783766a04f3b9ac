import type { PartialDate } from '../types.js';

/** Someone at a meeting. An unnamed participant ("his Kyrgyz counterpart") has a title and country but no name. */
export interface Participant {
  /** Fullest form of the name in the corpus, e.g. "Jalil Abbas Jilani". */
  name?: string;
  /** Role as the briefing gives it, e.g. "Caretaker Foreign Minister", "President", "Secretary-General". */
  title?: string;
  /** Country (common English name, e.g. "Kyrgyzstan") the person represents. */
  country?: string;
  /** Organisation the person is an official of, e.g. "SCO". */
  organization?: string;
}

/** How a meeting took place. */
export type MeetingKind = 'talks' | 'call-on' | 'visit' | 'telephone';

/** Where a meeting was reported: article, paragraph and the evidence sentence. */
export interface MeetingSource {
  articleId: string;
  file: string;
  /** 1-based; 0 for the headline. */
  paragraph: number;
  sentence: string;
}

/** A resolved date with the phrase it came from and how it was resolved. */
export interface ResolvedDate {
  date: PartialDate;
  /** The words of the text the date came from: "on Wednesday", "in June 2019", "late September". */
  text: string;
  /** How it was resolved, for people: "from 'on Wednesday', article dated Thu 26 Oct 2023". */
  basis: string;
  /** True when the phrase or its tense places the date after the article's date ("will be held in late September"). */
  future: boolean;
}

/** A meeting reported by one or more briefings. */
export interface Meeting {
  id: string;
  status: 'held' | 'planned';
  kind: MeetingKind;
  date?: PartialDate;
  dateText?: string;
  dateBasis?: string;
  /** City, or "by telephone". */
  location?: string;
  venue?: string;
  event?: string;
  participants: Participant[];
  topics: string[];
  sources: MeetingSource[];
}
