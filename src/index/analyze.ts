import { doubleMetaphone } from 'double-metaphone';
import type { Lexicon } from '../reference/lexicon.js';
import { isStopword, normalizeWord, stemWord, wordSpans, type WordSpan } from '../text/words.js';

/** A term of the index with the span of text it stands for (a phrase key spans the whole phrase). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** One thing a query asks for: a word (or any of its alternatives), or a phrase (its words, or its key). */
export type QueryUnit =
  | { kind: 'word'; surface: string; term: string; alternatives: string[] }
  | { kind: 'phrase'; surface: string; words: QueryUnit[]; key: string };

interface Word extends WordSpan {
  norm: string;
  stem: string;
}

/** What analysing a word as written gives; a cache of these makes indexing a large corpus several times faster. */
export type WordCache = Map<string, { norm: string; stem: string; terms: string[] }>;

/** True for a term briefbot adds itself (country, abbreviation, sound-alike keys) rather than a word of text. */
export const isSyntheticTerm = (term: string): boolean => /^[@#~]/.test(term);

const toWords = (text: string): Word[] =>
  wordSpans(text).map((w) => {
    const norm = normalizeWord(w.surface);
    return { ...w, norm, stem: stemWord(norm) };
  });

/** Sound-alike keys of a name, so that Japarov finds Zhaparov and Sirojiddin finds Sirajuddin. */
export function phoneticKeys(word: string): string[] {
  if (word.length < 4 || /\P{L}/u.test(word)) return [];
  const codes = doubleMetaphone(word).filter((c) => c.length >= 3);
  return [...new Set(codes)].map((c) => `~${c.toLowerCase()}`);
}

const isName = (surface: string): boolean =>
  /^\p{Lu}/u.test(surface) && !/^[\p{Lu}\p{N}]+$/u.test(surface) && !/\p{N}/u.test(surface);

function wordKeys(w: Word, lexicon: Lexicon, mode: 'index' | 'query'): string[] {
  const keys = [
    ...(lexicon.words.get(w.norm) ?? lexicon.words.get(w.stem) ?? []),
    ...(lexicon.exact.get(w.surface) ?? []),
    ...(mode === 'query' ? (lexicon.shortForms.get(w.norm) ?? []) : []),
  ];
  return [...new Set(keys)];
}

/** Phrases of the lexicon found in a word list: the key and the index range [from, to) of the words. */
function findPhrases(words: Word[], lexicon: Lexicon): { key: string; from: number; to: number }[] {
  const found: { key: string; from: number; to: number }[] = [];
  words.forEach((w, i) => {
    for (const rule of lexicon.phrases.get(w.stem) ?? []) {
      if (rule.words.every((rw, k) => words[i + k]?.stem === rw))
        found.push({ key: rule.key, from: i, to: i + rule.words.length });
    }
  });
  return found;
}

/**
 * The index terms of a text, each with its span: stemmed words (no stop words), the keys of countries,
 * demonyms and abbreviations they name, and sound-alike keys of names.
 * @example analyzeText('the Kyrgyz leader', lexicon).map((t) => t.term) // → ['kyrgyz', '@kgz', '~krks', 'leader']
 */
export function analyzeText(text: string, lexicon: Lexicon, cache?: WordCache): Token[] {
  const words: Word[] = [];
  const tokens: Token[] = [];
  for (const span of wordSpans(text)) {
    let known = cache?.get(span.surface);
    if (!known) {
      const norm = normalizeWord(span.surface);
      const w = { ...span, norm, stem: stemWord(norm) };
      const terms = [
        ...(isStopword(norm) ? [] : [w.stem]),
        ...wordKeys(w, lexicon, 'index'),
        ...(isName(span.surface) ? phoneticKeys(norm) : []),
      ];
      known = { norm, stem: w.stem, terms };
      cache?.set(span.surface, known);
    }
    words.push({ ...span, norm: known.norm, stem: known.stem });
    for (const term of known.terms) tokens.push({ term, start: span.start, end: span.end });
  }
  for (const p of findPhrases(words, lexicon)) {
    tokens.push({ term: p.key, start: words[p.from]!.start, end: words[p.to - 1]!.end });
  }
  return tokens;
}

/**
 * What a query asks for, unit by unit: each word with its alternatives (country key, abbreviation key,
 * sound-alike keys), and phrases of the lexicon as "these words, or the key".
 * @example analyzeQuery('SCO summit', lexicon)
 * // → [{kind:'word',term:'sco',alternatives:['#sco']}, {kind:'word',term:'summit',…}]
 */
export function analyzeQuery(text: string, lexicon: Lexicon): QueryUnit[] {
  const words = toWords(text);
  const unitOf = (w: Word): QueryUnit | undefined => {
    const alternatives = [...wordKeys(w, lexicon, 'query'), ...phoneticKeys(w.norm)];
    if (isStopword(w.norm) && alternatives.length === 0) return undefined;
    return { kind: 'word', surface: w.surface, term: w.stem, alternatives };
  };
  const units: QueryUnit[] = [];
  const phrases = findPhrases(words, lexicon);
  for (let i = 0; i < words.length;) {
    const p = phrases.find((ph) => ph.from === i);
    if (p) {
      const inner = words.slice(p.from, p.to);
      units.push({
        kind: 'phrase',
        surface: text.slice(inner[0]!.start, inner[inner.length - 1]!.end),
        words: inner.map(unitOf).filter((u): u is QueryUnit => u !== undefined),
        key: p.key,
      });
      i = p.to;
    } else {
      const u = unitOf(words[i]!);
      if (u) units.push(u);
      i += 1;
    }
  }
  return units;
}
