/**
 * What a briefing says of someone beside their name: "the Saudi envoy in charge of the Lebanese file, Prince Yazid bin
 * Farhan", "Masato Kanda, President of the Asian Development Bank (ADB)". The words an identity question is answered
 * with when the office and country read from them are not the whole of it.
 */
import { splitSentences } from '../corpus/paragraphs.js';
import { literal } from '../text/regex.js';
import { withoutMarks } from '../text/words.js';
import type { AskContext } from './types.js';

/** Words that end the clause before a description: "received the Saudi envoy …", "met with HE …". */
const CLAUSE_WORDS = new Set(
  (
    'received receives met meets welcomed welcomes hosted hosts told tells said says called calls greeted greets ' +
    'visited visits granted grants held holds with by'
  ).split(' '),
);
/** "and his Greek counterpart", "an audience to H.E.": words before another noun phrase. */
const NEXT_PHRASE = /^(?:his|her|its|their|the)$/i;
/** Nouns after which "to" opens whom they are for: "an audience to", "a message to". */
const TO_WHOM = /^(?:audience|call|message|letter|invitation)$/i;

/** Whether a word ends the clause before a description, given the word after it. */
const endsClause = (word: string, next: string | undefined, before?: string): boolean =>
  CLAUSE_WORDS.has(word.toLowerCase()) ||
  (word.toLowerCase() === 'and' && NEXT_PHRASE.test(next ?? '')) ||
  (word.toLowerCase() === 'to' && TO_WHOM.test(before ?? ''));

