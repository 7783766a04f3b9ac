/** Domain types shared by every stage: corpus → extract → index → ask → render. */

/** A calendar date known to year, month or day precision. `2019-06` is `{ year: 2019, month: 6 }`. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** One sentence of a paragraph, with its character offsets inside the paragraph text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A paragraph of cleaned article text; `n` is its 1-based number, the `¶N` of a citation. */
export interface Paragraph {
  n: number;
  text: string;
  sentences: Sentence[];
  /** True for a short heading line ("Diplomatic Engagements and Advocacy"). */
  heading: boolean;
}

/** A briefing read from the corpus folder and cleaned of web debris. */
export interface Article {
  /** File name without its extension, e.g. `000_0d5f0c5c4968850b`. Unique in a corpus. */
  id: string;
  /** File name inside the corpus folder, e.g. `000_0d5f0c5c4968850b.txt`. */
  file: string;
  title: string;
  /** True when the title was derived from the text rather than given in front matter. */
  titleDerived: boolean;
  /** The article's own date (date line or front matter); undefined when the article is undated. */
  published?: PartialDate;
  /** The year the page's copyright line gives ("© 2025 Ghana News Agency"): of a date line that gives none. */
  copyrightYear?: number;
  /** Source URL from front matter, when given and valid (http or https). */
  source?: string;
  paragraphs: Paragraph[];
  /** Hash of the cleaned text; two files with the same hash are the same article. */
  contentHash: string;
}

/** A problem with one corpus file: the file is named and the reason says what is wrong. */
export interface CorpusWarning {
  file: string;
  reason: string;
  /** True when the file was loaded all the same (a bad date or header ignored); else it was skipped. */
  loaded?: true;
}

/** Everything read from a corpus folder. */
export interface Corpus {
  dir: string;
  articles: Article[];
  warnings: CorpusWarning[];
}

/** Where an answer's evidence comes from: `[n] title · date · file · ¶N`. */
export interface Citation {
  n: number;
  articleId: string;
  title: string;
  published?: PartialDate;
  file: string;
  /** 1-based; 0 for the headline (a meeting only the headline reports). */
  paragraph: number;
  url?: string;
}
