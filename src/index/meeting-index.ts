import type { Meeting, Participant } from '../extract/types.js';
import type { Lexicon } from '../reference/lexicon.js';
import type { Place } from '../reference/places.js';
import { venueCityWithin } from '../reference/venues.js';
import { MEMO_LIMIT, typoTolerant } from '../text/typos.js';
import {
  consonantKeys,
  foldName,
  nameCodes,
  namesCompatible,
  nasab,
  nameWordCodes,
  oneLetterSpeltOtherwise,
} from '../text/names.js';
import { formatPartialDate, isInRange, type DateRange } from '../calendar.js';
import { analyzeQuery, analyzeText, type QueryUnit } from './analyze.js';

/** What to look for among meetings; every given part must match. */
export interface MeetingFilter {
  /** People or countries (names, surnames, demonyms, organisations) who took part. */
  with?: string[];
  /** A city, a venue or a country where the meeting was held. */
  in?: string;
  range?: DateRange;
  /** Words of the event ("SCO summit"). */
  at?: string;
  status?: 'held' | 'planned';
}

/** The meetings side of the index: lookups by person, country, place, period and event. */
export interface MeetingIndex {
  meetings: readonly Meeting[];
  /** Meetings that match a filter, in no particular order; the first `limit` found when one is given. */
  find(filter: MeetingFilter, limit?: number): Meeting[];
  /** How many meetings each article reports. */
  countByArticle: ReadonlyMap<string, number>;
  /** True when a participant is who a query names (name, surname, sound-alike, country, title or organisation). */
  participantMatches(p: Participant, query: string): boolean;
  /** Meetings with a named participant one of whose name words sounds like one of `words`. */
  soundingLike(words: Iterable<string>): Meeting[];
  /** The meetings an article reports. */
  ofArticle(articleId: string): readonly Meeting[];
  /** True when meetings were held in a city, venue or place of this name (any case). */
  heldIn(place: string): boolean;
  /** The word of a participant's name a misspelt word stands for ("Gerapetriti" → "Gerapetritis"), if near enough. */
  nameLike(word: string): string | undefined;
  /** The city or place of meetings a misspelt name stands for ("Tashkant" → "Tashkent"), if one is near enough. */
  placeLike(word: string): string | undefined;
  /**
   * How many people (distinct names, or offices of a country when unnamed) of the meetings `text` names, as
   * {@link participantMatches} reads it, counted up to {@link HOLDERS_COUNTED}: "Lavrov" one, "foreign minister"
   * several, "Xi Jinping" none in a corpus without him. With `spelt`, only those whose words `text` spells out, not
   * those whose name only sounds like it ("white" is not Whyte).
   */
  holders(text: string, spelt?: boolean): number;
}

/** The index terms of a text, as a set. */
export const termsOf = (text: string, lexicon: Lexicon): Set<string> =>
  new Set(analyzeText(text, lexicon).map((t) => t.term));

/** True when every unit of a query is among a text's terms (a word, one of its alternatives, or a phrase). */
export function unitsMatch(units: QueryUnit[], terms: ReadonlySet<string>): boolean {
  return units.every((u) =>
    u.kind === 'word'
      ? terms.has(u.term) || u.alternatives.some((a) => !a.startsWith('~') && terms.has(a))
      : terms.has(u.key) || unitsMatch(u.words, terms),
  );
}

/** The country keys (`@kgz`) a query names, if it names only countries. */
export function countryKeys(units: QueryUnit[]): string[] | undefined {
  const keys = units.map((u) =>
    u.kind === 'word' ? u.alternatives.find((a) => a.startsWith('@')) : u.key.startsWith('@') ? u.key : undefined,
  );
  return keys.every((k) => k !== undefined) && keys.length > 0 ? (keys as string[]) : undefined;
}

/** The analysis of meetings, memoised: pass the same one to every build over a changing set of meetings. */
export interface MeetingTerms {
  /** The index terms of a meeting's participants, of its event and of its place; analyzed when first asked. */
  of(m: Meeting): { participants: Set<string>[]; event: Set<string>; where: Set<string> };
  /** The keys that find a participant's meetings: the terms of who they are, and the sounds of their name's words. */
  keysOf(p: Participant): readonly string[];
}

