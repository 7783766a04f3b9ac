import type { Lexicon } from '../reference/lexicon.js';
import { PLACE_PARTICLES } from '../reference/places.js';
import { FOREIGN_TITLES, INSTITUTION_WORDS, PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS } from '../reference/titles.js';
import { pattern } from '../text/regex.js';
import { STOPWORDS, stemWord, withoutMarks } from '../text/words.js';
import { optional } from '../optional.js';
import { isPossessive, tokenize, type Tok } from './tokens.js';
import { titlesCompatible } from './people.js';

/** A reference to a person (or a group of officials) in a sentence, with what the sentence says of them. */
export interface Mention {
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: 'named' | 'unnamed' | 'pronoun' | 'group';
  name?: string;
  title?: string;
  /** ISO alpha-3 code. */
  country?: string;
  organization?: string;
  /** A pronoun that is an object ("received him"): someone other than the one the clause is about. */
  object?: true;
}

/** The text of tokens [from, to) as written: spaces only where the sentence had them. */
export function spanText(toks: Tok[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k += 1) {
    const t = toks[k]!;
    out += (k > from && t.start > toks[k - 1]!.end ? ' ' : '') + t.text;
  }
  return out;
}

/** Title phrases by first word, longest first; built once from the curated lists. */
export interface TitleTable {
  heads: ReadonlyMap<string, readonly string[][]>;
  /** Every word of every English title ("state", "councilor", "secretary-general"): no word of a name. */
  words: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  /** The first words of the titles in other languages that are no English title's ("außenminister", not "premier"). */
  foreign: ReadonlySet<string>;
}

/** Build the title lookup table from the curated lists. */
export function buildTitleTable(): TitleTable {
  const heads = new Map<string, string[][]>();
  // Titles in other languages as tokens fold them: "Außenminister" is "außenminister", "Başbakan" "basbakan".
  const foreign = Object.keys(FOREIGN_TITLES).map((t) => withoutMarks(t).toLowerCase());
  for (const t of new Set([...TITLE_HEADS, ...foreign])) {
    const words = t.split(' ');
    const list = heads.get(words[0]!) ?? [];
    list.push(words);
    heads.set(words[0]!, list);
  }
  for (const list of heads.values()) list.sort((a, b) => b.length - a.length);
  return {
    heads,
    words: new Set(TITLE_HEADS.flatMap((t) => t.split(' '))),
    modifiers: new Set(TITLE_MODIFIERS),
    portfolios: new Set(PORTFOLIOS),
    foreign: new Set(foreign.map((t) => t.split(' ')[0]!).filter((w) => !TITLE_HEADS.includes(w))),
  };
}

/** Capitalised words that start sentences or address people but are never part of a name. */
/** Military ranks before a name, no word of it: "Colonel Assimi Goïta", "Captain Ibrahim Traoré". */
const MILITARY_RANKS = ['colonel', 'captain', 'capt', 'lieutenant', 'commander', 'admiral', 'brigadier', 'marshal'];

export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...(
    'during meanwhile elsewhere earlier later relatedly apart before after according further furthermore however ' +
    'also ' +
    'separately speaking pleased both over under since while when where what why how there here today yesterday ' +
    'tomorrow mr mrs ms dr amb gen lt col maj brig prof engr h.e excellency sir madam dear thank thanks welcome ' +
    'congratulations greetings breaking ' +
    'update exclusive analysis opinion editorial photo video watch read share related source sources officials ' +
    'official reports report statement stability peace meeting meetings talks visit diplomatic participation ' +
    'engagements advocacy interactions these those this that his her its their our my your he she they we you it i ' +
    'on in at by for with from of to as and or but not no yes all some many several most other another each every ' +
    'first second third last next new former senior deputy vice acting caretaker interim chief state federal ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday highness excellency majesty royal hm hrh hh following ' +
    'feb mar apr jun jul aug sep sept oct nov dec ' +
    'reference note editor kingdom hon honourable honorable rt right good top annual agreement liaison caption ' +
    'whether although though unless until whereas because despite amid once yet still even round session edition ' +
    'professor dato datuk datin samdech upon within throughout alongside ahead besides towards toward regarding ' +
    // "Afterwards Wadephul was received by …": a sentence's opening adverb.
    'afterwards afterward subsequently thereafter previously additionally finally likewise similarly notably ' +
    // "Delivers Written Message from HH the Amir": what is handed over.
    'written message messages letter letters cable cables condolences invitation ' +
    // "Field Marshal Asim Munir".
    'field ' +
    // "Peters and two MPs met …": members of a parliament, no one's name.
    'mp mps mep meps'
  ).split(' '),
  ...MILITARY_RANKS,
]);

/**
 * Styles that open a name in Malaysian, Bruneian, Cambodian and Indian readouts and are no part of it: "Dato' Seri
 * Utama Haji Mohamad Hasan", "Samdech Moha Borvor Thipadei Hun Manet", "Tan Sri A", "Shri Piyush Goyal". Read as
 * honorifics before the name.
 */
const STYLE_WORDS: ReadonlySet<string> = new Set(
  (
    'dato datuk datin seri utama haji hajah tun toh puan samdech moha borvor thipadei akka sena padei techo shri ' +
    'shrimati smt'
  ).split(' '),
);

/** A style at token i opening a name: one of {@link STYLE_WORDS}, or "Tan Sri". */
const isStyleAt = (toks: Tok[], i: number): boolean => {
  const t = toks[i];
  if (!t?.cap) return false;
  if (t.norm === 'tan') return toks[i + 1]?.norm === 'sri';
  return STYLE_WORDS.has(t.norm) || (t.norm === 'sri' && toks[i - 1]?.norm === 'tan');
};

/** Where the styles before token k start ("Dato' Seri Utama Haji" before "Mohamad Hasan"); k when there are none. */
function styleStart(toks: Tok[], k: number): number {
  let b = k;
  while (b > 0 && (isStyleAt(toks, b - 1) || (toks[b - 1]!.text === "'" && isStyleAt(toks, b - 2)))) b -= 1;
  return b;
}

const PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'ul',
  'ur',
  'de',
  'da',
  'del',
  'di',
  'van',
  'von',
  'der',
  'la',
  'le',
  'abu',
  'ben',
  'dos',
]);
/** Lower-case words that join the surnames of one name: "Ulisses Correia e Silva", "José Ortega y Gasset". */
const NAME_JOINERS = new Set(['e', 'y']);
const PRONOUNS = new Set(['he', 'she']);
/**
 * Words after which "her" is an object, not a possessive: "received her at the palace", "met her on Monday", "held
 * talks with her." ("her counterpart", "her visit" are possessives).
 */
const AFTER_OBJECT_HER = new Set([
  'at',
  'in',
  'on',
  'for',
  'to',
  'with',
  'and',
  'later',
  'afterwards',
  'during',
  'by',
  'before',
  'after',
  'shortly',
]);
/** "him", or "her" as an object: a pronoun for someone met. */
const isObjectPronoun = (toks: Tok[], i: number): boolean =>
  toks[i]!.norm === 'him' ||
  (toks[i]!.norm === 'her' &&
    (toks[i + 1] === undefined || !toks[i + 1]!.word || AFTER_OBJECT_HER.has(toks[i + 1]!.norm)));
/** Offices that only say someone holds the same office as another: "his Ghanaian counterpart". */
const COUNTERPART_WORDS: ReadonlySet<string> = new Set(['counterpart', 'homologue', 'colleague', 'peer']);
/** "H.H.", "H.M.": His Highness, His Majesty. */
export const STYLED_INITIALS = new Set(['h.h.', 'h.h', 'hh', 'h.m.', 'hm']);
export const DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);
const GROUP_WORDS = new Set([
  'sides',
  'leaders',
  'ministers',
  'delegations',
  'countries',
  'officials',
  'heads',
  'presidents',
  'premiers',
  'fms',
  'pms',
  'counterparts',
  'pair',
  'duo',
]);

/** Words after which a clause starts: "On Monday the …", "Later, the …". */
const CLAUSE_OPENERS = new Set([',', 'on', 'later', 'earlier', 'then', 'meanwhile', 'also', 'today', 'yesterday']);

/** Verbs and auxiliaries right after a clause's subject. */
const SUBJECT_VERBS = new Set(
  (
    'will would is was has had also later then met meets received receives hosted hosts held holds spoke speaks ' +
    'called calls paid pays visited arrived travelled traveled flew due expected sat'
  ).split(' '),
);

/** Nouns that head no description of a person: events, bodies and things. */
const NOT_PERSON_HEADS = new Set(
  (
    'meeting talks visit trip tour summit session delegation sides side two agreement deal plan statement ' +
    'talk call conversation event programme agenda itinerary discussion discussions report idea proposal'
  ).split(' '),
);

/**
 * The end of a definite description of one person that opens a clause and is followed by its verb: "the cabinet
 * member", "the head of Polish diplomacy", "the mandataria". Up to six words of lower-case nouns and adjectives,
 * country words and "of"; no body, event or plural at its head.
 */
function descriptionEnd(toks: Tok[], i: number, lexicon: Lexicon): number | undefined {
  const before = toks[i - 1];
  if (before && !(CLAUSE_OPENERS.has(before.norm) || (before.cap && i <= 4))) return undefined;
  let j = i + 1;
  while (j < toks.length && j - i <= 6 && !SUBJECT_VERBS.has(toks[j]!.norm)) {
    const x = toks[j]!;
    const countryWord = x.cap && countryAt(toks, j, lexicon) !== undefined;
    const group = GROUP_WORDS.has(x.norm) || ['two', 'three', 'both', 'all'].includes(x.norm);
    // "the head of the Romanian diplomacy": an article after "of" too.
    const of = x.norm === 'of' || (x.norm === 'the' && toks[j - 1]!.norm === 'of');
    if (!x.word || group || (x.cap && !countryWord) || (STOPWORDS.has(x.norm) && !of)) return undefined;
    j += 1;
  }
  const head = toks[j - 1]!;
  const plural = head.norm.endsWith('s') && !head.norm.endsWith('ss');
  const ok = j > i + 1 && SUBJECT_VERBS.has(toks[j]?.norm ?? '') && head.norm !== 'of' && !plural;
  // "The Kazakh delegation also held …": a country's delegation stands for its head, as "the Qatari official" does.
  const delegation = head.norm === 'delegation' && j === i + 3 && countryAt(toks, i + 1, lexicon)?.to === i + 2;
  return ok && ((!INSTITUTION_WORDS.has(head.norm) && !NOT_PERSON_HEADS.has(head.norm)) || delegation) ? j : undefined;
}

/**
 * "The Qatari official was also received by …", "the Vietnamese guest", "the Kazakh delegation": the one official of
 * that country the briefing has named, read as the guest of that country (see extract.ts).
 */
function guestOf(toks: Tok[], from: number, to: number, lexicon: Lexicon): Mention | undefined {
  const head = toks[to - 1]!;
  const country = to - from === 3 && GUEST_WORDS.has(head.norm) ? countryAt(toks, from + 1, lexicon) : undefined;
  return country?.to === to - 1 ? { from, to, kind: 'unnamed', title: head.text, country: country.code } : undefined;
}
/** Words that stand for a country's one official named before: "the Qatari official", "the Kazakh delegation". */
export const GUEST_WORDS: ReadonlySet<string> = new Set(['official', 'guest', 'visitor', 'delegation', 'diplomat']);

/**
 * "the head of (the) Polish diplomacy", "the chief of Russian diplomacy", "the Portuguese chief of diplomacy": that
 * country's foreign minister.
 */
function diplomacyHead(toks: Tok[], from: number, to: number, lexicon: Lexicon): Mention | undefined {
  const article = toks[from + 3]?.norm === 'the' ? 1 : 0;
  const words = toks.slice(from, to).map((t) => t.norm);
  if (article) words.splice(3, 1);
  const country =
    words.length === 5 && /^(?:head|chief)$/.test(words[1]!) ? countryAt(toks, from + 3 + article, lexicon) : undefined;
  // "the Portuguese chief of diplomacy": the country before the office.
  const before =
    words.length === 5 && /^(?:head|chief)$/.test(words[2]!) ? countryAt(toks, from + 1, lexicon) : undefined;
  const of = words[2] === 'of' || words[3] === 'of';
  const found = country ?? before;
  return found && of && words[4] === 'diplomacy'
    ? { from, to, kind: 'unnamed', title: 'foreign minister', country: found.code }
    : undefined;
}

/**
 * The token after a lexicon phrase written from token i, or undefined. The phrase's words are split at hyphens, as
 * the analyzer splits them, so "Co-operation" (one token) matches "co operation" and "Timor-Leste" "timor leste".
 */
