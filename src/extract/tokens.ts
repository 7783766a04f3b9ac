/** Tokens of a sentence for extraction: words (hyphens, inner apostrophes and dots kept) and punctuation marks. */
import { withoutMarks } from '../text/words.js';

export interface Tok {
  text: string;
  /** Lower-cased, diacritics folded. */
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

/** A word as its letters read, with the commonest slip of a meeting verb mended: "recieved" is "received". */
const fold = (s: string): string =>
  withoutMarks(s)
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^recie(?=v)/, 'recei');

/**
 * Split a sentence into word and punctuation tokens; a possessive `’s` is a token of its own.
 * @example tokenize("Pakistan’s FM").map((t) => t.text) // → ['Pakistan', '’s', 'FM']
 */
export function tokenize(sentence: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of sentence.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu)) {
    const text = m[0];
    const start = m.index;
    const poss = /s$/i.test(text) ? /^(.+)(['’]s)$/u.exec(text) : null;
    // "then-President Jovenel Moïse", "ex-Premier …": the time word apart from the office.
    const then = /^(then|ex)-(\p{Lu}.*)$/iu.exec(text);
    const parts = then ? [then[1]!, then[2]!] : poss ? [poss[1]!, poss[2]!] : [text];
    let at = start;
    for (const part of parts) {
      const word = /^[\p{L}\p{N}]/u.test(part);
      // "ʻAisake": a Polynesian glottal stop (a modifier letter) before a capital starts a name too.
      const cap = /^\p{Lm}?\p{Lu}/u.test(part);
      toks.push({ text: part, norm: fold(part), start: at, end: at + part.length, word, cap });
      at += part.length + (then && part === then[1] ? 1 : 0);
    }
  }
  const joined = (i: number): boolean => toks[i] !== undefined && toks[i - 1]?.end === toks[i].start;
  return withGlottalStops(toks, joined).map((t, i) =>
    // "the Philippines' Secretary": an apostrophe after a plural is a possessive too.
    /^['’]$/.test(t.text) && joined(i) && /s$/i.test(toks[i - 1]!.text)
      ? { ...t, norm: "'s" }
      : // "the State Councilor/Minister of Foreign Affairs": two offices joined.
        t.text === '/' &&
          joined(i) &&
          joined(i + 1) &&
          OFFICE_WORD.test(toks[i - 1]!.norm) &&
          OFFICE_WORD.test(toks[i + 1]!.norm)
        ? { ...t, norm: 'and', word: true }
        : t,
  );
}

/**
 * "Prime Minister 'Aisake Eke": a Polynesian glottal stop typed as an apostrophe, after a capitalised word and before
 * a capitalised one, is no mark of its own (not a quote after "said"): the name is its letters.
 */
function withGlottalStops(toks: Tok[], joined: (i: number) => boolean): Tok[] {
  const mark = (i: number): boolean => /^['‘’]$/.test(toks[i]?.text ?? '');
  // "Pushpa Kamal Dahal 'Prachanda'": a nickname in quotes is closed within a few words.
  const closed = (i: number): boolean => [2, 3, 4].some((k) => mark(i + k) && joined(i + k));
  const stop = (i: number): boolean =>
    mark(i) && !joined(i) && joined(i + 1) && toks[i + 1]!.cap && toks[i - 1]?.cap === true && !closed(i);
  return toks.filter((_, i) => !stop(i));
}

/** Words an office ends or starts with, which a slash may join: "State Councilor/Minister". */
const OFFICE_WORD = /^(?:councill?or|minister|secretary|president|premier|chairman|chair|governor|ambassador|envoy)$/;

/** True for the possessive token `’s`. */
export const isPossessive = (t: Tok | undefined): boolean => t !== undefined && t.norm === "'s";
