/**
 * Scoring of extracted meetings against hand-written expectations. Pure: no I/O, no clock.
 *
 * An expectation file (`NAME.expected.json`, for the corpus file `NAME.txt` or `NAME.md`) holds
 * `{ "meetings": [ { participants, date, location, status, kind, event, topics, key?, venue?, note? } ], note? }`.
 * - `participants`: a person's fullest name as written; an unnamed person as "<Title> of <Country>"
 *   ("Foreign Minister of Kyrgyzstan"); a country-level side as the country's name ("Pakistan").
 * - `date`: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null. `location`: a city, "by telephone" or null.
 * - `key`: entries of different files with the same key are one meeting reported by several sources.
 *
 * A predicted meeting matches an expected one when it comes from one of the expected meeting's files and every
 * expected participant is matched by a different predicted participant. Pairs are chosen one-to-one, best overlap
 * first.
 */
import { doubleMetaphone } from 'double-metaphone';
import { z } from 'zod';
import type { Meeting, MeetingKind, Participant } from '../src/extract/types.js';
import type { PartialDate } from '../src/types.js';
import { buildCountries, countryForms, UPPERCASE_COUNTRY_FORMS } from '../src/reference/countries.js';
import { joinedWords, plainLetters, transliteratedAlike } from '../src/text/names.js';

// ─── Expectations ────────────────────────────────────────────────────────────────────────────────

const DATE_TEXT = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Schema of one expected meeting in a `.expected.json` file. */
export const EXPECTED_MEETING_SCHEMA = z.object({
  participants: z.array(z.string().trim().min(1)),
  date: z.string().regex(DATE_TEXT, 'date must be YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  location: z.string().trim().min(1).nullable(),
  status: z.enum(['held', 'planned']),
  kind: z.enum(['talks', 'call-on', 'visit', 'telephone']),
  event: z.string().nullable(),
  topics: z.array(z.string().trim().min(1)),
  key: z.string().min(1).optional(),
  venue: z.string().optional(),
  /** Whom each participant represents: an ISO 3166-1 alpha-3 code, or an organisation's name. */
  countries: z.record(z.string(), z.string().trim().min(1)).optional(),
  note: z.string().optional(),
});

/** Schema of a `.expected.json` file. */
export const EXPECTED_FILE_SCHEMA = z.object({
  meetings: z.array(EXPECTED_MEETING_SCHEMA),
  note: z.string().optional(),
});

/** One meeting as an expectation file writes it. */
export type ExpectedMeetingSpec = z.infer<typeof EXPECTED_MEETING_SCHEMA>;

/** An expected meeting of a corpus: one or more files report it. */
export interface ExpectedMeeting {
  /** `file#n` (n is 1-based in that file) or the shared `key`. */
  id: string;
  /** Stems (file names without extension) of the corpus files that report it. */
  files: string[];
  participants: string[];
  date: string | null;
  location: string | null;
  status: 'held' | 'planned';
  kind: MeetingKind;
  event: string | null;
  topics: string[];
  venue?: string;
  /** Whom each participant represents (alpha-3 code or organisation), where the expectation says. */
  countries?: Record<string, string>;
}

/** An expectation file that cannot be used; the message names the file and the problem. */
export class ExpectedFileError extends Error {
  readonly code = 'BRIEFBOT_EVAL_BAD_EXPECTED';
  constructor(message: string) {
    super(message);
    this.name = 'ExpectedFileError';
  }
}

/**
 * Checks the parsed JSON of an expectation file and returns its meetings; throws ExpectedFileError naming the file.
 * @example parseExpectedFile({ meetings: [] }, 'a.expected.json') // → []
 */
export function parseExpectedFile(json: unknown, name: string): ExpectedMeetingSpec[] {
  const parsed = EXPECTED_FILE_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ExpectedFileError(`briefbot eval: ${name} is not a valid expectation file (${problems})`);
  }
  return parsed.data.meetings;
}

