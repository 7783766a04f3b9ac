import { pattern } from '../text/regex.js';
import type { PartialDate } from '../types.js';
import { partialDateBounds, shiftDay } from '../calendar.js';
import { optional } from '../optional.js';
import { coreTitle, isVagueTitle, type Person } from './people.js';

/** What one mention says of a person, with the date of the briefing it is in. */
export interface DatedReport {
  name: string;
  title?: string;
  country?: string;
  organization?: string;
  /** The briefing's date; undefined when it is undated. */
  date?: PartialDate;
}

/** An office someone holds in the briefings, with the first and last days the dated briefings show them in it. */
export interface Office {
  /** The title as most often written ("Foreign Minister"). */
  title: string;
  country?: string;
  organization?: string;
  /** ISO days; absent when no dated briefing gives the office. */
  from?: string;
  to?: string;
}

/** A person the corpus knows: every spelling of their name, their country or organisation, and their offices. */
export interface RegistryEntry {
  key: string;
  name: string;
  /** The names written for them, fullest first ("Sergey Lavrov", "Sergei Lavrov", "Lavrov"). */
  spellings: string[];
  country?: string;
  organization?: string;
  offices: Office[];
}

/** The people of a corpus, and who held an office on a day. */
export interface Registry {
  entries: RegistryEntry[];
  /**
   * The one person known to hold that office for that country or organisation around that day (a year either side of
   * the briefings that show them in it); undefined when none or several fit.
   */
  holder(title: string, where: { country?: string; organization?: string }, on?: PartialDate): Person | undefined;
}

/**
 * Offices many hold at once: "the UN envoy" of one briefing is not the one UN envoy another briefing names, nor is
 * "a deputy minister" of a country its one known deputy minister.
 */
const MANY_HOLDERS = pattern(
  [
    /\b(?:envoy|ambassador|representative|advis[eo]r|official|spokes\w*|delegate|diplomat|consul|commissioner)\b/,
    /|\b(?:deputy|vice|minister of state)\b|^minister$/,
  ],
  '',
);

/** How far from the briefings that show someone in an office they may still be taken to hold it. */
const OFFICE_MARGIN_DAYS = 365;

interface Building {
  person: Person;
  spellings: Map<string, number>;
  offices: Map<string, { titles: Map<string, number>; office: Office }>;
}

const officeKey = (title: string, country?: string, organization?: string): string =>
  `${coreTitle(title)}|${country ?? ''}|${organization ?? ''}`;

const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
const mostCommon = (m: Map<string, number>): string => [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0];

/** Widen an office's days to cover a briefing's date. */
function widen(office: Office, date: PartialDate | undefined): Office {
  if (!date) return office;
  const [first, last] = partialDateBounds(date);
  return {
    ...office,
    from: office.from && office.from < first ? office.from : first,
    to: office.to && office.to > last ? office.to : last,
  };
}

/**
 * The registry of the people a corpus names: each report joined to its person (`personOf`, the corpus's clustering),
 * with the spellings written and the offices held, dated by the briefings.
 */
export function buildRegistry(
  reports: readonly DatedReport[],
  personOf: (r: DatedReport) => Person | undefined,
): Registry {
  const byKey = new Map<string, Building>();
  for (const r of reports) {
    const person = personOf(r);
    if (!person) continue;
    const b = byKey.get(person.key) ?? { person, spellings: new Map(), offices: new Map() };
    byKey.set(person.key, b);
    count(b.spellings, r.name);
    if (!r.title || isVagueTitle(r.title)) continue;
    const country = r.country ?? person.country;
    const organization = r.organization ?? (country ? undefined : person.organization);
    const k = officeKey(r.title, country, organization);
    const o = b.offices.get(k) ?? {
      titles: new Map<string, number>(),
      office: { title: r.title, ...optional('country', country), ...optional('organization', organization) },
    };
    count(o.titles, r.title);
    o.office = widen({ ...o.office, title: mostCommon(o.titles) }, r.date);
    b.offices.set(k, o);
  }
  const entries = [...byKey.values()].map((b): RegistryEntry => ({
    key: b.person.key,
    name: b.person.name,
    spellings: [...b.spellings.keys()].sort((x, y) => y.length - x.length || x.localeCompare(y)),
    ...optional('country', b.person.country),
    ...optional('organization', b.person.organization),
    offices: [...b.offices.values()].map((o) => o.office),
  }));
  const byOffice = new Map<string, { person: Person; office: Office }[]>();
  for (const b of byKey.values())
    for (const [k, o] of b.offices) (byOffice.get(k) ?? byOffice.set(k, []).get(k)!).push({ person: b.person, ...o });
  return {
    entries,
    holder(title, where, on) {
      if (MANY_HOLDERS.test(coreTitle(title))) return undefined;
      const all = byOffice.get(officeKey(title, where.country, where.organization)) ?? [];
      const fits = on
        ? all.filter(({ office }) => {
            if (!office.from || !office.to) return all.length === 1;
            const [first, last] = partialDateBounds(on);
            return (
              last >= shiftDay(office.from, -OFFICE_MARGIN_DAYS) && first <= shiftDay(office.to, OFFICE_MARGIN_DAYS)
            );
          })
        : all;
      return fits.length === 1 ? fits[0]!.person : undefined;
    },
  };
}