function phraseEnd(toks: Tok[], i: number, words: readonly string[]): number | undefined {
  let k = 0;
  for (let j = i; j < toks.length && (toks[j]!.word || (k > 0 && isPossessive(toks[j]))); j += 1) {
    // "People's Republic of China": the lexicon leaves out the possessive.
    if (!toks[j]!.word) continue;
    const norm = toks[j]!.norm;
    if (!norm.includes('-')) {
      if (words[k++] !== stemWord(norm)) return undefined;
    } else for (const part of norm.split('-')) if (words[k++] !== stemWord(part)) return undefined;
    if (k === words.length) return j + 1;
  }
  return undefined;
}

/** The first lexicon phrase of a kind ('@' countries, '#' organisations) written from token i. */
function lexiconPhraseAt(
  toks: Tok[],
  i: number,
  lexicon: Lexicon,
  accepts: (key: string) => boolean,
): { key: string; to: number } | undefined {
  const norm = toks[i]!.norm;
  const hyphen = norm.indexOf('-');
  const rules = lexicon.phrases.get(stemWord(hyphen < 0 ? norm : norm.slice(0, hyphen)));
  if (!rules) return undefined;
  for (const rule of rules) {
    const to = accepts(rule.key) ? phraseEnd(toks, i, rule.words) : undefined;
    if (to !== undefined) return { key: rule.key, to };
  }
  return undefined;
}

/** Country keys at token i: the country code and the token after the phrase, or undefined. */
export function countryAt(toks: Tok[], i: number, lexicon: Lexicon): { code: string; to: number } | undefined {
  const t = toks[i];
  if (!t?.word) return undefined;
  const stem = stemWord(t.norm);
  const phrase = lexiconPhraseAt(toks, i, lexicon, (key) => key.startsWith('@'));
  if (phrase) return { code: phrase.key.slice(1).toUpperCase(), to: phrase.to };
  const keys = [
    ...(lexicon.words.get(t.norm) ?? lexicon.words.get(stem) ?? []),
    ...(lexicon.exact.get(t.text) ?? lexicon.exact.get(t.text.replace(/\./g, '')) ?? []),
  ].filter((k) => k.startsWith('@'));
  if (keys.length === 1 && t.cap) return { code: keys[0]!.slice(1).toUpperCase(), to: i + 1 };
  const unknown = keys.length === 0 && t.cap && !lexicon.words.has(stem);
  // "Giorgia Meloni": a word before a surname is a given name, not a misspelt country ("Kazakstan President" is one).
  const next = toks[i + 1];
  const beforeName = (): boolean => next?.word === true && next.cap && !lexicon.common.has(next.norm);
  const misspelt = unknown && !beforeName() ? lexicon.misspeltCountry(t.text) : undefined;
  return misspelt ? { code: misspelt, to: i + 1 } : undefined;
}

/**
 * The country (ISO alpha-3) a single word names, e.g. one half of "Kyrgyz-Pakistani".
 * @example countryOfWord('Kyrgyz', lexicon) // → 'KGZ'
 */
export const countryOfWord = (word: string, lexicon: Lexicon): string | undefined =>
  countryAt(tokenize(word), 0, lexicon)?.code;

/** An abbreviation's key that names a body people represent: not an office ("FM") nor a country's ministry. */
const isBody = (key: string): boolean => key.startsWith('#') && !['#fm', '#pm', '#dpm', '#mofa'].includes(key);

/** An organisation at token i ("SCO", "Shanghai Cooperation Organization") as its short form. */

export function organizationAt(toks: Tok[], i: number, lexicon: Lexicon): { name: string; to: number } | undefined {
  const t = toks[i];
  if (!t?.word || !t.cap) return undefined;
  const keys = (lexicon.exact.get(t.text) ?? []).filter(isBody);
  if (keys.length > 0) return { name: t.text, to: i + 1 };
  const phrase = lexiconPhraseAt(toks, i, lexicon, isBody);
  return phrase && { name: phrase.key.slice(1).toUpperCase(), to: phrase.to };
}

interface TitleMatch {
  from: number;
  to: number;
  text: string;
  plural: boolean;
  /** A country named inside an extended title ("… of the Islamic Republic of Mauritania"). */
  country?: string;
}

/** The title phrase (with modifiers and an "of/for …" portfolio) starting at token i. */
export function titleAt(toks: Tok[], i: number, table: TitleTable, lexicon: Lexicon): TitleMatch | undefined {
  for (let j = i; toks[j]; j += 1) {
    const found = titleHeadAt(toks, i, j, table, lexicon);
    if (found) return found;
    if (!table.modifiers.has(toks[j]!.norm)) return undefined;
  }
  return undefined;
}

/** A title whose head starts at token j, modifiers from token i. */
function titleHeadAt(toks: Tok[], i: number, j: number, table: TitleTable, lexicon: Lexicon): TitleMatch | undefined {
  let end: number | undefined;
  let plural = false;
  const t = toks[j];
  if (!t?.word) return undefined;
  // A word of another language's office after a capitalised word is a name's: "Marco Ministro".
  if (table.foreign.has(t.norm) && i === j && afterCapital(toks, i)) return undefined;
  const singular = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
  for (const words of table.heads.get(t.norm) ?? table.heads.get(singular) ?? []) {
    const ok = words.every((w, k) => {
      const n = toks[j + k]?.norm;
      if (n === w) return true;
      // "Ambassadors Extraordinary and Plenipotentiary": the plural on the first word of a longer office.
      if ((k === words.length - 1 || (k === 0 && words.length > 2)) && (n === `${w}s` || n === `${w}es`))
        return (plural = true);
      return false;
    });
    if (ok) {
      end = j + words.length;
      break;
    }
    plural = false;
  }
  if (end === undefined && table.portfolios.has(t.norm)) {
    // "Trade Minister", "Foreign Affairs Secretary", "Commerce and Industry Minister": a portfolio of a word or two, or
    // two joined by "and", before the office.
    const after = (k: number): number =>
      table.portfolios.has(toks[k]?.norm ?? '') || toks[k]?.norm === 'affairs' ? k + 1 : k;
    const joined =
      ['and', '&'].includes(toks[after(j + 1)]?.norm ?? '') && table.portfolios.has(toks[after(j + 1) + 1]?.norm ?? '');
    const head = joined ? after(after(j + 1) + 2) : after(j + 1);
    const office = /^(?:minister|secretary|commissioner|advis[eo]r)(s|ies)?$/.exec(toks[head]?.norm ?? '');
    if (office) {
      end = head + 1;
      plural = office[1] !== undefined;
    }
  }
  if (end === undefined) return undefined;
  const next = toks[end];
  if (isPossessive(next) || (next?.cap && INSTITUTION_WORDS.has(next.norm))) return undefined;
  end = portfolioEnd(toks, end, lexicon);
  // "Deputy Prime Minister and Foreign Minister Dar" is one person's two offices; "the Secretary and EAM Jaishankar"
  // is two people, a lone office named with "the" and another.
  const lone = end === i + 1 && toks[i - 1]?.norm === 'the';
  if (toks[end]?.norm === 'and' && !lone) {
    const more = titleAt(toks, end + 1, table, lexicon);
    if (more && !more.plural) end = more.to;
  }
  return { from: i, to: end, text: spanText(toks, i, end), plural };
}

/**
 * Where an "of/for …" portfolio after a title ends ("Minister for Industry, Mining, and Trade"); not a country. A
 * portfolio already read may go on as a list that ends with "and": "Minister of Foreign Affairs, Emigration and
 * Egyptian Expatriates".
 */
function portfolioEnd(toks: Tok[], at: number, lexicon: Lexicon): number {
  const listed = toks[at]?.norm === ',' && isPortfolioWord(toks[at - 1]?.norm ?? '');
  if (!listed && !['of', 'for'].includes(toks[at]?.norm ?? '')) return at;
  let j = at + 1;
  if (toks[j]?.norm === 'the') j += 1;
  if (!toks[j]?.cap || stateAt(toks, j, lexicon) || organizationAt(toks, j, lexicon)) return at;
  const end = portfolioListEnd(toks, j, at, lexicon);
  return listed && !toks.slice(at, end).some((t) => t.norm === 'and' || t.norm === '&') ? at : end;
}

/** The end of a portfolio's words from token j (at, when there are none). */
function portfolioListEnd(toks: Tok[], j: number, at: number, lexicon: Lexicon): number {
  let last = at;
  let afterAnd = false;
  while (toks[j]) {
    const t = toks[j]!;
    const diaspora = countryAt(toks, j, lexicon) && DIASPORA_WORDS.has(toks[j + 1]?.norm ?? '');
    if (t.word && t.cap && (diaspora || (!countryAt(toks, j, lexicon) && isPortfolioWord(t.norm)))) {
      last = j + 1;
      j += 1;
      continue;
    }
    if (t.norm === 'and' || t.norm === '&') {
      afterAnd = true;
      j += 1;
      continue;
    }
    if ((t.norm === ',' && !afterAnd) || t.norm === 'the') {
      j += 1;
      continue;
    }
    if (t.norm === 'of' && toks[j + 1]?.cap && !countryAt(toks, j + 1, lexicon) && !countryAt(toks, j + 2, lexicon)) {
      j += 1;
      continue;
    }
    break;
  }
  return last;
}

/** A ministry's care for citizens abroad after a demonym: "… and Egyptian Expatriates", "… and Togolese Abroad". */
const DIASPORA_WORDS = new Set(['expatriates', 'abroad', 'nationals', 'diaspora', 'emigrants', 'residing', 'living']);

/**
 * Words of a ministry's or body's name ("Foreign Affairs", "Cabinet of Ministers", "Industry, Mining and Trade"), not
 * of a person's.
 */
const PORTFOLIO_WORDS = new Set([
  ...PORTFOLIOS,
  ...INSTITUTION_WORDS,
  ...(
    'affairs ministers relations works housing youth sports women family emergency emergencies situations resources ' +
    'natural technology technologies innovation reforms trade mining commerce transport infrastructure construction ' +
    'national people state public social economic development welfare finance treasury customs taxes revenue ' +
    'overseas pakistanis nationals diaspora expatriates emigrants abroad religious harmony human rights law ' +
    'parliamentary cabinet minister regional international african arab european francophonie ' +
    'ministries council foreign external internal home defence defense interior legal political security consular ' +
    'multilateral bilateral cultural strategic judicial administrative policy maritime fisheries health labour labor ' +
    'tourism agriculture energy environment climate water education science digital'
  ).split(' '),
]);
const isPortfolioWord = (norm: string): boolean =>
  PORTFOLIO_WORDS.has(norm) || /(?:tion|tions|ment|ments|ture|ity|ics|ism|ness|ance|ence|try|ries)$/.test(norm);

/** Ranks that give way to an office written after the name: "Ambassador X, Minister of Foreign Affairs of Sudan". */
const RANKS = /^(?:ambassador|senator|sheikh|prince|princess|mr|mrs|ms|dr|general|dame|sir)$/i;

/** Titles that say less than an office and give way to one next to them ("the Amir Sheikh Tamim"). */
const WEAK_TITLES = /^(?:sheikh|prince|princess|senator|mr|dr|sultan)$/i;

/** Honorifics that may stand between a title and a name: "Secretary-General Dr. Kao Kim Hourn". */
export const HONORIFICS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'professor',
  'h.e',
  'he',
  'amb',
  'sir',
  'dame',
  'madam',
  'general',
  'gen',
  'lt',
  'col',
  ...MILITARY_RANKS,
  'justice',
  'engineer',
  'eng',
  'hm',
  'hrh',
  'hh',
  'his',
  'her',
  'highness',
  'excellency',
  'majesty',
  'royal',
  'h.h',
  'hon',
  'honourable',
  'honorable',
  'the',
]);

/**
 * An all-capitals surname as Japanese and some other readouts write it ("Mr. ISHIBA Shigeru", "Foreign Minister
 * KAMIKAWA Yoko"): before a given name, after "Mr." and the like or after an office.
 */
function isCapsSurname(toks: Tok[], i: number, table: TitleTable, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}{3,}$/u.test(toks[i]?.text ?? '') || !/^\p{Lu}\p{Ll}/u.test(toks[i + 1]?.text ?? '')) return false;
  const before = toks[i - 1]?.text === '.' ? toks[i - 2] : toks[i - 1];
  return (
    HONORIFICS.has(before?.norm ?? '') ||
    (!table.words.has(toks[i]!.norm) &&
      !countryAt(toks, i, lexicon) &&
      !organizationAt(toks, i, lexicon) &&
      titleEndsAt(toks, i, table, lexicon))
  );
}