/**
 * A memoised {@link MeetingTerms}. The texts are memoised, not only the meetings: the same people, places and events
 * recur across thousands of meetings.
 */
export function meetingTerms(lexicon: Lexicon): MeetingTerms {
  const cache = new WeakMap<Meeting, ReturnType<MeetingTerms['of']>>();
  const texts = new Map<string, Set<string>>();
  const keys = new Map<string, string[]>();
  const codes = nameCodes();
  const analyzed = (text: string): Set<string> => texts.get(text) ?? texts.set(text, termsOf(text, lexicon)).get(text)!;
  return {
    of(m) {
      let terms = cache.get(m);
      if (!terms) {
        terms = {
          participants: m.participants.map((p) => analyzed(participantText(p))),
          event: analyzed(`${m.event ?? ''} ${m.venue ?? ''}`),
          // A venue of one city is in it: "state guest house Jamuna" is in Dhaka.
          where: analyzed(`${m.location ?? ''} ${m.venue ?? ''} ${(m.venue && venueCityWithin(m.venue)) ?? ''}`),
        };
        cache.set(m, terms);
      }
      return terms;
    },
    keysOf(p) {
      const text = participantText(p);
      let found = keys.get(text);
      if (!found) {
        found = [...new Set([...analyzed(text), ...(p.name ? nameWordCodes(p.name, codes).map((c) => `:${c}`) : [])])];
        keys.set(text, found);
      }
      return found;
    },
  };
}

/**
 * The lookup behind {@link MeetingIndex.nameLike}: the participants' name words by spelling distance, else by the
 * consonants transliterations of one name share ("Dbeibah" for Aldabaiba), when one word alone has them.
 */
function nameLookup(
  meetings: readonly Meeting[],
  isOtherWord: (key: string) => boolean,
): (word: string) => string | undefined {
  const words = meetings.flatMap((m) =>
    m.participants.flatMap((p) => (p.name ?? '').split(/\s+/).filter((x) => x.length >= 4)),
  );
  // Folded, so that "duric" is "Đurić"; "djuric" too, as English spells that letter.
  const folded = typoTolerant(new Map(words.map((x) => [foldName(x), x] as const)), isOtherWord);
  // Greek "Γ" before "e" or "i" is written "y" or "g": "Yerapetritis" is "Gerapetritis".
  const greek = (w: string): string | undefined =>
    /^[yg][ei]/.test(w) ? folded(`${w[0] === 'y' ? 'g' : 'y'}${w.slice(1)}`) : undefined;
  const spelt = (word: string): string | undefined => {
    const w = foldName(word);
    return folded(w) ?? (w.includes('dj') ? folded(w.replace(/dj/g, 'd')) : undefined) ?? greek(w);
  };
  const byKey = new Map<string, Set<string>>();
  for (const w of words) for (const k of consonantKeys(w)) (byKey.get(k) ?? byKey.set(k, new Set()).get(k)!).add(w);
  const byLength = new Map<number, Set<string>>();
  for (const w of words) (byLength.get(w.length) ?? byLength.set(w.length, new Set()).get(w.length)!).add(w);
  const initials = new Map<string, Set<string>>();
  const add = (key: string, name: string): void => {
    (initials.get(key) ?? initials.set(key, new Set()).get(key)!).add(name);
  };
  for (const name of meetings.flatMap((m) => m.participants.map((p) => p.name ?? ''))) {
    const folded = foldName(name).split(/\s+/).filter(Boolean);
    // "MBS", "ABZ": a Gulf name by the initials of its first name, "bin" and the father's name.
    const parts = nasab(folded.flatMap((w) => w.split('-')));
    if (parts) add(`${parts[0][0]}b${parts[1][0]}`, name);
    // "HSM", "AKD": a name of three or four words by their initials; "vdL": the words after the given name.
    if (folded.length >= 3 && folded.length <= 4) add(initialsOf(folded), name);
    if (folded.length >= 4 || (folded.length === 3 && INITIALLED_PARTICLES.has(folded[1]!)))
      add(initialsOf(folded.slice(1)), name);
  }
  return (word) => {
    const named = /^\p{L}{3,4}$/u.test(word) ? [...(initials.get(word.toLowerCase()) ?? [])] : [];
    if (named.length === 1) return named[0];
    const found = spelt(word);
    if (found !== undefined || isOtherWord(word.toLowerCase())) return found;
    const near = new Set(consonantKeys(word).flatMap((k) => [...(byKey.get(k) ?? [])]));
    if (near.size === 1) return [...near][0];
    // "Sibiga" for Sybiha: letters another alphabet writes otherwise.
    const lower = word.toLowerCase();
    const other = [...(byLength.get(word.length) ?? [])].filter((w) => oneLetterSpeltOtherwise(lower, w.toLowerCase()));
    return other.length === 1 ? other[0] : undefined;
  };
}

