import { createHash } from 'node:crypto';
import { addDays } from 'date-fns';
import type { Article, Corpus, PartialDate } from '../types.js';
import type { Lexicon } from '../reference/lexicon.js';
import type { Place } from '../reference/places.js';
import { findEvent, findPlaces } from './features.js';
import { FUTURE_ANYWHERE } from './triggers.js';
import type { Meeting, MeetingSource, Participant, ResolvedDate } from './types.js';
import { meetingDate } from './date-mentions.js';
import {
  buildTitleTable,
  countryAt,
  countryOfWord,
  GUEST_WORDS,
  standCountry,
  STYLED_INITIALS,
  type Mention,
} from './mentions.js';
import {
  articleCandidates,
  articleDateline,
  datelineDate,
  HEADLINE_PARAGRAPH,
  groupCount,
  isRecent,
  isTitleLine,
  LIVES_IN,
  openingDate,
  readSentences,
  statedYear,
  type Candidate,
  type ExtractContext,
  type SentenceInfo,
} from './candidates.js';
import {
  ABBREVIATED,
  clusterPeople,
  clusterPeopleAsync,
  coreTitle,
  isVagueTitle,
  spelledTitle,
  STYLES,
  titlesCompatible,
  type Person,
} from './people.js';
import { nameCodes, namesCompatible, nameWords, type NameCodes } from '../text/names.js';
import { LEADER_TITLES } from '../reference/titles.js';
import { formatHumanDate, formatPartialDate, partialDateBounds } from '../calendar.js';
import { optional } from '../optional.js';
import { STOPWORDS } from '../text/words.js';
import type { Tok } from './tokens.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';
import { buildRegistry, type DatedReport, type Registry, type RegistryEntry } from './registry.js';
import { yieldToEventLoop } from '../event-loop.js';

/** Build the reference tables extraction needs, once. */
export function buildExtractContext(lexicon: Lexicon): ExtractContext {
  const { places } = lexicon;
  // "the Afghan capital": the capital of the country the word names.
  const capitalOf = (name: string): Place | undefined => {
    const code = countryOfWord(/^the (\S+) capital$/.exec(name)?.[1] ?? '', lexicon);
    const capital = lexicon.countries.find((c) => c.code === code)?.capitals[0];
    return capital ? places.get(capital.toLowerCase()) : undefined;
  };
  const findPlace = (name: string): Place | undefined =>
    name.endsWith(' capital') ? capitalOf(name) : lexicon.findPlace(name);
  return { lexicon, titles: buildTitleTable(), places, findPlace };
}

/** What one mention says of a person, with the date of its briefing when known. */
export type Report = DatedReport;
/** A side of a meeting once resolved: a known person, or an unnamed official ("Foreign Minister of Kyrgyzstan"). */
type Resolved = { person: Person } | { unnamed: { title?: string; country?: string; organization?: string } };

/** A side's country and title, named or not. */
const sideCountry = (r: Resolved): string | undefined => ('person' in r ? r.person.country : r.unnamed.country);
const sideTitle = (r: Resolved): string | undefined => ('person' in r ? r.person.title : r.unnamed.title);

const reportOf = (m: Mention): Report | undefined =>
  m.kind === 'named' && m.name
    ? {
        name: m.name,
        ...optional('title', m.title),
        ...optional('country', m.country),
        ...optional('organization', m.organization),
      }
    : undefined;

/** Title case for display, keeping short words and acronyms: "foreign minister" → "Foreign Minister". */
export function displayTitle(title: string): string {
  const expanded = ABBREVIATED[title.toLowerCase()];
  if (expanded) return displayTitle(expanded);
  return title.replace(/[\p{L}’'-]+/gu, (w, offset: number) =>
    offset > 0 && /^(?:of|for|the|and|on)$/i.test(w)
      ? w.toLowerCase()
      : /^[A-Z]{2,}$/.test(w)
        ? w
        : w.charAt(0).toUpperCase() + w.slice(1),
  );
}

/** The person a sentence is about: its first named person before its first meeting verb, or near its start. */
function leadPerson(
  s: SentenceInfo,
  personOf: (r: Report) => Person | undefined,
  before = s.toks.length,
): Person | undefined {
  const firstVerb = Math.min(before, s.triggers[0]?.from ?? s.toks.length);
  const person = (m: Mention | undefined): Person | undefined => {
    // "shared with The Express Tribune, the prime minister …": a bare name after "the" is a paper's or a body's.
    const paper = m !== undefined && !m.title && s.toks[m.from - 1]?.norm === 'the';
    const r = m?.kind === 'named' && !paper ? reportOf(m) : undefined;
    const p = r ? personOf(r) : undefined;
    // "Reviewed our agenda," he wrote: a lone capitalised word is no one to follow.
    return p && isOfficial(p) ? p : undefined;
  };
  // "She conveyed the greetings of President Paudel": a sentence that opens with "she" is about whom she is.
  const opening = s.mentions.find((m) => m.kind !== 'group' && !m.object);
  if (opening?.kind === 'pronoun' && opening.from <= 2 && opening.from < before) return undefined;
  // "In his talks with Kenya's Mudavadi, the minister …": the person talked with is not whom the sentence is about.
  const objectOfWith = (m: Mention): boolean => ['with', 'by'].includes(s.toks[m.from - 1]?.norm ?? '');
  // "With Falcao, he discussed …": nor is the one a fronted "with" names.
  const fronted = (m: Mention): boolean => m.from === 1 && s.toks[0]?.norm === 'with';
  const first =
    s.mentions.find((m) => m.kind === 'named' && m.to <= firstVerb && !fronted(m) && person(m)) ??
    s.mentions.find(
      (m) =>
        m.kind !== 'group' &&
        !m.object &&
        m.from <= 8 &&
        m.to <= before &&
        !objectOfWith(m) &&
        (m.kind !== 'named' || person(m)),
    );
  return person(first);
}

/**
 * "The head of Polish diplomacy will travel to Kyiv …": a sentence that opens with an office and a country is about
 * the one person of the briefing who holds it.
 */
function openingOfficial(s: SentenceInfo, people: Person[]): Person | undefined {
  const m = s.mentions[0];
  if (m?.kind !== 'unnamed' || !m.country || !m.title || isVagueTitle(m.title) || m.from > 2) return undefined;
  const holders = people.filter((p) => p.country === m.country && titlesCompatible(p.title, m.title));
  return holders.length === 1 ? holders[0] : undefined;
}

type Gender = 'female' | 'male';

/** A value worked out on first use only (a briefing's genders are needed only when it says "he" or "she"). */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

interface ArticleState {
  people: Person[];
  focus: (Person | undefined)[];
  /** What the briefing shows of people's gender: "Ms Paetongtarn", "Mondino received her Chilean counterpart". */
  genders: () => ReadonlyMap<string, Gender>;
  sentences: SentenceInfo[];
  codes: NameCodes;
  /** The first person the briefing styles "His Highness" or "His Majesty": whom a bare "His Highness" means. */
  highness?: Person;
  /** The country of the city the briefing is filed from: whose officials it may name with no country. */
  home?: string;
}

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  she: 'female',
  her: 'female',
  he: 'male',
  his: 'male',
  him: 'male',
};
const HONORIFIC_GENDER: Readonly<Record<string, Gender>> = {
  ms: 'female',
  mrs: 'female',
  madam: 'female',
  madame: 'female',
  dame: 'female',
  mr: 'male',
  sir: 'male',
};

/**
 * The gender a briefing shows of its people: an honorific before the name ("Ms Paetongtarn", "Mr Dar"), or the first
 * "his"/"her" after a sentence's opening person and before anyone else ("Mondino received her Chilean counterpart").
 * A person shown as both is left out.
 */
function articleGenders(sentences: SentenceInfo[], personOf: (r: Report) => Person | undefined): Map<string, Gender> {
  const seen = new Map<string, Gender | 'both'>();
  const note = (p: Person | undefined, g: Gender | undefined): void => {
    if (p && g) seen.set(p.key, seen.has(p.key) && seen.get(p.key) !== g ? 'both' : g);
  };
  const personAt = (m: Mention): Person | undefined => {
    const r = m.kind === 'named' ? reportOf(m) : undefined;
    return r ? personOf(r) : undefined;
  };
  for (const s of sentences) {
    // "… during the Mañanera del Pueblo …": a name with no office or country is no one to own the "her" after it.
    const people = s.mentions.filter(
      (m, i) => m.kind !== 'group' && (i === 0 || m.kind !== 'named' || m.title || m.country || m.organization),
    );
    people.forEach((m, i) => {
      const p = personAt(m);
      const honorific = [s.toks[m.from - 1], s.toks[m.from]].find((t) => t?.cap && HONORIFIC_GENDER[t.norm]);
      note(p, honorific && HONORIFIC_GENDER[honorific.norm]);
      if (i > 0 || m.from > 3) return;
      // "her counterpart …": the next mention may open with the possessive; "called her by phone" has none.
      const next = people[1] ? people[1].from + 1 : s.toks.length;
      const possessive = (t: Tok, k: number): boolean => {
        const after = s.toks[m.to + k + 1];
        return ['his', 'her'].includes(t.norm) && after?.word === true && !STOPWORDS.has(after.norm);
      };
      const pronoun = s.toks.slice(m.to, next).find(possessive);
      note(p, pronoun && PRONOUN_GENDER[pronoun.norm]);
    });
  }
  return new Map([...seen].filter((e): e is [string, Gender] => e[1] !== 'both'));
}

/**
 * "She" resolved to someone the briefing shows as a man is the last woman it shows named before it in this sentence
 * or the three before (and the other way round); resolved to someone it shows nothing of, a woman it shows named
 * before it in this sentence ("Trump apologized, Sheinbaum reports; she held talks with …"), or for "she" in the four
 * before. Otherwise the person as resolved.
 */
function ofGender(
  p: Person,
  m: Mention,
  sentence: number,
  state: ArticleState,
  personOf: (r: Report) => Person | undefined,
): Resolved {
  const words = state.sentences[sentence]!.toks.slice(m.from, m.to);
  const wanted = words.length === 1 ? PRONOUN_GENDER[words[0]!.norm] : undefined;
  const shown = state.genders().get(p.key);
  if (!wanted || shown === wanted) return { person: p };
  // "She later met …" resolved to someone the briefing shows nothing of: the last woman it shows a little before.
  const reach = shown ? Math.max(0, sentence - 3) : wanted === 'female' ? Math.max(0, sentence - 4) : sentence;
  for (let i = sentence; i >= reach; i -= 1) {
    const named = state.sentences[i]!.mentions.filter((o) => o.kind === 'named' && (i < sentence || o.to <= m.from));
    for (const o of named.reverse()) {
      const r = reportOf(o);
      const other = r ? personOf(r) : undefined;
      if (other && state.genders().get(other.key) === wanted) return { person: other };
    }
  }
  return { person: p };
}

/** The first named person styled "His/Her Highness", "H.H." or "Majesty" in a briefing. */
function styledHighness(sentences: SentenceInfo[], personOf: (r: Report) => Person | undefined): Person | undefined {
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'named') continue;
      const styled = s.toks
        .slice(Math.max(0, m.from - 2), m.to)
        .some((t) => ['highness', 'majesty', 'hrh'].includes(t.norm) || STYLED_INITIALS.has(t.norm));
      const r = styled ? reportOf(m) : undefined;
      const p = r ? personOf(r) : undefined;
      if (p) return p;
    }
  return undefined;
}

/** Verbs of saying: "the spokesperson said Tuggar received him" is no meeting of the spokesperson. */
const SPEAKING = ['said', 'says', 'told', 'added', 'noted', 'stated', 'announced', 'confirmed', 'explained'];
/** How many sentences back an object pronoun looks for whom it stands for. */
const OBJECT_REACH_BACK = 4;
/** Tokens that open the clause of an object pronoun: the people before them are not its subject. */
const CLAUSE_BREAKS = new Set([',', ';', ':', 'where', 'who', 'and', 'when', 'while', '—', '–', ...SPEAKING]);

