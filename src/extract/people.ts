import { FOREIGN_TITLES, LEADER_TITLES, PORTFOLIOS } from '../reference/titles.js';
import { optional } from '../optional.js';
import { pattern } from '../text/regex.js';
import {
  foldName,
  joinedWords,
  nameCodes,
  nameKeys,
  namesCompatible,
  nameWords,
  type NameCodes,
} from '../text/names.js';

/** A person as the corpus knows them: the fullest name, and the role and country any briefing gives. */
export interface Person {
  key: string;
  name: string;
  title?: string;
  /** ISO alpha-3 code. */
  country?: string;
  organization?: string;
}

/** Abbreviated and informal titles and the office they stand for: "FM", "top diplomat" are a foreign minister. */
export const ABBREVIATED: Readonly<Record<string, string>> = {
  fm: 'foreign minister',
  pm: 'prime minister',
  dpm: 'deputy prime minister',
  fms: 'foreign minister',
  eam: 'external affairs minister',
  'raksha mantri': 'defence minister',
  'pradhan mantri': 'prime minister',
  'top diplomat': 'foreign minister',
  'chief diplomat': 'foreign minister',
  'foreign policy chief': 'high representative',
};
const MODIFIERS =
  /\b(?:caretaker|acting|interim|former|outgoing|incoming|federal|senior|first|military|transitional|junta)\s+/g;

/**
 * A title as written, abbreviation expanded: "EAM" is "external affairs minister" (and so is "Minister of External
 * Affairs"), not any foreign minister.
 */
export const spelledTitle = (title: string): string => {
  const t = foldName(title)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^minister (?:of|for) (\w+) affairs$/, '$1 affairs minister')
    // "Defense Minister" and "defence minister", "Labor" and "labour": one office in two spellings.
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\blabor\b/g, 'labour');
  return ABBREVIATED[t] ?? t;
};

/** Royal styles that hold no office of their own: any office-holder may bear them ("Prince Faisal"). */
export const STYLES: ReadonlySet<string> = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'sayyid']);

/** A foreign minister's office as some countries word it, not a junior minister's ("Minister of State for …"). */
const FOREIGN_OFFICE = pattern([
  /^minister (?:of|for) (?:europe(?:an)? and )?/,
  /(?:foreign|external|international) (?:\w+ ){0,2}?(?:affairs|relations)\b/,
]);

/** {@link FOREIGN_TITLES} as titles are compared (folded), and the English office of each. */
const FOREIGN = new Map(Object.entries(FOREIGN_TITLES).map(([t, office]) => [foldName(t), office]));
const FOREIGN_WORDS = new RegExp(`^(?:${[...FOREIGN.keys()].join('|')})$`);

/** A title reduced to its core for comparison: lower case, abbreviations expanded, modifiers dropped. */
export function coreTitle(title: string): string {
  return (
    spelledTitle(title)
      .replace(MODIFIERS, '')
      .replace(/^state councilor and /, '')
      .replace(
        // "Minister of State and of Foreign Affairs" is Portugal's.
        /\b(?:minister (?:of|for|of state and of) (?:foreign|external) affairs|(?:foreign|external) affairs minister)/,
        'foreign minister',
      )
      // "Minister for Europe and Foreign Affairs", "Minister of International Relations and Cooperation", "Minister
      // of Foreign and European Affairs", "Minister of External Relations": foreign ministers in their own words.
      .replace(FOREIGN_OFFICE, 'foreign minister')
      .replace(/\bsecretary general\b/, 'secretary-general')
      .replace(/\bemir\b/, 'amir')
      .replace(FOREIGN_WORDS, (t) => FOREIGN.get(t)!)
      .replace(/^(?:premier|taoiseach|lyonchhen)$/, 'prime minister')
      .replace(/^tanaiste$/, 'deputy prime minister')
      .replace(/^druk gyalpo$/, 'king')
      .replace(/^(?:homologue|colleague|peer)$/, 'counterpart')
      // The office someone elected holds in briefings after they take it.
      .replace(/-elect$/, '')
      .trim()
  );
}

/** A part of a list of offices that is an office itself ("foreign minister", not "cooperation and …"). */
const OFFICE_HEAD_WORD = /\b(?:minister|secretary|president|chancellor|commissioner|ambassador|envoy)\b/;

/** True for titles that only say someone is a counterpart or a leader, not which office they hold. */
export const isVagueTitle = (title: string): boolean =>
  /^(?:counterpart|guest|visitor|leader|head of state|head of government|chief)$/.test(coreTitle(title));

/** "Counterpart", "guest", "visitor": said of someone of another office, which they may share or not. */
export const isRelativeTitle = (title: string): boolean => /^(?:counterpart|guest|visitor)$/.test(coreTitle(title));