/** Titles that are also given names ("Foreign Minister Amir Khan Muttaqi"): a name when a title stands just before. */
const NAME_LIKE_TITLES = new Set(['amir', 'emir', 'sultan', 'prince', 'sheikh', 'king']);
/** Of those, the ones that are given names rather than styles ("Sheikh Mohammed" keeps "Sheikh" as a style). */
const GIVEN_NAME_TITLES = new Set(['amir', 'emir', 'sultan']);

/** True when a (non name-like) title ends just before token i. */
function titleEndsAt(toks: Tok[], i: number, table: TitleTable, lexicon: Lexicon): boolean {
  for (let s = Math.max(0, i - 6); s < i; s += 1) {
    if (NAME_LIKE_TITLES.has(toks[s]!.norm)) continue;
    const t = titleAt(toks, s, table, lexicon);
    if (t && t.to === i) return true;
  }
  return false;
}

/**
 * True for an initial such as "S" or "L.P" followed by a full stop, or a given name written so: "Ma." (Maria),
 * "Md." and "Mohd." (Mohammad).
 */
const isInitial = (toks: Tok[], i: number): boolean =>
  /^(?:(?:\p{Lu}\.)*\p{Lu}|Ma|Md|Mohd)$/u.test(toks[i]?.text ?? '') && toks[i + 1]?.text === '.';
/** True for dotted initials written as one token ("L.P."), or an initial written without its dot ("S Jaishankar"). */
const isDottedInitials = (toks: Tok[], i: number): boolean =>
  /^(?:\p{Lu}\.){2,}$/u.test(toks[i]?.text ?? '') ||
  (/^[B-HJ-Z]$/.test(toks[i]?.text ?? '') &&
    toks[i + 1]?.text !== '.' &&
    toks[i + 1]?.start === (toks[i]?.end ?? 0) + 1);

/**
 * Two initials run together before a name part: "KP Sharma Oli", "Retno LP Marsudi"; not an office, a country or a body
 * ("PM", "US").
 */
const isInitialsBefore = (toks: Tok[], i: number, table: TitleTable, lexicon: Lexicon): boolean =>
  /^[A-Z]{2}$/.test(toks[i]?.text ?? '') &&
  !table.words.has(toks[i]!.norm) &&
  !HONORIFICS.has(toks[i]!.norm) &&
  !NOT_NAMES.has(toks[i]!.norm) &&
  !countryAt(toks, i, lexicon) &&
  !organizationAt(toks, i, lexicon) &&
  isNamePart(toks, i + 1, table, lexicon);
/** Two initials run together opening a name of two parts more: "KP Sharma Oli". */
const isInitialPair = (toks: Tok[], i: number, table: TitleTable, lexicon: Lexicon): boolean =>
  isInitialsBefore(toks, i, table, lexicon) && isNamePart(toks, i + 2, table, lexicon);

/** Past a run of initials written without dots: "N P Saud", "K P Sharma Oli". */
function initialsEnd(toks: Tok[], i: number): number {
  let k = i + 1;
  while (k - i < 3 && /^[B-HJ-Z]$/.test(toks[k]?.text ?? '') && isDottedInitials(toks, k)) k += 1;
  return k;
}

/** Whether a capitalised word stands just before token i: a name may go on. */
const afterCapital = (toks: Tok[], i: number): boolean => toks[i - 1]?.cap === true && toks[i - 1]?.word === true;

/** Days of the week as a time stamp shortens them: "Tue", "Thurs". */
const DAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** English words that are also Vietnamese, Chinese or Korean family names ("To Lam", "He Lifeng", "An Duk-geun"). */
const FAMILY_NAME_WORDS = new Set(['to', 'he', 'do', 'an']);

const isNamePart = (toks: Tok[], i: number, table: TitleTable, lexicon: Lexicon): boolean => {
  const t = toks[i];
  if (t?.word && /^(?:al|el|ul|ur|ad|as|an|bin|ibn|abu|de|da|di|du|van|von|le|la)-\p{Lu}/u.test(t.text)) return true;
  // "General Secretary To Lam", "Vice Premier He Lifeng", "talks with To Lam": after an office, or capitalised after
  // a word in lower case, and before a name, a family name.
  if (
    t?.cap &&
    FAMILY_NAME_WORDS.has(t.norm) &&
    (titleEndsAt(toks, i, table, lexicon) || (toks[i - 1]?.word === true && !toks[i - 1]!.cap)) &&
    isNamePart(toks, i + 1, table, lexicon)
  )
    return true;
  if (!t?.word || !t.cap || NOT_NAMES.has(t.norm) || INSTITUTION_WORDS.has(t.norm) || DIASPORA_WORDS.has(t.norm))
    return false;
  // A headline's verb, capitalised as its words are: "Lu Weiming Co-chairs the …", "…, Meets Kenyan Ambassador".
  if (HEADLINE_VERB_FORMS.has(t.norm)) return false;
  // A lone capital is an initial ("Ferdinand R. Marcos"), read as one where it stands, never a name word of its own.
  if (/\d/.test(t.text) || /^[\p{Lu}.-]+$/u.test(t.text)) return false;
  if (['@', '#'].includes(toks[i - 1]?.text ?? '')) return false;
  // "Tue 21-01-2025 19:44" after a headline: a day of the week before a date is no name.
  if (DAY_ABBREVIATIONS.has(t.norm) && /^\d/.test(toks[i + 1]?.text ?? '')) return false;
  // "Jan. 15" is a month; "Jan Lipavský" a name.
  if (t.norm === 'jan' && (toks[i + 1]?.text === '.' || /^\d/.test(toks[i + 1]?.text ?? ''))) return false;
  // "Außenminister Johann Wadephul": another language's office opening a run of capitals; "Marco Ministro" a name.
  if (table.foreign.has(t.norm) && !afterCapital(toks, i)) return false;
  const singular = t.norm.replace(/e?s$/, '');
  if (NAME_LIKE_TITLES.has(t.norm) && isNamePart(toks, i + 1, table, lexicon) && titleEndsAt(toks, i, table, lexicon))
    return true;
  if (
    table.words.has(t.norm) ||
    table.words.has(singular) ||
    table.modifiers.has(t.norm) ||
    table.portfolios.has(t.norm)
  )
    return false;
  if (t.text.includes('-') && t.text.split('-').some((part) => countryOfWord(part, lexicon))) return false;
  // "Rica" of "Costa Rica", "Herzegovina" of "Bosnia and Herzegovina": inside a country's name.
  for (let k = Math.max(0, i - 3); k < i; k += 1) if ((countryAt(toks, k, lexicon)?.to ?? 0) > i) return false;
  return !countryAt(toks, i, lexicon) && !organizationAt(toks, i, lexicon);
};

/**
 * Prepositions after a sentence's everyday first word that show it names no one: "Back in …", "Known before …",
 * "Translation of …"; not "on", "to" or "with", which follow a surname opening a sentence ("Brown on Tuesday
 * met …", "Brown to meet …").
 */
const PREPOSITIONS_AFTER_OPENING = new Set(['in', 'after', 'before', 'as', 'of']);

/**
 * "Global South", "Political Bureau", "Jakarta Daily", a sentence's first word "Receiving": capitalised everyday words,
 * places and countries with no title beside them name no one. One such word is a name ("Moon", "Tusk") unless it opens
 * the sentence as a participle ("Receiving", "Asked"), before a comma ("Elsewhere,") or before a preposition ("Back
 * in"); a single capital ("(R)" of a caption) never is.
 */
function isEverydayName(toks: Tok[], from: number, to: number, lexicon: Lexicon): boolean {
  const words = toks.slice(from, to).filter((t) => t.word);
  if (words.length === 1 && /^\p{Lu}$/u.test(words[0]!.text)) return true;
  const everyday = words.every(
    (t) => lexicon.common.has(t.norm) || lexicon.places.has(t.norm) || lexicon.words.has(stemWord(t.norm)),
  );
  // "Holguin, who landed …": a word a person is, though it is a town too.
  const who = toks[to]?.norm === ',' && toks[to + 1]?.norm === 'who';
  // "Back in Europe, …", "Further to the talks": an opening word before a preposition.
  const prepositionNext = PREPOSITIONS_AFTER_OPENING.has(toks[to]?.norm ?? '');
  const opening =
    from === 0 && (/(?:ing|ed)$/.test(words[0]!.norm) || (toks[to]?.norm === ',' && !who) || prepositionNext);
  return everyday && (words.length >= 2 || opening);
}

/**
 * "Brazil's Chamber of Deputies", "the House of Representatives": one everyday word joined by "of" to another
 * capitalised word names a body, not a person.
 */
function isInstitutionWord(toks: Tok[], from: number, to: number, lexicon: Lexicon): boolean {
  if (to - from !== 1 || !lexicon.common.has(toks[from]!.norm)) return false;
  const before = toks[from - 2];
  return (
    (toks[to]?.norm === 'of' && toks[to + 1]?.cap === true) ||
    (toks[from - 1]?.norm === 'of' && before?.cap === true && lexicon.common.has(before.norm))
  );
}

/** Nouns of the world's regions. */
const REGION_NOUNS = new Set(
  [
    'asia africa europe america americas caucasus pacific atlantic arctic balkans sahel gulf levant maghreb oceania',
    'eurasia scandinavia horn baltic baltics mediterranean indo-pacific asia-pacific',
    // "the Middle East", "the Far East".
    'east',
    // Their adjectives: "the Nordic foreign ministers".
    'nordic scandinavian balkan caucasian caribbean african asian european arab latin',
  ]
    .join(' ')
    .split(' '),
);
/** A region's nouns and the words of its parts: "the South Caucasus", "Central Asia", "the Horn of Africa". */
const REGION_WORDS = new Set([
  ...REGION_NOUNS,
  ...'east west north south central middle far southeast northeast southwest northwest eastern western'.split(' '),
  ...['southern', 'northern', 'of', 'the', 'and'],
]);

/** "Envoy for the Middle East Morgan Ortagus": where a name starts after the region an office covers. */
function afterRegion(toks: Tok[], from: number, to: number): number {
  let k = from;
  while (k < to - 2 && toks[k]!.cap && REGION_WORDS.has(toks[k]!.norm)) k += 1;
  return toks.slice(from, k).some((t) => REGION_NOUNS.has(t.norm)) ? k : from;
}

/**
 * "received on Tuesday in Abidjan Sheikh Shakhboot …": a city the tables know, right after "in" or "at", is where,
 * and the name starts after it; not a city whose name goes on ("in Santiago de Chile").
 */
function afterPlace(toks: Tok[], from: number, to: number, lexicon: Lexicon): number {
  if (!['in', 'at'].includes(toks[from - 1]?.norm ?? '')) return from;
  for (let k = Math.min(to - 2, from + 3); k > from; k -= 1)
    if (lexicon.places.has(spanText(toks, from, k).toLowerCase()) && !PARTICLE_WORDS.has(toks[k]!.norm)) return k;
  return from;
}
/** Words that go on a place's name: "Santiago de Chile", "Port of Spain". */
const PARTICLE_WORDS: ReadonlySet<string> = new Set([...PLACE_PARTICLES, 'of']);

/**
 * "the Special Representative for the South Caucasus", "Envoy for Central Asia", "the Indo-Pacific": a region, never a
 * person, title or not.
 */
function isRegionName(toks: Tok[], from: number, to: number): boolean {
  const words = toks.slice(from, to).filter((t) => t.word);
  return words.some((t) => REGION_NOUNS.has(t.norm)) && words.every((t) => REGION_WORDS.has(t.norm));
}

/** "the state guest house", "a guest of honour": a guest who is no one's office. */
const isGuestHouse = (toks: Tok[], t: TitleMatch): boolean =>
  ['guest', 'visitor'].includes(toks[t.to - 1]?.norm ?? '') &&
  ['house', 'houses', 'list', 'book', 'room', 'speaker', 'of', 'lecture'].includes(toks[t.to]?.norm ?? '');

/** Offices a body's name may stand before: "Arab League chief", "Kremlin spokesman", "Foreign Office official". */
const BODY_OFFICES = new Set(['chief', 'spokesman', 'spokeswoman', 'spokesperson', 'boss', 'official', 'officials']);
/** An office of a body in lower case right after a run of names. */
const isBodyOfOffice = (toks: Tok[], to: number): boolean =>
  toks[to]?.word === true && !toks[to]!.cap && BODY_OFFICES.has(toks[to]!.norm);

/**
 * A run of place words right after "in", "at" or "to": "in Algiers", "to the State of Qatar", and any name after
 * "in the" and a country's word: "in the Canadian Rockies".
 */