/** A part of a title after a comma: capitalised words and small words between them ("Cooperation and … Abroad"). */
const TITLE_PART = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|the|for))*\s*$/u;
/** At most this many words of a description before a name. */
const DESCRIPTION_WORDS = 14;
/** Styles that open a name, and nothing else: "Prince", "H.E. Mr.", "Dr"; not an office ("Foreign Minister"). */
const STYLES_ONLY = new RegExp(
  '^\\s*(?:(?:prince|princess|sheikh|sheikha|sayyid|sir|dame|lord|madam|mme|dr|mr|mrs|ms|he|h\\.e|hon|honourable|' +
    'datuk|dato|tan sri|his excellency|her excellency)\\.?\\s+){0,3}$',
  'i',
);
/** ", President of the Asian Development Bank (ADB), who …": a title after the name, up to the next comma. */
const TITLE_AFTER = /^,\s*((?:the |an? )?\p{Lu}[^,;]*?)(?=[,;.]\s|[,;.]?$)/u;
/** What parts a sentence: commas, semicolons, colons and dashes between spaces. */
const SEPARATORS = [',', ';', ':', ' – ', ' — '];
/** Two or three capitalised words and nothing else: a name, not a title ("Head of the EU Delegation"). */
const BARE_NAME = /^(?:\p{Lu}[\p{L}'’-]+\s*){2,3}$/u;
/**
 * A full stop after a word or a dateline's slash, before a capital, and a dateline's city in capitals and its dash
 * ("ENTEBBE - "): where a sentence left unsplit starts again.
 */
const SENTENCE_END = /(?<=\p{L}{3}|\/)\.\s+(?=\p{Lu})|\b\p{Lu}{3,}(?:\s+\p{Lu}{3,})*\s+[-–—]\s+/u;
/** Offices said of several people at once: "the presidents of …", "the two foreign ministers". */
const PLURAL_HEADS = /^(?:presidents|ministers|leaders|premiers|counterparts|heads|officials|envoys|ambassadors)$/i;
/** Briefings read for a sentence that describes someone. */
const DESCRIBING_ARTICLES = 5;

/** Where the last separator of a text is, its start and end: [-1, 0] when there is none. */
const lastSeparator = (text: string): [number, number] =>
  SEPARATORS.reduce<[number, number]>(
    (last, c) => {
      const at = text.lastIndexOf(c);
      return at > last[0] ? [at, at + c.length] : last;
    },
    [-1, 0],
  );

/**
 * The words a sentence gives someone beside their name, the name at [from, to): the noun phrase before it (the part
 * of the sentence before a comma when the name opens its own part) and a title after it. Undefined when the sentence
 * says nothing of them beside the name.
 * @example describedAs('He met the Saudi envoy, Prince Yazid bin Farhan.', 31, 47)
 *   // → 'the Saudi envoy, Prince Yazid bin Farhan'
 */
export function describedAs(sentence: string, from: number, to: number): string | undefined {
  const before = sentence.slice(0, from);
  const [cut, end] = lastSeparator(before);
  // "…, Prince Yazid bin Farhan": a name that opens its part of the sentence stands beside the part before.
  const apposed = cut > 0 && STYLES_ONLY.test(before.slice(end));
  const parts = before.slice(0, apposed ? cut : from).split(/[,;:]| [–—] /);
  // "the Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mohamed …": a title's parts, comma apart.
  let first = parts.length - 1;
  while (apposed && first > 0 && TITLE_PART.test(parts[first]!)) first -= 1;
  // "March 14 / Kabar /. The envoy …": a dateline left before the sentence is not part of the description.
  const lead = parts.slice(first).join(',').split(SENTENCE_END).at(-1)!;
  const words = lead.trim().split(/\s+/).filter(Boolean).slice(-DESCRIPTION_WORDS);
  const phrase = words.slice(words.findLastIndex((w, i) => endsClause(w, words[i + 1], words[i - 1])) + 1);
  // "Later, Tomas Lind left": one word before the comma is no description.
  const left = apposed && phrase.length < 2 ? '' : phrase.join(' ');
  const after = TITLE_AFTER.exec(sentence.slice(to))?.[1];
  // "The presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and …": a plural describes a list of names.
  if (phrase.some((w) => PLURAL_HEADS.test(w))) return undefined;
  // "Murat Nurtleu, Zheenbek Kulubaev, Sirojiddin Muhriddin": a name beside names is one of a list.
  if ((after && BARE_NAME.test(after)) || (apposed && BARE_NAME.test(parts.at(-1)!.trim()))) return undefined;
  const right = after && !/^(?:who|which|where|when|whose)\b/i.test(after) ? after : '';
  if (!left && !right) return undefined;
  const name = sentence.slice(apposed ? end : from, to).trim();
  return [left ? `${left}${apposed ? ',' : ''} ` : '', name, right ? `, ${right}` : ''].join('');
}

/** Text without case or accents, one character for one. */
const fold = (text: string): string => withoutMarks(text).toLowerCase();

/** Where a name is in a sentence, without regard to case or accents: [from, to), or undefined. */
function foundAt(sentence: string, name: string): [number, number] | undefined {
  const wanted = fold(name);
  const chars = [...sentence];
  const folded = chars.map(fold);
  const text = folded.join('');
  const k = text.search(new RegExp(`(?<!\\p{L})${literal(wanted)}(?!\\p{L})`, 'u'));
  if (k < 0 || wanted.length === 0) return undefined;
  // From the folded text's offsets back to the sentence's.
  const offsets: number[] = [];
  let at = 0;
  for (const [i, f] of folded.entries()) {
    offsets.push(...Array<number>(f.length).fill(at));
    at += chars[i]!.length;
  }
  offsets.push(at);
  const end = k + wanted.length;
  return [offsets[k]!, end < offsets.length - 1 ? offsets[end]! : at];
}

/**
 * How the briefings describe someone, by the first of their names (fullest first) that any briefing describes them by:
 * the longest words of {@link describedAs} in the best-matching briefings. Undefined when none does.
 */
export function describedIn(names: readonly string[], ctx: AskContext): string | undefined {
  for (const name of names) {
    const outcome = ctx.index.search(name, {}, DESCRIBING_ARTICLES, { allWords: true });
    if (!outcome.matchedAll) continue;
    const said = outcome.hits.flatMap((hit) =>
      hit.article.paragraphs.flatMap((p) =>
        splitSentences(p.text).flatMap(({ text }) => {
          const at = foundAt(text, name);
          return (at && describedAs(text, ...at)) || [];
        }),
      ),
    );
    // The fullest description: "US ambassador to Turkey and special envoy for Syria Tom Barrack", not "envoy Barrack".
    if (said.length > 0) return said.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return undefined;
}

/** Small words, which say nothing of someone. */
const SMALL_WORDS = new Set('the of and for his her its their a an to in at on with by mr mrs ms dr'.split(' '));

/**
 * Whether a description says more than words already said of someone (their name and office): a word of three
 * letters or more that they lack. "SCO Secretary-General Zhang Ming" says no more than "Secretary-General, SCO".
 */
export function saysMore(description: string, said: string): boolean {
  const words = (text: string): string[] => fold(text).split(/[^\p{L}\d]+/u);
  const known = new Set(words(said));
  return words(description).some((w) => w.length >= 3 && !SMALL_WORDS.has(w) && !known.has(w));
}