/**
 * "President Mahama received him", "…, where President Tinubu received him", "Macron saw him": someone other than
 * those of its own clause (and the one a "who" before it stands for), of the pronoun's gender when the briefing
 * shows it. First someone named before its clause in the sentence, else the one an earlier pronoun stood for, else
 * of those the sentence before names, the one the briefing spoke of most lately, else the person in focus.
 */
function objectReferent(
  m: Mention,
  sentence: number,
  state: ArticleState,
  personOf: (r: Report) => Person | undefined,
): Resolved | undefined {
  const s = state.sentences[sentence]!;
  const personAt = (o: Mention, i: number): Person | undefined => {
    if (o.kind === 'group') return undefined;
    const r = resolveMention(o, i, state, personOf);
    return r && 'person' in r && isOfficial(r.person) ? r.person : undefined;
  };
  // "the spokesperson, Chanda Mwale, said …": who says it is no one met.
  const speaker = (o: Mention, toks: Tok[]): boolean =>
    SPEAKING.includes(toks[o.to]?.norm === ',' ? (toks[o.to + 1]?.norm ?? '') : (toks[o.to]?.norm ?? ''));
  const people = (i: number, to = Infinity): Person[] =>
    state.sentences[i]!.mentions.flatMap((o) =>
      o.to <= to && !o.object && !speaker(o, state.sentences[i]!.toks) ? (personAt(o, i) ?? []) : [],
    );
  let clause = m.from;
  while (clause > 0 && !CLAUSE_BREAKS.has(s.toks[clause - 1]!.norm)) clause -= 1;
  // "A, who called on him": A is the clause's subject.
  const antecedent = ['who', 'whom'].includes(s.toks[clause - 1]?.norm ?? '') ? clause - 2 : clause;
  const own = s.mentions.filter((o) => o.to >= antecedent && o.to <= m.from);
  const taken = new Set(own.flatMap((o) => personAt(o, sentence)?.key ?? []));
  const wanted = PRONOUN_GENDER[s.toks[m.from]!.norm];
  const fits = (p: Person | undefined): p is Person => {
    const shown = p && state.genders().get(p.key);
    return p !== undefined && !taken.has(p.key) && (!shown || shown === wanted);
  };
  const reach = Math.max(0, sentence - OBJECT_REACH_BACK);
  const spokenOf = new Map<string, number>();
  for (let i = reach; i < sentence; i += 1)
    for (const p of people(i)) spokenOf.set(p.key, (spokenOf.get(p.key) ?? 0) + 1);
  const candidates = function* (): Generator<Person | undefined> {
    yield* people(sentence, antecedent);
    for (let i = sentence; i >= reach; i -= 1)
      for (const o of [...state.sentences[i]!.mentions].reverse())
        if (
          o.kind === 'pronoun' &&
          (i < sentence || o.to <= antecedent) &&
          PRONOUN_GENDER[state.sentences[i]!.toks[o.from]!.norm]
        )
          yield personAt(o, i);
    if (sentence > 0) yield* [...people(sentence - 1)].sort((a, b) => spokenOf.get(b.key)! - spokenOf.get(a.key)!);
    for (let i = sentence; i >= reach; i -= 1) yield state.focus[i];
  };
  for (const p of candidates()) if (fits(p)) return { person: p };
  return undefined;
}

/** Resolve one mention to a person of the article or an unnamed official. */
function resolveMention(
  m: Mention,
  sentence: number,
  state: ArticleState,
  personOf: (r: Report) => Person | undefined,
): Resolved | undefined {
  const report = reportOf(m);
  const focus = state.focus[sentence];
  if (report) {
    // "Deuba" in a briefing with two Deubas is the one it is about.
    const fits = focus && !report.title && namesCompatible(focus.name, report.name, state.codes);
    const p = personOf(report) ?? (fits ? focus : undefined);
    return p ? { person: p } : undefined;
  }
  const words = state.sentences[sentence]?.toks.slice(m.from, m.to).map((t) => t.norm);
  // "Earlier, His Highness received …": the person the briefing styles so, not whoever was named last.
  const styled =
    words?.length === 2 ? ['highness', 'majesty'].includes(words[1]!) : STYLED_INITIALS.has(words?.[0] ?? '');
  if (m.kind === 'pronoun' && state.highness && styled) return { person: state.highness };
  if (m.object) return objectReferent(m, sentence, state, personOf);
  if (m.kind === 'pronoun') {
    const s = state.sentences[sentence];
    const earlier = s ? leadPerson(s, personOf, m.from) : undefined;
    if (earlier) return ofGender(earlier, m, sentence, state, personOf);
    // "The Mongolian president will travel to Busan, where he is to meet …": the official named before "he".
    // "… the prime minister will first travel to Istanbul, where he …": the office named before "he", too.
    const official = s?.mentions.find(
      (o) =>
        o.kind === 'unnamed' && o.to <= m.from && (o.country || o.organization || (o.title && !isVagueTitle(o.title))),
    );
    if (official) return resolveMention(official, sentence, state, personOf);
    return focus ? ofGender(focus, m, sentence, state, personOf) : undefined;
  }
  if (m.kind !== 'unnamed') return undefined;
  // "The Vietnamese guest" is the briefing's one Vietnamese official, or no one known; so is "the Emirati envoy" (the
  // one of its envoys, ambassadors or ministers, if it names several).
  const envoy = m.title !== undefined && ENVOY_WORDS.has(coreTitle(m.title)) && !!m.country && !m.organization;
  const guest = m.title !== undefined && (GUEST_WORDS.has(coreTitle(m.title)) || envoy);
  // "the chancellor" of a briefing that names no chancellor: its foreign minister, as Spanish copy translated says.
  const minister = isChancellor(m.title) && !m.country && !state.people.some((p) => isChancellor(p.title));
  const office = minister ? 'Foreign Minister' : m.title;
  const title =
    m.title && /^counterpart$/i.test(coreTitle(m.title))
      ? undefined
      : foreignMinisterTitle({ ...m, ...optional('title', office) });
  const compatible = state.people.filter(
    (p) =>
      (!m.country || p.country === m.country) &&
      (!m.organization || p.organization === m.organization) &&
      titlesCompatible(p.title, office),
  );
  const exact = office
    ? compatible.filter((p) => p.title !== undefined && coreTitle(p.title) === coreTitle(office))
    : [];
  // An office held outright beats "counterpart" or "leader" said of someone else.
  const specific = compatible.filter((p) => p.title && !isVagueTitle(p.title));
  // Named before this sentence, or within the few sentences before it.
  const named = (p: Person, reach = sentence): boolean =>
    state.sentences.slice(Math.max(0, sentence - reach), sentence).some((s) =>
      s.mentions.some((o) => {
        const r = reportOf(o);
        return r !== undefined && personOf(r)?.key === p.key;
      }),
    );
  const candidates = exact.length === 1 ? exact : specific.length === 1 ? specific : compatible;
  if (guest) {
    // Of that country, any office: "the Qatari official" is its prime minister named before; else of no country
    // known, as "the Argentine diplomat" after "Foreign Minister Gerardo Werthein".
    const titled = state.people.filter((p) => p.title && !isVagueTitle(p.title) && named(p));
    const ofCountry = titled.filter((p) => !m.country || p.country === m.country);
    const earlier = ofCountry.length > 0 ? ofCountry : titled.filter((p) => !p.country && !p.organization);
    // "The Kyrgyz diplomat" of a briefing that names its president too: its foreign minister or envoy.
    const diplomats = ['diplomat', ...ENVOY_WORDS].includes(coreTitle(m.title!))
      ? earlier.filter((p) => DIPLOMAT.test(coreTitle(p.title!)))
      : [];
    // Not so "the Emirati envoy" among several of no country: the host may be one, whose country goes unsaid.
    const one =
      earlier.length === 1
        ? earlier[0]
        : diplomats.length === 1 && !(envoy && ofCountry.length === 0)
          ? diplomats[0]
          : undefined;
    return one ? { person: one.country || !m.country ? one : { ...one, country: m.country } } : undefined;
  }
  if (m.country || m.organization) {
    // "The Italian minister then met …" opening a sentence of a briefing about a minister it names without a country:
    // that minister. A counterpart described so comes later in its sentence.
    // The one in focus a sentence or three before: "Tajani met Kuleba. Kuleba urged … The Italian minister then".
    const subject = state.sentences[sentence]?.mentions[0] === m;
    const fits = (p: Person | undefined): p is Person =>
      p !== undefined && !p.country && !p.organization && titlesCompatible(p.title, title);
    const placing = subject && m.country && candidates.length === 0 && title && !isVagueTitle(title);
    const unplaced = placing ? [0, 1, 2, 3].map((k) => state.focus[sentence - k]).find(fits) : undefined;
    if (unplaced) return { person: { ...unplaced, country: m.country! } };
    // "The Vietnamese leader met …" in a briefing whose one leader of no known country is President Thuong: him; not
    // one named after it ("conveyed to the Cuban head of state an invitation from Prime Minister Mottley").
    const namedAfter = (p: Person): boolean =>
      state.sentences[sentence]!.mentions.some((o) => {
        const r = o.from > m.from ? reportOf(o) : undefined;
        return r !== undefined && personOf(r)?.key === p.key;
      });
    const stateless = state.people.filter((p) => !p.country && isRuler(p) && !namedAfter(p));
    if (m.country && candidates.length === 0 && LEADER_WORDS.has(coreTitle(m.title ?? '')) && stateless.length === 1)
      return { person: { ...stateless[0]!, country: m.country } };
    // "The foreign ministers of Pakistan, China and Afghanistan" in a briefing filed from Islamabad, whose one
    // foreign minister it names with no country (Ishaq Dar): him.
    const home = m.country === state.home && title && !isVagueTitle(title) && candidates.length === 0;
    const own = home
      ? state.people.filter(
          (p) => !p.country && !p.organization && p.title && !isVagueTitle(p.title) && titlesCompatible(p.title, title),
        )
      : [];
    if (own.length === 1) return { person: { ...own[0]!, country: m.country } };
    // "Later, the PM received the Thai minister" after talks with the Thai foreign minister: of those who fit, the one
    // the briefing has named before, not its Thai prime minister named after.
    // Not "a Japanese leader", of no one office, nor any one.
    const definite = title !== undefined && !isVagueTitle(title) && !/^an?$/.test(words?.[0] ?? '');
    const before = definite ? candidates.filter((p) => named(p, RECENT_SENTENCES)) : [];
    const one = candidates.length === 1 ? candidates : before.length === 1 ? before : [];
    return one.length === 1 && title
      ? { person: one[0]! }
      : {
          unnamed: {
            ...optional('title', title),
            ...optional('country', m.country),
            ...optional('organization', m.organization),
          },
        };
  }
  // "The visiting State Minister": of those the office fits, the one official of another country than the dateline's.
  const visiting = [...(words ?? []), state.sentences[sentence]?.toks[m.from - 1]?.norm].includes('visiting')
    ? compatible.filter((p) => p.title && p.country && p.country !== state.home)
    : [];
  if (visiting.length === 1) return { person: visiting[0]! };
  // "EAM" when the article has one External Affairs Minister: the office as written beats the person in focus.
  const written = exact.filter((p) => spelledTitle(p.title!) === spelledTitle(m.title!));
  if (written.length === 1 && !isVagueTitle(m.title!)) return { person: written[0]! };
  // "The President also spoke by phone …" in a briefing about President Marcos that later names President Pavel: the
  // holder of that office the briefing named first, even when the sentence before was about the other.
  const leads = LEADER_TITLES.includes(coreTitle(m.title!));
  const first = exact.length > 1 && leads ? firstNamed(exact, state, sentence, personOf) : undefined;
  if (first) return first;
  // "Today, the head of state met …" after a sentence about someone of no known office: not that person.
  const untitled = focus !== undefined && !focus.title && LEADER_WORDS.has(coreTitle(m.title!));
  // "the Hon. Minister", as a readout styles its own minister: the minister it named first, not the one in focus.
  const said = state.sentences[sentence]?.toks.slice(Math.max(0, m.from - 2), m.to).map((t) => t.norm) ?? [];
  const styledMinister = coreTitle(m.title!) === 'minister' && said.some((w) => HONOURABLE.has(w));
  if (styledMinister) return firstNamed(specific, state, sentence, personOf);
  if (focus && !untitled && titlesCompatible(focus.title, m.title)) return { person: focus };
  if (candidates.length === 1) return { person: candidates[0]! };
  // "the Hon. Minister held a telephone conversation with his Nigerian counterpart" in a ministry's readout, after a
  // sentence about an envoy: the minister it named first.
  if (coreTitle(m.title!) === 'minister') return firstNamed(specific, state, sentence, personOf);
  // … but the leader of a country the briefing named first.
  return LEADER_WORDS.has(coreTitle(m.title!))
    ? firstNamed(state.people.filter(isRuler), state, sentence, personOf)
    : undefined;
}

