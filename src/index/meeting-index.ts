import type { Meeting, Participant } from '../extract/types.js';
import type { Lexicon } from '../reference/lexicon.js';
import type { Place } from '../reference/places.js';
import { nameCodes, namesCompatible } from '../extract/people.js';
import { formatPartialDate } from '../corpus/dates.js';
import { analyzeQuery, analyzeText, type QueryUnit } from './analyze.js';
import { isInRange, type DateRange } from './date-range.js';

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
  /** Meetings that match a filter, in no particular order. */
  find(filter: MeetingFilter): Meeting[];
  /** How many meetings each article reports. */
  countByArticle: ReadonlyMap<string, number>;
  /** True when a participant is who a query names (name, surname, sound-alike, country, title or organisation). */
  participantMatches(p: Participant, query: string): boolean;
}

const termsOf = (text: string, lexicon: Lexicon): Set<string> => new Set(analyzeText(text, lexicon).map((t) => t.term));

/** True when every unit of a query is among a text's terms (a word, one of its alternatives, or a phrase). */
export function unitsMatch(units: QueryUnit[], terms: ReadonlySet<string>): boolean {
  return units.every((u) =>
    u.kind === 'word' ? terms.has(u.term) || u.alternatives.some((a) => !a.startsWith('~') && terms.has(a)) : terms.has(u.key) || unitsMatch(u.words, terms),
  );
}

/** The country keys (`@kgz`) a query names, if it names only countries. */
function countryKeys(units: QueryUnit[]): string[] | undefined {
  const keys = units.map((u) => (u.kind === 'word' ? u.alternatives.find((a) => a.startsWith('@')) : u.key.startsWith('@') ? u.key : undefined));
  return keys.every((k) => k !== undefined) && keys.length > 0 ? (keys as string[]) : undefined;
}

/** Build the meeting lookups. */
export function buildMeetingIndex(meetings: readonly Meeting[], lexicon: Lexicon, places: ReadonlyMap<string, Place>): MeetingIndex {
  const countryCode = new Map(lexicon.countries.map((c) => [c.name, c.code.toLowerCase()]));
  const codes = nameCodes();
  const participantTerms = meetings.map((m) => m.participants.map((p) => termsOf([p.name, p.title, p.country, p.organization].filter(Boolean).join(' '), lexicon)));
  const eventTerms = meetings.map((m) => termsOf(`${m.event ?? ''} ${m.venue ?? ''}`, lexicon));
  const placeCountry = (m: Meeting): string | undefined => places.get((m.location ?? '').toLowerCase())?.country.toLowerCase();

  const participantMatch = (p: Participant, terms: ReadonlySet<string>, text: string, units: QueryUnit[]): boolean => {
    const countries = countryKeys(units);
    if (countries) return countries.every((k) => p.country !== undefined && `@${countryCode.get(p.country)}` === k);
    return (p.name !== undefined && namesCompatible(p.name, text, codes)) || unitsMatch(units, terms);
  };
  const withMatches = (i: number, text: string, units: QueryUnit[]): boolean =>
    units.length === 0 || meetings[i]!.participants.some((p, j) => participantMatch(p, participantTerms[i]![j]!, text, units));
  const inMatches = (m: Meeting, i: number, units: QueryUnit[]): boolean => {
    const countries = countryKeys(units);
    if (countries && countries.length === 1) return `@${placeCountry(m)}` === countries[0];
    const where = termsOf(`${m.location ?? ''} ${m.venue ?? ''}`, lexicon);
    return unitsMatch(units, where) || unitsMatch(units, eventTerms[i]!);
  };
  const countByArticle = new Map<string, number>();
  for (const m of meetings) for (const id of new Set(m.sources.map((s) => s.articleId))) countByArticle.set(id, (countByArticle.get(id) ?? 0) + 1);

  return {
    meetings,
    countByArticle,
    participantMatches(p, query) {
      const units = analyzeQuery(query, lexicon);
      return units.length > 0 && participantMatch(p, termsOf([p.name, p.title, p.country, p.organization].filter(Boolean).join(' '), lexicon), query, units);
    },
    find(filter) {
      const withUnits = (filter.with ?? []).map((text) => ({ text, units: analyzeQuery(text, lexicon) }));
      const inUnits = filter.in ? analyzeQuery(filter.in, lexicon) : undefined;
      const atUnits = filter.at ? analyzeQuery(filter.at, lexicon) : undefined;
      return meetings.filter((m, i) =>
        (!filter.status || m.status === filter.status) &&
        (!filter.range || (m.date !== undefined && isInRange(m.date, filter.range))) &&
        withUnits.every((w) => withMatches(i, w.text, w.units)) &&
        (!inUnits || inMatches(m, i, inUnits)) &&
        (!atUnits || unitsMatch(atUnits, eventTerms[i]!)));
    },
  };
}

/** Meetings of one date in the order the briefings report them: first source's article, then paragraph. */
export function byReadingOrder(a: Meeting, b: Meeting): number {
  const [sa, sb] = [a.sources[0], b.sources[0]];
  return (sa?.articleId ?? '').localeCompare(sb?.articleId ?? '') || (sa?.paragraph ?? 0) - (sb?.paragraph ?? 0) || a.id.localeCompare(b.id);
}

/** Meetings newest first; undated ones last. */
export function byMeetingDateDesc(a: Meeting, b: Meeting): number {
  return (b.date ? formatPartialDate(b.date) : '').localeCompare(a.date ? formatPartialDate(a.date) : '') || byReadingOrder(a, b);
}

/** Meetings oldest first; undated ones last. */
export function byMeetingDateAsc(a: Meeting, b: Meeting): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : byReadingOrder(a, b);
  return formatPartialDate(a.date).localeCompare(formatPartialDate(b.date)) || byReadingOrder(a, b);
}