function isPlaceAfterPreposition(toks: Tok[], from: number, to: number, lexicon: Lexicon): boolean {
  if (['in', 'at', 'to'].includes(toks[from - 1]?.norm ?? ''))
    // "to travel to Benghazi": after a verb of travel, a town the tables do not know; "at his office in Singha Durbar":
    // after a building, where it stands; "two checkpoints in Banteay Meanchey": after a thing, where it is.
    // "in Bandar Seri Begwan": a town's name of several words, misspelt.
    return (
      lexicon.places.has(spanText(toks, from, to).toLowerCase()) ||
      (to - from > 1 && toks[from - 1]!.norm === 'in' && lexicon.findPlace(spanText(toks, from, to)) !== undefined) ||
      TRAVEL_VERBS.has(toks[from - 2]?.norm ?? '') ||
      INSTITUTION_WORDS.has(toks[from - 2]?.norm ?? '') ||
      isThingsPlace(toks, from, to, lexicon)
    );
  if (isVenueApposition(toks, from, to)) return true;
  // "Moresby" of "Port Moresby", "Spain" of "Port of Spain": the end of a town's name the tables know.
  const tail = (k: number): boolean => toks[k]?.cap === true && lexicon.places.has(spanText(toks, k, to).toLowerCase());
  if (tail(from - 1) || tail(from - 2)) return true;
  // Cheap first: "in the" a few capitalised words before the name.
  let k = from - 1;
  while (k >= from - 3 && toks[k]?.cap) k -= 1;
  if (k === from - 1 || toks[k]?.norm !== 'the' || !['in', 'at', 'near'].includes(toks[k - 1]?.norm ?? ''))
    return false;
  const country = findCountryEnding(toks, from, lexicon);
  const at = country?.start ?? from;
  return (
    country !== undefined && toks[at - 1]?.norm === 'the' && ['in', 'at', 'near'].includes(toks[at - 2]?.norm ?? '')
  );
}

/** A name after a plural word of things and "in" ("checkpoints in …", "projects in …"): where they are. */
const isThingsPlace = (toks: Tok[], from: number, to: number, lexicon: Lexicon): boolean => {
  const w = toks[from - 2];
  return (
    toks[from - 1]?.norm === 'in' &&
    w !== undefined &&
    !w.cap &&
    /[a-z]{3,}s$/.test(w.norm) &&
    lexicon.common.has(w.norm) &&
    !isPossessive(toks[to])
  );
};

/**
 * A name set after a building's name and a comma, in "at the …" or "in the …", then a day or the sentence's end:
 * "at the Ministry of Foreign Affairs, Singha Durbar on Monday", where the building stands. Not a name set apart by
 * commas: "the last president received in the Oval Office, Andrzej Duda, met …".
 */
function isVenueApposition(toks: Tok[], from: number, to: number): boolean {
  if (toks[from - 1]?.norm !== ',' || !(toks[to] === undefined || VENUE_AFTER.has(toks[to]!.norm))) return false;
  let k = from - 2;
  while (k >= 0 && (toks[k]!.cap || ['of', 'for', 'and', '&'].includes(toks[k]!.norm))) k -= 1;
  const building = toks.slice(k + 1, from - 1).some((t) => INSTITUTION_WORDS.has(t.norm));
  // Not an office's seat: "Qatar's Minister of State at the Ministry of Foreign Affairs, Mohammed Al-Khulaifi".
  const office = toks[k - 2]?.cap === true;
  return (
    k < from - 2 && building && !office && toks[k]?.norm === 'the' && ['at', 'in'].includes(toks[k - 1]?.norm ?? '')
  );
}

/** Words after a building's town: a day, a time, the sentence's end. */
const VENUE_AFTER = new Set(['on', 'in', 'this', 'last', 'yesterday', 'today', 'earlier', 'later', '.', ';', 'where']);

/** Verbs of travel before "to" or "in" and a place: "travel to Benghazi", "arrived in Sirte". */
const TRAVEL_VERBS = new Set(
  [
    'travel travels travelled traveled travelling fly flies flew flying head heads headed heading',
    'go goes went going return returns returned returning arrive arrives arrived arriving',
    'land lands landed landing stop stops stopped stopping',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns a compound of two names describes: "the Moon-Kim summit", "Putin-Xi talks". */
const PAIR_NOUNS = new Set(
  'summit summits talks meeting meetings relations ties deal agreement partnership dialogue treaty declaration'.split(
    ' ',
  ),
);

/** "The Moon-Kim summit": one hyphenated token of two names before a meeting noun is no person. */
const isPairCompound = (toks: Tok[], i: number, j: number): boolean =>
  j === i + 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && PAIR_NOUNS.has(toks[j]?.norm ?? '');

/** Runs of name words: [from, to) token ranges. */
function nameRuns(toks: Tok[], table: TitleTable, lexicon: Lexicon): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < toks.length;) {
    // "the Organization for Security and Co-operation in Europe": no word of an organisation's name is a person's.
    const org = toks[i]!.cap ? organizationAt(toks, i, lexicon) : undefined;
    if (org && org.to > i + 1) {
      i = org.to;
      continue;
    }
    const startsWithInitial =
      // "S. Jaishankar", "K. P. Sharma Oli".
      (isInitial(toks, i) &&
        (isNamePart(toks, i + 2, table, lexicon) ||
          (isInitial(toks, i + 2) && isNamePart(toks, i + 4, table, lexicon))) &&
        !HONORIFICS.has(toks[i]!.norm)) ||
      isInitialPair(toks, i, table, lexicon) ||
      (isDottedInitials(toks, i) &&
        isNamePart(toks, initialsEnd(toks, i), table, lexicon) &&
        !countryAt(toks, i, lexicon) &&
        !HONORIFICS.has(toks[i]!.norm.replace(/\.$/, '')));
    if (!isNamePart(toks, i, table, lexicon) && !startsWithInitial && !isCapsSurname(toks, i, table, lexicon)) {
      i += 1;
      continue;
    }
    let j = startsWithInitial
      ? isDottedInitials(toks, i)
        ? initialsEnd(toks, i)
        : isInitialPair(toks, i, table, lexicon)
          ? i + 1
          : i + 2
      : i + 1;
    for (;;) {
      let p = j;
      // "Ulisses Correia e Silva", not "Lula e Boric": a joiner after a given name and a surname.
      const joiner = (k: number): boolean => NAME_JOINERS.has(toks[k]?.text ?? '') && k - i >= 2;
      while ((PARTICLES.has(toks[p]?.norm ?? '') || joiner(p)) && p - j < 3) p += 1;
      if (j < toks.length && isNamePart(toks, p, table, lexicon)) j = p + 1;
      else if (NAME_LIKE_TITLES.has(toks[j]?.norm ?? '') && toks[j]!.cap && isNamePart(toks, j + 1, table, lexicon))
        j += 1;
      else if (isInitial(toks, j) && isNamePart(toks, j + 2, table, lexicon)) j += 2;
      else if (isDottedInitials(toks, j) && isNamePart(toks, j + 1, table, lexicon) && !countryAt(toks, j, lexicon))
        j += 1;
      else if (/^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|Jr|Sr)$/.test(toks[j]?.text ?? '')) j += 1;
      else if (isInitialsBefore(toks, j, table, lexicon)) j += 1;
      else if (isCountrySurname(toks, i, j, lexicon)) j += 1;
      else break;
    }
    // "Leaked Paetongtarn–Hun Sen call", "Leaders Meet Von der Leyen": a headline's verb is no given name.
    let from = j - i >= 2 && isHeadlineVerb(toks[i]!, lexicon) ? i + 1 : i;
    // "Seri Utama Haji Mohamad Hasan": the styles opening a name are not its words.
    while (from + 1 < j && isStyleAt(toks, from)) from += 1;
    // "Samdech Thipadei said …": styles alone name no one; they stand for the one styled so, as "he" would.
    const styles = from + 1 === j && isStyleAt(toks, from);
    if (
      !styles &&
      !toks.slice(from, j).some((t) => INSTITUTION_WORDS.has(t.norm)) &&
      !(toks[j]?.cap && INSTITUTION_WORDS.has(toks[j]!.norm)) &&
      !isPairCompound(toks, from, j)
    )
      runs.push([from, j]);
    i = j;
  }
  return runs;
}

/** A headline's verbs of meeting and of diplomacy ("Delivers Written Message"), which no name has as a word. */
const HEADLINE_VERB_FORMS = new Set(
  (
    'meets holds hosts receives welcomes visits calls chairs co-chairs co-hosts discusses signs talks urges ' +
    'pledges vows hails delivers sends conveys hands pays extends invites congratulates thanks attends leads ' +
    'arrives concludes inaugurates addresses reviews reaffirms stresses emphasises emphasizes underscores ' +
    'expresses lauds commends briefs accepts presents'
  ).split(' '),
);

/** Verbs a headline opens a name with: "Meet", "Hosts", "Leaked", "Welcoming"; no one's given name. */
const HEADLINE_NAME_VERBS = new Set(
  'meet meets hold holds host hosts receive receives welcome welcomes visit visits call calls'.split(' '),
);
const isHeadlineVerb = (t: Tok, lexicon: Lexicon): boolean =>
  t.cap &&
  (HEADLINE_NAME_VERBS.has(t.norm) || (t.norm.length >= 6 && /(?:ed|ing)$/.test(t.norm) && lexicon.common.has(t.norm)));

/**
 * "The Portuguese Prime Minister, Luís Montenegro, was received …": a one-word country right after a given name,
 * closing the name before a comma or a verb, is a surname.
 */
function isCountrySurname(toks: Tok[], i: number, j: number, lexicon: Lexicon): boolean {
  const c = toks[j]?.cap ? countryAt(toks, j, lexicon) : undefined;
  const next = toks[j + 1];
  return (
    c !== undefined &&
    c.to === j + 1 &&
    j === i + 1 &&
    !countryAt(toks, i, lexicon) &&
    (next === undefined || SURNAME_CLOSERS.has(next.norm))
  );
}

/** What may follow a name's last word: a comma, a bracket, "and", or the verb of its clause. */
const SURNAME_CLOSERS = new Set(
  ', ) and said says was is met meets will would has had told added arrived held received'.split(' '),
);

/** "of [the] Country" ending at token `end`: the country and where "of" stands. */
function ofCountryBefore(toks: Tok[], end: number, lexicon: Lexicon): { code: string; start: number } | undefined {
  const found = findCountryEnding(toks, end, lexicon);
  if (!found) return undefined;
  const ofAt = toks[found.start - 1]?.norm === 'the' ? found.start - 2 : found.start - 1;
  return toks[ofAt]?.norm === 'of' ? { code: found.code, start: ofAt } : undefined;
}

/**
 * What stands just before a name: [org] [country] title [of country] [,] — returns the attributes and where they
 * start.
 */