/** Offices of a country's diplomats. */
const DIPLOMAT = /\b(?:foreign minister|ambassador|envoy|secretary of state|foreign secretary)\b/;
/** Words for a country's emissary, whatever their office: "the Emirati envoy". */
const ENVOY_WORDS: ReadonlySet<string> = new Set(['envoy', 'emissary']);

/** How a readout styles its own minister: "the Hon. Minister", "the Honourable Minister". */
const HONOURABLE: ReadonlySet<string> = new Set(['hon', 'hon.', 'honourable', 'honorable', "hon'ble"]);

/** How many sentences back someone counts as just named: whom "the Thai minister" then means. */
const RECENT_SENTENCES = 4;

/** Words for whoever leads a country, whatever the office: "the head of state", "the Vietnamese leader". */
const LEADER_WORDS: ReadonlySet<string> = new Set(['leader', 'head of state', 'head of government']);
/** An office that leads a country: "President", "State President", "Prime Minister", "Leader of the Nation". */
const RULES = new RegExp(`^(?:state )?(?:${LEADER_TITLES.join('|')})$|\\bleader\\b`);
/** Someone who leads a country, not an organisation ("President of the UN General Assembly"). */
const isRuler = (p: Person): boolean => !p.organization && p.title !== undefined && RULES.test(coreTitle(p.title));

/** Of some people, the one a briefing names first, before sentence `before`. */
function firstNamed(
  people: Person[],
  state: ArticleState,
  before: number,
  personOf: (r: Report) => Person | undefined,
): Resolved | undefined {
  for (const s of state.sentences.slice(0, before))
    for (const m of s.mentions) {
      const r = reportOf(m);
      const p = r ? personOf(r) : undefined;
      if (p && people.some((x) => x.key === p.key)) return { person: p };
    }
  return undefined;
}

/** Where a chancellor heads the government; elsewhere ("the Brazilian chancellor") it is the foreign minister. */
const CHANCELLOR_LEADS = new Set(['DEU', 'AUT']);

/** "Chancellor" or "canciller": a head of government in Germany and Austria, a foreign minister elsewhere. */
const isChancellor = (title: string | undefined): boolean =>
  title !== undefined && /^(?:chancellor|canciller)$/i.test(coreTitle(title));

/** A mention's title, "chancellor" read as "foreign minister" where that is what it means. */
const foreignMinisterTitle = (m: Mention): string | undefined =>
  isChancellor(m.title) && m.country && !CHANCELLOR_LEADS.has(m.country) ? 'Foreign Minister' : m.title;

/** "His Kyrgyz counterpart": the one person of that country in the article who holds the same office, else unnamed. */
function resolveCounterpart(
  u: { country?: string; organization?: string },
  otherTitle: string,
  people: Person[],
): Resolved {
  const office = counterpartOffice(otherTitle);
  const same = people.filter(
    (p) =>
      p.country === u.country &&
      p.title &&
      !isVagueTitle(p.title) &&
      (titlesCompatible(p.title, otherTitle) || titlesCompatible(p.title, office)),
  );
  // "his counterparts from the Gambia, Liberia and …" with "Liberia's Sara Beysolow Nyanti" the one Liberian named.
  const untitled = people.filter((p) => p.country === u.country && !p.title && !p.organization);
  const only = same.length === 1 ? same : same.length === 0 && untitled.length === 1 ? untitled : [];
  return only.length === 1 ? { person: only[0]! } : { unnamed: { ...u, title: office } };
}

/**
 * "The Somali minister" after a meeting with the Foreign Minister of Somalia, unnamed: that official, when the
 * briefing has met one official of that country whose office holds this one's.
 */
function sameOfficial(r: Resolved, drafts: readonly Draft[]): Resolved {
  if (!('unnamed' in r) || !r.unnamed.country || !r.unnamed.title) return r;
  const { country, title } = r.unnamed;
  const earlier = new Set(
    drafts.flatMap((d) =>
      d.sides.flatMap((o) =>
        'unnamed' in o && o.unnamed.country === country && o.unnamed.title && o.unnamed.title !== title
          ? [o.unnamed.title]
          : [],
      ),
    ),
  );
  const holds = [...earlier].filter((t) => coreTitle(t).split(' ').includes(coreTitle(title)));
  return holds.length === 1 ? { unnamed: { ...r.unnamed, title: holds[0]! } } : r;
}

/**
 * The office of someone's counterpart: theirs, or the foreign minister when theirs is a foreign-affairs office among
 * others ("Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs").
 */
function counterpartOffice(title: string): string {
  const core = coreTitle(title);
  const compound = /, | and /.test(core) && /\b(?:foreign|external)\b/.test(core);
  // "Foreign Affairs Secretary Ma. Theresa Lazaro … her counterparts from Vietnam": their foreign ministers.
  const secretary = /\b(?:foreign|external) affairs\b/.test(core) && /\bsecretary\b/.test(core);
  // "foreign affairs adviser Md Touhid Hossain" leads his country's diplomacy: his counterparts are foreign ministers.
  const adviser = /\b(?:foreign|external) (?:affairs )?advis[eo]r\b/.test(core);
  return compound || secretary || adviser ? 'foreign minister' : core;
}

/**
 * Whether someone can be one of "the two ministers", "the leaders": a compatible office, and a head of state or
 * government only among "leaders" or "presidents" (a prime minister is no one of "the two ministers").
 */
function fitsGroupTitle(r: Resolved, groupTitle: string): boolean {
  // "ministers" → "minister", "heads of state" → "head of state".
  const office = coreTitle(groupTitle).replace(/(\w)s(?=(?: of [\w ]+)?$)/, '$1');
  if (!('person' in r) || !r.person.title) return false;
  // "The two leaders" of a prime minister and a deputy prime minister, as news writes it loosely.
  const loosely =
    LEADER_WORDS.has(office) && /\b(?:prime minister|president|premier)\b/.test(coreTitle(r.person.title));
  // "The two ministers" of a foreign minister and Mexico's Foreign Secretary (a Secretary of State is named so).
  const secretary = office === 'minister' && FOREIGN_SECRETARY.test(coreTitle(r.person.title));
  if (!titlesCompatible(r.person.title, office) && !loosely && !secretary) return false;
  // "Crown Prince and Prime Minister" leads; "Deputy Prime Minister and Foreign Minister" and "Prime Minister and
  // Minister of Foreign Affairs" are ministers too.
  const offices = coreTitle(r.person.title).split(/ and |, /);
  const leads = offices.every((t) => LEADER_TITLES.includes(t));
  return !leads || LEADER_TITLES.includes(office);
}

/** Secretaries who are their country's foreign minister. */
const FOREIGN_SECRETARY = /^(?:foreign secretary|secretary of (?:foreign affairs|external relations))$/;

/**
 * "held talks with the three ministers": the people of the group's office the briefing named last, as many as it
 * says, in one sentence of the four before (or earlier in this one), none of them the group's host.
 */
function groupMembers(
  group: Mention,
  sentence: number,
  beside: Mention[],
  state: ArticleState,
  personOf: (r: Report) => Person | undefined,
): Resolved[] | undefined {
  const count = groupCount(state.sentences[sentence]!.toks, group);
  if (count === undefined || !group.title) return undefined;
  const taken = new Set(
    beside.flatMap((m) => {
      const r = resolveMention(m, sentence, state, personOf);
      return r && 'person' in r ? [r.person.key] : [];
    }),
  );
  for (let i = sentence; i >= Math.max(0, sentence - OBJECT_REACH_BACK); i -= 1) {
    const named = state.sentences[i]!.mentions.flatMap((m) => {
      const r = m.kind === 'named' && (i < sentence || m.to <= group.from) ? reportOf(m) : undefined;
      const p = r ? personOf(r) : undefined;
      return p && !taken.has(p.key) && fitsGroupTitle({ person: p }, group.title!) ? [p] : [];
    });
    const people = [...new Map(named.map((p) => [p.key, p])).values()];
    if (people.length === count) return people.map((person) => ({ person }));
  }
  return undefined;
}

/** How many sentences back a meeting told makes "the two discussed …" more of that meeting, not one of its own. */
const PAIR_TALKED_REACH = 2;

/**
 * How many of the meetings told last "the next meeting" may follow: the one of most sides among them, as a group's
 * bilaterals on its sidelines are told after it ("… Valtonen held separate talks with A. The next meeting will …").
 */
const NEXT_AFTER_MEETINGS = 3;
const mostSides = (drafts: Draft[]): Draft | undefined =>
  drafts.reduce<Draft | undefined>((best, d) => (!best || d.sides.length > best.sides.length ? d : best), undefined);

/**
 * "Kao and Retno also reviewed …": two people named together in sentence `at - back`, whom "the two" then refers to.
 */
function recentPair(
  sentences: SentenceInfo[],
  at: number,
  back: number,
  personOf: (r: Report) => Person | undefined,
): Resolved[] | undefined {
  const s = sentences[at - back];
  if (!s) return undefined;
  const named = s.mentions.filter((m) => m.kind === 'named');
  for (let k = 0; k + 1 < named.length; k += 1) {
    const gap = s.toks
      .slice(named[k]!.to, named[k + 1]!.from)
      .map((t) => t.norm)
      .join(' ');
    if (gap !== 'and') continue;
    const pair = [named[k]!, named[k + 1]!].map((m) => {
      const r = reportOf(m);
      return r ? personOf(r) : undefined;
    });
    if (pair[0] && pair[1] && pair[0].key !== pair[1].key) return pair.map((p) => ({ person: p! }));
  }
  return undefined;
}

/** The two officials named so far, when the briefing has named no other: whom "the two leaders" are. */
function onlyPair(sentences: SentenceInfo[], personOf: (r: Report) => Person | undefined): Resolved[] | undefined {
  const people = new Map<string, Person>();
  for (const m of sentences.flatMap((s) => s.mentions.filter((x) => x.kind === 'named'))) {
    const r = reportOf(m);
    const p = r ? personOf(r) : undefined;
    if (p?.title) people.set(p.key, p);
  }
  return people.size === 2 ? [...people.values()].map((person) => ({ person })) : undefined;
}

/** Nouns of talks a pair of countries held, which a meeting may be told about. */
const OTHER_TALKS = new Set(['talks', 'negotiations', 'summit', 'meeting', 'dialogue', 'round', 'deal', 'agreement']);

/**
 * The countries a sentence pairs: "Kyrgyz-Pakistani", "China-Pakistan", and unless `hyphenOnly` "Pakistan and Iran"
 * (which may be the end of a longer list: "Peru, Chile and Japan").
 */
