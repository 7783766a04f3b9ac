/**
 * Regular expressions built from named parts, so that long rules read as word lists instead of one long line.
 * A part is either regex source text or a RegExp whose source is taken as is (its flags are not: the flags are those
 * given to {@link pattern}). Neither helper adds a capturing group, so group numbers are those the parts write.
 */

/** A part of a pattern: source text, or a RegExp literal standing for its source. */
export type RegexPart = string | RegExp;

/** The source text of a part. */
export const sourceOf = (part: RegexPart): string => (typeof part === 'string' ? part : part.source);

/**
 * A non-capturing group of alternatives, in the order given.
 * @example alternatives(['talks', 'meeting', /calls?/]) // → '(?:talks|meeting|calls?)'
 */
export const alternatives = (parts: readonly RegexPart[]): string => `(?:${parts.map(sourceOf).join('|')})`;

/**
 * A RegExp whose source is the parts one after the other, with the given flags.
 * @example pattern([/\b/, alternatives(['met', 'meets']), /\b/], 'i') // → /\b(?:met|meets)\b/i
 */
export const pattern = (parts: readonly RegexPart[], flags = ''): RegExp =>
  new RegExp(parts.map(sourceOf).join(''), flags);

/**
 * Text as the source of a pattern that matches it literally.
 * @example literal('St. Kitts (Basseterre)') // → 'St\\. Kitts \\(Basseterre\\)'
 */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A RegExp that matches any one of the parts, tried in the order given (the parts joined by `|`, ungrouped).
 * @example anyOf([/[.;]\s/, /\s+—/], 'g') // → /[.;]\s|\s+—/g
 */
export const anyOf = (parts: readonly RegexPart[], flags = ''): RegExp =>
  new RegExp(parts.map(sourceOf).join('|'), flags);
