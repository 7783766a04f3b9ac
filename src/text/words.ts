/** Words of a text with their offsets, normalised and stemmed the same way for the index and for queries. */

/** A word as written in a text, with its offsets. */
export interface WordSpan {
  surface: string;
  start: number;
  end: number;
}

/** Function words that carry no meaning for search. Kept short on purpose: names and titles are never here. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its of on or our ' +
    'she so than that the their them then there these they this those to was we were which while who whom ' +
    'will with would s also us me my you your not no any all both each other such via per'
  ).split(' '),
);

/**
 * Every word of a text: runs of letters and digits, with an inner apostrophe kept ("O’Brien", "Pakistan’s").
 * @example wordSpans('Kyrgyz-Pakistani ties') // → [{surface:'Kyrgyz',start:0,end:6}, {surface:'Pakistani',…}, …]
 */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    out.push({ surface: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A text without its diacritics ("Pākistān" → "Pakistan"); printable ASCII, most words, is returned as it is,
 * without decomposing it.
 */
export const withoutMarks = (s: string): string =>
  /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Lower-case, fold diacritics, drop a possessive `’s` and inner apostrophes.
 * @example normalizeWord('Pākistān’s') // → 'pakistan'
 */
export function normalizeWord(surface: string): string {
  return withoutMarks(surface)
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/**
 * A light plural stemmer (Harman's S-stemmer) so that "meetings" finds "meeting"; names ending in -as, -is,
 * -us, -ss are left alone.
 * @example stemWord('countries') // → 'country'
 */
export function stemWord(word: string): string {
  if (word.length < 5 || !word.endsWith('s') || /(?:ss|us|is|as|os)$/.test(word)) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/[aeo]es$/.test(word) && /(?:sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** True for a word that search ignores. */
export const isStopword = (normalized: string): boolean => STOPWORDS.has(normalized);