function bilateralPair(s: SentenceInfo, lexicon: Lexicon, hyphenOnly = false): [string, string] | undefined {
  for (let i = 0; i < s.toks.length; i += 1) {
    // "briefed him on the latest round of Iran-US talks": the pair of other talks, not of the meeting's sides.
    if (hyphenOnly && OTHER_TALKS.has(s.toks[i + 1]?.norm ?? '')) continue;
    const parts = s.toks[i]!.text.split('-');
    // "the Solomon Islands-Australia partnership": the first country is two words, "Islands" no country alone.
    const before = s.toks[i - 1];
    const joined =
      before?.cap && before.word && i > 1 ? countryOfWord(`${before.text} ${parts[0]}`, lexicon) : undefined;
    if (parts.length === 2 && before?.cap && before.word && i > 1 && !joined) continue;
    // "South Korea and Australia": a country of two words too.
    const first = parts.length === 2 || hyphenOnly ? undefined : countryAt(s.toks, i, lexicon);
    const codes =
      parts.length === 2
        ? [joined ?? countryOfWord(parts[0]!, lexicon), countryOfWord(parts[1]!, lexicon)]
        : first && s.toks[first.to]?.norm === 'and'
          ? [first.code, countryAt(s.toks, first.to + 1, lexicon)?.code]
          : [];
    if (codes[0] && codes[1] && codes[0] !== codes[1]) return [codes[0], codes[1]];
  }
  return undefined;
}

/**
 * Give a country to the one side that lacks it when the sentence pairs two countries and the other side is of one
 * ("Pakistani Prime Minister X … with Foreign Minister Y … Pakistan-China partnership"). Never a guess from other
 * countries the article names: unknown stays unknown.
 */
function fillCountries(
  sides: Resolved[],
  s: SentenceInfo,
  lexicon: Lexicon,
  paragraph: SentenceInfo[] = [],
): Resolved[] {
  const known = sides.map(sideCountry).filter((c): c is string => !!c);
  // "… received Chile's Minister B. … agreed to relaunch the Mexico-Chile Strategic Association Council": the pair
  // of the sentence, else of its paragraph.
  const pair =
    bilateralPair(s, lexicon, true) ??
    paragraph
      .map((x) => bilateralPair(x, lexicon, true))
      .find((p) => p !== undefined && known.some((c) => p.includes(c)));
  if (!pair || sides.length !== 2 || known.length !== 1 || !pair.includes(known[0]!)) return sides;
  const guess = pair.find((c) => !known.includes(c));
  return guess ? sides.map((r) => placedIn(r, guess)) : sides;
}

/** A side of no known country or organisation, given `country`; any other as it is. */
function placedIn(r: Resolved, country: string): Resolved {
  if (sideCountry(r) || ('person' in r ? r.person.organization : r.unnamed.organization)) return r;
  return 'person' in r ? { person: { ...r.person, country } } : { unnamed: { ...r.unnamed, country } };
}

/**
 * Two sides of several people each ("A and B sat down with their Australian counterparts, C and D"), in a briefing
 * that pairs two countries ("South Korea and Australia"), the meeting's sentence first: when the people of one side
 * whose country is known are all of one country of the pair and none of the other side's is, each side's people of
 * no known country are of its country.
 */
function sidesOfPair(
  sides: (Resolved | undefined)[][],
  near: SentenceInfo[],
  lexicon: Lexicon,
): (Resolved | undefined)[][] {
  if (sides.length !== 2 || sides.some((side) => side.length < 2)) return sides;
  const known = sides.map((side) => new Set(side.flatMap((r) => (r && sideCountry(r) ? [sideCountry(r)!] : []))));
  if (known.every((k) => k.size === 0) || known.some((k) => k.size > 1)) return sides;
  const said = [...known[0]!, ...known[1]!];
  let pair: [string, string] | undefined;
  for (const x of near) {
    pair = bilateralPair(x, lexicon);
    if (pair && said.every((c) => pair!.includes(c))) break;
    pair = undefined;
  }
  const [first, second] = known.map((k) => [...k][0]);
  // "Greek Foreign Minister A and Defence Minister B hosted Italian Foreign Minister C and Defence Minister D": each
  // side's country, said once before its first person, of those after (not "Minister A and Greenland's minister B").
  if (!pair && first && second && first !== second)
    return sides.map((side, i) => {
      const from = side.findIndex((r) => r !== undefined && sideCountry(r) !== undefined);
      return side.map((r, k) => (r && k > from ? placedIn(r, [first, second][i]!) : r));
    });
  if (!pair) return sides;
  const other = (c: string): string => pair.find((x) => x !== c)!;
  const countries = first ? [first, other(first)] : [other(second!), second!];
  return sides.map((side, i) => side.map((r) => r && placedIn(r, countries[i]!)));
}

const sideKey = (r: Resolved): string =>
  'person' in r
    ? r.person.key
    : `${coreTitle(r.unnamed.title ?? '')}|${r.unnamed.country ?? ''}|${r.unnamed.organization ?? ''}`;

/** A meeting of an article before merging: its sides resolved. */
interface Draft {
  candidate: Candidate;
  sides: Resolved[];
  article: Article;
}

function toParticipant(r: Resolved, countryName: (code: string) => string): Participant {
  const p = 'person' in r ? r.person : r.unnamed;
  return {
    ...('person' in r ? { name: r.person.name } : {}),
    ...optional('title', p.title ? displayTitle(p.title) : undefined),
    ...optional('country', p.country ? countryName(p.country) : undefined),
    ...optional('organization', p.organization),
  };
}