/**
 * True when two titles can belong to one person: one contains the other, or one is vague ("counterpart",
 * "leader" for a head of state or government).
 * @example titlesCompatible('FM', 'Caretaker Foreign Minister') // → true
 */
export function titlesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const [x, y] = [coreTitle(a), coreTitle(b)];
  if (x.includes(y) || y.includes(x) || isRelativeTitle(x) || isRelativeTitle(y)) return true;
  // "State Minister" of one who is "State Minister for Foreign Affairs": the words of the one, in order, in the other.
  if (wordsInOrder(x, y) || wordsInOrder(y, x)) return true;
  // "Minister of State, Minister of Foreign Affairs, …" and "Minister of Foreign Affairs, Cooperation and …": an
  // office of the one's list heads an office of the other's.
  const offices = (t: string): string[] => t.split(', ').filter((o) => OFFICE_HEAD_WORD.test(o));
  const heads = (o: string, p: string): boolean => o === p || o.startsWith(`${p} `) || p.startsWith(`${o} `);
  if (offices(x).some((o) => offices(y).some((p) => heads(o, p)))) return true;
  // "Leader of the Nation", as Tajikistan styles its president.
  const leader = (t: string): boolean =>
    ['leader', 'head of state', 'head of government', 'leader of the nation'].includes(t);
  // A prime minister heads a government, never a state.
  const leads = (l: string, t: string): boolean =>
    leader(l) && LEADER_TITLES.includes(t) && !(l === 'head of state' && /\bprime minister$/.test(t));
  return leads(x, y) || leads(y, x);
}

/** True when `long` is `short` with portfolios put in: "state foreign minister" of "state minister", not "deputy prime
 * minister" of "deputy minister". */
function wordsInOrder(short: string, long: string): boolean {
  const words = short.split(' ');
  const rest = long.split(' ').filter((w) => !PORTFOLIO_WORDS.has(w) || words.includes(w));
  return rest.join(' ') === short;
}
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(PORTFOLIOS);

/** The more informative of two titles: a specific office over "counterpart" or "leader", the longer otherwise. */
export function betterTitle(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  if (isVagueTitle(a) !== isVagueTitle(b)) return isVagueTitle(a) ? b : a;
  return coreTitle(b).length > coreTitle(a).length ? b : a;
}

/** Merge what two reports say of one person. */
export function mergePerson(a: Person, b: Omit<Person, 'key'>): Person {
  // The fuller name has more words; of one name written run together or apart, the one run together ("Abdelatty").
  const [x, y] = [nameWords(a.name), nameWords(b.name)];
  const name = (joinedWords(x) === joinedWords(y) ? y.length < x.length : y.length > x.length) ? b.name : a.name;
  return {
    key: a.key,
    name,
    ...optional('title', betterTitle(a.title, b.title)),
    ...optional('country', a.country ?? b.country),
    ...optional('organization', a.organization ?? b.organization),
  };
}

/** The people of a corpus as they are being grouped: reports are added longest name first. */
interface Clustering {
  add(r: Omit<Person, 'key'>): void;
  result(): { people: Person[]; personOf: (r: Omit<Person, 'key'>) => Person | undefined };
}

/** The distinct reports of a corpus, longest names first: the order in which they are grouped. */
function groupingOrder(reports: Omit<Person, 'key'>[]): Omit<Person, 'key'>[] {
  const distinct = new Map<string, Omit<Person, 'key'>>();
  for (const r of reports) {
    const key = `${r.name}|${r.title ?? ''}|${r.country ?? ''}|${r.organization ?? ''}`;
    if (!distinct.has(key)) distinct.set(key, r);
  }
  const words = (r: Omit<Person, 'key'>): number => nameWords(r.name).length;
  return [...distinct.values()]
    .map((r) => ({ r, n: words(r) }))
    .sort((a, b) => b.n - a.n)
    .map(({ r }) => r);
}