/**
 * The file stem an expectation or a source refers to: the name without folder and `.expected.json`/`.txt`/`.md`.
 * @example fileStem('seeds/000_0d5f.expected.json') // → '000_0d5f'
 */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.expected\.json$/i, '').replace(/\.(?:txt|md)$/i, '');
}

/**
 * Turns each file's expected meetings into the corpus's expected meetings, merging entries that share a `key`
 * (one meeting, several sources). Throws ExpectedFileError when merged entries disagree on date, place or status.
 */
export function mergeExpected(byFile: Iterable<readonly [string, readonly ExpectedMeetingSpec[]]>): ExpectedMeeting[] {
  const out: ExpectedMeeting[] = [];
  const byKey = new Map<string, ExpectedMeeting>();
  for (const [file, specs] of byFile) {
    const stem = fileStem(file);
    specs.forEach((spec, i) => {
      const shared = spec.key === undefined ? undefined : byKey.get(spec.key);
      if (shared) {
        for (const field of ['date', 'location', 'status', 'kind'] as const) {
          if (!sameText(shared[field], spec[field])) {
            throw new ExpectedFileError(
              `briefbot eval: key "${spec.key}" has ${field} ${JSON.stringify(shared[field])} in ${shared.files.join(', ')} ` +
                `but ${JSON.stringify(spec[field])} in ${stem}`,
            );
          }
        }
        if (!shared.files.includes(stem)) shared.files.push(stem);
        if (spec.countries) shared.countries = { ...spec.countries, ...shared.countries };
        for (const t of spec.topics) if (!shared.topics.includes(t)) shared.topics.push(t);
        return;
      }
      const meeting: ExpectedMeeting = {
        id: spec.key ?? `${stem}#${i + 1}`,
        files: [stem],
        participants: [...spec.participants],
        date: spec.date,
        location: spec.location,
        status: spec.status,
        kind: spec.kind,
        event: spec.event,
        topics: [...spec.topics],
      };
      if (spec.venue !== undefined) meeting.venue = spec.venue;
      if (spec.countries !== undefined) meeting.countries = { ...spec.countries };
      if (spec.key !== undefined) byKey.set(spec.key, meeting);
      out.push(meeting);
    });
  }
  return out;
}

// ─── Text folding ────────────────────────────────────────────────────────────────────────────────

/**
 * Lower-cases, folds diacritics and letters such as "ł" and "ø", drops apostrophes and turns other punctuation into
 * spaces.
 * @example fold("António Ma'ruf el-Sisi") // → 'antonio maruf el sisi'
 */
export function fold(text: string): string {
  return plainLetters(text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words put before a name that are not part of it ("Prince Faisal", "Dr. Kao"). */
const HONORIFICS = new Set([
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'sir',
  'madam',
  'prince',
  'princess',
  'sheikh',
  'sheikha',
  'shaikh',
  'sayyid',
  'king',
  'queen',
  'emir',
  'his',
  'her',
  'excellency',
  'highness',
  'hon',
  'honourable',
  'senator',
  'ambassador',
]);

/**
 * The words of a name, folded, without leading honorifics.
 * @example nameTokens('Prince Faisal bin Farhan') // → ['faisal', 'bin', 'farhan']
 */
export function nameTokens(name: string): string[] {
  const words = fold(name).split(' ').filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i] as string)) i += 1;
  return words.slice(i);
}

const phoneticCodes = (word: string): string[] =>
  word.length < 4 ? [] : doubleMetaphone(word).filter((c) => c.length >= 3);

/**
 * True when two folded name words are equal, one name in two transliterations ("ennafti", "nafti"), or sound alike by
 * double metaphone (codes of 3+ letters).
 * @example soundsAlike('zhaparov', 'japarov') // → true
 */
export function soundsAlike(a: string, b: string): boolean {
  if (a === b || transliteratedAlike(a, b)) return true;
  const codesA = phoneticCodes(a);
  return codesA.length > 0 && phoneticCodes(b).some((c) => codesA.includes(c));
}