/** The first letters of words: "hassan sheikh mohamud" → "hsm". */
const initialsOf = (words: readonly string[]): string => words.map((w) => w[0]).join('');

/** Particles a surname of several words opens with, written as their initial ("vdL" for von der Leyen). */
const INITIALLED_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'da', 'del', 'della', 'di', 'le']);

/** {@link MeetingIndex.holders} stops counting here: a question needs to know none, one, or several. */
export const HOLDERS_COUNTED = 2;

/** How many meetings are analyzed between two turns of the event loop. */
export const MEETINGS_PER_SLICE = 100;

/** Meetings by the keys that can find them (participant terms, sounds of name words): an inverted index. */
export type MeetingKeys = Map<string, number[]>;

/** Enter meeting `i` under the keys of each of its participants (twice under a key two of them share: harmless). */
const addKeys = (byKey: MeetingKeys, m: Meeting, i: number, terms: MeetingTerms): void => {
  for (const p of m.participants)
    for (const key of terms.keysOf(p)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
};

/**
 * Gather the keys of meetings ahead of {@link buildMeetingIndex}, a slice at a time with a turn for the event loop
 * between slices, so that building the index of a large corpus never holds the event loop for long.
 */
export async function analyzeMeetings(
  meetings: readonly Meeting[],
  terms: MeetingTerms,
  turn: () => Promise<void>,
): Promise<MeetingKeys> {
  const byKey: MeetingKeys = new Map();
  for (const [i, m] of meetings.entries()) {
    addKeys(byKey, m, i, terms);
    if (i % MEETINGS_PER_SLICE === MEETINGS_PER_SLICE - 1) await turn();
  }
  return byKey;
}

const participantText = (p: Participant): string =>
  [p.name, p.title, p.country, p.organization].filter(Boolean).join(' ');

/** The country a visit was to, as a side of its meeting: a participant of no name and no office. */
export const visitedSide = (p: Participant): boolean => !p.name && !p.title;

/**
 * Build the meeting lookups; `terms` carries the analysis of meetings over from an earlier build, and `keys` the
 * inverted index {@link analyzeMeetings} gathered of these very meetings.
 */
export function buildMeetingIndex(
  meetings: readonly Meeting[],
  lexicon: Lexicon,
  places: ReadonlyMap<string, Place>,
  terms: MeetingTerms = meetingTerms(lexicon),
  keys?: MeetingKeys,
): MeetingIndex {
  const countryCode = new Map(lexicon.countries.map((c) => [c.name, c.code.toLowerCase()]));
  const codes = nameCodes();
  const byKey = keys ?? new Map<string, number[]>();
  if (!keys) meetings.forEach((m, i) => addKeys(byKey, m, i, terms));
  // A question asks the same few texts of many participants: each is analysed once, and so is each participant.
  const analysed = new Map<string, QueryUnit[]>();
  const queryUnits = (text: string): QueryUnit[] => {
    const known = analysed.get(text);
    if (known) return known;
    if (analysed.size >= MEMO_LIMIT) analysed.clear();
    const units = analyzeQuery(text, lexicon);
    analysed.set(text, units);
    return units;
  };
  const participantTerms = new WeakMap<Participant, Set<string>>();
  const termsOfParticipant = (p: Participant): Set<string> =>
    participantTerms.get(p) ?? participantTerms.set(p, termsOf(participantText(p), lexicon)).get(p)!;
  const unitKeys = (u: QueryUnit): string[] =>
    u.kind === 'word' ? [u.term, ...u.alternatives] : [u.key, ...u.words.flatMap(unitKeys)];
  const soundKeys = (text: string): string[] => nameWordCodes(text, codes).map((c) => `:${c}`);
  /**
   * Meetings that can match a `with` text: those whose participants have its rarest unit (every unit must match, so
   * the rarest bounds them) or a name word that sounds like one of its words; a superset of what
   * {@link participantMatch} accepts, so that only these need its full check, and small even when the text's other
   * words are common ("the Cuban foreign minister").
   */
  const candidatesFor = (text: string, units: QueryUnit[]): Set<number> => {
    const postings = (u: QueryUnit): number[][] => unitKeys(u).flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
    const size = (lists: number[][]): number => lists.reduce((n, l) => n + l.length, 0);
    const rarest = units.map(postings).sort((x, y) => size(x) - size(y))[0] ?? [];
    const all = new Set(rarest.flat());
    for (const i of soundKeys(text).flatMap((k) => byKey.get(k) ?? [])) all.add(i);
    return all;
  };
  // A visit placed in no city is in the country it was to.
  const visitedCountry = (m: Meeting): string | undefined => {
    const country = m.kind === 'visit' ? m.participants.find(visitedSide)?.country : undefined;
    return country ? countryCode.get(country) : undefined;
  };
  const placeCountry = (m: Meeting): string | undefined =>
    places.get((m.location ?? '').toLowerCase())?.country.toLowerCase() ?? visitedCountry(m);

  const participantMatch = (p: Participant, terms: ReadonlySet<string>, text: string, units: QueryUnit[]): boolean => {
    const countries = countryKeys(units);
    if (countries) return countries.every((k) => p.country !== undefined && `@${countryCode.get(p.country)}` === k);
    return (p.name !== undefined && namesCompatible(p.name, text, codes)) || unitsMatch(units, terms);
  };
  const withMatches = (i: number, text: string, units: QueryUnit[]): boolean =>
    units.length === 0 ||
    meetings[i]!.participants.some((p, j) => participantMatch(p, terms.of(meetings[i]!).participants[j]!, text, units));
  const inMatches = (m: Meeting, units: QueryUnit[]): boolean => {
    const countries = countryKeys(units);
    if (countries && countries.length === 1) return `@${placeCountry(m)}` === countries[0];
    const { where, event } = terms.of(m);
    return unitsMatch(units, where) || unitsMatch(units, event);
  };
  const countByArticle = new Map<string, number>();
  for (const m of meetings)
    for (const id of new Set(m.sources.map((s) => s.articleId)))
      countByArticle.set(id, (countByArticle.get(id) ?? 0) + 1);
  // Built on first use: questions need them, lists and searches do not.
  let byArticle: Map<string, Meeting[]> | undefined;
  let meetingPlaces: Map<string, string> | undefined;
  let spelt: ((name: string) => string | undefined) | undefined;
  let nameWords: ((name: string) => string | undefined) | undefined;
  const placesByName = (): Map<string, string> =>
    (meetingPlaces ??= new Map(
      meetings.flatMap((m) => [m.location, m.venue].flatMap((p) => (p ? [[p.toLowerCase(), p] as const] : []))),
    ));

  return {
    meetings,
    countByArticle,
    soundingLike(words) {
      const found = new Set<number>();
      for (const w of words)
        for (const c of nameWordCodes(w, codes)) for (const i of byKey.get(`:${c}`) ?? []) found.add(i);
      return [...found].sort((a, b) => a - b).map((i) => meetings[i]!);
    },
    ofArticle(articleId) {
      if (!byArticle) {
        byArticle = new Map();
        for (const m of meetings)
          for (const id of new Set(m.sources.map((x) => x.articleId)))
            (byArticle.get(id) ?? byArticle.set(id, []).get(id)!).push(m);
      }
      return byArticle.get(articleId) ?? [];
    },
    heldIn(place) {
      return placesByName().has(place.toLowerCase());
    },
    placeLike(word) {
      spelt ??= typoTolerant(
        new Map([...[...places.values()].map((p) => [p.name.toLowerCase(), p.name] as const), ...placesByName()]),
        (key) => lexicon.common.has(key),
      );
      // "Addis" for Addis Ababa: the first word of one place meetings were held in ("the" is no "The Hague").
      const w = word.toLowerCase();
      const starting = lexicon.common.has(w) ? [] : [...placesByName()].filter(([name]) => name.startsWith(`${w} `));
      return spelt(word) ?? (starting.length === 1 ? starting[0]![1] : undefined);
    },
    nameLike(word) {
      nameWords ??= nameLookup(meetings, (key) => lexicon.common.has(key));
      return nameWords(word);
    },
    holders(text, spelt = false) {
      const units = queryUnits(text);
      if (units.length === 0) return 0;
      const who = new Set<string>();
      for (const i of candidatesFor(text, units)) {
        const m = meetings[i]!;
        m.participants.forEach((p, j) => {
          const own = terms.of(m).participants[j]!;
          if (spelt ? unitsMatch(units, own) : participantMatch(p, own, text, units))
            who.add(p.name ?? participantText(p));
        });
        if (who.size >= HOLDERS_COUNTED) break;
      }
      return who.size;
    },
    participantMatches(p, query) {
      const units = queryUnits(query);
      return units.length > 0 && participantMatch(p, termsOfParticipant(p), query, units);
    },
    find(filter, limit = Infinity) {
      const withUnits = (filter.with ?? []).map((text) => ({ text, units: queryUnits(text) }));
      const inUnits = filter.in ? queryUnits(filter.in) : undefined;
      const atUnits = filter.at ? queryUnits(filter.at) : undefined;
      const candidates = withUnits
        .filter((w) => w.units.length > 0)
        .map((w) => candidatesFor(w.text, w.units))
        .sort((a, b) => a.size - b.size)[0];
      const among = candidates ? [...candidates].sort((a, b) => a - b) : meetings.map((_, i) => i);
      const keep = (i: number): boolean => {
        const m = meetings[i]!;
        return (
          (!filter.status || m.status === filter.status) &&
          (!filter.range || (m.date !== undefined && isInRange(m.date, filter.range))) &&
          withUnits.every((w) => withMatches(i, w.text, w.units)) &&
          (!inUnits || inMatches(m, inUnits)) &&
          (!atUnits || unitsMatch(atUnits, terms.of(m).event))
        );
      };
      const found: Meeting[] = [];
      for (const i of among) {
        if (found.length >= limit) break;
        if (keep(i)) found.push(meetings[i]!);
      }
      return found;
    },
  };
}

/** Meetings of one date in the order the briefings report them: first source's article, then paragraph. */
export function byReadingOrder(a: Meeting, b: Meeting): number {
  const [sa, sb] = [a.sources[0], b.sources[0]];
  return (
    (sa?.articleId ?? '').localeCompare(sb?.articleId ?? '') ||
    (sa?.paragraph ?? 0) - (sb?.paragraph ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

/** Meetings newest first; undated ones last. */
export function byMeetingDateDesc(a: Meeting, b: Meeting): number {
  return (
    (b.date ? formatPartialDate(b.date) : '').localeCompare(a.date ? formatPartialDate(a.date) : '') ||
    byReadingOrder(a, b)
  );
}

/** Meetings sorted by {@link byMeetingDateDesc}, each date formatted once (a large corpus sorts in milliseconds). */
export function newestMeetingsFirst(meetings: Iterable<Meeting>): Meeting[] {
  const keyed = [...meetings].map((m) => ({ m, date: m.date ? formatPartialDate(m.date) : '' }));
  return keyed
    .sort((x, y) => (y.date < x.date ? -1 : y.date > x.date ? 1 : byReadingOrder(x.m, y.m)))
    .map(({ m }) => m);
}

/** Meetings oldest first; undated ones last. */
export function byMeetingDateAsc(a: Meeting, b: Meeting): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : byReadingOrder(a, b);
  return formatPartialDate(a.date).localeCompare(formatPartialDate(b.date)) || byReadingOrder(a, b);
}