/** A draft of a meeting only its briefing's headline reports so far. */
const isHeadline = (d: Draft): boolean => d.candidate.paragraph === HEADLINE_PARAGRAPH;
/** A photo's caption: "[Photo: A and B during the talks in Akorda." */
const isCaption = (d: Draft): boolean => /^\s*\[?\s*(?:photo|picture|image)\b/i.test(d.candidate.evidence);
/** A headline or a caption: it sums up what its briefing's text reports, and dates nothing of its own. */
const isSummary = (d: Draft): boolean => isHeadline(d) || isCaption(d);

/** Words that tell a meeting as one before another: "last met", "had met", "previous talks", "recalled". */
const BEFORE_ANOTHER = /\b(?:last met|had (?:\w+ )?met|previous(?:ly)?|recall(?:ed|ing|s))\b/i;
/** A draft whose own words recall a meeting before the one the briefing reports. */
const isRecollection = (d: Draft): boolean =>
  d.candidate.recalled === true && BEFORE_ANOTHER.test(d.candidate.evidence);

/** True when two drafts can be the same meeting: the same sides, and dates and places that do not disagree. */
function sameMeeting(a: Draft, b: Draft): boolean {
  const ka = new Set(a.sides.map(sideKey));
  const kb = new Set(b.sides.map(sideKey));
  if (ka.size !== kb.size || ![...ka].every((k) => kb.has(k))) return false;
  // A headline or a caption sums up its briefing: its meeting is the one the text reports of the same people; a
  // caption's, not one recalled from months before ("had last met in Johannesburg in August of last year").
  const recalled = (d: Draft): boolean => !!d.candidate.date && !isRecent(d.candidate.date, d.article.published);
  const caption = (isCaption(a) && !recalled(b)) || (isCaption(b) && !recalled(a));
  if (a.article.id === b.article.id && (isHeadline(a) || isHeadline(b) || caption)) return true;
  const [da, db] = [a.candidate.date?.date, b.candidate.date?.date];
  if (da && db && formatPartialDate(da) !== formatPartialDate(db)) return false;
  // "… the two last met in Riyadh", of no day: a meeting recalled is another than the one reported beside it.
  const recollection = isRecollection(a) !== isRecollection(b) && !(da && db);
  if (a.article.id === b.article.id && recollection) return false;
  if ((a.candidate.dateUnknown && db) || (b.candidate.dateUnknown && da)) return false;
  if (a.article.id !== b.article.id && !(da && db)) return false;
  const [la, lb] = [a.candidate.location?.name, b.candidate.location?.name];
  return !(la && lb && la !== lb) && a.candidate.status === b.candidate.status;
}

/** A headline, a subhead or a caption over the text that tells the meeting. */
const isTitleLike = (d: Draft): boolean => isSummary(d) || isTitleLine(d.candidate.evidence);

function mergeDrafts(group: Draft[], countryName: (code: string) => string): Meeting {
  // What the text says of the meeting outranks its headline's or subhead's words ("A, B discuss Gaza" over "in a
  // phone call"), and the first draft of it names its people.
  const told = [...group.filter((d) => !isTitleLike(d)), ...group.filter(isTitleLike)];
  const first = group[0]!;
  const main = told[0]!;
  const pick = <T>(f: (d: Draft) => T | undefined): T | undefined => told.map(f).find((v) => v !== undefined);
  const date = [...group.filter((d) => !isSummary(d)), ...group.filter(isSummary)]
    .map((d) => d.candidate.date)
    .find((v) => v !== undefined);
  // The headline is no source of its own where its briefing's text reports the meeting.
  const inText = new Set(group.filter((d) => !isHeadline(d)).map((d) => d.article.id));
  const sources: MeetingSource[] = group
    .filter((d) => !isHeadline(d) || !inText.has(d.article.id))
    .map((d) => ({
      articleId: d.article.id,
      file: d.article.file,
      paragraph: d.candidate.paragraph,
      sentence: d.candidate.evidence,
    }));
  const participants = first.sides.map((r) => toParticipant(r, countryName));
  const location = main.candidate.kind === 'telephone' ? 'by telephone' : pick((d) => d.candidate.location?.name);
  const id = createHash('sha1')
    .update(JSON.stringify([first.sides.map(sideKey).sort(), date ? formatPartialDate(date.date) : '', sources[0]]))
    .digest('hex')
    .slice(0, 10);
  return {
    id,
    status: main.candidate.status,
    kind: main.candidate.kind,
    ...optional('date', date?.date),
    ...optional('dateText', date?.text || undefined),
    ...optional('dateBasis', date?.basis),
    ...optional('location', location),
    ...optional(
      'venue',
      pick((d) => d.candidate.venue),
    ),
    ...optional(
      'event',
      pick((d) => d.candidate.event),
    ),
    participants,
    topics: meetingTopics(group),
    sources,
  };
}

/** What a meeting was about: the listed topics, then the names and acronyms around it. */
function meetingTopics(group: Draft[]): string[] {
  const listed = group.flatMap((d) => d.candidate.topics);
  const keywords = group.flatMap((d) => d.candidate.keywords).filter((k) => !listed.some((t) => t.includes(k)));
  return [...new Set([...listed, ...keywords])].slice(0, 15);
}

/** Keywords that name one of the sides' own countries say nothing of the topic. */
function withoutSideCountries(keywords: string[], sides: Resolved[], lexicon: Lexicon): string[] {
  const countries = new Set(sides.map(sideCountry).filter(Boolean));
  return keywords.filter((k) =>
    k.split('-').every((part) => {
      const c = countryOfWord(part, lexicon);
      return !c || !countries.has(c);
    }),
  );
}

/**
 * Whom a name means in one briefing: the one person of the briefing it fits ("Prince Faisal" is the briefing's
 * foreign minister Prince Faisal bin Farhan: a royal style says no office), else whom the corpus says, else the one
 * person of the briefing the name alone fits ("Youssouf will travel next week", a surname the corpus finds ambiguous).
 */
function articlePersonOf(
  people: Person[],
  codes: NameCodes,
  personOf: (r: Report) => Person | undefined,
): (r: Report) => Person | undefined {
  const memo = new Map<string, Person | undefined>();
  return (r) => {
    const key = `${r.name}|${r.title ?? ''}|${r.country ?? ''}|${r.organization ?? ''}`;
    if (!memo.has(key)) memo.set(key, resolve(r));
    return memo.get(key);
  };
  function resolve(r: Report): Person | undefined {
    const styled = r.title !== undefined && STYLES.has(coreTitle(r.title));
    const named = people.filter((x) => namesCompatible(x.name, r.name, codes));
    const inArticle = named.filter((x) => styled || titlesCompatible(x.title, r.title));
    if (inArticle.length === 1) return inArticle[0];
    // "Mata'afa" in a briefing that credits a photo to "Matafeo": the name spelt so beats one that sounds alike.
    const words = nameWords(r.name);
    const spelt = inArticle.filter((x) => words.every((w) => nameWords(x.name).includes(w)));
    if (spelt.length === 1 && inArticle.length > 1) return spelt[0];
    const known = personOf(r);
    // "Sheikh Mohammed" in a briefing with two Mohammeds is neither, and never a Mohammed of another briefing.
    if (known && named.length > 0 && !named.some((x) => x.key === known.key))
      return named.length === 1 ? named[0] : undefined;
    return known ?? people.find((x) => x.name === r.name) ?? (named.length === 1 ? named[0] : undefined);
  }
}

/**
 * The people a briefing names, as the corpus knows them. A one-word name ("Sheikh Mohammed") counts only when no
 * fuller name of the briefing fits it: the corpus's guess may be someone of another briefing.
 */
function articlePeople(
  sentences: SentenceInfo[],
  codes: NameCodes,
  personOf: (r: Report) => Person | undefined,
): Person[] {
  const reports = sentences.flatMap((s) => s.mentions.map(reportOf).filter((r): r is Report => !!r));
  const [full, short] = [
    reports.filter((r) => nameWords(r.name).length >= 2),
    reports.filter((r) => nameWords(r.name).length < 2),
  ];
  const fullNames = [...new Set(full.map((f) => f.name))];
  const fits = (r: Report): boolean => !fullNames.some((name) => namesCompatible(name, r.name, codes));
  const people = [...full, ...short.filter(fits)].map(personOf).filter((p): p is Person => !!p);
  return [...new Map(people.map((p) => [p.key, p])).values()];
}

/** Drafts of one article: candidates with their sides resolved, officials only. */
function articleDrafts(
  article: Article,
  sentences: SentenceInfo[],
  ctx: ExtractContext,
  { personOf, codes, registry }: Known,
): Draft[] {
  const dateline = articleDateline(article, ctx);
  const published = article.published ?? datelineDate(dateline, statedYear(article)) ?? openingDate(sentences);
  if (published && !article.published) article = { ...article, published };
  const people = articlePeople(sentences, codes, personOf);
  const local = articlePersonOf(people, codes, personOf);
  const focus: (Person | undefined)[] = [];
  let current: Person | undefined;
  sentences.forEach((s, i) => {
    // The headline, read last, speaks of whom the briefing opens with.
    if (s.paragraph === HEADLINE_PARAGRAPH) focus[i] = sentences[0] && leadPerson(sentences[0], local);
    else {
      focus[i] = current;
      current = leadPerson(s, local) ?? openingOfficial(s, people) ?? current;
    }
  });
  const state: ArticleState = {
    people,
    focus,
    genders: lazily(() => articleGenders(sentences, local)),
    sentences,
    codes,
    ...optional('highness', styledHighness(sentences, local)),
    ...optional('home', dateline?.place?.country),
  };
  const spoken = spokenCountries(state, local, ctx.lexicon);
  const outlet = outletCountry(article, ctx.lexicon);
  // "Foreign Minister Georgiev" opening the Bulgarian News Agency's report from Baku: an official of the agency's
  // country; not a guest's president the report names later with no country.
  const lead = outlet ? firstOfficial(sentences) : undefined;
  const report = lead && !lead.country && !lead.organization ? reportOf(lead) : undefined;
  const leadKey = report && local(report)?.key;
  const countryOf = (p: Person): string | undefined =>
    spoken.get(p.key) ?? (p.key === leadKey && p.title && !isVagueTitle(p.title) ? outlet : undefined);
  const withCountry = (r: Resolved): Resolved => {
    const country = 'person' in r && !r.person.country && !r.person.organization ? countryOf(r.person) : undefined;
    return country && 'person' in r ? { person: { ...r.person, country } } : r;
  };
  const drafts: Draft[] = [];
  for (const c of articleCandidates(article, sentences, ctx)) {
    let sides: Resolved[];
    if (c.sameSides) {
      const group = c.sides[0]?.find((m) => m.kind === 'group');
      const fitsGroup = (sides: Resolved[]): boolean =>
        !group?.title || sides.every((r) => fitsGroupTitle(r, group.title!));
      const fitting = (sides: Resolved[] | undefined): Resolved[] | undefined =>
        sides && fitsGroup(sides) ? sides : undefined;
      const told = [...drafts].reverse().filter((d) => !d.candidate.countrySides && fitsGroup(d.sides));
      // Two named together just before; else the meeting this sentence or the one before told ("Kobakhidze is to
      // visit Baku for talks with Aliyev. The two last met …"); else two named together two sentences before; else
      // the last meeting.
      // "The three ministers met again …": the last meeting of three that fit, or three such people named together.
      const count = group ? (groupCount(sentences[c.sentence]!.toks, group) ?? 0) : 0;
      const counted =
        count > 2
          ? (told.find((d) => d.sides.length === count) ?? groupMembers(group!, c.sentence, [], state, local))
          : undefined;
      if (count > 2 && !counted) continue;
      // "The two premiers discussed …": the pair the sentence before names, when it told no meeting of theirs.
      if (c.pairTalked && told.some((d) => c.sentence - d.candidate.sentence <= PAIR_TALKED_REACH)) continue;
      const pair = c.pairTalked ? fitting(recentPair(sentences, c.sentence, 1, local)) : undefined;
      if (c.pairTalked && !pair) continue;
      const previous =
        (c.next ? mostSides(told.slice(0, NEXT_AFTER_MEETINGS)) : undefined) ??
        pair ??
        counted ??
        fitting(recentPair(sentences, c.sentence, 1, local)) ??
        told.find((d) => c.sentence - d.candidate.sentence <= 1) ??
        fitting(recentPair(sentences, c.sentence, 2, local)) ??
        told[0] ??
        // "Luxon will attend, Marape said after the two leaders spoke by phone": the only two the briefing has named.
        fitting(onlyPair(sentences.slice(0, c.sentence + 1), local));
      if (!previous) continue;
      const extra = c.sides
        .flat()
        .filter((m) => m.kind !== 'group')
        .map((m) => resolveMention(m, c.sentence, state, local))
        .filter((r): r is Resolved => r !== undefined);
      sides = [...('sides' in previous ? previous.sides : previous), ...extra];
    } else if (c.countrySides) {
      const previous = drafts[drafts.length - 1];
      const known = (previous?.sides ?? []).map(sideCountry).filter((x): x is string => !!x);
      // The sides' own countries, else the pair the sentence or the briefing names ("China-Pakistan Commission").
      const pair = [c.sentence, ...sentences.keys()]
        .map((i) => bilateralPair(sentences[i]!, ctx.lexicon))
        .find((p) => p && (known.length === 0 || known.some((k) => p.includes(k))));
      const countries = [...new Set(known.length >= 2 ? known : [...known, ...(pair ?? [])])];
      if (countries.length !== 2) continue;
      sides = countries.map((country) => ({ unnamed: { country } }));
    } else if (c.visited) {
      // "who is on a working visit to Morocco": the visitor and the country, of another country than the visitor's.
      const visitor = c.sides[0]?.[0] && resolveMention(c.sides[0][0], c.sentence, state, local);
      if (!visitor || !('person' in visitor)) continue;
      const person = withCountry(visitor);
      if (sideCountry(person) === c.visited) continue;
      sides = [person, { unnamed: { country: c.visited } }];
    } else {
      const others = c.sides.flat().filter((m) => m.kind !== 'group');
      const resolved = c.sides.map((side) =>
        side.flatMap((m) =>
          m.kind === 'group'
            ? (groupMembers(m, c.sentence, others, state, local) ?? [undefined])
            : [resolveMention(m, c.sentence, state, local)],
        ),
      );
      if (resolved.some((side) => side.every((r) => r === undefined))) continue;
      const flat = sidesOfPair(resolved, [sentences[c.sentence]!, ...sentences], ctx.lexicon)
        .flat()
        .filter((r): r is Resolved => r !== undefined);
      const counterpartTitle = flat
        .map((r) => ('person' in r ? r.person.title : undefined))
        .find((t) => t && !isVagueTitle(t));
      sides = flat.map((r) => {
        if ('unnamed' in r)
          return !r.unnamed.title && counterpartTitle ? resolveCounterpart(r.unnamed, counterpartTitle, people) : r;
        // "his counterpart X" holds the other's office; "X, leader of the transitional government" does not.
        return r.person.title && coreTitle(r.person.title) === 'counterpart' && counterpartTitle
          ? { person: { ...r.person, title: coreTitle(counterpartTitle) } }
          : r;
      });
      sides = sides.map((r) =>
        'unnamed' in r ? holderOf(r, registry, c.date?.date ?? article.published) : withCountry(r),
      );
      const s = sentences[c.sentence]!;
      const paragraph = sentences.filter((x) => x.paragraph === s.paragraph && x !== s);
      sides = fillCountries(sides, s, ctx.lexicon, paragraph).map((r) => sameOfficial(r, drafts));
    }
    // One person named twice in a list of three or more is one side.
    const keys = new Set(sides.map(sideKey));
    if (keys.size < 2 || (keys.size !== sides.length && sides.length < 3)) continue;
    sides = [...new Map(sides.map((r) => [sideKey(r), r])).values()];
    // "The leaders of Azerbaijan and Armenia, Ilham Aliyev and Nikol Pashinyan": an office of a country named beside
    // its holder in a meeting of three or more is no one more.
    if (sides.length >= 3) {
      const named = new Set(sides.flatMap((r) => ('person' in r && r.person.country ? [r.person.country] : [])));
      const kept = sides.filter((r) => !('unnamed' in r && r.unnamed.country && named.has(r.unnamed.country)));
      if (kept.length >= 2) sides = kept;
    }
    // A headline's meeting is of people the briefing names: "Kuwaiti FM meets Egyptian counterpart" adds no one.
    if (c.paragraph === HEADLINE_PARAGRAPH && sides.some((r) => 'unnamed' in r)) continue;
    if (!c.countrySides && !sides.some((r) => 'person' in r)) continue;
    // "… co-chair of Focac, and Wang and Gakosso held talks": a word that is no one leaves a meeting of two or more.
    const officials = sides.filter((r) => !('person' in r) || isOfficial(r.person));
    if (officials.length < sides.length && (sides.length < 3 || officials.length < 2)) continue;
    sides = officials;
    const kind = c.hosting && c.kind === 'talks' && isCallOn(sides) ? 'call-on' : c.kind;
    drafts.push({
      candidate: {
        ...(c.sameDay || c.dayAway ? sameDayAs(c, drafts) : c),
        kind,
        keywords: withoutSideCountries(c.keywords, sides, ctx.lexicon),
      },
      sides,
      article,
    });
  }
  // Visits are weighed before meetings lend one another days and places, and again after (a day lent may tell one).
  const dated = inheritOccasionDates(
    continuedMeetings(tripsOnly(visitDays(drafts))),
    article,
    sentences,
    ctx,
    dateline,
  );
  const occasions = tripsOnly(dated);
  const visited = (): Place | undefined =>
    occasionPlace(
      openingSentences(sentences, article).map((s) => ({ s, date: undefined })),
      article,
      ctx,
    );
  const placed = datelinePlaces(inheritSameDayPlaces(occasions), article, dateline?.place, visited);
  const gathering = sentences.some((s) => OCCASION_WORDS.test(s.text));
  const hosted = envoyPlaces(articleCountries(placed), ctx);
  return gathering ? hosted : hostCountries(hosted);
}

/**
 * "will pay an official visit to Uzbekistan from 03-05 December 2026 … is also scheduled to call on President A": a
 * planned meeting of no day, of the one planned visit's visitor, is of the visit's month.
 */
function visitDays(drafts: Draft[]): Draft[] {
  const visits = drafts.filter((d) => d.candidate.visited && d.candidate.status === 'planned' && d.candidate.date);
  const { date, visited } = visits[0]?.candidate ?? {};
  if (visits.length !== 1 || date?.date.month === undefined) return drafts;
  const visitor = sideKey(visits[0]!.sides[0]!);
  const month = { ...date, date: { year: date.date.year, month: date.date.month } };
  // Of the visitor and hosts of the country visited, or of no country said.
  const host = (r: Resolved): boolean => [visited, undefined].includes(sideCountry(r));
  const there = (d: Draft): boolean =>
    d.sides.some((r) => sideKey(r) === visitor) && d.sides.every((r) => sideKey(r) === visitor || host(r));
  return drafts.map((d) =>
    d.candidate.visited || d.candidate.date || d.candidate.status !== 'planned' || !there(d)
      ? d
      : { ...d, candidate: { ...d.candidate, date: month } },
  );
}

/** How many days a visit may last: a meeting of the visitor this near its day is one of its stops. */
const VISIT_DAYS = 10;

/**
 * Visits to a country that no other meeting of the briefing tells: "Erdogan is expected to visit Iraq next year". A
 * visit whose visitor the briefing reports meeting someone within days of it is told by those meetings; so is one of
 * no day by any meeting of the visitor.
 */
function tripsOnly(drafts: Draft[]): Draft[] {
  const days = (d: Draft): [number, number] | undefined => {
    if (!d.candidate.date) return undefined;
    const [from, to] = partialDateBounds(d.candidate.date.date).map((x) => Date.parse(x) / 86_400_000);
    return [from!, to!];
  };
  // A visit of no day is told by any meeting of the visitor; one of a day, by meetings of days near it.
  const near = (visit: Draft, d: Draft): boolean => {
    const [x, y] = [days(visit), days(d)];
    return !x || (y !== undefined && x[0] <= y[1] + VISIT_DAYS && y[0] <= x[1] + VISIT_DAYS);
  };
  const told = (v: Draft): boolean =>
    drafts.some(
      (d) =>
        !d.candidate.visited &&
        d.candidate.status === v.candidate.status &&
        d.sides.some((r) => sideKey(r) === sideKey(v.sides[0]!)) &&
        near(v, d),
    );
  return drafts.filter((d) => !d.candidate.visited || !told(d));
}

/**
 * Words of an occasion that brings people of many countries to a city: whoever receives there may be a guest too, so
 * a briefing that has them gives no one a host's country.
 */
const OCCASION_WORDS = /\b(?:sidelines?|margins?|summit|assembly|conference|forum|ministerial|session|congress)\b/i;

/**
 * A host's country from where they received a guest: "President Isaias Afwerki received Egypt's foreign minister in
 * Asmara" has the president of Eritrea. Only of a meeting one side hosted, in a city, at no occasion, whose guest is of
 * another known country, and whose host holds an office but no stated country or organisation; the host is then of
 * that country in every meeting of the briefing. Talks on neutral ground, where no one hosts, are left alone, and so
 * is a briefing of a summit, a forum or any gathering (see {@link OCCASION_WORDS}).
 */
function hostCountries(drafts: Draft[]): Draft[] {
  const found = new Map<string, Set<string>>();
  for (const d of drafts) {
    const { location, event, hosting, kind } = d.candidate;
    const stateless = d.sides.filter(
      (r) => !sideCountry(r) && !('person' in r ? r.person.organization : r.unnamed.organization),
    );
    if (!location || event || !(hosting || kind === 'call-on') || d.sides.length !== 2 || stateless.length !== 1)
      continue;
    const host = stateless[0]!;
    const guest = d.sides.find((r) => r !== host)!;
    const title = sideTitle(host);
    if (!('person' in host) || !title || isVagueTitle(title) || ENVOY_TITLE.test(title)) continue;
    if (!sideCountry(guest) || sideCountry(guest) === location.country) continue;
    (found.get(host.person.key) ?? found.set(host.person.key, new Set()).get(host.person.key)!).add(location.country);
  }
  return givenCountries(drafts, (key) => {
    const countries = found.get(key);
    return countries?.size === 1 ? [...countries][0] : undefined;
  });
}

/**
 * One person's country through an article: "Mr. Sonexay held talks with …" is of Laos when two other meetings of the
 * briefing give Sonexay as the Lao Prime Minister, and none as of another country (one could be a slip).
 */
function articleCountries(drafts: Draft[]): Draft[] {
  const seen = new Map<string, string[]>();
  for (const r of drafts.flatMap((d) => d.sides))
    if ('person' in r && r.person.country)
      seen.set(r.person.key, [...(seen.get(r.person.key) ?? []), r.person.country]);
  return givenCountries(drafts, (key) => {
    const said = seen.get(key) ?? [];
    return said.length >= 2 && new Set(said).size === 1 ? said[0] : undefined;
  });
}

/** The drafts with each person of no stated country or organisation given the country `countryOf` says, if any. */
function givenCountries(drafts: Draft[], countryOf: (key: string) => string | undefined): Draft[] {
  const fill = (r: Resolved): Resolved => {
    const country = 'person' in r && !r.person.country && !r.person.organization ? countryOf(r.person.key) : undefined;
    return country && 'person' in r ? { person: { ...r.person, country } } : r;
  };
  return drafts.map((d) => (d.sides.some((r) => fill(r) !== r) ? { ...d, sides: d.sides.map(fill) } : d));
}

/** Titles of a country's envoy to another: "Ambassador", "High Commissioner", "Chargé d'Affaires". */
const ENVOY_TITLE = /\b(?:ambassador|high commissioner|charg[eé] d'affaires|envoy)\b/i;

/**
 * An envoy meets the country they are posted to in its capital: a meeting of an ambassador of one country with an
 * official of another, placed nowhere else and not by telephone, is in the other country's capital.
 */
function envoyPlaces(drafts: Draft[], ctx: ExtractContext): Draft[] {
  return drafts.map((d) => {
    const c = d.candidate;
    if (c.location || c.kind === 'telephone' || d.sides.length !== 2) return d;
    const envoy = d.sides.find((r) => ENVOY_TITLE.test(sideTitle(r) ?? ''));
    const host = d.sides.find((r) => r !== envoy);
    const code = envoy && host ? sideCountry(host) : undefined;
    if (!code || code === sideCountry(envoy!) || ENVOY_TITLE.test(sideTitle(host!) ?? '')) return d;
    const capital = ctx.lexicon.countries.find((x) => x.code === code)?.capitals[0];
    const place = capital ? ctx.findPlace(capital) : undefined;
    return place ? { ...d, candidate: { ...c, location: place } } : d;
  });
}

/** The first official a briefing names with their office, past its headline: whom an agency's readout is about. */
const firstOfficial = (sentences: SentenceInfo[]): Mention | undefined =>
  sentences
    .filter((s) => s.paragraph !== HEADLINE_PARAGRAPH)
    .flatMap((s) => s.mentions)
    .find((m) => m.kind === 'named' && m.title !== undefined && !isVagueTitle(m.title));

/**
 * A national agency's name in a briefing's masthead: "Ethiopian News Agency", "Saudi Press Agency", "Malaysian National
 * News Agency".
 */
const NATIONAL_AGENCY = /\b(\p{Lu}\p{L}+)(?: National)? (?:News|Press) Agency\b/u;

/**
 * The country of a national news agency whose page a briefing is, from its masthead (its title or first two
 * paragraphs): the country of the officials its readouts name with no country.
 */
function outletCountry(article: Article, lexicon: Lexicon): string | undefined {
  const masthead = [article.title, ...article.paragraphs.slice(0, 2).map((p) => p.text)];
  const word = masthead.map((text) => NATIONAL_AGENCY.exec(text)?.[1]).find(Boolean);
  const keys = (lexicon.words.get(word?.toLowerCase() ?? '') ?? []).filter((k) => k.startsWith('@'));
  return keys.length === 1 ? keys[0]!.slice(1).toUpperCase() : undefined;
}

/**
 * The countries people of an article speak for, from sentences that open with them, named or as "he", stating a
 * country's stand ("He expressed Pakistan's readiness …"); one country each, none when the article gives two.
 */
function spokenCountries(
  state: ArticleState,
  personOf: (r: Report) => Person | undefined,
  lexicon: Lexicon,
): Map<string, string> {
  const found = new Map<string, Set<string>>();
  state.sentences.forEach((s, i) => {
    const subject = s.mentions[0];
    if (!subject || (subject.kind !== 'named' && subject.kind !== 'pronoun')) return;
    const country = standCountry(s.toks, subject, lexicon);
    const who = country ? resolveMention(subject, i, state, personOf) : undefined;
    if (who && 'person' in who)
      (found.get(who.person.key) ?? found.set(who.person.key, new Set()).get(who.person.key)!).add(country!);
  });
  return new Map([...found].filter(([, cs]) => cs.size === 1).map(([k, cs]) => [k, [...cs][0]!]));
}

/** "The Mongolian president": the one person the corpus shows in that office around that day, else unnamed. */
function holderOf(r: Extract<Resolved, { unnamed: unknown }>, registry: Registry, on?: PartialDate): Resolved {
  const { title, country, organization } = r.unnamed;
  const person = title && (country || organization) ? registry.holder(title, { country, organization }, on) : undefined;
  return person ? { person } : r;
}

/**
 * Whether someone can be a side of a meeting: an office, a country or an organisation known for them, or a full name
 * of two words or more ("Juan Ramón de la Fuente"); a lone capitalised word with none ("Good", "Top") is no one.
 */
const isOfficial = (p: Person): boolean =>
  p.title !== undefined || p.organization !== undefined || p.country !== undefined || /\S\s+\S/.test(p.name.trim());

/** A guest who does not lead a country meeting one who does calls on them (protocol's "courtesy call"). */
function isCallOn(sides: Resolved[]): boolean {
  const leads = sides.map((r) => {
    const t = sideTitle(r);
    return t !== undefined && LEADER_TITLES.includes(coreTitle(t));
  });
  return leads.some(Boolean) && !leads.every(Boolean);
}

/**
 * "Later that afternoon": the date (and place) of the meeting reported before it that is not a recollection; "a day
 * earlier": the day before that meeting's day, wherever it was.
 */
function sameDayAs(c: Candidate, drafts: Draft[]): Candidate {
  const before = [...drafts].reverse().find((d) => !d.candidate.recalled && d.candidate.status === c.status);
  if (!before) return c;
  const { date, dateUnknown, location } = before.candidate;
  if (!date) return dateUnknown ? { ...c, dateUnknown } : c;
  const day = c.dayAway ? dayAwayFrom(date.date, c.dayAway) : date.date;
  if (!day) return c;
  const which = c.dayAway === -1 ? 'the day before' : c.dayAway === 1 ? 'the day after' : 'the same day as';
  return {
    ...c,
    date: {
      ...date,
      date: day,
      text: '',
      basis: `${which} the meeting before it in the briefing (${formatHumanDate(date.date)})`,
    },
    ...(!c.location && c.dayAway !== -1 && location && c.kind !== 'telephone' ? { location } : {}),
  };
}

/** Sentences a meeting's story may go on for after the sentence that dates it. */
const STORY_SENTENCES = 2;

/**
 * "On Wednesday, Attaf held talks with his Mauritanian counterpart … Mr Attaf and Mr Ould Marzouk also agreed …": a
 * held meeting that gives no date and no other place, of the same people as a meeting of the briefing's days dated a
 * sentence or two before, is that meeting, and takes its date. So is a headline, a subhead or a caption over a text
 * whose first telling of those people dates it ("Albanese and Ishiba hold first meeting" over "on Friday afternoon").
 */
function continuedMeetings(drafts: Draft[]): Draft[] {
  const held = (o: Draft): boolean => !o.candidate.recalled && o.candidate.status === 'held';
  return drafts.map((d, i) => {
    const c = d.candidate;
    if (c.date || c.dateUnknown || !held(d)) return d;
    const keys = new Set(d.sides.map(sideKey));
    const same = (o: Draft): boolean => o.sides.length === keys.size && o.sides.every((r) => keys.has(sideKey(r)));
    const dated = (o: Draft | undefined): o is Draft =>
      !!o && !!o.candidate.date && isRecent(o.candidate.date, d.article.published) && held(o) && same(o);
    const story = drafts
      .slice(0, i)
      .reverse()
      .find(
        (o) => dated(o) && c.sentence - o.candidate.sentence <= STORY_SENTENCES && c.sentence > o.candidate.sentence,
      );
    if (story) {
      const there = story.candidate.location?.name;
      return !c.location || c.location.name === there ? { ...d, candidate: { ...c, date: story.candidate.date! } } : d;
    }
    const first = isTitleLike(d) ? drafts.find((o) => !isTitleLike(o) && held(o) && same(o)) : undefined;
    // A headline's place may be another occasion's ("Vucic receives Szijjarto: pipeline to be agreed in Budapest"):
    // the text's is the meeting's; a headline that names another place than the text's is left apart.
    const { location: _, ...unplaced } = c;
    const there = first?.candidate.location;
    return dated(first) && (!c.location || !there || c.location.name === there.name)
      ? { ...d, candidate: { ...unplaced, date: first.candidate.date!, ...optional('location', there) } }
      : d;
  });
}

/** The day before (-1) or after (1) a full date; none for a month or a year. */
function dayAwayFrom(d: PartialDate, away: -1 | 1): PartialDate | undefined {
  if (d.day === undefined || d.month === undefined) return undefined;
  const day = addDays(new Date(Date.UTC(d.year, d.month - 1, d.day)), away);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** Days either side of an occasion's day that are still its days: a summit's, a forum's or a visit's. */
const OCCASION_DAYS = 3;

/** A full date as a count of days, for distances between days; none for a month or a year. */
const dayNumber = (d: PartialDate | undefined): number | undefined =>
  d?.day === undefined || d.month === undefined ? undefined : Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * A news briefing reports one occasion: a held meeting that states no date of its own ("Relatedly, X held a
 * meeting with Y") takes the date of the briefing's first dated meeting when that is within a week of the
 * dateline, and says so in its basis. A meeting of that day (stated or taken) with no place of its own takes the
 * occasion's: the first meeting's place, else one the opening sentences name, else the dateline's city. So does a
 * meeting held or planned on the occasion's other days ("on Friday … on Saturday", "tomorrow"), unless a meeting of
 * those days is placed elsewhere (a tour). Recollections and meetings whose date phrase could not be read keep none.
 */
function inheritOccasionDates(
  drafts: Draft[],
  article: Article,
  sentences: SentenceInfo[],
  ctx: ExtractContext,
  dateline: ReturnType<typeof articleDateline>,
): Draft[] {
  const dated = (d: Draft | undefined): d is Draft =>
    !!d?.candidate.date && d.candidate.status === 'held' && isRecent(d.candidate.date, article.published);
  // A lead that gives no date of its own is dated by the opening or the dateline before a later meeting's day.
  const first = drafts.find((d) => d.candidate.status === 'held' && !d.candidate.countrySides);
  const later = drafts.find(dated);
  // "… today received at Qasr Al Shati a number of heads of state": a lead that names no one still dates the day, and
  // so does a dateline's date ("Astana, 5 March (Kazinform) –") over a lead that gives none.
  // The opening's dates are read once (chrono is the slowest part of extraction) and only when needed.
  let dates: (ResolvedDate | undefined)[] | undefined;
  const opening = (): Opening[] =>
    openingSentences(sentences, article).map((s, i) => ({ s, date: (dates ??= openingDates(sentences, article))[i] }));
  const own = dated(first) ? first : undefined;
  const date =
    own?.candidate.date ??
    leadSentenceDate(opening().slice(0, 1), article) ??
    datelineDay(dateline, article) ??
    leadSentenceDate(opening(), article) ??
    later?.candidate.date;
  const lead = own ?? (date === later?.candidate.date ? later : undefined);
  if (!date || !isRecent(date, article.published)) return drafts;
  const what = lead ? 'the meeting' : 'the event the briefing opens with';
  const basis = `not stated; same occasion as ${what} of ${formatHumanDate(date.date)} in the same briefing`;
  const place = lead?.candidate.location ?? occasionPlace(opening(), article, ctx) ?? dateline?.place;
  const day = formatPartialDate(date.date);
  const occasionDay = dayNumber(date.date)!;
  const dayOf = (d: Draft): number | undefined => dayNumber(d.candidate.date?.date);
  // A meeting of the occasion's other days is at its place unless one between them is elsewhere (a tour's next city).
  const elsewhere = (n: number): boolean =>
    drafts.some((o) => {
      const at = dayOf(o);
      const name = o.candidate.kind === 'telephone' ? undefined : o.candidate.location?.name;
      return at !== undefined && name !== undefined && name !== place?.name && (at - occasionDay) * (n - at) >= 0;
    });
  const around = (d: Draft): boolean => {
    const n = dayOf(d);
    return n !== undefined && Math.abs(n - occasionDay) <= OCCASION_DAYS && !elsewhere(n);
  };
  // A plan of the occasion's days is at its place when someone met there in person, not only by a trip ahead.
  const present = drafts.some(
    (o) =>
      o.candidate.status === 'held' &&
      o.candidate.kind !== 'telephone' &&
      (o.candidate.date ? isRecent(o.candidate.date, article.published) : !o.candidate.dateUnknown) &&
      (o.candidate.location?.name ?? place?.name) === place?.name,
  );
  return drafts.map((d) => {
    const own = d.candidate.date;
    const sameDay = !own || formatPartialDate(own.date) === day;
    const skip =
      d.candidate.dateUnknown ||
      d.candidate.countrySides ||
      d.candidate.recalled ||
      (sameDay ? d.candidate.status !== 'held' : !around(d)) ||
      (d.candidate.status === 'planned' && !present);
    if (skip) return d;
    const located = d.candidate.location || !place || d.candidate.kind === 'telephone';
    return {
      ...d,
      candidate: {
        ...d.candidate,
        ...(own ? {} : { date: { date: date.date, text: '', basis, future: false } }),
        ...(located ? {} : { location: place }),
      },
    };
  });
}

/**
 * The dateline's city for a held meeting of the briefing's week that no sentence and no occasion places: where the
 * news was reported is where it happened.
 */
function datelinePlaces(
  drafts: Draft[],
  article: Article,
  dateline: Place | undefined,
  visited: () => Place | undefined,
): Draft[] {
  let occasion: Place | undefined | null = null;
  return drafts.map((d) => {
    const c = d.candidate;
    // An undated meeting the text gives no date phrase for is the briefing's own news: where the opening says its
    // people are ("Mirzoyan, who is on a working visit to Brussels"), else where its dateline is.
    const undated = !c.date && !c.dateUnknown && !c.sameSides;
    const unplaced = !c.location && c.status === 'held' && c.kind !== 'telephone';
    if (!unplaced || !(undated || isRecent(c.date, article.published))) return d;
    if (undated && occasion === null) occasion = visited();
    const place = (undated ? occasion : undefined) ?? dateline;
    return place ? { ...d, candidate: { ...c, location: place } } : d;
  });
}

/** Where the first sentence puts an occasion: "in Kazan", "at the summit in Kazan", "on a visit to Brussels". */
// "on a working visit to Ghana's capital Accra", "arrived in the Kenyan capital, Nairobi".
const LEAD_PLACE_CUE = pattern(
  [
    // "who travelled to the Omani capital at the head of a delegation".
    /\b(?:in|at|(?:visit|trip)\s+to|visiting|(?:travel+(?:ed|ing|s)?|flew|went|came|headed)\s+to)\s+/,
    /(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+)?capital(?:\s+city)?,?\s+)?$/u,
  ],
  'iu',
);

/** Where a later sentence does: "gathered in Riyadh", "the Raisina Dialogue in New Delhi", not "the crisis in Gaza". */
const OCCASION_PLACE_CUE = pattern(
  [
    /\b/,
    alternatives([
      'meetings?',
      'met',
      'talks',
      'held',
      'arrived',
      'gathered',
      'summit',
      'forum',
      'conference',
      'dialogue',
    ]),
    /\b(?:\W+[\p{L}\d'’-]+){0,3}?\)?\s+(?:in|at)\s+$|\b(?:visit|trip)\s+to\s+$|\bvisiting\s+$/u,
    // "on the sidelines of the APEC Economic Leaders' Week in San Francisco"
    "|\\b(?:sidelines|margins) of\\b(?:\\W+[\\p{L}\\d'’-]+){0,8}?\\)?\\s+(?:in|at)\\s+$",
  ],
  'iu',
);

/** Whether a year or a month holds a day: "this year" is the briefing's year. */
const holds = (d: PartialDate, day: PartialDate | undefined): boolean =>
  d.day === undefined && day?.year === d.year && (d.month === undefined || d.month === day.month);

/** An opening sentence of a briefing with the date it reports, if any. */
interface Opening {
  s: SentenceInfo;
  date?: ResolvedDate;
}

const openingDates = (sentences: SentenceInfo[], article: Article): (ResolvedDate | undefined)[] =>
  openingSentences(sentences, article).map((s) => meetingDate(s.text, article.published));

/** A briefing's first two sentences of prose, past a page's menus, bylines ("World | Published on") and subheads. */
const openingSentences = (sentences: SentenceInfo[], article: Article): SentenceInfo[] => {
  const skipped = new Set(article.paragraphs.filter((p) => p.heading || PHOTO_CAPTION.test(p.text)).map((p) => p.n));
  return sentences
    .filter(
      (s) =>
        s.paragraph !== HEADLINE_PARAGRAPH &&
        !skipped.has(s.paragraph) &&
        !s.text.includes('|') &&
        !EDITORS_NOTE.test(s.text) &&
        s.toks.filter((t) => t.word).length >= 6,
    )
    .slice(0, 2);
};

/** A line of a few words and an editor's note in square brackets: "IRNA – [Translated from the Persian service]". */
const EDITORS_NOTE = /^\s*[^[\]]{0,40}\[[^\]]*\][\s.]*$/;

/** A photo's caption: "FILE - …", "… Photo: Presidency", "… (Photo: GCIS)", "[Photo: …]". */
const PHOTO_CAPTION = anyOf(
  [
    /^\s*\[?\s*(?:file|photo)\s*[-–—:]/,
    /\b(?:photo|picture|image)\s*(?:by\s*)?:\s*[^.]*$/,
    /\((?:photo|file)\b[^)]*\)\s*$/,
  ],
  'i',
);

/**
 * The place a briefing's two opening sentences put something in or at (else the occasion is at the dateline's city).
 * A sentence dated long before the briefing ("last met in Bishkek in October 2023") tells of another occasion.
 */
function occasionPlace(opening: Opening[], article: Article, ctx: ExtractContext): Place | undefined {
  for (const [i, { s, date }] of opening.entries()) {
    if (date && !isRecent(date, article.published) && !holds(date.date, article.published)) continue;
    const cue = i === 0 ? LEAD_PLACE_CUE : OCCASION_PLACE_CUE;
    // "at the summit in Kazan", "on a working visit to Brussels"; not "the crisis in Gaza", "from Accra".
    // A trip ahead ("will leave for Seoul to attend the summit in Gyeongju") is not where the news happened.
    // Nor a place of what was discussed ("discussed … the ceasefire in Gaza").
    const found = findPlaces(s.text, ctx.findPlace).find((p) => {
      const before = s.text.slice(0, p.index);
      return cue.test(before) && !FUTURE_ANYWHERE.test(before) && !TOPIC_BEFORE.test(before) && !LIVES_IN.test(before);
    });
    if (found) return found.place;
    // "on the margins of the fourth Antalya Diplomacy Forum": a town the occasion is named after.
    const town = i === 0 ? eventTown(s.text, ctx) : undefined;
    if (town) return town;
  }
  return undefined;
}

/** Words after which a place is of what was discussed: "discussed efforts to consolidate the ceasefire in Gaza". */
const TOPIC_BEFORE = /\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|(?:touch|focus)(?:ed|es|ing)? on)\b/i;

/** A forum named after its town: "the fourth Antalya Diplomacy Forum", "Munich Security Conference". */
const TOWN_FORUM =
  /^(?:the\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]+)\s+(?:\p{Lu}\p{L}+\s+){0,3}(?:Forum|Conference|Dialogue)\b/u;

/** The town an occasion of a sentence is named after; not "the Shanghai Cooperation Organisation". */
function eventTown(text: string, ctx: ExtractContext): Place | undefined {
  const town = TOWN_FORUM.exec(findEvent(text) ?? '')?.[1];
  return town ? ctx.findPlace(town) : undefined;
}

/** The day a briefing's dateline gives, as a date the briefing's meetings can take. */
function datelineDay(dateline: ReturnType<typeof articleDateline>, article: Article): ResolvedDate | undefined {
  const day = datelineDate(dateline, article.published);
  return day ? { date: day, text: '', basis: 'the dateline', future: false } : undefined;
}

/** The day the first two sentences of a briefing report, when it is within the week before the briefing. */
function leadSentenceDate(opening: Opening[], article: Article): ResolvedDate | undefined {
  return opening.find(({ date }) => date && !date.future && isRecent(date, article.published))?.date;
}

/**
 * A minister is in one city on a given day: a meeting without a place takes the place of another that day with the
 * same person.
 */
function inheritSameDayPlaces(drafts: Draft[]): Draft[] {
  // An undated briefing's held meetings are of one day unless it says otherwise: "Later, the Sudanese minister was
  // received by Prime Minister Madbouly" is where the minister's talks were.
  const day = (c: Candidate): string | undefined => {
    if (c.date) return c.date.date.day ? formatPartialDate(c.date.date) : undefined;
    return c.status === 'held' && !c.dateUnknown ? '' : undefined;
  };
  return drafts.map((d) => {
    const date = day(d.candidate);
    if (d.candidate.location || d.candidate.kind === 'telephone' || date === undefined) return d;
    const keys = new Set(d.sides.filter((r) => 'person' in r).map(sideKey));
    const other = drafts.find(
      (o) =>
        o.candidate.location &&
        o.candidate.kind !== 'telephone' &&
        day(o.candidate) === date &&
        o.sides.some((r) => keys.has(sideKey(r))),
    );
    return other ? { ...d, candidate: { ...d.candidate, location: other.candidate.location! } } : d;
  });
}

/**
 * "Lamola to host Ghanaian counterpart": a headline's or a subhead's meeting is the one its briefing's text tells of
 * the same people, where the text names whom the headline calls by office and country only.
 */
function sumsUp(summary: Draft, told: Draft): boolean {
  if (summary.article.id !== told.article.id || isTitleLike(told) || summary.sides.length !== told.sides.length)
    return false;
  if (summary.candidate.status !== told.candidate.status) return false;
  const unnamed = summary.sides.filter((r) => !('person' in r));
  const keys = new Set(told.sides.map(sideKey));
  const named = summary.sides.filter((r) => 'person' in r);
  return (
    unnamed.length > 0 &&
    named.every((r) => keys.has(sideKey(r))) &&
    unnamed.every((r) => {
      const country = sideCountry(r);
      return (
        country !== undefined && told.sides.filter((t) => 'person' in t && sideCountry(t) === country).length === 1
      );
    })
  );
}

/** The group of the same article whose headline's draft sums up `d`, or that `d`, a headline's, sums up. */
function summaryGroup(d: Draft, groups: Draft[][]): Draft[] | undefined {
  for (let i = groups.length - 1; i >= 0 && groups[i]![0]!.article.id === d.article.id; i -= 1) {
    const group = groups[i]!;
    if (group.some((x) => (isTitleLike(d) ? sumsUp(d, x) : isTitleLike(x) && sumsUp(x, d)))) return group;
  }
  return undefined;
}

/** Group drafts that are one meeting: first within each article, then across articles. */
function groupDrafts(drafts: Draft[]): Draft[][] {
  const groups: Draft[][] = [];
  const bySides = new Map<string, Draft[][]>();
  for (const d of drafts) addToGroups(d, groups, bySides);
  return groups;
}

/** Put a draft in the group of the meeting it is, or in a new group. */
function addToGroups(d: Draft, groups: Draft[][], bySides: Map<string, Draft[][]>): void {
  const key = [...new Set(d.sides.map(sideKey))].sort().join('\u0000');
  const candidates = bySides.get(key) ?? [];
  const g = candidates.find((group) => group.every((x) => sameMeeting(x, d)));
  const summary = g ? undefined : summaryGroup(d, groups);
  if (summary && isTitleLike(d)) summary.push(d);
  else if (summary) {
    // The text's draft names the people: it goes first, and the group is found by its people from now on.
    summary.unshift(d);
    bySides.set(key, [...candidates, summary]);
  } else if (g) g.push(d);
  else {
    const group = [d];
    candidates.push(group);
    bySides.set(key, candidates);
    groups.push(group);
  }
}

/**
 * Every meeting the corpus reports: who met whom (people resolved within and across articles), when (resolved
 * against each article's date), where, at which event, about what, held or planned, with the evidence sentences.
 * The same meeting in several briefings is one meeting with several sources. `known` are people the rest of the
 * corpus already knows, so that a bare surname in a new briefing is who it is elsewhere.
 */
export function extractMeetings(
  corpus: Corpus,
  lexicon: Lexicon,
  ctx: ExtractContext = buildExtractContext(lexicon),
  known: readonly Report[] = [],
): Meeting[] {
  const read = corpus.articles.map((a) => ({ article: a, sentences: readSentences(a, ctx) }));
  const people = peopleOf(read, known);
  return mergeAll(
    read.flatMap(({ article, sentences }) => articleDrafts(article, sentences, ctx, people)),
    lexicon,
  );
}

/** The people a corpus names, with their spellings and dated offices (for `npm run eval` and questions). */
export function extractPeople(corpus: Corpus, ctx: ExtractContext, known: readonly Report[] = []): RegistryEntry[] {
  const read = corpus.articles.map((a) => ({ article: a, sentences: readSentences(a, ctx) }));
  return peopleOf(read, known).registry.entries;
}

/** How many articles are read between two yields to the event loop while loading. */
export const ARTICLES_PER_SLICE = 25;

/**
 * {@link extractMeetings}, in slices of articles with a turn for the event loop between them, telling `progress` how
 * far it is (each article is read, then resolved: two steps).
 */
export async function extractMeetingsAsync(
  corpus: Corpus,
  lexicon: Lexicon,
  ctx: ExtractContext = buildExtractContext(lexicon),
  known: readonly Report[] = [],
  progress?: (done: number, total: number) => void,
): Promise<Meeting[]> {
  const total = corpus.articles.length * 2;
  const turn = async (done: number): Promise<void> => {
    if (done % ARTICLES_PER_SLICE !== 0 && done !== total) return;
    progress?.(done, total);
    await yieldToEventLoop();
  };
  const read: { article: Article; sentences: SentenceInfo[] }[] = [];
  for (const article of corpus.articles) {
    read.push({ article, sentences: readSentences(article, ctx) });
    await turn(read.length);
  }
  const codes = nameCodes();
  const reports = reportsOf(read, known);
  const { personOf } = await clusterPeopleAsync(reports, codes, yieldToEventLoop);
  const people: Known = { personOf, codes, registry: buildRegistry(reports, personOf) };
  const drafts: Draft[] = [];
  for (const [i, { article, sentences }] of read.entries()) {
    drafts.push(...articleDrafts(article, sentences, ctx, people));
    await turn(read.length + i + 1);
  }
  return mergeAllAsync(drafts, lexicon);
}

/** What every mention of the corpus says of a person, dated by its briefing, after what the corpus already knows. */
const reportsOf = (read: { article: Article; sentences: SentenceInfo[] }[], known: readonly Report[]): Report[] => [
  ...known,
  ...read.flatMap(({ article, sentences }) =>
    sentences.flatMap((s) =>
      s.mentions.flatMap((m) => {
        const r = reportOf(m);
        return r ? [{ ...r, ...optional('date', article.published) }] : [];
      }),
    ),
  ),
];

/** The people of the whole corpus: clustered, with the sound-alike codes shared by the run, and their registry. */
interface Known {
  personOf: (r: Report) => Person | undefined;
  codes: NameCodes;
  registry: Registry;
}

function peopleOf(read: { article: Article; sentences: SentenceInfo[] }[], known: readonly Report[] = []): Known {
  const codes = nameCodes();
  const reports = reportsOf(read, known);
  const { personOf } = clusterPeople(reports, codes);
  return { personOf, codes, registry: buildRegistry(reports, personOf) };
}

/** Group drafts that are one meeting and merge each group. */
function mergeAll(drafts: Draft[], lexicon: Lexicon): Meeting[] {
  const countryName = countryNames(lexicon);
  return withoutSplitGroups(groupDrafts(drafts).map((g) => mergeDrafts(g, countryName)));
}

/** Who a participant is, to compare meetings by: the name, else the office and country. */
const whoKey = (p: Participant): string => p.name ?? `${p.title ?? ''}|${p.country ?? ''}|${p.organization ?? ''}`;

/**
 * A meeting of three or more, told again as one sentence's pairs: "A hosted the meeting with B and C" after "the
 * foreign ministers of X, Y and Z held their trilateral" is the trilateral, not two more meetings of A. The pairs of a
 * sentence whose people are together all the group's, of its briefing, day and status, go into the group.
 */
export function withoutSplitGroups(meetings: Meeting[]): Meeting[] {
  if (!meetings.some((m) => m.participants.length >= 3)) return meetings;
  const when = (m: Meeting): string => `${m.status}|${m.date ? formatPartialDate(m.date) : ''}`;
  const pairsOf = new Map<string, Meeting[]>();
  for (const m of meetings)
    if (m.participants.length === 2)
      for (const id of new Set(m.sources.map((x) => x.articleId))) pairsOf.set(id, [...(pairsOf.get(id) ?? []), m]);
  // The sentences each pair is told in no longer, and those each group is told in besides.
  const untold = new Map<Meeting, Set<MeetingSource>>();
  const told = new Map<Meeting, MeetingSource[]>();
  for (const g of meetings.filter((m) => m.participants.length >= 3)) {
    const members = new Set(g.participants.map(whoKey));
    const articles = new Set(g.sources.map((x) => x.articleId));
    const bySentence = new Map<string, { pair: Meeting; source: MeetingSource }[]>();
    for (const pair of [...articles].flatMap((id) => pairsOf.get(id) ?? [])) {
      if (when(pair) !== when(g) || !pair.participants.every((p) => members.has(whoKey(p)))) continue;
      for (const source of pair.sources.filter((x) => articles.has(x.articleId))) {
        const key = `${source.articleId}|${source.sentence}`;
        bySentence.set(key, [...(bySentence.get(key) ?? []), { pair, source }]);
      }
    }
    for (const tellings of bySentence.values()) {
      const named = new Set(tellings.flatMap((x) => x.pair.participants.map(whoKey)));
      if (tellings.length < 2 || named.size !== members.size) continue;
      for (const { pair, source } of tellings) untold.set(pair, new Set([...(untold.get(pair) ?? []), source]));
      told.set(g, [...(told.get(g) ?? []), tellings[0]!.source]);
    }
  }
  return meetings.flatMap((m) => {
    const sources = [...m.sources.filter((x) => !untold.get(m)?.has(x)), ...(told.get(m) ?? [])];
    return sources.length === 0 ? [] : sources.length === m.sources.length && !told.has(m) ? [m] : [{ ...m, sources }];
  });
}

/** How many drafts are grouped or merged between two turns of the event loop. */
const DRAFTS_PER_SLICE = 1000;

/** {@link mergeAll}, with turns for the event loop. */
async function mergeAllAsync(drafts: Draft[], lexicon: Lexicon): Promise<Meeting[]> {
  const countryName = countryNames(lexicon);
  const groups: Draft[][] = [];
  const bySides = new Map<string, Draft[][]>();
  for (const [i, d] of drafts.entries()) {
    addToGroups(d, groups, bySides);
    if (i % DRAFTS_PER_SLICE === DRAFTS_PER_SLICE - 1) await yieldToEventLoop();
  }
  const meetings: Meeting[] = [];
  for (const [i, g] of groups.entries()) {
    meetings.push(mergeDrafts(g, countryName));
    if (i % DRAFTS_PER_SLICE === DRAFTS_PER_SLICE - 1) await yieldToEventLoop();
  }
  return withoutSplitGroups(meetings);
}

/** A country's name by its code (the code itself when unknown). */
function countryNames(lexicon: Lexicon): (code: string) => string {
  const names = new Map(lexicon.countries.map((c) => [c.code, c.name]));
  return (code) => names.get(code) ?? code;
}