function leftContext(
  toks: Tok[],
  from: number,
  titles: TitleMatch[],
  table: TitleTable,
  lexicon: Lexicon,
  owner = false,
): Partial<Mention> & { start: number } {
  let k = styleStart(toks, from);
  // "Secretary General Mark Rutte": a title's last word is no honorific ("General Lee") before the name.
  const direct = titles.some((t) => t.to === k && !t.plural);
  if (!direct && toks[k - 1]?.text === '.' && HONORIFICS.has(toks[k - 2]?.norm ?? '')) k -= 2;
  else if (!direct && HONORIFICS.has(toks[k - 1]?.norm ?? '') && toks[k - 1]?.cap) k -= 1;
  // "Antony Blinken, Ms. Kamikawa": after another name and a comma, a name with its own honorific is someone else.
  if (k < from && toks[k - 1]?.norm === ',' && isNamePart(toks, k - 2, table, lexicon)) return { start: k };
  // "… Foreign Minister Peter Szijjarto, Sa'ar's office says": a name that owns what follows takes no office before.
  if (toks[k - 1]?.norm === ',') {
    if (owner) return { start: from };
    k -= 1;
  }
  let country: string | undefined;
  const ofCountry = ofCountryBefore(toks, k, lexicon);
  if (ofCountry) {
    country = ofCountry.code;
    k = ofCountry.start;
  }
  let organization: string | undefined;
  const ofOrg = orgComplementStart(toks, k, lexicon);
  if (!country && ofOrg) {
    organization = ofOrg.name;
    k = ofOrg.start;
  }
  let title = titles.find((t) => t.to === k && !t.plural) ?? extendedTitle(toks, k, titles, table, lexicon);
  if (!title) return { start: from };
  // "President His Highness Sheikh Mohamed": an office before honorifics outranks "Sheikh".
  let b = title.from;
  while (b > 0 && (HONORIFICS.has(toks[b - 1]!.norm.replace(/\.$/, '')) || toks[b - 1]!.text === '.')) b -= 1;
  // "the Emir of Qatar Sheikh Tamim": an office of a country before "Sheikh" outranks it too.
  const weak = WEAK_TITLES.test(title.text);
  const officeCountry = weak ? ofCountryBefore(toks, b, lexicon) : undefined;
  const officeOf = officeCountry?.start;
  const stronger = weak && titles.find((t) => (t.to === title!.from || t.to === b || t.to === officeOf) && !t.plural);
  if (stronger) {
    if (stronger.to === officeOf && !country) country = officeCountry!.code;
    title = { ...stronger, to: title.to };
  }
  // "Turkish Cypriot leader", "Bosnian Serb member": a people within another country speaks for no country.
  const within = (code: string, at: number): boolean => {
    const outer = countryAt(toks, at - 1, lexicon);
    return outer !== undefined && outer.to === at && outer.code !== code;
  };
  const community = title.country !== undefined && within(title.country, title.from);
  if (!country && title.country && !community) country = title.country;
  let start = community ? title.from - 1 : title.from;
  if (isPossessive(toks[start - 1])) start -= 1;
  const before = findCountryEnding(toks, start, lexicon);
  if (!country && before) {
    if (!within(before.code, before.start)) country = before.code;
    start = before.start;
  }
  const org = organizationEnding(toks, start, lexicon);
  if (org) start = org.start;
  if (DETERMINERS.has(toks[start - 1]?.norm ?? '')) start -= 1;
  const orgName = org?.name ?? organization;
  return { start, title: title.text, ...(country ? { country } : {}), ...(orgName ? { organization: orgName } : {}) };
}

/** Words of a state's formal name before its country: "the Socialist Republic of", "the Federative Republic of". */
const STATE_FORMS: ReadonlySet<string> = new Set(
  (
    "socialist republic federative federal islamic democratic people’s people's arab united kingdom state " +
    'sultanate emirate commonwealth principality grand duchy plurinational bolivarian hashemite independent ' +
    'co-operative cooperative oriental'
  ).split(' '),
);

/**
 * The country of a state's formal name at token j ("Socialist Republic of Viet Nam"), which is no portfolio, or the
 * country named there plainly.
 */
function stateAt(toks: Tok[], j: number, lexicon: Lexicon): ReturnType<typeof countryAt> {
  const plain = countryAt(toks, j, lexicon);
  let k = j;
  while (!plain && toks[k] && STATE_FORMS.has(toks[k]!.norm)) k += 1;
  if (plain || k === j || toks[k]?.norm !== 'of') return plain;
  return countryAt(toks, toks[k + 1]?.norm === 'the' ? k + 2 : k + 1, lexicon);
}

/**
 * A title with a list of portfolios and the country after it, ending at token `end`: "Minister of Foreign Affairs,
 * Cooperation and Mauritanians Abroad of the Islamic Republic of Mauritania".
 */
