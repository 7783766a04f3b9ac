import { decodeHTMLStrict } from 'entities';

/** Space-like characters (non-breaking, thin, ideographic, …) that become a plain space. */
const SPACE_LIKE = /[\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters (zero-width space, word joiner, BOM) and C0/C1 controls other than the newline. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Normalises raw file text: drops a UTF-8 BOM, decodes HTML entities once (`&amp;` → `&`, `&#8220;` → `“`; only
 * those closed by `;`, so that "R&D" and "AT&T" stay as written), turns CRLF/CR into LF, maps odd spaces to ' ' and
 * drops invisibles.
 * @example normalizeText('\uFEFFa\u00A0b\r\nc') // → 'a b\nc'
 * @example normalizeText('Trade &amp; transit &#8220;corridor&#8221;') // → 'Trade & transit “corridor”'
 */
export function normalizeText(raw: string): string {
  return decodeHTMLStrict(raw)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(SPACE_LIKE, ' ')
    .replace(INVISIBLE, '');
}

/**
 * Collapses runs of whitespace to one space and trims.
 * @example collapseSpaces('  a \n  b ') // → 'a b'
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Counts words: runs that start with a letter (numbers and punctuation alone are not words).
 * @example countWords('Met on 14 July, 2021 in Dushanbe.') // → 4
 */
export function countWords(text: string): number {
  return text.match(/\p{L}[\p{L}\p{M}\p{N}'’-]*/gu)?.length ?? 0;
}

/** True when the text holds at least one letter or digit (a paragraph of only punctuation is dropped). */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
