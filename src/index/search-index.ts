import type { Article, Corpus } from '../types.js';
import type { Lexicon } from '../reference/lexicon.js';
import { yieldToEventLoop } from '../event-loop.js';
import { analyzeQuery, analyzeText, isSyntheticTerm, type QueryUnit, type WordCache } from './analyze.js';
import { isInRange, type DateRange } from '../calendar.js';
import { createPostings, loadPostings, type Postings, type PostingsData } from './postings.js';

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

/**
 * What a search found: how many articles, the best `limit` of them best first, and whether every term had to match
 * (false after a fallback).
 */
export interface SearchOutcome {
  units: QueryUnit[];
  total: number;
  hits: ArticleHit[];
  matchedAll: boolean;
}

/** The search side of the index: passages of every article, searchable with names, abbreviations and demonyms. */
export interface SearchIndex {
  articles: ReadonlyMap<string, Article>;
  lexicon: Lexicon;
  /**
   * Search paragraphs; articles outside `range` (by their own date) are left out; only the best `limit` are returned.
   * When no passage has every word, those with some of them are returned (`matchedAll` false), unless `allWords`:
   * then none are, which spares ranking most of the index for a common word.
   */
  search(text: string, range?: DateRange, limit?: number, options?: { allWords?: boolean }): SearchOutcome;
  /** A spelling suggestion for a query that found nothing: each unknown word replaced by the closest indexed one. */
  suggest(text: string): string[];
  /**
   * True when a word is a term of the index as written (once analysed as the passages are): no prefix, spelling or
   * sound-alike reach. A stopword, which the index leaves out, is no term.
   */
  knows(word: string): boolean;
  /** What a snapshot keeps of this index. */
  snapshot(): SearchIndexSnapshot;
  /**
   * Reflect briefings added, rewritten or removed without rebuilding: the passages of `removed` (and of earlier
   * versions of `added`) leave the index, those of `added` enter it.
   */
  update(added: readonly Article[], removed: readonly string[]): void;
}

/** What a snapshot keeps of a search index: the postings, and which article each owner number stands for. */
export interface SearchIndexSnapshot {
  postings: PostingsData;
  owners: (string | null)[];
}

/** How much a passage beyond the best one adds to its article's score. */
export const EXTRA_PASSAGE_WEIGHT = 0.25;
/** Weight of a sound-alike match relative to a match of the word itself. */
export const PHONETIC_WEIGHT = 0.5;
/** Weights of a longer word found by prefix and of a word found by spelling distance (minisearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** BM25+ parameters (minisearch's defaults). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** How many passages are indexed between two turns of the event loop. */
export const PASSAGES_PER_SLICE = 200;

const fuzzyFor = (term: string): number | false => {
  if (isSyntheticTerm(term) || /\d/.test(term) || term.length < 5) return false;
  return term.length >= 9 ? 2 : 1;
};
const prefixFor = (term: string): boolean => !isSyntheticTerm(term) && term.length >= 3;

/** A term of the index a query term reaches, with the weight of that match and the query term it stands for. */
interface Expansion {
  term: number;
  name: string;
  weight: number;
  source: number;
}

/** Matching passages, ascending, with their scores and which query terms each matched (one bit per query term). */
interface Matches {
  ids: Uint32Array;
  scores: Float64Array;
  masks: Uint32Array;
}

const NONE: Matches = { ids: new Uint32Array(0), scores: new Float64Array(0), masks: new Uint32Array(0) };

/** Passages that are in both. */
function intersect(a: Matches, b: Matches): Matches {
  const n = Math.min(a.ids.length, b.ids.length);
  const out = { ids: new Uint32Array(n), scores: new Float64Array(n), masks: new Uint32Array(n) };
  let k = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const [x, y] = [a.ids[i]!, b.ids[j]!];
    if (x < y) i += 1;
    else if (y < x) j += 1;
    else {
      out.ids[k] = x;
      out.scores[k] = a.scores[i]! + b.scores[j]!;
      out.masks[k] = a.masks[i]! | b.masks[j]!;
      k += 1;
      i += 1;
      j += 1;
    }
  }
  return { ids: out.ids.subarray(0, k), scores: out.scores.subarray(0, k), masks: out.masks.subarray(0, k) };
}