const containsRun = (long: readonly string[], short: readonly string[]): boolean => {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
};

/**
 * Given names are compatible when either is missing, they are equal or sound alike, one is the other's initial, or
 * one has a leading word more ("Seyed Abbas Araqchi" and "Abbas Araghchi").
 */
const givenNamesCompatible = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length < 2 || b.length < 2) return true;
  const x = a[0] as string;
  const y = b[0] as string;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  // One leading word more: "Seyed Abbas" is "Abbas"; "Hamad bin Isa" is no "Salman bin Hamad".
  const oneMore = (long: readonly string[], short: readonly string[]): boolean =>
    long.length > short.length && soundsAlike(long[1] as string, short[0] as string);
  return soundsAlike(x, y) || oneMore(a, b) || oneMore(b, a);
};

/**
 * True when two written names can be the same person: equal after folding, one inside the other ("Zhaparov" in
 * "Sadyr Zhaparov"), the same words in another order ("Besalov Adil"), or the same surname (equal or sounding alike:
 * "Tokaev"/"Tokayev") with compatible given names — "Sadyr Japarov" is not "Akylbek Japarov".
 * @example namesMatch('Sergei Lavrov', 'Sergey Lavrov') // → true
 * @example namesMatch('Sadyr Japarov', 'Akylbek Japarov') // → false
 */