function extendedTitle(
  toks: Tok[],
  end: number,
  titles: TitleMatch[],
  table: TitleTable,
  lexicon: Lexicon,
): TitleMatch | undefined {
  // Portfolios ("and Worship"), countries and regions, never a name right after the office, after its country or set
  // off by a comma: "President A and B", "President of Azerbaijan A and B", "counterpart, Yassine Fall, Minister
  // of …" are no title of what follows.
  const afterCountry = (k: number): boolean =>
    [k - 1, k - 2, k - 3].some((s) => s >= 0 && countryAt(toks, s, lexicon)?.to === k);
  const listWord = (t: Tok, k: number, x: TitleMatch): boolean =>
    (t.word && t.cap && !((k === x.to || toks[k - 1]?.norm === ',' || afterCountry(k)) && isNameNotPortfolio(k))) ||
    [',', 'and', '&', 'of', 'the', 'for', 'on'].includes(t.norm);
  // "…, Professor Robert Dussey, on the …": an honorific opens the name too.
  // "Prime Minister KISHIDA Fumio and Marcos": a surname in capitals opens a name too.
  const isNameNotPortfolio = (k: number): boolean =>
    (!isPortfolioWord(toks[k]!.norm) && !lexicon.common.has(toks[k]!.norm) && isNamePart(toks, k, table, lexicon)) ||
    isCapsSurname(toks, k, table, lexicon) ||
    (HONORIFICS.has(toks[k]!.norm) && !DETERMINERS.has(toks[k]!.norm)) ||
    isStyleAt(toks, k);
  const afterFor = (x: TitleMatch): boolean =>
    (['for', 'on'].includes(toks[x.to]?.norm ?? '') || ['for', 'on'].includes(toks[x.to - 1]?.norm ?? '')) &&
    toks[end - 1]?.norm === ',' &&
    toks.slice(x.to, end).every((t) => t.word || t.norm === ',');
  const listed = (x: TitleMatch): boolean => toks.slice(x.to, end).every((t, k) => listWord(t, x.to + k, x));
  // "Ghanaian counterpart for Joint Permanent Commission": a counterpart holds no portfolio of its own.
  const relative = (x: TitleMatch): boolean => COUNTERPART_WORDS.has(toks[x.to - 1]!.norm);
  const t = [...titles]
    .reverse()
    .find((x) => x.to < end && end - x.to <= 14 && !x.plural && !relative(x) && (listed(x) || afterFor(x)));
  if (!t) return undefined;
  let stop = end;
  while (stop > t.to && [',', 'and', 'the', 'of'].includes(toks[stop - 1]!.norm)) stop -= 1;
  // "PM and Ali discuss …": an office, "and", a name are two people.
  if (stop === t.to && toks.slice(t.to, end).some((x) => x.norm === 'and')) return undefined;
  let country: string | undefined;
  for (let i = t.to; i < stop; i += 1) {
    if (toks[i]!.norm !== 'of') continue;
    const at = toks[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    const c = stateAt(toks, at, lexicon);
    if (c) {
      country = c.code;
      stop = i;
      break;
    }
  }
  while (stop > t.to && [',', 'and', 'the', 'of'].includes(toks[stop - 1]!.norm)) stop -= 1;
  return { ...t, to: end, text: spanText(toks, t.from, stop), ...(country ? { country } : {}) };
}

/** "… of the ECOWAS Commission" ending at token `end`: the organisation and where "of" stands. */
function orgComplementStart(toks: Tok[], end: number, lexicon: Lexicon): { name: string; start: number } | undefined {
  let k = end;
  // "… of the United Nations" is the body itself; "… of the ECOWAS Commission", an institution of it.
  while (!organizationEnding(toks, k, lexicon) && k > 0 && toks[k - 1]!.cap && INSTITUTION_WORDS.has(toks[k - 1]!.norm))
    k -= 1;
  const org = organizationEnding(toks, k, lexicon);
  if (!org) return undefined;
  let at = org.start;
  if (toks[at - 1]?.norm === 'the') at -= 1;
  return toks[at - 1]?.norm === 'of' ? { name: org.name, start: at - 1 } : undefined;
}

function findCountryEnding(toks: Tok[], end: number, lexicon: Lexicon): { code: string; start: number } | undefined {
  for (let s = Math.max(0, end - 5); s < end; s += 1) {
    const c = countryAt(toks, s, lexicon);
    if (c && c.to === end) return { code: c.code, start: s };
  }
  return undefined;
}

function organizationEnding(toks: Tok[], end: number, lexicon: Lexicon): { name: string; start: number } | undefined {
  // "Organization for Security and Co-operation in Europe": up to seven tokens.
  for (let s = Math.max(0, end - 7); s < end; s += 1) {
    const o = organizationAt(toks, s, lexicon);
    if (o && o.to === end) return { name: o.name, start: s };
  }
  return undefined;
}

/** What stands just after a name: ", Title of Country", "– Title", "Country Title". */
function rightContext(
  toks: Tok[],
  to: number,
  titles: TitleMatch[],
  lexicon: Lexicon,
): Partial<Mention> & { end: number } {
  let k = to;
  let country: string | undefined;
  if ([',', '–', '—', '-', '('].includes(toks[k]?.text ?? '')) k += 1;
  if (k > to && ['the'].includes(toks[k]?.norm ?? '')) k += 1;
  const c = countryAt(toks, k, lexicon);
  // "Wang Yi, Norwegian Foreign Minister Espen Barth Eide …": an office right before another name is that name's.
  const nextName = (at: number): boolean =>
    toks[at]?.cap === true && toks[at]?.word === true && !countryAt(toks, at, lexicon);
  // "Nafti, Chinese ambassador discuss …": a headline's two sides before their verb, not a name and its office.
  const sideBefore = (at: number): boolean => k > to && (nextName(at) || HEADLINE_VERBS.has(toks[at]?.norm ?? ''));
  if (c && toks[k]?.cap) {
    const t = titles.find((x) => x.from === c.to && !x.plural);
    if (t) return sideBefore(t.to) ? { end: to } : { end: t.to, title: t.text, country: c.code };
  }
  const title = titles.find((t) => t.from === k && !t.plural);
  if (!title || k === to) return { end: to };
  let end = title.to;
  let text = title.text;
  let organization: string | undefined;
  // "Minister of Foreign Affairs and Trade of Hungary": more of the portfolio before the country.
  const more = portfolioTail(toks, end, lexicon);
  if (more > end && toks[more]?.norm === 'of') [end, text] = [more, spanText(toks, title.from, more)];
  if (toks[end]?.norm === 'of') {
    const at = toks[end + 1]?.norm === 'the' ? end + 2 : end + 1;
    const oc = countryAt(toks, at, lexicon);
    // "Secretary-General of the Association of Southeast Asian Nations (ASEAN)"
    const org = oc ? undefined : organizationAt(toks, at, lexicon);
    if (oc) {
      country = oc.code;
      end = oc.to;
    } else if (org) {
      organization = org.name;
      end = toks[org.to]?.text === '(' && toks[org.to + 2]?.text === ')' ? org.to + 3 : org.to;
    }
  }
  // "Minister of State at Qatar's Ministry of Foreign Affairs", "at the Qatari Foreign Ministry": its country's.
  if (!country && !organization && toks[end]?.norm === 'at') country = seatCountry(toks, end + 1, lexicon);
  return { end, title: text, ...(country ? { country } : {}), ...(organization ? { organization } : {}) };
}

/** Words of a government's seat after a country: "Qatar's Ministry", "the Qatari Foreign Ministry". */
const SEATS: ReadonlySet<string> = new Set(['ministry', 'foreign', 'embassy', 'presidency', 'government']);

/** The country of a seat of government named at `at` ("Qatar's Ministry of …", "the Qatari Foreign Ministry"). */
function seatCountry(toks: Tok[], at: number, lexicon: Lexicon): string | undefined {
  const from = toks[at]?.norm === 'the' ? at + 1 : at;
  const c = countryAt(toks, from, lexicon);
  if (!c) return undefined;
  const next = isPossessive(toks[c.to]) ? c.to + 1 : c.to;
  return SEATS.has(toks[next]?.norm ?? '') ? c.code : undefined;
}

/** Verbs a headline gives two sides joined by a comma: "Nafti, Chinese ambassador discuss cooperation". */
const HEADLINE_VERBS = new Set(['discuss', 'meet', 'hold', 'sign', 'agree', 'review', 'talk', 'vow', 'hail', 'mull']);

/** Past "and Trade", "& Cooperation" after an office: portfolio words joined by "and" (at, when there are none). */
function portfolioTail(toks: Tok[], at: number, lexicon: Lexicon): number {
  if (!['and', '&'].includes(toks[at]?.norm ?? '')) return at;
  let k = at + 1;
  while (k - at <= 4 && toks[k]?.cap && isPortfolioWord(toks[k]!.norm) && !countryAt(toks, k, lexicon)) k += 1;
  return k > at + 1 ? k : at;
}

/** "President A of the Republic of Senegal": the country written after a titled name. */
function ofCountryAfter(toks: Tok[], to: number, lexicon: Lexicon): Partial<Mention> & { end: number } {
  if (toks[to]?.norm !== 'of') return { end: to };
  const c = countryAt(toks, toks[to + 1]?.norm === 'the' ? to + 2 : to + 1, lexicon);
  return c && !isPossessive(toks[c.to]) ? { end: c.to, country: c.code } : { end: to };
}

/** "Defence ministers A and B signed …": names right after a plural title hold that title, one each. */
function withGroupTitles(found: Mention[], toks: Tok[], lexicon: Lexicon): Mention[] {
  // "his Japanese and Canadian counterparts": the group spans its countries.
  const countries = found.map((m) => (m.kind === 'group' ? groupCountries(toks, m, lexicon) : undefined));
  const mentions = found.map((m, i) => ({ ...m, from: countries[i]?.start ?? m.from }));
  const named = (i: number): boolean => {
    const next = mentions[i + 1];
    const gap = next ? toks.slice(mentions[i]!.to, next.from) : [];
    return next?.kind === 'named' && !next.title && gap.length <= 1 && (!gap[0] || gap[0].norm === ',');
  };
  return mentions.flatMap((m, i) => {
    const listed = countries[i];
    if (listed && listed.codes.length >= 2 && m.title && SHARED_TITLE.test(m.title) && !named(i))
      return eachCountryOfGroup(m, listed, toks);
    if (m.kind !== 'named' || m.title) return m;
    let k = i - 1;
    while (k >= 0 && isListedAfter(mentions[k]!, mentions[k + 1]!, toks)) k -= 1;
    const group = mentions[k];
    const gap = group ? toks.slice(group.to, mentions[k + 1]!.from) : [];
    if (!group || group.kind !== 'group' || !group.title || gap.length > 1 || (gap[0] && gap[0].norm !== ',')) return m;
    const title = group.title.replace(/(?<=\p{L})s\b/u, '').replace(/\b(\p{Ll})/u, (c) => c.toUpperCase());
    // "his French and German counterparts, A and B": one country each, in order; unknown when the counts differ.
    const codes = countries[k]!.codes;
    let last = k + 1;
    while (mentions[last + 1] && isListedAfter(mentions[last]!, mentions[last + 1]!, toks)) last += 1;
    const country = codes.length === 1 ? codes[0] : codes.length === last - k ? codes[i - k - 1] : undefined;
    return { ...m, title, ...(country && !m.country ? { country } : {}) };
  });
}

/** "A, B" or "A and B": two bare names one after the other in a list. */
const isListedAfter = (a: Mention, b: Mention, toks: Tok[]): boolean =>
  a.kind === 'named' &&
  !a.title &&
  b.kind === 'named' &&
  !b.title &&
  ['and', ','].includes(
    toks
      .slice(a.to, b.from)
      .map((t) => t.norm)
      .join(' ')
      .replace(/^, and$/, 'and'),
  );

/**
 * The countries written before a plural office, in order, and where they start: "his French and German counterparts"
 * → FRA, DEU from "French".
 */
function groupCountries(
  toks: Tok[],
  group: Mention,
  lexicon: Lexicon,
): { codes: string[]; start: number; starts: number[] } {
  const codes = group.country ? [group.country] : [];
  const starts = [group.from];
  let start = group.from;
  while (codes.length > 0 && ['and', ','].includes(toks[start - 1]?.norm ?? '')) {
    const before = findCountryEnding(toks, start - 1, lexicon);
    if (!before) break;
    codes.unshift(before.code);
    starts.unshift(before.start);
    start = before.start;
  }
  return { codes, start, starts };
}

/**
 * "met her Ugandan and Tanzanian counterparts in Kampala", with no names after: one official of each country, each
 * over its own words, so that a meeting has them as it has "her Ugandan counterpart".
 */
function eachCountryOfGroup(group: Mention, countries: { codes: string[]; starts: number[] }, toks: Tok[]): Mention[] {
  const title = group.title!.replace(/(?<=\p{L})s\b/u, '');
  return countries.codes.map((country, k) => {
    let to = k + 1 < countries.starts.length ? countries.starts[k + 1]! : group.to;
    while (k + 1 < countries.starts.length && LIST_JOINERS.has(toks[to - 1]?.norm ?? '')) to -= 1;
    return { from: k === 0 ? group.from : countries.starts[k]!, to, kind: 'unnamed' as const, title, country };
  });
}

/** A named person with the office, country and organisation of an unnamed official next to them. */
export const withOffice = (named: Mention, office: Mention, from: number, to: number): Mention => ({
  ...named,
  from,
  to,
  ...(office.title ? { title: office.title } : {}),
  ...(office.country ? { country: office.country } : {}),
  ...(office.organization ? { organization: office.organization } : {}),
});

/**
 * "Talking to the Turkish minister, Tokayev recalled …": an office after a preposition, then a comma and a name that
 * opens a clause, is the other person's office, not the name's.
 */
const officeOfOther = (toks: Tok[], officeFrom: number, nameFrom: number, nameTo: number): boolean =>
  officeFrom < nameFrom &&
  toks[nameFrom - 1]?.norm === ',' &&
  ['to', 'with', 'for', 'from', 'by'].includes(toks[officeFrom - 1]?.norm ?? '') &&
  toks[nameTo]?.word === true &&
  !toks[nameTo]!.cap &&
  !['and', 'of'].includes(toks[nameTo]!.norm);

const DASHES = new Set(['-', '–', '—']);

/**
 * A second office of the same person before the name: after a dash ("– Head of the Presidential Administration"), or
 * after a body's office and "and".
 */
const isSecondOffice = (gap: Tok[]): boolean =>
  gap.length >= 1 &&
  gap.length <= 8 &&
  (DASHES.has(gap[0]!.text) || isOfficeAnd(gap)) &&
  gap.slice(1).every((t) => t.cap || ['of', 'the', 'and', 'for'].includes(t.norm));
/** "the First Secretary of the Communist Party and President …": a body's office, then "and" another. */
const isOfficeAnd = (gap: Tok[]): boolean => gap[0]!.norm === 'of' && gap.at(-1)!.norm === 'and' && gap.length >= 3;

/** Everyday words of an office's remit besides a portfolio's: "for the crisis in Georgia", "for peace and security". */
const REMIT_WORDS = new Set(['and', 'crisis', 'issues', 'region', 'process', 'peace', 'security', 'file', 'dossier']);

/** Words of where an office is held, between it and its holder's name: "to the State of Qatar", "in Algiers,". */
const POST_WORDS = new Set(['to', 'in', 'at', 'of', 'the', 'for', ',', '(', ')', '.']);

/**
 * The words between an office and a bare name that make them one person: where the office is held, capitalised words
 * only, ended by a comma ("the Ambassador of Korea in Algiers, Kim …") or an honorific ("Minister of State at the
 * Ministry of Foreign Affairs Dr. Mohammed …"), or opened by "to" ("Ambassador of Japan to Qatar Satoshi Maeda"); a
 * portfolio opened by "for".
 */
function isPostGap(written: Tok[]): boolean {
  // "the President of the African Development Bank (AfDB), Dr Akinwumi Adesina": the body's short form aside.
  const gap = written[0]?.norm === '(' && written[2]?.norm === ')' ? written.slice(3) : written;
  if (gap.length === 0 || gap.length > 9) return false;
  // "Special Representative for the South Caucasus and the crisis in Georgia Magdalena Grono": a portfolio.
  const remit = (t: Tok): boolean => POST_WORDS.has(t.norm) || REMIT_WORDS.has(t.norm) || PORTFOLIO_WORDS.has(t.norm);
  if (gap[0]!.norm === 'for' && gap.every((t) => remit(t) || t.cap)) return true;
  // "the Saudi envoy in charge of the Lebanese file, Prince Yazid …": a remit "in charge of", closed by a comma.
  const inCharge = gap.length > 3 && `${gap[0]!.norm} ${gap[1]!.norm} ${gap[2]!.norm}` === 'in charge of';
  if (inCharge && gap.at(-1)!.norm === ',' && gap.slice(3).every((t) => remit(t) || t.cap)) return true;
  // "the commander of the eastern-based forces, Khalifa Haftar": a remit in lower case, closed by a comma.
  const plain = gap.slice(1, -1).every((t) => t.word && !t.cap && (t.norm === 'the' || !STOPWORDS.has(t.norm)));
  if (gap[0]!.norm === 'of' && gap.at(-1)!.norm === ',' && gap.length <= 7 && plain) return true;
  if (!gap.every((t) => POST_WORDS.has(t.norm) || t.cap)) return false;
  const last = gap.at(-1)!.norm === '.' ? gap.at(-2) : gap.at(-1);
  // "at the Amiri Diwan", "in Algiers Kim …": after "in" or "at" only a comma or an honorific ends the place.
  const honorific = last !== undefined && HONORIFICS.has(last.norm) && !DETERMINERS.has(last.norm);
  return last?.norm === ',' || gap[0]!.norm === 'to' || honorific;
}

/** Prepositions a sentence may open with before the person a clause is about: "With Guterres, the president …". */
const OPENING_PREPOSITIONS = new Set(['with', 'after', 'before', 'for', 'to', 'from', 'like', 'unlike', 'besides']);
/** A capitalised run from `from` after "the": "The Express Tribune", "The Global New Light of Myanmar". */
function isAfterThe(toks: Tok[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && toks[k]!.cap && toks[k]!.word && toks[k]!.norm !== 'the') k -= 1;
  return toks[k]?.norm === 'the';
}

/** "(AfDB)", "(OSCE)": a body's short form in brackets, no one's name. */
const isBracketedShort = (toks: Tok[], from: number, to: number): boolean =>
  to - from === 1 && toks[from - 1]?.norm === '(' && toks[to]?.norm === ')' && /\p{Lu}.*\p{Lu}/u.test(toks[from]!.text);

/** A name from `from` to `to` that a sentence opens with after a preposition, a comma after it. */
const isFronted = (toks: Tok[], from: number, to: number): boolean =>
  from === 1 && OPENING_PREPOSITIONS.has(toks[0]!.norm) && toks[to]?.norm === ',';

/**
 * "the Ambassador of Japan to ASEAN, Kiya Masahiko,", "Radosław Sikorski, Poland's foreign minister,": an unnamed
 * official and a bare name next to each other are one person.
 */
function mergeAppositives(mentions: Mention[], toks: Tok[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const u = mentions[i]!;
    const n = mentions[i + 1];
    const gap = n ? toks.slice(u.to, n.from) : [];
    if (
      u.kind === 'unnamed' &&
      n?.kind === 'named' &&
      // "Kuwait's Assistant Foreign Minister, Ambassador Ali Al-Saeed": a rank written with the name gives way.
      (!n.title ||
        NAME_LIKE_TITLES.has(n.title.toLowerCase()) ||
        (RANKS.test(n.title) && !n.country && !COUNTERPART_WORDS.has(u.title ?? ''))) &&
      !officeOfOther(toks, u.from, n.from, n.to) &&
      isPostGap(gap) &&
      !(gap[0]!.norm === 'for' && /^counterparts?$/i.test(u.title ?? ''))
    ) {
      // "acting foreign minister, Amir Khan Muttaqi": a given name that is also a title is the name's.
      const given = n.title && GIVEN_NAME_TITLES.has(n.title.toLowerCase()) ? `${n.title} ${n.name}` : n.name;
      out.push({ ...withOffice(n, u, u.from, n.to), ...optional('name', given) });
      i += 1;
    } else if (
      u.kind === 'unnamed' &&
      n?.kind === 'named' &&
      n.title &&
      COUNTERPART_WORDS.has(u.title ?? '') &&
      gap.length === 1 &&
      gap[0]!.norm === ','
    ) {
      // "his Nigerian counterpart, President Bola Ahmed Tinubu": the office written with the name, the country before.
      out.push({ ...n, from: u.from, ...optional('country', n.country ?? u.country) });
      i += 1;
    } else if (u.kind === 'unnamed' && n?.kind === 'named' && isOfficeAgain(u, n, gap, toks)) {
      // "the President of the Transition, Head of State of Mali, Colonel Assimi Goïta,": one person's two offices.
      out.push({ ...n, from: u.from, ...optional('country', n.country ?? u.country) });
      i += 1;
    } else if (u.kind === 'unnamed' && n?.kind === 'named' && isSecondOffice(gap)) {
      // "Deputy Prime Minister – Foreign Minister Murat Nurtleu": two offices of one person, joined by a dash.
      const office = n.title ? { ...u, title: n.title, ...optional('country', n.country ?? u.country) } : u;
      out.push(withOffice(n, office, u.from, n.to));
      i += 1;
    } else if (
      u.kind === 'named' &&
      (!u.title || (RANKS.test(u.title) && !u.country)) &&
      n?.kind === 'unnamed' &&
      n.title &&
      gap.length === 1 &&
      gap[0]!.norm === ',' &&
      toks[n.to]?.norm !== 'and' &&
      !HEADLINE_VERBS.has(toks[n.to]?.norm ?? '') &&
      !isFronted(toks, u.from, u.to) &&
      // "shared with The Express Tribune, the prime minister …": a bare name after "the" is a paper's or a body's.
      !isAfterThe(toks, u.from)
    ) {
      // "Radosław Sikorski, Poland's foreign minister, …": a bare name followed by its office; not a headline's two
      // sides before their verb ("Nafti, Chinese ambassador discuss …").
      out.push(withOffice(u, n, u.from, n.to));
      i += 1;
    } else out.push(u);
  }
  return out;
}

/**
 * An office, a comma and a name with another office that fits it, of no other country, and no list going on after
 * ("the President of the Transition, Head of State of Mali, Colonel Assimi Goïta, to whom …"), are one person.
 */
function isOfficeAgain(u: Mention, n: Mention, gap: Tok[], toks: Tok[]): boolean {
  return (
    u.title !== undefined &&
    n.title !== undefined &&
    !COUNTERPART_WORDS.has(u.title.toLowerCase()) &&
    gap.length === 1 &&
    gap[0]!.norm === ',' &&
    toks[n.to + 1]?.norm !== 'and' &&
    toks[n.to]?.norm !== 'and' &&
    (!u.country || !n.country || u.country === n.country) &&
    (titlesCompatible(u.title, n.title) || titlesCompatible(officeHead(u.title), n.title))
  );
}

/** An office without the body it leads: "President of the Transition" → "President". */
const officeHead = (title: string): string => title.replace(/\s+of\s+the\s.*$/i, '');

/**
 * The people a sentence mentions: named ("Foreign Minister Jalil Abbas Jilani", "Tokayev, President of Kazakhstan"),
 * unnamed ("his Kyrgyz counterpart", "the Russian prime minister"), pronouns ("He") and groups ("both sides").
 */
export function findMentions(toks: Tok[], table: TitleTable, lexicon: Lexicon): Mention[] {
  const titles: TitleMatch[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const t = titleAt(toks, i, table, lexicon);
    if (!t || titles.some((x) => x.from <= i && x.to >= t.to)) continue;
    if (
      NAME_LIKE_TITLES.has(toks[i]!.norm) &&
      titles.some((x) => x.to === i) &&
      isNamePart(toks, i + 1, table, lexicon)
    )
      continue;
    titles.push(t);
  }
  const mentions: Mention[] = [];
  let officeTakenTo = 0;
  let placeTo = -1;
  for (const [start, to] of nameRuns(toks, table, lexicon)) {
    // "UN High Commissioner for Human Rights Volker Türk": the name starts where the office ends.
    const nameLike = NAME_LIKE_TITLES.has(toks[start]!.norm);
    const placed = afterPlace(
      toks,
      afterRegion(
        toks,
        Math.max(
          start,
          ...titles.filter((t) => !nameLike && t.from < start && t.to > start && t.to < to).map((t) => t.to),
        ),
        to,
      ),
      to,
      lexicon,
    );
    // "in Abidjan Sheikh Shakhboot": the style after the place opens the name, as it would after a verb.
    const from = titles.find((x) => x.from === placed && placed > start && x.to < to)?.to ?? placed;
    // "the Ambassador of Korea in Algiers, Kim Jang-hyun": a place after "in" is where, not who; "Arab League chief",
    // "Kremlin spokesman …": a body whose office follows is no one.
    // "checkpoints in Banteay Meanchey and Oddar Meanchey": a name joined to such a place is one too; not "Kamikawa in
    // Tokyo and Cho in Seoul".
    const joinedToPlace = placeTo === from - 1 && toks[from - 1]?.norm === 'and';
    if (joinedToPlace || isPlaceAfterPreposition(toks, from, to, lexicon)) {
      placeTo = joinedToPlace || isThingsPlace(toks, from, to, lexicon) ? to : -1;
      continue;
    }
    if (isBodyOfOffice(toks, to) || isBracketedShort(toks, from, to)) continue;
    // "Mr. A, Minister of Foreign Affairs of Argentina, Mr. B, …": an office written after a name is not the next's.
    const seen = leftContext(toks, from, titles, table, lexicon, isPossessive(toks[to]));
    const left = seen.start < officeTakenTo || officeOfOther(toks, seen.start, from, to) ? { start: from } : seen;
    const weak = left.title !== undefined && WEAK_TITLES.test(left.title);
    // "With Guterres, the Chilean president discussed …": the office past the comma is the clause's subject.
    const right =
      left.title && !weak
        ? ofCountryAfter(toks, to, lexicon)
        : isFronted(toks, left.start, to) || isAfterThe(toks, left.start)
          ? { end: to }
          : toks[to]?.norm === 'of'
            ? // "his counterparts Richard Marles of Australia, Gen Nakatani of Japan and …".
              ofCountryAfter(toks, to, lexicon)
            : rightContext(toks, to, titles, lexicon);
    if (weak && right.title) delete left.title;
    const name = spanText(toks, from, to);
    if (
      (!left.title && !left.country && isEverydayName(toks, from, to, lexicon)) ||
      isRegionName(toks, from, to) ||
      isInstitutionWord(toks, from, to, lexicon)
    )
      continue;
    const { start: _s, ...l } = left;
    const { end: _e, ...r } = right;
    if (r.title) officeTakenTo = right.end;
    // "Brazil's Mauro Vieira": a country's possessive right before a bare name is whom the person represents.
    const owner =
      !l.country && isPossessive(toks[left.start - 1]) ? findCountryEnding(toks, left.start - 1, lexicon) : undefined;
    if (owner) l.country = owner.code;
    // "Presidents Omar Diallo (Senegal), …": a country in brackets right after the name.
    const glossed = toks[right.end]?.norm === '(' ? countryAt(toks, right.end + 1, lexicon) : undefined;
    if (glossed && toks[glossed.to]?.norm === ')' && !l.country && !r.country) l.country = glossed.code;
    mentions.push({
      from: owner?.start ?? left.start,
      to: right.end,
      kind: 'named',
      name,
      ...l,
      ...r,
      ...(l.country || r.country ? { country: l.country ?? r.country } : {}),
    });
  }
  const covered = (i: number): boolean => mentions.some((m) => m.from <= i && i < m.to);
  for (const t of titles) {
    if (covered(t.from) || isGuestHouse(toks, t)) continue;
    let start = t.from;
    let end = t.to;
    let country: string | undefined;
    const before = findCountryEnding(toks, start, lexicon);
    if (before) {
      country = before.code;
      start = before.start;
    }
    if (isPossessive(toks[start - 1])) {
      const owner = findCountryEnding(toks, start - 1, lexicon);
      if (owner) {
        country = owner.code;
        start = owner.start;
      }
    }
    if (toks[end]?.norm === 'of') {
      const at = toks[end + 1]?.norm === 'the' ? end + 2 : end + 1;
      const oc = countryAt(toks, at, lexicon);
      if (oc) {
        country = oc.code;
        end = oc.to;
      }
    }
    const org = organizationEnding(toks, start, lexicon);
    if (org) start = org.start;
    const det = toks[start - 1]?.norm;
    if (det && (DETERMINERS.has(det) || (t.plural && ['both', 'two'].includes(det)))) start -= 1;
    if (t.plural && toks[start]?.norm === 'two' && toks[start - 1]?.norm === 'the') start -= 1;
    if (toks[end]?.text === '@') end += 2;
    mentions.push({
      from: start,
      to: end,
      kind: t.plural ? 'group' : 'unnamed',
      title: t.text,
      ...(country ? { country } : {}),
      ...(org ? { organization: org.name } : {}),
    });
  }
  toks.forEach((t, i) => {
    if (covered(i)) return;
    const described = t.norm === 'the' ? descriptionEnd(toks, i, lexicon) : undefined;
    // "HE the Prime Minister" is His Excellency, not "he".
    if (PRONOUNS.has(t.norm) && t.text !== 'HE') mentions.push({ from: i, to: i + 1, kind: 'pronoun' });
    else if (isObjectPronoun(toks, i)) mentions.push({ from: i, to: i + 1, kind: 'pronoun', object: true });
    // "On Monday the cabinet member will meet …": a description opening the clause stands for someone, as "he" does.
    else if (described !== undefined && !covered(described - 1))
      mentions.push(
        diplomacyHead(toks, i, described, lexicon) ??
          guestOf(toks, i, described, lexicon) ?? { from: i, to: described, kind: 'pronoun' },
      );
    // "His Highness held a call …": an honorific with no name after it stands for the person, as "he" does.
    else if (
      ['his', 'her'].includes(t.norm) &&
      ['highness', 'excellency', 'majesty'].includes(toks[i + 1]?.norm ?? '') &&
      !covered(i + 1) &&
      !toks[i + 2]?.cap &&
      !(toks[i + 2]?.norm === 'the' && toks[i + 3]?.cap)
    )
      mentions.push({ from: i, to: i + 2, kind: 'pronoun' });
    // "Samdech Thipadei said …": styles with no name after them, as "he".
    else if (isStyleAt(toks, i) && !isStyleAt(toks, i - 1) && !covered(i)) {
      let to = i + 1;
      while (isStyleAt(toks, to) && !covered(to)) to += 1;
      if (!covered(to)) mentions.push({ from: i, to, kind: 'pronoun' });
    }
    // "H.H. recalled his previous meeting …": the styled initials with no name after them, as "His Highness".
    else if (STYLED_INITIALS.has(t.norm) && !toks[i + 1]?.cap && !covered(i + 1))
      mentions.push({ from: i, to: i + 1, kind: 'pronoun' });
    else if (t.norm === 'they') mentions.push({ from: i, to: i + 1, kind: 'group' });
    else if (GROUP_WORDS.has(t.norm) && ['both', 'two', 'the'].includes(toks[i - 1]?.norm ?? ''))
      mentions.push({ from: i - 1, to: i + 1, kind: 'group' });
    else if (
      t.norm === 'two' &&
      toks[i - 1]?.norm === 'the' &&
      !GROUP_WORDS.has(toks[i + 1]?.norm ?? '') &&
      !covered(i + 1)
    )
      mentions.push({ from: i - 1, to: i + 1, kind: 'group' });
  });
  const sorted = withGroupTitles(
    mentions.sort((a, b) => a.from - b.from),
    toks,
    lexicon,
  );
  const uncovered = sorted.filter(
    (m, i) =>
      !sorted.some((o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from) &&
      !isUnknownAdjective(m, sorted[i + 1]) &&
      !isPhotoCredit(m, toks) &&
      !isAgencyCredit(m, toks),
  );
  const related = withRelations(uncovered, toks);
  const shared = interleavedNames(
    respectiveNames(perCountry(mergeAppositives(related, toks), toks, lexicon), toks),
    toks,
    lexicon,
  );
  return withSpokenCountry(listedOfGroup(shared, toks), toks, lexicon);
}

/**
 * "their Mexican counterparts, Foreign Minister A and Defence Minister B": the people listed right after a group of
 * one country, of no other country said, are of that country.
 */
function listedOfGroup(mentions: Mention[], toks: Tok[]): Mention[] {
  const out = [...mentions];
  out.forEach((g, i) => {
    if (g.kind !== 'group' || !g.country || toks[g.to]?.norm !== ',') return;
    const listed: number[] = [];
    for (let k = i + 1, at = g.to + 1; out[k]?.kind === 'named' && out[k]!.from === at; k += 1) {
      listed.push(k);
      const gap = toks.slice(out[k]!.to, out[k + 1]?.from ?? out[k]!.to).map((t) => t.norm);
      if (!gap.every((w) => w === ',' || w === 'and') || gap.length === 0) break;
      at = out[k + 1]?.from ?? -1;
    }
    if (listed.length < 2) return;
    for (const k of listed) if (!out[k]!.country && !out[k]!.organization) out[k] = { ...out[k]!, country: g.country };
  });
  return out;
}

/** Words of a photo's credit line: "Photo: Ricardo Stuckert/PR", "Foto: …", "Credit: …". */
const CREDIT_WORDS = new Set([
  'photo',
  'foto',
  'photos',
  'fotos',
  'credit',
  'credits',
  'photograph',
  'image',
  'picture',
]);

/**
 * A credit line's word, or the photographer it names ("Foto: Ricardo Stuckert/PR", a bare name that ends the line or
 * comes before the agency): no one who met anyone. "Photo: President A greets B" is a caption.
 */
const isPhotoCredit = (m: Mention, toks: Tok[]): boolean =>
  m.kind === 'named' &&
  ((m.to - m.from === 1 && CREDIT_WORDS.has(toks[m.from]!.norm) && toks[m.to]?.norm === ':') ||
    (toks[m.from - 1]?.norm === ':' &&
      CREDIT_WORDS.has(toks[m.from - 2]?.norm ?? '') &&
      !m.title &&
      !m.country &&
      [undefined, '/', ']', ')', '|'].includes(toks[m.to]?.norm)));

/** "RIYADH, Oct. 22 (Saba) - …": the agency a dateline credits, in brackets before the dash. */
const isAgencyCredit = (m: Mention, toks: Tok[]): boolean =>
  m.kind === 'named' &&
  !m.title &&
  toks[m.from - 1]?.text === '(' &&
  toks[m.to]?.text === ')' &&
  DASHES.has(toks[m.to + 1]?.text ?? '');

/** Nouns of someone standing in a relation to another, not of an office: "Takaichi's predecessor, Shigeru Ishiba". */
const RELATION_NOUNS = new Set(['predecessor', 'predecessors', 'successor', 'successors', 'wife', 'husband', 'spouse']);

/**
 * "Xi met Takaichi's predecessor, Shigeru Ishiba": one person, Ishiba, named after whose predecessor he is; with no
 * name after it, the one whose predecessor is meant is still no one the sentence speaks of.
 */
function withRelations(mentions: Mention[], toks: Tok[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const m = mentions[i]!;
    if (m.kind !== 'named' || !isPossessive(toks[m.to]) || !RELATION_NOUNS.has(toks[m.to + 1]?.norm ?? '')) {
      out.push(m);
      continue;
    }
    const next = mentions[i + 1];
    const gap = next ? toks.slice(m.to + 2, next.from).map((t) => t.norm) : [];
    if (next?.kind === 'named' && gap.length <= 1 && gap.every((w) => w === ',')) {
      out.push({ ...next, from: m.from });
      i += 1;
    }
  }
  return out;
}

/**
 * "his Jordanain counterpart Ayman Safadi": a lone capitalised word with no office right before an office and a name
 * is an adjective the tables do not know (a misspelt demonym), no person.
 */
const isUnknownAdjective = (m: Mention, next: Mention | undefined): boolean =>
  m.kind === 'named' &&
  !m.title &&
  !m.country &&
  m.to - m.from === 1 &&
  next?.kind === 'named' &&
  next.from === m.to &&
  next.title !== undefined;

/** Verbs by which someone states their own country's stand: "reaffirmed Pakistan's commitment". */
const OWN_STAND_VERBS = new Set(
  (
    'reaffirmed reiterated affirmed underlined underscored emphasised emphasized stressed expressed conveyed ' +
    'assured confirmed outlined explained presented restated voiced highlighted extended pledged'
  ).split(' '),
);
/** Words that may come between the verb and the country: "also reaffirmed", "conveyed the greetings of the". */
const STAND_GAP = new Set(['also', 'again', 'once', 'the', 'greetings', 'of', 'firm', 'full', 'strong', 'his', 'her']);
/** What a country's own side is called: "the Chinese leadership", "the Sudanese government". */
const OWN_SIDE_NOUNS = new Set(['leadership', 'leaders', 'government', 'side', 'authorities', 'people', 'president']);

/**
 * A sentence's subject who states a country's stand speaks for it: "Sharif reaffirmed Pakistan's commitment",
 * "Wang Yi conveyed the greetings of the Chinese leaders". Text, not a guess; only for one with no country yet.
 */
function withSpokenCountry(mentions: Mention[], toks: Tok[], lexicon: Lexicon): Mention[] {
  const subject = mentions[0];
  if (!subject || subject.kind !== 'named' || subject.country || subject.organization) return mentions;
  const country = standCountry(toks, subject, lexicon);
  return country ? [{ ...subject, country }, ...mentions.slice(1)] : mentions;
}

/**
 * The country whose stand the sentence's subject states ("He expressed Pakistan's readiness"), when the subject opens
 * the sentence and the verb follows it.
 */
export function standCountry(toks: Tok[], subject: Mention, lexicon: Lexicon): string | undefined {
  if (subject.from > 1) return undefined;
  let i = subject.to;
  if (toks[i]?.norm === 'also') i += 1;
  if (!OWN_STAND_VERBS.has(toks[i]?.norm ?? '')) return undefined;
  for (let j = i + 1; j <= i + 6 && toks[j]; j += 1) {
    const c = countryAt(toks, j, lexicon);
    if (c && (isPossessive(toks[c.to]) || OWN_SIDE_NOUNS.has(toks[c.to]?.norm ?? ''))) return c.code;
    if (!STAND_GAP.has(toks[j]!.norm)) return undefined;
  }
  return undefined;
}

/** Plural titles a list of countries can hand out one each: "counterparts", "foreign ministers", "leaders". */
const SHARED_TITLE = pattern(
  [
    /(?:counterparts|ministers|leaders|presidents|premiers|chiefs|secretaries|ambassadors|envoys)/,
    /(?: extraordinary and plenipotentiary)?$/,
  ],
  'i',
);

/**
 * The countries listed from token i, each with its tokens: "Peru, Ghana and Bosnia and Herzegovina" → three.
 * @example countryList(tokenize('Peru and Chile met'), 0, lexicon).map((c) => c.code) // → ['PER', 'CHL']
 */
export function countryList(toks: Tok[], i: number, lexicon: Lexicon): { code: string; from: number; to: number }[] {
  const out: { code: string; from: number; to: number }[] = [];
  let at = i;
  for (;;) {
    // "… and the Central African Republic", "…, the Republic of Kazakhstan and the Socialist Republic of Viet Nam"
    if (toks[at]?.norm === 'the' && stateAt(toks, at + 1, lexicon)) at += 1;
    const c = stateAt(toks, at, lexicon);
    // "Chile's president" starts someone else.
    if (!c || isPossessive(toks[c.to])) return out;
    out.push({ code: c.code, from: at, to: c.to });
    at = c.to;
    if (toks[at]?.norm === ',') at += 1;
    if (toks[at]?.norm === 'and') at += 1;
    if (at === c.to) return out;
  }
}

/** Words that join the items of a list: "A, B and C". */
const LIST_JOINERS = new Set([',', 'and']);
/** Marks that open the names of a list of offices: "– A, B and C", ": A, B and C", ", A, B and C". */
const NAMES_OPENERS = new Set(['-', '–', '—', ':', ',', '(']);

/**
 * "the foreign ministers of Armenia, Azerbaijan and Moldova – Ararat Mirzoyan, Jeyhun Bayramov and Mihai Popșoi": as
 * many names right after a list of officials of one office are those officials, in order.
 */
function respectiveNames(mentions: Mention[], toks: Tok[]): Mention[] {
  const joined = (a: Mention, b: Mention, marks: Set<string>): boolean =>
    b.from > a.to && toks.slice(a.to, b.from).every((t) => marks.has(t.text) || marks.has(t.norm));
  for (let i = 0; i < mentions.length; i += 1) {
    let k = i + 1;
    const first = mentions[i]!;
    const office = (m: Mention | undefined): boolean =>
      m?.kind === 'unnamed' && m.title === first.title && m.country !== undefined;
    while (office(mentions[k]) && joined(mentions[k - 1]!, mentions[k]!, LIST_JOINERS)) k += 1;
    const count = k - i;
    const names = mentions.slice(k, k + count);
    const bare = (m: Mention): boolean => m.kind === 'named' && !m.title && !m.country;
    if (
      count < 2 ||
      !office(first) ||
      names.length < count ||
      !names.every(bare) ||
      !joined(mentions[k - 1]!, names[0]!, NAMES_OPENERS) ||
      !names.slice(1).every((n, j) => joined(names[j]!, n, LIST_JOINERS))
    )
      continue;
    const officials = mentions.slice(i, k);
    // The first name's span opens with the list of offices, so that what is met is the names right after the verb.
    const named = names.map((n, j) => ({
      ...n,
      from: j === 0 ? first.from : n.from,
      title: first.title!,
      country: officials[j]!.country!,
    }));
    return [...mentions.slice(0, i), ...named, ...respectiveNames(mentions.slice(k + count), toks)];
  }
  return mentions;
}

/**
 * "the Ministers of Foreign Affairs of Mali, A, of Burkina Faso, B, and of Niger, C": a name after "of", a country and
 * a comma, next in a list after someone of an office, holds that office for that country; its span opens at "of", so
 * that the list reads on over it.
 */
function interleavedNames(mentions: Mention[], toks: Tok[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const of = toks.findIndex((x, k) => k >= (prev?.to ?? m.from) && k < m.from && x.norm === 'of');
    const state = of > 0 && toks[m.from - 1]?.norm === ',' ? stateAt(toks, of + 1, lexicon) : undefined;
    const listed = toks.slice(prev?.to ?? 0, of).every((x) => LIST_JOINERS.has(x.norm));
    const bare = m.kind === 'named' && !m.title && !m.country;
    out.push(
      bare && prev?.title && prev.country && state?.to === m.from - 1 && listed
        ? { ...m, from: of, title: prev.title, country: state.code }
        : m,
    );
  }
  return out;
}

/**
 * "his counterparts from Peru, Ghana and Chile", "the foreign ministers of Peru and Chile": a plural title shared out
 * over a list of countries is one unnamed official of each, so that each can be met apart. The first takes the
 * title's words, the others their country's; mentions the list covers (a country taken for a name) go.
 */
function perCountry(mentions: Mention[], toks: Tok[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  let coveredTo = -1;
  for (const m of mentions) {
    if (m.from < coveredTo) continue;
    const shared = m.kind === 'group' && m.title !== undefined && SHARED_TITLE.test(m.title);
    const listed = shared ? listAfter(m, toks) : -1;
    const more = listed >= 0 ? countryList(toks, listed, lexicon) : [];
    // "the French, German and British foreign ministers": one of each country written before the office.
    // Not "his French and German counterparts, A and B" nor "the Egyptian and Jordanian ministers": named after, or
    // the sides of one meeting.
    const office = shared && m.country && !/^(?:counterparts|ministers|leaders)$/i.test(m.title!);
    const before = office && more.length === 0 && toks[m.to]?.norm !== ',' ? countriesBefore(toks, m, lexicon) : [];
    if (before.length > 1) {
      const title = singularTitle(m.title!);
      for (const c of before.slice(0, -1))
        out.push({ from: c.from, to: c.to, kind: 'unnamed', title, country: c.code });
      out.push({ from: before.at(-1)!.from, to: m.to, kind: 'unnamed', title, country: m.country! });
      continue;
    }
    if (more.length === 0) {
      out.push(m);
      continue;
    }
    // "his counterparts from Bolivia, Celinda Sosa Lunda; Nicaragua, …": each country's own named after it, no one
    // unnamed.
    const namedAfter = (c: { to: number }): boolean =>
      toks[c.to]?.norm === ',' && mentions.some((n) => n.kind === 'named' && n.from === c.to + 1);
    if (!m.country && more.length === 1 && namedAfter(more[0]!)) continue;
    const title = singularTitle(m.title!);
    const first = m.country ? { code: m.country, from: m.from, to: m.to } : { ...more.shift()!, from: m.from };
    for (const c of [first, ...more]) out.push({ from: c.from, to: c.to, kind: 'unnamed', title, country: c.code });
    coveredTo = (more.at(-1) ?? first).to;
  }
  return out;
}

/** The countries listed before a plural office, its own last: "French, German and British foreign ministers". */
function countriesBefore(toks: Tok[], m: Mention, lexicon: Lexicon): { code: string; from: number; to: number }[] {
  const out: { code: string; from: number; to: number }[] = [];
  let k = m.from;
  while (DETERMINERS.has(toks[k]?.norm ?? '')) k += 1;
  for (let c = countryAt(toks, k, lexicon); c && c.to < m.to; c = countryAt(toks, k, lexicon)) {
    out.push({ code: c.code, from: k, to: c.to });
    k = c.to;
    if (toks[k]?.norm === ',') k += 1;
    if (toks[k]?.norm === 'and') k += 1;
  }
  return out;
}

/** Where the countries of a plural title start: after "from"/"of", or after "and" when it named one already. */
function listAfter(m: Mention, toks: Tok[]): number {
  const next = toks[m.to]?.norm ?? '';
  if (!m.country) return ['from', 'of'].includes(next) ? m.to + 1 : -1;
  if (next === 'and') return m.to + 1;
  if (next !== ',') return -1;
  return toks[m.to + 1]?.norm === 'and' ? m.to + 2 : m.to + 1;
}

/** One holder of a plural title: "counterparts" → "counterpart", "foreign ministers" → "Foreign Minister". */
const singularTitle = (title: string): string => {
  const one = title.replace(/(?<=\p{L})s\b/u, '');
  return one === 'counterpart' ? one : one.replace(/\b(?!(?:and|of)\b)\p{Ll}/gu, (c) => c.toUpperCase());
};