/** Passages that are in either. */
function union(a: Matches, b: Matches): Matches {
  const n = a.ids.length + b.ids.length;
  const out = { ids: new Uint32Array(n), scores: new Float64Array(n), masks: new Uint32Array(n) };
  let k = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    out.ids[k] = Math.min(x, y);
    out.scores[k] = (x <= y ? a.scores[i]! : 0) + (y <= x ? b.scores[j]! : 0);
    out.masks[k] = (x <= y ? a.masks[i]! : 0) | (y <= x ? b.masks[j]! : 0);
    if (x <= y) i += 1;
    if (y <= x) j += 1;
    k += 1;
  }
  return { ids: out.ids.subarray(0, k), scores: out.scores.subarray(0, k), masks: out.masks.subarray(0, k) };
}

/** The passages stamped with `epoch`, ascending: for many matches, a scan of every passage beats sorting them. */
function stamped(seen: Uint32Array, epoch: number, size: number, count: number): Uint32Array {
  const ids = new Uint32Array(count);
  let k = 0;
  for (let p = 0; p < size; p += 1) if (seen[p] === epoch) ids[k++] = p;
  return ids;
}

const bitCount = (m: number): number => {
  let n = 0;
  for (let x = m; x; x &= x - 1) n += 1;
  return n;
};

/**
 * The searcher over postings: expands query terms (as written, by prefix, by spelling distance, by alternatives),
 * scores passages with BM25+ and combines units with AND or OR. Scratch arrays are reused between queries.
 */
