/** Names of people compared as spoken: folded, split into words, matched by sound (Sergey/Sergei, Zhaparov/Japarov). */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { sameGivenName } from './given-names.js';
import { withoutMarks } from './words.js';

/** Letters no accent mark makes, as they are written in English: "Þorgerður" is "Thorgerdur", "Łukasz" "Lukasz". */
const LETTERS: Readonly<Record<string, string>> = {
  þ: 'th',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

const OTHER_LETTERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const spelt = (c: string): string => LETTERS[c]!;
/** Lower case with those letters spelt out. @example plainLetters('Løkke') // → 'lokke' */
export const plainLetters = (s: string): string =>
  /^[\x20-\x7e]*$/.test(s) ? s.toLowerCase() : s.toLowerCase().replace(OTHER_LETTERS, spelt);

/** A name or title folded for comparison: no accents, lower case, no apostrophes or dots. */
export const foldName = (s: string): string => plainLetters(withoutMarks(s)).replace(/['’.]/g, '');
/** The words of a name, folded. */
export const nameWords = (name: string): string[] =>
  foldName(name)
    .split(/[\s-]+/)
    .filter(Boolean);

/**
 * The consonants of a name word as transliterations of one name keep them: vowels, "h", "w" and "y" dropped, with and
 * without a leading Arabic article. "Dbeibah" and "Aldabaiba" share "dbb"; a word of fewer than five letters, or
 * fewer than three such consonants, has none.
 * @example consonantKeys('Aldabaiba') // → ['ldbb', 'dbb']
 */
export function consonantKeys(word: string): string[] {
  const folded = foldName(word).replace(/[^a-z]/g, '');
  if (folded.length < 5) return [];
  const key = (w: string): string => w.replace(/[aeiouhwy]/g, '');
  const bare = /^[ae]l(?=[^aeiou])/.test(folded) ? folded.slice(2) : undefined;
  return [...new Set([key(folded), ...(bare ? [key(bare)] : [])])].filter((k) => k.length >= 3);
}

/**
 * A name word as transliterations of one name write it alike: "kh" is "h" (Mukhriddin, Muhriddin), "dj" is "j"
 * (Sirodjiddin, Sirojiddin), "q" and "gh" are "k" (Araqchi, Araghchi), any other "g" is "j" (Raggi, Rajji), "th",
 * "dh", "ph" are "t", "d", "f" (Ndaithwah, Ndaitwah), "y" is "i", "ou" is "u", a doubled letter is one, and a leading
 * Arabic article is dropped (Elkhereiji, Ennafti). Vowels stay, so "Karimov" is not "Kurumov".
 * @example transliterationKey('Mukhriddin') === transliterationKey('Muhriddin') // → true
 */
export function transliterationKey(word: string): string {
  const folded = foldName(word).replace(/[^a-z]/g, '');
  return (
    withoutArticle(folded)
      .replace(/kh/g, 'h')
      .replace(/dj/g, 'j')
      .replace(/gh|q|ck|c(?=[aou])/g, 'k')
      // Egyptian "g" for "j": "Raggi", "Rajji"; "Gamal", "Jamal".
      .replace(/g/g, 'j')
      .replace(/([tdp])h/g, (_, c: string) => (c === 'p' ? 'f' : c))
      .replace(/ou/g, 'u')
      .replace(/y/g, 'i')
      .replace(/(.)\1/g, '$1')
  );
}

/**
 * A folded name word without an Arabic article run into it: "Elkhereiji", "Alnafti" and, the article's "l" taken by
 * the letter after it, "Ennafti", "Essebsi" (not "Assad", too short after it).
 */
const withoutArticle = (word: string): string =>
  /^[ae]l(?=[^aeiou]{2})|^[ae](?=([dnrstz])\1[a-z]{3})/.test(word) ? word.slice(2) : word;

/**
 * True when two name words are one name in two transliterations: the same {@link transliterationKey}, or the same
 * consonants of five letters or more, "q", "g" and "k" alike ("al-Khuraiji", "Elkhereiji"; "Marzouk", "Merzoug").
 */
export function transliteratedAlike(a: string, b: string): boolean {
  if (transliterationKey(a) === transliterationKey(b)) return true;
  const consonants = (w: string): string[] =>
    consonantKeys(w).map((k) => k.replace(/[qgc]/g, 'k').replace(/(.)\1/g, '$1'));
  const theirs = consonants(b);
  return consonants(a).some((k) => theirs.includes(k));
}

/** Sound-alike codes of a name word; a cache, passed in, saves recomputing them. */
export type NameCodes = (word: string) => readonly string[];

/** A memoised {@link NameCodes} for one run over a corpus. */
export function nameCodes(): NameCodes {
  const cache = new Map<string, readonly string[]>();
  return (word) => {
    let codes = cache.get(word);
    if (!codes) {
      // A word's transliteration too: "Raggi" and "Rajji" are one name though they sound apart to double metaphone.
      codes = word.length < 4 ? [word] : [...new Set([...doubleMetaphone(word), `~${transliterationKey(word)}`])];
      cache.set(word, codes);
    }
    return codes;
  };
}

/**
 * The sound-alike codes of every word of a name (a short word is its own code): two names that share a word share
 * one.
 */
export const nameWordCodes = (name: string, codes: NameCodes): string[] => nameKeys(nameWords(name), codes);

/**
 * The sound-alike codes of a name's words (with their {@link transliterationKey}s, "~muhridin"), and its words after
 * the first run together ("=abdelati"): "Abdelatty" is near "Badr Abdel Aty", "Mukhriddin" near "Muhriddin".
 */
export const nameKeys = (words: readonly string[], codes: NameCodes): string[] => [
  ...words.flatMap((w) => codes(w)),
  // "Abdel Aty" is also the surname of "Badr Abdelatty": the whole name run together too.
  ...(words.length > 0 ? [`=${joinedWords(words)}`] : []),
  ...(words.length >= 2 ? [`=${joinedWords(words.slice(1))}`] : []),
];

/**
 * True when two name words are the same word in any transliteration (Sergey/Sergei, Zhaparov/Japarov), one given name
 * in two languages' forms (Giorgos/George), or a long word with one letter more (Rahmon/Rakhmon). A letter changed is
 * another name (Karimov/Kasimov), and so is a word that only sounds alike, spelt too differently for a transliteration
 * (Larnaca/Lourenço): a third of its letters at most may differ.
 */
export function sameNameWord(a: string, b: string, codes: NameCodes = nameCodes()): boolean {
  if (a === b || sameGivenName(a, b)) return true;
  if (a.length < 4 || b.length < 4) return false;
  const cb = codes(b);
  const sounds = codes(a).some((c) => cb.includes(c));
  return (
    (sounds && distance(a, b) <= Math.ceil(Math.max(a.length, b.length) / 3)) ||
    oneLetterMore(a, b) ||
    oneLetterSpeltOtherwise(a, b) ||
    // "Ennafti", "Nafti".
    (a[0] !== b[0] && withoutArticle(a) === withoutArticle(b))
  );
}

/**
 * Letters one alphabet writes where another writes the other: Turkic "c" is "j" (Ceyhun, Jeyhun), "q" is "k";
 * Ukrainian "h" is Russian "g", and "y" is "i" (Sybiha, Sibiga).
 */
const SPELT_OTHERWISE = new Set(['cj', 'jc', 'kq', 'qk', 'gh', 'hg', 'iy', 'yi']);

/**
 * Words of five letters or more, the same but for a letter another alphabet spells otherwise (two in words of six
 * letters or more).
 */
export function oneLetterSpeltOtherwise(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [c + b[i]]));
  const most = a.length >= 6 ? 2 : 1;
  return differ.length >= 1 && differ.length <= most && differ.every((d) => SPELT_OTHERWISE.has(d));
}

/** Words of six letters or more, one of which is the other with one letter added. */
function oneLetterMore(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 6 || long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.slice(i) === long.slice(i + 1);
}

/** True when a word is the initials of a name's words from `at` on ("kp": "Khadga Prasad"). */
function initialsAt(word: string, long: string[], at: number): boolean {
  if (at + word.length > long.length) return false;
  for (let k = 0; k < word.length; k += 1) if (long[at + k]!.length < 2 || long[at + k]![0] !== word[k]) return false;
  return true;
}

/** True when every word of `short` is a word of `long` in the same order, or initials of some ("KP Sharma Oli"). */
function wordsWithin(short: string[], long: string[], codes: NameCodes): boolean {
  let from = 0;
  for (const w of short) {
    let i = from;
    while (i < long.length && !sameNameWord(w, long[i]!, codes)) i += 1;
    if (i < long.length) {
      from = i + 1;
      continue;
    }
    if (short.length === 1 || w.length > 3) return false;
    let at = from;
    while (at < long.length && !initialsAt(w, long, at)) at += 1;
    if (at === long.length) return false;
    from = at + w.length;
  }
  return true;
}

/** True when some word is short enough to be initials. */
const hasInitials = (words: string[]): boolean => words.some((w) => w.length <= 3);

/**
 * True when two names are one spelt with words run together or apart: "Badr Abdelatty", "Badr Abdel Aty";
 * "Abdelatty", "Abdel Aty". Doubled letters are written once, and "y" is "i".
 */
function joinedAlike(a: string[], b: string[]): boolean {
  if (a.length === b.length && a.length < 2) return false;
  // The first letters are compared first: most names asked of are not alike, and joining them costs.
  // "Abdelatty" or "Abdel Aty" alone is the surname of "Badr Abdel Aty" or "Badr Abdelatty", or that whole name.
  const surname =
    b.length >= 2 && a.length <= b.length && opens(a[0], b[1]) && joinedWords(a) === joinedWords(b.slice(1));
  // "Badr Abdel-Ati" and "Badr Abdel Aty": as many words, each opening alike, "y" as "i".
  const whole =
    (a.length !== b.length || a.every((w, i) => opens(w, b[i]))) &&
    (a.length === 1 || a[0] === b[0]) &&
    opens(a[0], b[0]) &&
    joinedWords(a) === joinedWords(b);
  return surname || whole;
}

/** Whether two words open with one letter, "y" as "i". */
const opens = (x?: string, y?: string): boolean => x?.[0]?.replace('y', 'i') === y?.[0]?.replace('y', 'i');

/** A name's words run together, doubled letters written once and "y" as "i": "Abdel Aty" and "Abdelatty" are one. */
export const joinedWords = (words: readonly string[]): string =>
  words.join('').replace(/y/g, 'i').replace(/(.)\1/g, '$1');

/**
 * True when two names can be one person: every word of the shorter is a word of the longer, in any
 * transliteration and in the same order ("Jilani" and "Jalil Abbas Jilani"; not "Sadyr Japarov" and "Akylbek
 * Japarov", nor "Mohamad Hasan" and "Hassan Sheikh Mohamud"), or initials of its words ("KP Sharma Oli"); two words
 * may swap ("IWAYA Takeshi", "Takeshi Iwaya").
 * @example namesCompatible('Sergei Lavrov', 'Lavrov') // → true
 */
export function namesCompatible(
  a: string,
  b: string,
  codes: NameCodes = nameCodes(),
  tokens: (name: string) => string[] = nameWords,
): boolean {
  const [ta, tb] = [tokens(a), tokens(b)];
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return false;
  if (joinedAlike(short, long) || joinedAlike(long, short)) return true;
  const inOrder =
    wordsWithin(short, long, codes) ||
    (short.length === long.length && hasInitials(long) && wordsWithin(long, short, codes));
  // A family name put first ("IWAYA Takeshi") swaps the two words of a name.
  return (
    inOrder ||
    (short.length === 2 && long.length === 2 && short.every((w) => long.some((l) => sameNameWord(w, l, codes)))) ||
    sameNasab(short, long, codes)
  );
}

/**
 * Two Arabic names of one first name and one father's name, "bin" between, each ending as it will, with no two
 * family names at odds: "Faisal bin Farhan Al Saud" and "Faisal bin Farhan bin Abdullah"; not "Mohammed bin Abdullah
 * Al Thani" and "Mohammed bin Abdullah Al-Jadaan".
 */
function sameNasab(a: string[], b: string[], codes: NameCodes): boolean {
  const [x, y] = [nasab(a), nasab(b)];
  if (!x || !y || !sameNameWord(x[0], y[0], codes) || !sameNameWord(x[1], y[1], codes)) return false;
  const [fx, fy] = [familyName(a), familyName(b)];
  return fx === undefined || fy === undefined || fx === fy;
}
const NASAB_STYLES: ReadonlySet<string> = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'sayyid', 'emir']);

/**
 * The first name and the father's name of a folded Arabic name, past a style: "faisal", "farhan" of "prince faisal bin
 * farhan al saud".
 */
export function nasab(words: readonly string[]): [string, string] | undefined {
  const w = NASAB_STYLES.has(words[0]!) ? words.slice(1) : words;
  return w.length >= 3 && (w[1] === 'bin' || w[1] === 'ibn') ? [w[0]!, w[2]!] : undefined;
}

/** The family name after a name's last "al", if any: "saud" of "faisal bin farhan al saud". */
function familyName(w: string[]): string | undefined {
  const at = w.lastIndexOf('al');
  return at > 3 || (at > 2 && !NASAB_STYLES.has(w[0]!)) ? w.slice(at + 1).join(' ') : undefined;
}
