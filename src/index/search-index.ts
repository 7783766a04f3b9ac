import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Article, Corpus } from '../types.js';
import type { Lexicon } from '../reference/lexicon.js';
import { analyzeQuery, analyzeText, isSyntheticTerm, type QueryUnit, type WordCache } from './analyze.js';
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
  /** What a snapshot keeps of this index. */
  snapshot(): SearchIndexSnapshot;
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

/** What a search index saves in a snapshot: minisearch's own JSON and the words it knows. */
export interface SearchIndexSnapshot {
  mini: string;
  vocabulary: string[];
}

/** Minisearch options shared by building and loading: the same analyzer, or a loaded index would not match. */
function miniOptions(lexicon: Lexicon, vocabulary: Set<string>, cache?: WordCache) {
  return {
    fields: ['text'],
    storeFields: ['articleId', 'paragraph'],
    tokenize: (text: string): string[] => {
      const terms = analyzeText(text, lexicon, cache).map((t) => t.term);
      for (const t of terms) vocabulary.add(t);
      return terms;
    },
    processTerm: (term: string): string => term,
    searchOptions: {
      tokenize: (text: string): string[] => text.split(' '),
      processTerm: (term: string): string => term,
      fuzzy: fuzzyFor,
      prefix: (term: string): boolean => !isSyntheticTerm(term) && term.length >= 3,
      boostTerm: (term: string): number => (term.startsWith('~') ? PHONETIC_WEIGHT : 1),
    },
  };
}

/** Build the passage index of a corpus: one minisearch document per paragraph. */
export function buildSearchIndex(corpus: Corpus, lexicon: Lexicon): SearchIndex {
  const vocabulary = new Set<string>();
  const cache: WordCache = new Map();
  const mini = new MiniSearch<PassageDoc>(miniOptions(lexicon, vocabulary, cache));
  mini.addAll(
    corpus.articles.flatMap((a) =>
      a.paragraphs.map((p) => ({ id: `${a.id}#${p.n}`, articleId: a.id, paragraph: p.n, text: p.text })),
    ),
  );
  cache.clear();
  return searchIndexOver(corpus.articles, lexicon, mini, vocabulary);
}

/** {@link buildSearchIndex}, adding paragraphs in chunks so that the event loop gets a turn between them. */
export async function buildSearchIndexAsync(corpus: Corpus, lexicon: Lexicon): Promise<SearchIndex> {
  const vocabulary = new Set<string>();
  const cache: WordCache = new Map();
  const mini = new MiniSearch<PassageDoc>(miniOptions(lexicon, vocabulary, cache));
  await mini.addAllAsync(
    corpus.articles.flatMap((a) => a.paragraphs.map((p) => ({ id: `${a.id}#${p.n}`, articleId: a.id, paragraph: p.n, text: p.text }))),
    { chunkSize: 200 },
  );
  cache.clear();
  return searchIndexOver(corpus.articles, lexicon, mini, vocabulary);
}

/** Load a search index saved by {@link SearchIndex.snapshot}, over the same articles. */
export function loadSearchIndex(articles: Article[], lexicon: Lexicon, snap: SearchIndexSnapshot): SearchIndex {
  const vocabulary = new Set(snap.vocabulary);
  const mini = MiniSearch.loadJSON<PassageDoc>(snap.mini, miniOptions(lexicon, vocabulary));
  return searchIndexOver(articles, lexicon, mini, vocabulary);
}

function searchIndexOver(list: Article[], lexicon: Lexicon, mini: MiniSearch<PassageDoc>, vocabulary: Set<string>): SearchIndex {
  const articles = new Map(list.map((a) => [a.id, a]));
  const run = (units: QueryUnit[], combineWith: 'AND' | 'OR', range: DateRange): SearchResult[] =>
    mini.search(
      { combineWith, queries: units.map((u) => unitQuery(u, (t) => vocabulary.has(t))) },
      { filter: (r) => isInRange(articles.get(r.articleId as string)?.published, range) },
    );

  return {
    articles,
    lexicon,
    snapshot: () => ({ mini: JSON.stringify(mini), vocabulary: [...vocabulary] }),
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