function searcher(postings: Postings) {
  let seen = new Uint32Array(0);
  let acc = new Float64Array(0);
  let masks = new Uint32Array(0);
  let epoch = 0;
  /** Each passage's length term of BM25, k·(1 − b + b·length/average), kept until passages are added or removed. */
  let norms = new Float64Array(0);
  let normsFor = -1;

  const lengthNorms = (): Float64Array => {
    const stamp = postings.size * 1e6 + postings.live;
    if (normsFor !== stamp) {
      const lengths = postings.lengths();
      const average = postings.averageLength || 1;
      norms = new Float64Array(postings.size);
      for (let p = 0; p < postings.size; p += 1) norms[p] = BM25.k * (1 - BM25.b + (BM25.b * lengths[p]!) / average);
      normsFor = stamp;
    }
    return norms;
  };

  /**
   * An expansion's weight times the inverse document frequency of its term, the part of BM25+ all its passages share.
   */
  const idfWeight = (weight: number, n: number): number => weight * Math.log(1 + (postings.live - n + 0.5) / (n + 0.5));
  /** BM25+ of one passage for a term, from the shared part, the term's count and the passage's length term. */
  const bm25 = (factor: number, tf: number, norm: number): number =>
    factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
  const bitOf = (source: number): number => (source < 32 ? 1 << source : 0);

  /** The passages of one expansion, scored: its postings are in passage order already. */
  const matchesOfOne = ({ term, weight, source }: Expansion): Matches => {
    const { docs, tfs, n } = postings.list(term);
    const alive = postings.liveness();
    const norm = lengthNorms();
    const factor = idfWeight(weight, n);
    const ids = new Uint32Array(n);
    const scores = new Float64Array(n);
    let count = 0;
    for (let i = 0; i < n; i += 1) {
      const p = docs[i]!;
      if (alive[p] !== 1) continue;
      ids[count] = p;
      scores[count] = bm25(factor, tfs[i]!, norm[p]!);
      count += 1;
    }
    return {
      ids: ids.subarray(0, count),
      scores: scores.subarray(0, count),
      masks: new Uint32Array(count).fill(bitOf(source)),
    };
  };

  /** The passages any expansion reaches, scored with BM25+ (minisearch's formula). */
  const matchesOf = (expansions: Expansion[]): Matches => {
    if (expansions.length === 0) return NONE;
    if (expansions.length === 1) return matchesOfOne(expansions[0]!);
    if (seen.length < postings.size) {
      const room = Math.ceil(postings.size * 1.25) + 1024;
      seen = new Uint32Array(room);
      acc = new Float64Array(room);
      masks = new Uint32Array(room);
      epoch = 0;
    }
    epoch += 1;
    const alive = postings.liveness();
    const norm = lengthNorms();
    let touched = new Uint32Array(1024);
    let count = 0;
    for (const { term, weight, source } of expansions) {
      const { docs, tfs, n } = postings.list(term);
      const bit = bitOf(source);
      const factor = idfWeight(weight, n);
      for (let i = 0; i < n; i += 1) {
        const p = docs[i]!;
        if (alive[p] !== 1) continue;
        if (seen[p] !== epoch) {
          seen[p] = epoch;
          acc[p] = 0;
          masks[p] = 0;
          if (count === touched.length) {
            const larger = new Uint32Array(count * 2);
            larger.set(touched);
            touched = larger;
          }
          touched[count++] = p;
        }
        acc[p] = acc[p]! + bm25(factor, tfs[i]!, norm[p]!);
        masks[p] = masks[p]! | bit;
      }
    }
    const ids =
      count > postings.size / 16 ? stamped(seen, epoch, postings.size, count) : touched.subarray(0, count).sort();
    const scores = new Float64Array(count);
    const bits = new Uint32Array(count);
    for (let i = 0; i < count; i += 1) {
      scores[i] = acc[ids[i]!]!;
      bits[i] = masks[ids[i]!]!;
    }
    return { ids, scores, masks: bits };
  };

  /**
   * What a query term reaches: itself and, for a word the index does not know (a partial or misspelt one), the longer
   * words it begins and near spellings. A known word is taken as written, which is what keeps common words fast.
   */
  const expand = (term: string, source: number, boost: number, known: boolean): Expansion[] => {
    const out: Expansion[] = [];
    const exact = postings.dictionary.get(term);
    if (exact !== undefined) out.push({ term: exact, name: term, weight: boost, source });
    if (known) return out;
    const reached = new Set<string>([term]);
    if (prefixFor(term)) {
      for (const [longer, id] of postings.dictionary.atPrefix(term)) {
        if (reached.has(longer)) continue;
        reached.add(longer);
        out.push({
          term: id,
          name: longer,
          weight: (boost * PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * (longer.length - term.length)),
          source,
        });
      }
    }
    const fuzzy = fuzzyFor(term);
    if (fuzzy) {
      for (const [near, [id, distance]] of postings.dictionary.fuzzyGet(term, fuzzy)) {
        if (reached.has(near) || distance === 0) continue;
        out.push({
          term: id,
          name: near,
          weight: (boost * FUZZY_WEIGHT * near.length) / (near.length + distance),
          source,
        });
      }
    }
    return out;
  };

  /**
   * A query unit's matches: a word or any of its alternatives (sound-alike keys only for a word the index does not
   * know); a phrase's words all together, or its key. `reached` collects the index terms reached, to show them.
   */
  const unitMatches = (unit: QueryUnit, sources: { next: number }, reached: Set<string>): Matches => {
    const reach = (expansions: Expansion[]): Matches => {
      for (const e of expansions) reached.add(e.name);
      return matchesOf(expansions);
    };
    if (unit.kind === 'phrase') {
      const words = unit.words
        .map((w) => unitMatches(w, sources, reached))
        .reduce<Matches | undefined>((all, m) => (all ? intersect(all, m) : m), undefined);
      const key = reach(expand(unit.key, sources.next++, 1, true));
      return words ? union(words, key) : key;
    }
    const known = postings.dictionary.has(unit.term);
    const terms = [unit.term, ...unit.alternatives.filter((a) => !(known && a.startsWith('~')))];
    return reach(terms.flatMap((t) => expand(t, sources.next++, t.startsWith('~') ? PHONETIC_WEIGHT : 1, known)));
  };

  /** Each unit's matches, and the index terms the query reached. */
  return (units: QueryUnit[]): { each: Matches[]; terms: string[] } => {
    const sources = { next: 0 };
    const reached = new Set<string>();
    const each = units.map((u) => unitMatches(u, sources, reached));
    return { each, terms: [...reached] };
  };
}