export function namesMatch(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  // "Badr Abdel Aty" and "Badr Abdelatty": one name, its words run together or apart.
  if (joinedWords(x) === joinedWords(y)) return true;
  if (containsRun(x, y) || containsRun(y, x)) return true;
  if (x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ')) return true;
  // "Mohammad bin Salman" and "Mohammed bin Salman bin Abdulaziz Al Saud": one first name and one father's name.
  const nasab = (w: readonly string[]): boolean => w.length >= 3 && ['bin', 'ibn'].includes(w[1] as string);
  const family = (w: readonly string[]): string | undefined =>
    w.lastIndexOf('al') > 2 ? w.slice(w.lastIndexOf('al') + 1).join(' ') : undefined;
  const families = [family(x), family(y)];
  if (
    nasab(x) &&
    nasab(y) &&
    soundsAlike(x[0] as string, y[0] as string) &&
    soundsAlike(x[2] as string, y[2] as string) &&
    (families.includes(undefined) || families[0] === families[1])
  )
    return true;
  return soundsAlike(x[x.length - 1] as string, y[y.length - 1] as string) && givenNamesCompatible(x, y);
}

const TITLE_ALIASES: readonly (readonly [RegExp, string])[] = [
  [/\bfm\b/g, 'foreign minister'],
  [/\bpm\b/g, 'prime minister'],
  [/\bminister (?:of|for) foreign affairs\b/g, 'foreign minister'],
  [/\bforeign affairs minister\b/g, 'foreign minister'],
  [/\bsecretary general\b/g, 'secretary general'],
  [/\bsg\b/g, 'secretary general'],
];

/**
 * A title folded with its common abbreviations spelled out.
 * @example normalizeTitle('Caretaker FM') // → 'caretaker foreign minister'
 */
export function normalizeTitle(title: string): string {
  let t = fold(title);
  for (const [re, full] of TITLE_ALIASES) t = t.replace(re, full);
  return t;
}

/**
 * True when a predicted title contains the expected one as whole words ("Deputy Prime Minister and Foreign
 * Minister" contains "Foreign Minister"; "FM" is "Foreign Minister").
 * @example titleMatches('Foreign Minister', 'Caretaker FM') // → true
 */
export function titleMatches(expected: string, predicted: string): boolean {
  const e = normalizeTitle(expected);
  return e.length > 0 && ` ${normalizeTitle(predicted)} `.includes(` ${e} `);
}

// ─── Countries and sides ─────────────────────────────────────────────────────────────────────────

/** Resolves a country's name, official name or demonym to its ISO alpha-3 code. */
export type CountryResolver = (text: string) => string | undefined;

/** A resolver over the world-countries data briefbot uses ("Kyrgyz Republic", "Kyrgyzstan" and "Kyrgyz" → KGZ). */
export function countryResolver(countries = buildCountries()): CountryResolver {
  const forms = new Map<string, string>();
  for (const [form, codes] of countryForms(countries)) {
    const code = codes[0];
    if (code !== undefined && !forms.has(fold(form))) forms.set(fold(form), code);
  }
  return (text) => {
    const raw = text.trim();
    const upper = UPPERCASE_COUNTRY_FORMS[raw];
    if (upper) return upper;
    const key = fold(raw).replace(/^the /, '');
    return forms.get(key);
  };
}

let defaultResolver: CountryResolver | undefined;
/** The resolver built once from the country data. */
export function defaultCountryResolver(): CountryResolver {
  defaultResolver ??= countryResolver();
  return defaultResolver;
}

/** What an expected participant string stands for. */
export type ExpectedSide =
  | { kind: 'name'; text: string; name: string }
  | { kind: 'role'; text: string; title: string; code: string }
  | { kind: 'country'; text: string; code: string };

/**
 * Reads an expected participant: a country ("Pakistan"), a role of an unnamed person ("Foreign Minister of
 * Kyrgyzstan", split at the last " of " followed by a country), or else a person's name.
 * @example parseSide('Foreign Minister of Kyrgyzstan', resolve) // → { kind: 'role', title: 'Foreign Minister', code: 'KGZ', … }
 */
export function parseSide(text: string, resolve: CountryResolver = defaultCountryResolver()): ExpectedSide {
  const whole = resolve(text);
  if (whole) return { kind: 'country', text, code: whole };
  const at = text.lastIndexOf(' of ');
  if (at > 0) {
    const code = resolve(text.slice(at + 4));
    if (code) return { kind: 'role', text, title: text.slice(0, at).trim(), code };
  }
  return { kind: 'name', text, name: text };
}

/**
 * True when a predicted participant fills an expected side: a name by {@link namesMatch}; a role by a participant of
 * that country whose title contains the role's title, unnamed or named (the office's holder the corpus names, as issue
 * 11 asks, where the briefing itself does not); a country by any participant of that country.
 */
export function sideMatches(
  side: ExpectedSide,
  p: Participant,
  resolve: CountryResolver = defaultCountryResolver(),
): boolean {
  const country = p.country ? resolve(p.country) : undefined;
  switch (side.kind) {
    case 'name':
      return p.name !== undefined && namesMatch(side.name, p.name);
    case 'role':
      return country === side.code && p.title !== undefined && titleMatches(side.title, p.title);
    case 'country':
      return country === side.code || (country === undefined && p.name !== undefined && resolve(p.name) === side.code);
  }
}

/**
 * Matches expected sides to predicted participants one-to-one (maximum bipartite matching).
 * `assignment[i]` is the index of the participant matched to side i, or -1.
 */
export function matchParticipants(
  sides: readonly ExpectedSide[],
  participants: readonly Participant[],
  resolve: CountryResolver = defaultCountryResolver(),
): { matched: number; assignment: number[] } {
  const fits = sides.map((s) => participants.map((p) => sideMatches(s, p, resolve)));
  const owner = new Array<number>(participants.length).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    const row = fits[i] ?? [];
    for (let j = 0; j < participants.length; j++) {
      if (!row[j] || seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || tryAssign(owner[j] as number, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let i = 0; i < sides.length; i++)
    if (tryAssign(i, new Array<boolean>(participants.length).fill(false))) matched++;
  const assignment = sides.map((_, i) => owner.indexOf(i));
  return { matched, assignment };
}

// ─── Field comparisons ───────────────────────────────────────────────────────────────────────────

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Formats a date at its own precision, or null.
 * @example formatDate({ year: 2019, month: 6 }) // → '2019-06'
 */
export function formatDate(d: PartialDate | undefined): string | null {
  if (!d) return null;
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad2(d.month)}`;
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

const isPhone = (s: string): boolean => /\b(?:tele)?phone\b/.test(s);

/**
 * True when two locations name the same place after folding; any two telephone forms are equal.
 * @example sameLocation('by telephone', 'By phone') // → true
 */
export function sameLocation(expected: string | null, predicted: string | undefined): boolean {
  const e = expected === null ? '' : fold(expected);
  const p = predicted === undefined ? '' : fold(predicted);
  // "Washington DC" is Washington; "Addis-Ababa" is Addis Ababa.
  const place = (s: string): string => s.replace(/ d ?c$/, '').replace(/\s+/g, '');
  if (place(e) === place(p)) return true;
  return e !== '' && p !== '' && isPhone(e) && isPhone(p);
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/**
 * Expected topic words found among the predicted topics (folded; either contains the other).
 * @example topicsFound(['direct flights'], ['flights', 'trade']) // → 1
 */
export function topicsFound(expected: readonly string[], predicted: readonly string[]): number {
  const pred = predicted.map(fold).filter(Boolean);
  return expected.filter((t) => {
    const e = fold(t);
    return pred.some((p) => ` ${p} `.includes(` ${e} `) || (p.length >= 4 && ` ${e} `.includes(` ${p} `)));
  }).length;
}

/** Stems of the files a predicted meeting was reported in. */
export function meetingFiles(m: Meeting): string[] {
  return [...new Set(m.sources.map((s) => fileStem(s.file || s.articleId)))];
}

// ─── Matching meetings ───────────────────────────────────────────────────────────────────────────

/** A matched pair with what agrees and what does not. */
export interface MatchedPair {
  expected: ExpectedMeeting;
  predicted: Meeting;
  /** Share of the two participant lists in common (Jaccard), the pair's rank. */
  overlap: number;
  dateOk: boolean;
  locationOk: boolean;
  statusOk: boolean;
  kindOk: boolean;
  topicsFound: number;
  /** Participants whose country or organisation the expectation gives and the prediction states. */
  countriesChecked: number;
  /** Of those, the ones the prediction gives another country or organisation. */
  countriesWrong: number;
}

/** Options of the scoring. */
export interface ScoreOptions {
  resolve?: CountryResolver;
  /**
   * Stems of the files that have expectations. Predicted meetings from none of them are ignored (counted as
   * `unscored`), so a corpus file without an expectation file does not lower precision.
   */
  scoredFiles?: Iterable<string>;
}

/** Ranks a candidate pair, or undefined when it is not a match (no shared file or a participant missing). */
export function pairOverlap(
  expected: ExpectedMeeting,
  sides: readonly ExpectedSide[],
  predicted: Meeting,
  resolve: CountryResolver,
): number | undefined {
  const files = meetingFiles(predicted);
  if (!expected.files.some((f) => files.includes(f))) return undefined;
  const { matched } = matchParticipants(sides, predicted.participants, resolve);
  if (matched < sides.length) return undefined;
  const union = sides.length + predicted.participants.length - matched;
  return union === 0 ? 1 : matched / union;
}

/** The result of matching a corpus's expected meetings with its predicted ones. */
export interface MatchResult {
  pairs: MatchedPair[];
  missed: ExpectedMeeting[];
  spurious: Meeting[];
  /** Predicted meetings from files without expectations, left out of the scores. */
  unscored: Meeting[];
}

/**
 * Matches expected and predicted meetings one-to-one, greedily: the pair with the best participant overlap first,
 * ties broken by the agreeing fields (weights: date 4, status 3, location 2, kind 1), then by order.
 */
export function matchMeetings(
  expected: readonly ExpectedMeeting[],
  predicted: readonly Meeting[],
  options: ScoreOptions = {},
): MatchResult {
  const resolve = options.resolve ?? defaultCountryResolver();
  const scored = options.scoredFiles ? new Set([...options.scoredFiles].map(fileStem)) : undefined;
  const unscored = scored ? predicted.filter((m) => !meetingFiles(m).some((f) => scored.has(f))) : [];
  const candidates = scored ? predicted.filter((m) => !unscored.includes(m)) : [...predicted];
  const sides = expected.map((e) => e.participants.map((t) => parseSide(t, resolve)));

  const ranked: { e: number; p: number; rank: number[]; pair: MatchedPair }[] = [];
  expected.forEach((exp, e) => {
    candidates.forEach((pred, p) => {
      const overlap = pairOverlap(exp, sides[e] ?? [], pred, resolve);
      if (overlap === undefined) return;
      const pair = comparePair(exp, pred, overlap, resolve);
      const agreement = 4 * +pair.dateOk + 3 * +pair.statusOk + 2 * +pair.locationOk + +pair.kindOk;
      const rank = [overlap, agreement];
      ranked.push({ e, p, rank, pair });
    });
  });
  ranked.sort((a, b) => {
    for (let k = 0; k < a.rank.length; k++) {
      const d = (b.rank[k] ?? 0) - (a.rank[k] ?? 0);
      if (d !== 0) return d;
    }
    return a.e - b.e || a.p - b.p;
  });

  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of ranked) {
    if (usedE.has(c.e) || usedP.has(c.p)) continue;
    usedE.add(c.e);
    usedP.add(c.p);
    pairs.push(c.pair);
  }
  pairs.sort((a, b) => expected.indexOf(a.expected) - expected.indexOf(b.expected));
  return {
    pairs,
    missed: expected.filter((_, i) => !usedE.has(i)),
    spurious: candidates.filter((_, i) => !usedP.has(i)),
    unscored,
  };
}

/**
 * Whether a predicted participant represents whom the expectation says (an alpha-3 code or an organisation's name):
 * undefined when the prediction states neither country nor organisation (unknown is not wrong).
 */
export function affiliationOk(expected: string, p: Participant, resolve: CountryResolver): boolean | undefined {
  const code = (c: string): string => KOSOVO_CODES[c] ?? c;
  const country = p.country ? code(resolve(p.country) ?? p.country) : undefined;
  if (!country && !p.organization) return undefined;
  if (/^[A-Z]{3}$/.test(expected)) return country === code(expected);
  // A territory or country written by name ("New Caledonia") is its code.
  const named = resolve(expected);
  if (named && !p.organization) return country === code(named);
  if (!p.organization) return false;
  const [a, b] = [fold(expected), fold(p.organization)];
  if (EU_BODIES.test(a) && EU_BODIES.test(b)) return true;
  return a.includes(b) || b.includes(a) || initials(expected) === fold(p.organization).replace(/\s+/g, '');
}

/** Kosovo has no ISO code: "XKX" (as the EU and others write it) and "UNK" (as world-countries does) are one. */
const KOSOVO_CODES: Readonly<Record<string, string>> = { XKX: 'UNK' };

/** The European Union and its bodies: the President of the European Commission ("EC") is an EU official. */
const EU_BODIES = /^(?:eu|european union|ec|european commission|european council|eeas|european parliament)$/;

/** The initials of a name's capitalised words: "Shanghai Cooperation Organisation" → "sco". */
const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');

/** How many participants' affiliations a pair can check, and how many of those the prediction gets wrong. */
function countryCheck(
  expected: ExpectedMeeting,
  predicted: Meeting,
  resolve: CountryResolver,
): { countriesChecked: number; countriesWrong: number } {
  const out = { countriesChecked: 0, countriesWrong: 0 };
  if (!expected.countries) return out;
  const sides = expected.participants.map((t) => parseSide(t, resolve));
  const { assignment } = matchParticipants(sides, predicted.participants, resolve);
  expected.participants.forEach((text, i) => {
    const want = expected.countries?.[text];
    const p = predicted.participants[assignment[i] ?? -1];
    const ok = want && p ? affiliationOk(want, p, resolve) : undefined;
    if (ok === undefined) return;
    out.countriesChecked++;
    if (!ok) out.countriesWrong++;
  });
  return out;
}

/** Compares the fields of a matched pair. */
export function comparePair(
  expected: ExpectedMeeting,
  predicted: Meeting,
  overlap: number,
  resolve: CountryResolver = defaultCountryResolver(),
): MatchedPair {
  return {
    ...countryCheck(expected, predicted, resolve),
    expected,
    predicted,
    overlap,
    dateOk: expected.date === formatDate(predicted.date),
    locationOk: sameLocation(expected.location, predicted.location),
    statusOk: expected.status === predicted.status,
    kindOk: expected.kind === predicted.kind,
    topicsFound: topicsFound(expected.topics, predicted.topics),
  };
}

// ─── Scores ──────────────────────────────────────────────────────────────────────────────────────

/** Counts behind the scores; counts of several corpora add up. */
export interface Tally {
  expected: number;
  predicted: number;
  matched: number;
  dateOk: number;
  locationOk: number;
  statusOk: number;
  kindOk: number;
  topicsExpected: number;
  topicsFound: number;
  /** Matched expected meetings reported by several files, and how many of them the prediction cites in every file. */
  multiSource: number;
  multiSourceComplete: number;
  /** Participants whose affiliation was checked, and those given another country or organisation. */
  countriesChecked: number;
  countriesWrong: number;
}

/** Ratios of a tally; null where the denominator is 0. */
export interface Metrics {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  dateAccuracy: number | null;
  locationAccuracy: number | null;
  statusAccuracy: number | null;
  kindAccuracy: number | null;
  topicRecall: number | null;
  sourcesComplete: number | null;
}

/** A tally with nothing counted. */
export const emptyTally = (): Tally => ({
  expected: 0,
  predicted: 0,
  matched: 0,
  dateOk: 0,
  locationOk: 0,
  statusOk: 0,
  kindOk: 0,
  topicsExpected: 0,
  topicsFound: 0,
  multiSource: 0,
  multiSourceComplete: 0,
  countriesChecked: 0,
  countriesWrong: 0,
});

/** Adds tallies field by field. */
export function addTallies(...tallies: Tally[]): Tally {
  const sum = emptyTally();
  for (const t of tallies) for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
  return sum;
}

/**
 * A share, or null when nothing was counted.
 * @example ratio(1, 4) // → 0.25
 */
export const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** The ratios of a tally. Precision = matched / predicted, recall = matched / expected, accuracies over matched pairs. */
export function metricsOf(t: Tally): Metrics {
  const precision = ratio(t.matched, t.predicted);
  const recall = ratio(t.matched, t.expected);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    dateAccuracy: ratio(t.dateOk, t.matched),
    locationAccuracy: ratio(t.locationOk, t.matched),
    statusAccuracy: ratio(t.statusOk, t.matched),
    kindAccuracy: ratio(t.kindOk, t.matched),
    topicRecall: ratio(t.topicsFound, t.topicsExpected),
    sourcesComplete: ratio(t.multiSourceComplete, t.multiSource),
  };
}

/** Tallies a set of pairs against the expected and predicted meetings they came from. */
export function tally(pairs: readonly MatchedPair[], expected: number, predicted: number): Tally {
  const t = emptyTally();
  t.expected = expected;
  t.predicted = predicted;
  for (const p of pairs) {
    t.matched++;
    t.dateOk += +p.dateOk;
    t.locationOk += +p.locationOk;
    t.statusOk += +p.statusOk;
    t.kindOk += +p.kindOk;
    t.topicsExpected += p.expected.topics.length;
    t.topicsFound += p.topicsFound;
    t.countriesChecked += p.countriesChecked;
    t.countriesWrong += p.countriesWrong;
    if (p.expected.files.length > 1) {
      t.multiSource++;
      const files = meetingFiles(p.predicted);
      if (p.expected.files.every((f) => files.includes(f))) t.multiSourceComplete++;
    }
  }
  return t;
}

/** The score of one file: expected meetings it reports, predicted meetings citing it. */
export interface FileScore {
  file: string;
  tally: Tally;
  metrics: Metrics;
}

/** A missed expected meeting with the nearest prediction from its files, to show why it was missed. */
export interface Miss {
  expected: ExpectedMeeting;
  /** The prediction (from the same files) that fills most expected participants, if any fills one. */
  nearest?: { predicted: Meeting; missing: string[]; takenBy?: string };
}

/** Everything a corpus's scoring gives. */
export interface CorpusScore {
  tally: Tally;
  metrics: Metrics;
  files: FileScore[];
  pairs: MatchedPair[];
  missed: Miss[];
  spurious: Meeting[];
  unscored: Meeting[];
}

/** Scores predicted meetings against expected ones: totals, per file, misses with their nearest predictions. */
export function scoreMeetings(
  expected: readonly ExpectedMeeting[],
  predicted: readonly Meeting[],
  options: ScoreOptions = {},
): CorpusScore {
  const resolve = options.resolve ?? defaultCountryResolver();
  const result = matchMeetings(expected, predicted, { ...options, resolve });
  const scoredPredicted = predicted.filter((m) => !result.unscored.includes(m));
  const total = tally(result.pairs, expected.length, scoredPredicted.length);

  const fileNames = [
    ...new Set([
      ...(options.scoredFiles ? [...options.scoredFiles].map(fileStem) : []),
      ...expected.flatMap((e) => e.files),
      ...scoredPredicted.flatMap(meetingFiles),
    ]),
  ].sort();
  const files = fileNames.map((file): FileScore => {
    const t = tally(
      result.pairs.filter((p) => p.expected.files.includes(file) && meetingFiles(p.predicted).includes(file)),
      expected.filter((e) => e.files.includes(file)).length,
      scoredPredicted.filter((m) => meetingFiles(m).includes(file)).length,
    );
    return { file, tally: t, metrics: metricsOf(t) };
  });

  const missed = result.missed.map((e) => nearestMiss(e, predicted, result.pairs, resolve));
  return {
    tally: total,
    metrics: metricsOf(total),
    files,
    pairs: result.pairs,
    missed,
    spurious: result.spurious,
    unscored: result.unscored,
  };
}

/** Finds, for a missed expected meeting, the prediction from its files that fills most of its participants. */
export function nearestMiss(
  expected: ExpectedMeeting,
  predicted: readonly Meeting[],
  pairs: readonly MatchedPair[],
  resolve: CountryResolver = defaultCountryResolver(),
): Miss {
  const sides = expected.participants.map((t) => parseSide(t, resolve));
  let best: { predicted: Meeting; matched: number; assignment: number[] } | undefined;
  for (const m of predicted) {
    const files = meetingFiles(m);
    if (!expected.files.some((f) => files.includes(f))) continue;
    const { matched, assignment } = matchParticipants(sides, m.participants, resolve);
    if (matched > 0 && (!best || matched > best.matched)) best = { predicted: m, matched, assignment };
  }
  if (!best) return { expected };
  const { assignment, predicted: closest } = best;
  const missing = expected.participants.filter((_, i) => (assignment[i] ?? -1) < 0);
  const owner = pairs.find((p) => p.predicted === closest);
  const nearest: NonNullable<Miss['nearest']> = { predicted: closest, missing };
  if (owner && missing.length === 0) nearest.takenBy = owner.expected.id;
  return { expected, nearest };
}

/**
 * A participant as one short label: the name, else "<title> of <country>", else the organisation.
 * @example participantLabel({ title: 'Foreign Minister', country: 'Kenya' }) // → 'Foreign Minister of Kenya'
 */
export function participantLabel(p: Participant): string {
  if (p.name) return p.name;
  const role = [p.title, p.country ?? p.organization].filter(Boolean).join(' of ');
  return role || '(unknown)';
}
