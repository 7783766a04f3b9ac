import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Article, Corpus } from '../types.js';
import type { Lexicon } from '../reference/lexicon.js';
import { analyzeQuery, analyzeText, isSyntheticTerm, type QueryUnit } from './analyze.js';
import { isInRange, type DateRange } from './date-range.js';

/** A paragraph that matched, with the index terms it matched on. */
export interface PassageHit {
  paragraph: number;
  score: number;
  terms: string[];
}

/** An article that matched: its passages best first, and a score for ranking articles. */
export interface ArticleHit {
  article: Article;
  score: number;
  passages: PassageHit[];
}

/** What a search found: articles best first, and whether every term had to match (false after a fallback). */
export interface SearchOutcome {
  units: QueryUnit[];
  hits: ArticleHit[];
  matchedAll: boolean;
}

/** The search side of the index: passages of every article, searchable with names, abbreviations and demonyms. */
export interface SearchIndex {
  articles: ReadonlyMap<string, Article>;
  lexicon: Lexicon;
  /** Search paragraphs; articles outside `range` (by their own date) are left out. */
  search(text: string, range?: DateRange): SearchOutcome;
  /** A spelling suggestion for a query that found nothing: each unknown word replaced by the closest indexed one. */
  suggest(text: string): string[];
}

interface PassageDoc {
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
}

/** How much a passage beyond the best one adds to its article's score. */
export const EXTRA_PASSAGE_WEIGHT = 0.25;
/** Weight of a sound-alike match relative to a match of the word itself. */
export const PHONETIC_WEIGHT = 0.5;

const fuzzyFor = (term: string): number | false => {
  if (isSyntheticTerm(term) || /\d/.test(term) || term.length < 5) return false;
  return term.length >= 9 ? 2 : 1;
};

/**
 * A query unit as a minisearch expression: a word or its alternatives; a phrase's words or its key. A word the
 * index knows is looked up as written (and by prefix); only an unknown word is looked up by spelling distance and
 * by sound, which is what makes common words fast.
 */
function unitQuery(unit: QueryUnit, known: (term: string) => boolean): Query {
  if (unit.kind === 'phrase') return { combineWith: 'OR', queries: [{ combineWith: 'AND', queries: unit.words.map((w) => unitQuery(w, known)) }, unit.key] };
  if (known(unit.term)) return { combineWith: 'OR', fuzzy: false, queries: [unit.term, ...unit.alternatives.filter((a) => !a.startsWith('~'))] };
  return { combineWith: 'OR', queries: [unit.term, ...unit.alternatives] };
}

/** Turn minisearch's passage results into article hits, best article first. */
export function groupByArticle(results: SearchResult[], articles: ReadonlyMap<string, Article>): ArticleHit[] {
  const byArticle = new Map<string, PassageHit[]>();
  for (const r of results) {
    const list = byArticle.get(r.articleId as string) ?? [];
    list.push({ paragraph: r.paragraph as number, score: r.score, terms: r.terms });
    byArticle.set(r.articleId as string, list);
  }
  const hits: ArticleHit[] = [];
  for (const [id, passages] of byArticle) {
    const article = articles.get(id);
    if (!article) continue;
    passages.sort((a, b) => b.score - a.score);
    const [best, ...rest] = passages;
    const score = (best?.score ?? 0) + EXTRA_PASSAGE_WEIGHT * rest.reduce((s, p) => s + p.score, 0);
    hits.push({ article, score, passages });
  }
  return hits.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id));
}

/** Build the passage index of a corpus: one minisearch document per paragraph. */
export function buildSearchIndex(corpus: Corpus, lexicon: Lexicon): SearchIndex {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const vocabulary = new Set<string>();
  const mini = new MiniSearch<PassageDoc>({
    fields: ['text'],
    storeFields: ['articleId', 'paragraph'],
    tokenize: (text) => {
      const terms = analyzeText(text, lexicon).map((t) => t.term);
      for (const t of terms) vocabulary.add(t);
      return terms;
    },
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      fuzzy: fuzzyFor,
      prefix: (term) => !isSyntheticTerm(term) && term.length >= 3,
      boostTerm: (term) => (term.startsWith('~') ? PHONETIC_WEIGHT : 1),
    },
  });
  mini.addAll(
    corpus.articles.flatMap((a) =>
      a.paragraphs.map((p) => ({ id: `${a.id}#${p.n}`, articleId: a.id, paragraph: p.n, text: p.text })),
    ),
  );

  const run = (units: QueryUnit[], combineWith: 'AND' | 'OR', range: DateRange): SearchResult[] =>
    mini.search(
      { combineWith, queries: units.map((u) => unitQuery(u, (t) => vocabulary.has(t))) },
      { filter: (r) => isInRange(articles.get(r.articleId as string)?.published, range) },
    );

  return {
    articles,
    lexicon,
    search(text, range = {}) {
      const units = analyzeQuery(text, lexicon);
      if (units.length === 0) return { units, hits: [], matchedAll: true };
      const all = run(units, 'AND', range);
      if (all.length > 0 || units.length === 1) return { units, hits: groupByArticle(all, articles), matchedAll: true };
      return { units, hits: groupByArticle(run(units, 'OR', range), articles), matchedAll: false };
    },
    suggest(text) {
      const words = analyzeQuery(text, lexicon).flatMap((u) => (u.kind === 'word' ? [u] : u.words));
      let changed = false;
      const corrected = words.map((w) => {
        if (w.kind !== 'word' || mini.search(w.term, { fuzzy: false, prefix: false }).length > 0) return w.surface;
        const fuzzy = fuzzyFor(w.term);
        const best = fuzzy ? mini.autoSuggest(w.term, { fuzzy, prefix: false }).find((s) => !s.terms.some(isSyntheticTerm)) : undefined;
        if (!best) return w.surface;
        changed = true;
        return best.suggestion;
      });
      return changed ? [corrected.join(' ')] : [];
    },
  };
}