/** Passages every unit matched (the smallest lists intersected first), or any unit matched. */
const matchingAll = (each: Matches[]): Matches =>
  each.length === 0 ? NONE : [...each].sort((a, b) => a.ids.length - b.ids.length).reduce(intersect);
const matchingAny = (each: Matches[]): Matches => (each.length === 0 ? NONE : each.reduce(union));

/**
 * Build the passage index of a corpus (one entry per paragraph), adding articles in slices so that the event loop
 * gets a turn between them, and telling `progress` how many articles are indexed.
 */
export async function buildSearchIndexAsync(
  corpus: Corpus,
  lexicon: Lexicon,
  progress?: (done: number, total: number) => void,
): Promise<SearchIndex> {
  const index = searchIndexOver([], lexicon, createPostings());
  let slice: Article[] = [];
  let passages = 0;
  for (const [i, article] of corpus.articles.entries()) {
    slice.push(article);
    passages += article.paragraphs.length;
    if (passages < PASSAGES_PER_SLICE && i < corpus.articles.length - 1) continue;
    index.update(slice, []);
    slice = [];
    passages = 0;
    progress?.(i + 1, corpus.articles.length);
    await yieldToEventLoop();
  }
  return index;
}

/** Load a search index saved by {@link SearchIndex.snapshot}, over the same articles. */
export async function loadSearchIndex(
  articles: readonly Article[],
  lexicon: Lexicon,
  snap: SearchIndexSnapshot,
): Promise<SearchIndex> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const postings = await loadPostings(snap.postings, yieldToEventLoop);
  return searchIndexOver(
    snap.owners.map((id) => (id === null ? undefined : byId.get(id))),
    lexicon,
    postings,
  );
}

/** An article's share of the matches: its passages are `from`…`to` of them. */
interface Group {
  article: Article;
  from: number;
  to: number;
  score: number;
}

const byScore = (a: Group, b: Group): number =>
  b.score - a.score || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);

/**
 * Articles ranked (the best passage's score plus a quarter of the others'), keeping only the best `limit` while
 * counting them all. A passage's score is its BM25+ sum times the number of query terms it matched, as minisearch's.
 * An article's passages are consecutive, since they are added together.
 */
function rankArticles(
  found: Matches,
  postings: Postings,
  articleOf: (owner: number) => Article | undefined,
  range: DateRange,
  limit: number,
  terms: string[],
): { total: number; hits: ArticleHit[] } {
  const passageScore = (k: number): number => found.scores[k]! * (bitCount(found.masks[k]!) || 1);
  const top: Group[] = [];
  const unranged = range.from === undefined && range.to === undefined;
  let total = 0;
  for (let i = 0; i < found.ids.length;) {
    const owner = postings.owner(found.ids[i]!);
    let j = i;
    let best = 0;
    let sum = 0;
    for (; j < found.ids.length && postings.owner(found.ids[j]!) === owner; j += 1) {
      const s = passageScore(j);
      if (s > best) best = s;
      sum += s;
    }
    const article = articleOf(owner);
    if (article && (unranged || isInRange(article.published, range))) {
      total += 1;
      const score = best + EXTRA_PASSAGE_WEIGHT * (sum - best);
      const worst = top.length < limit ? undefined : top[top.length - 1]!;
      if (!worst || score >= worst.score) {
        const group = { article, from: i, to: j, score };
        if (!worst || byScore(group, worst) < 0) insertRanked(top, group, limit);
      }
    }
    i = j;
  }
  const hits = top.map((g) => {
    const passages: PassageHit[] = [];
    for (let k = g.from; k < g.to; k += 1)
      passages.push({ paragraph: postings.paragraph(found.ids[k]!), score: passageScore(k), terms });
    return { article: g.article, score: g.score, passages: passages.sort((a, b) => b.score - a.score) };
  });
  return { total, hits };
}