function clustering(codes: NameCodes): Clustering {
  const tokenCache = new Map<string, string[]>();
  const nameTokens = (name: string): string[] =>
    tokenCache.get(name) ?? tokenCache.set(name, nameWords(name)).get(name)!;
  const sameName = (a: string, b: string): boolean => namesCompatible(a, b, codes, nameTokens);
  const people: Person[] = [];
  const byCode = new Map<string, Set<number>>();
  const index = (i: number): void => {
    for (const c of nameKeys(nameTokens(people[i]!.name), codes))
      (byCode.get(c) ?? byCode.set(c, new Set()).get(c)!).add(i);
  };
  const nearTo = (words: string[]): Set<number> =>
    new Set(nameKeys(words, codes).flatMap((c) => [...(byCode.get(c) ?? [])]));
  const find = (r: Omit<Person, 'key'>): number | undefined => {
    const words = nameTokens(r.name);
    const near = nearTo(words);
    // "Mohamad Hasan" is not "Mohammed Al-Hassan": a fuller name that only sounds alike shares a word as written.
    const alike = (i: number): boolean => {
      const theirs = nameTokens(people[i]!.name);
      return theirs.length === words.length || words.length < 2 || theirs.some((w) => words.includes(w));
    };
    // A name as long, or the same run together ("Badr Abdel-Aty" for one now named "Badr Abdelatty").
    const asLong = (i: number): boolean => {
      const theirs = nameTokens(people[i]!.name);
      return theirs.length >= words.length || joinedWords(theirs) === joinedWords(words);
    };
    const compatible = [...near].filter((i) => asLong(i) && sameName(people[i]!.name, r.name) && alike(i));
    if (compatible.length <= 1) return compatible[0];
    const byTitle = compatible.filter(
      (i) =>
        titlesCompatible(people[i]!.title, r.title) &&
        (!r.country || !people[i]!.country || people[i]!.country === r.country),
    );
    if (byTitle.length <= 1) return byTitle[0];
    // A bare "Fidan" is Hakan Fidan's surname, not Feridun Sinirlioğlu's first name; a surname two people share (the
    // Japarovs) stays for the article to resolve, and so does one that only sounds like the word ("More", "Mora").
    const soundsLikeSurname = (i: number): boolean => {
      const own = new Set(codes(nameTokens(people[i]!.name).at(-1)!));
      return codes(words[0]!).some((c) => own.has(c));
    };
    const surname = (i: number): boolean =>
      nameTokens(people[i]!.name).at(-1) === words[0] && byTitle.filter(soundsLikeSurname).length === 1;
    // "Foreign Minister Mohamad Hasan" beside "Datuk Seri Mohamad Hasan" and a sound-alike "Mohammed Al-Hassan": the
    // one spelt the same, else the one said to be of the same country, else the one whose office is known.
    const written = new Set(words.map((w) => w.toLowerCase()));
    const spelled = (i: number): boolean =>
      nameTokens(people[i]!.name).filter((w) => written.has(w.toLowerCase())).length === written.size;
    const narrowings = [
      words.length === 1 ? surname : spelled,
      (i: number) => r.country !== undefined && people[i]!.country === r.country,
      (i: number) => r.title !== undefined && people[i]!.title !== undefined,
    ];
    for (const narrow of narrowings) {
      const kept = byTitle.filter(narrow);
      if (kept.length === 1) return kept[0];
    }
    return undefined;
  };
  /** A short name that fits several people (a bare "Japarov"): left for the article to resolve. */
  const isAmbiguous = (r: Omit<Person, 'key'>): boolean => {
    const words = nameTokens(r.name);
    const near = nearTo(words);
    return (
      [...near].filter((i) => nameTokens(people[i]!.name).length > words.length && sameName(people[i]!.name, r.name))
        .length > 1
    );
  };
  return {
    add(r) {
      const found = find(r);
      if (found !== undefined) people[found] = mergePerson(people[found]!, r);
      else if (isAmbiguous(r)) return;
      else people.push({ key: `p${people.length + 1}`, ...r });
      index(found ?? people.length - 1);
    },
    result() {
      const memo = new Map<string, Person | undefined>();
      const personOf = (r: Omit<Person, 'key'>): Person | undefined => {
        const key = `${r.name}|${r.title ?? ''}|${r.country ?? ''}|${r.organization ?? ''}`;
        if (!memo.has(key)) {
          const i = find(r);
          memo.set(key, i === undefined ? undefined : people[i]);
        }
        return memo.get(key);
      };
      return { people, personOf };
    },
  };
}

/**
 * Group the names found across the corpus into people: full names first, then shorter forms joined to the one
 * person they can be (by title when a surname is shared, e.g. President and Prime Minister Japarov); a short
 * form that could be several people stays on its own.
 */
export function clusterPeople(
  reports: Omit<Person, 'key'>[],
  codes: NameCodes = nameCodes(),
): ReturnType<Clustering['result']> {
  const c = clustering(codes);
  for (const r of groupingOrder(reports)) c.add(r);
  return c.result();
}

/** How many distinct reports are grouped between two turns of the event loop. */
export const REPORTS_PER_SLICE = 500;

/** {@link clusterPeople}, with a turn for the event loop every {@link REPORTS_PER_SLICE} reports. */
export async function clusterPeopleAsync(
  reports: Omit<Person, 'key'>[],
  codes: NameCodes,
  turn: () => Promise<void>,
): Promise<ReturnType<Clustering['result']>> {
  const c = clustering(codes);
  for (const [i, r] of groupingOrder(reports).entries()) {
    c.add(r);
    if (i % REPORTS_PER_SLICE === REPORTS_PER_SLICE - 1) await turn();
  }
  return c.result();
}