/** Insert a group into a ranked list that keeps at most `limit` (binary search for its place). */
function insertRanked(top: Group[], group: Group, limit: number): void {
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byScore(group, top[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  top.splice(lo, 0, group);
  if (top.length > limit) top.pop();
}

function searchIndexOver(owners: (Article | undefined)[], lexicon: Lexicon, postings: Postings): SearchIndex {
  const articles = new Map<string, Article>();
  const ownerOf = new Map<string, number>();
  owners.forEach((a, i) => {
    if (!a) return;
    articles.set(a.id, a);
    ownerOf.set(a.id, i);
  });
  /** Each article's passages, gathered when an update first needs them (a loaded snapshot may never be updated). */
  let passages: Map<string, number[]> | undefined;
  const passagesOf = (): Map<string, number[]> => {
    if (!passages) {
      passages = new Map();
      for (let p = 0; p < postings.size; p += 1) {
        const article = postings.alive(p) ? owners[postings.owner(p)] : undefined;
        if (article) (passages.get(article.id) ?? passages.set(article.id, []).get(article.id)!).push(p);
      }
    }
    return passages;
  };
  const run = searcher(postings);
  const cache: WordCache = new Map();

  return {
    articles,
    lexicon,
    snapshot: () => ({ postings: postings.save(), owners: owners.map((a) => a?.id ?? null) }),
    update(added, removed) {
      for (const id of [...removed, ...added.map((a) => a.id)]) {
        for (const p of passagesOf().get(id) ?? []) postings.remove(p);
        passagesOf().delete(id);
        const owner = ownerOf.get(id);
        if (owner !== undefined) owners[owner] = undefined;
        ownerOf.delete(id);
        articles.delete(id);
      }
      for (const article of added) {
        const owner = owners.length;
        owners.push(article);
        ownerOf.set(article.id, owner);
        articles.set(article.id, article);
        passagesOf().set(
          article.id,
          article.paragraphs.map((p) =>
            postings.add(
              owner,
              p.n,
              analyzeText(p.text, lexicon, cache).map((t) => t.term),
            ),
          ),
        );
      }
      if (cache.size > 200_000) cache.clear();
    },
    search(text, range = {}, limit = Number.POSITIVE_INFINITY, options = {}) {
      const units = analyzeQuery(text, lexicon);
      if (units.length === 0) return { units, total: 0, hits: [], matchedAll: true };
      const { each, terms } = run(units);
      const rank = (found: Matches): { total: number; hits: ArticleHit[] } =>
        rankArticles(found, postings, (o) => owners[o], range, limit, terms);
      const all = rank(matchingAll(each));
      if (all.total > 0 || units.length === 1) return { units, ...all, matchedAll: true };
      if (options.allWords) return { units, total: 0, hits: [], matchedAll: false };
      return { units, ...rank(matchingAny(each)), matchedAll: false };
    },
    knows(word) {
      const units = analyzeQuery(word, lexicon).flatMap((u) => (u.kind === 'word' ? [u] : u.words));
      return units.length > 0 && units.every((u) => u.kind === 'word' && postings.dictionary.has(u.term));
    },
    suggest(text) {
      const words = analyzeQuery(text, lexicon).flatMap((u) => (u.kind === 'word' ? [u] : u.words));
      let changed = false;
      const corrected = words.map((w) => {
        if (w.kind !== 'word' || postings.dictionary.has(w.term)) return w.surface;
        const fuzzy = fuzzyFor(w.term);
        const near = fuzzy ? [...postings.dictionary.fuzzyGet(w.term, fuzzy)].filter(([t]) => !isSyntheticTerm(t)) : [];
        const best = near.sort((a, b) => a[1][1] - b[1][1] || postings.list(b[1][0]).n - postings.list(a[1][0]).n)[0];
        if (!best) return w.surface;
        changed = true;
        return best[0];
      });
      return changed ? [corrected.join(' ')] : [];
    },
  };
}
