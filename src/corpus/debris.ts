/**
 * Web debris: share widgets, comment forms, "Related Articles" blocks, newsletter prompts and embedded-tweet
 * attributions. Patterns are generic, not tied to the wording of any one briefing.
 */
import { alternatives, anyOf, pattern } from '../text/regex.js';

/** Whole lines (trimmed, case-insensitive) that are page furniture, not article text. */
const DEBRIS_LINES: readonly RegExp[] = [
  /^(?:back to top|scroll to top|go to top)\W*$/i,
  /^(?:related|more|recommended|popular|latest|trending)(?: articles?| posts?| stories| news| reads?| content)?\W*$/i,
  /^you (?:may|might) also like\W*$/i,
  /^(?:read more|read also|also read|see also|more on this|recommended for you)\b.{0,200}$/i,
  /^please enter your (?:comment|name|email|e-mail)\b.*$/i,
  /^you have entered an incorrect email address\W*$/i,
  /^save my name,? email,? and website in this browser\b.*$/i,
  /^(?:leave a (?:reply|comment)|post (?:a )?comment|cancel reply|comments?|\d+ comments?|no comments?)\W*$/i,
  /^(?:share|share this|share this (?:article|story|post)|share (?:on|via|to|with) .{0,60})\W*$/i,
  /^(?:tweet|facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|email|e-mail|print|copy link)\W*$/i,
  /^follow us\b.{0,120}$/i,
  /^(?:advertisement|advertisment|sponsored(?: content)?|ad|ads)\W*$/i,
  /^(?:subscribe|sign up|join) (?:to|for|now|our)\b.{0,160}$/i,
  /^subscribe\W*$/i,
  /^(?:get|receive) (?:the latest|our) (?:news|newsletter|updates)\b.{0,160}$/i,
  // "Get the RNZ app", "Download our app for …".
  /^(?:get|download|install) (?:the|our) (?:[\p{L}\d&'’.-]+ ){0,3}app\b.{0,120}$/iu,
  /^click here\b.{0,200}$/i,
  /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).{0,200}$/i,
  /^.{0,120}\ball rights reserved\W*$/i,
  /^tags?:.{0,200}$/i,
  // A cookie banner and its buttons: "We use cookies … you agree to our cookie policy", "[Accept] [Manage settings]".
  /^(?=.*\bcookies?\b)(?=.*\b(?:accept|agree|consent|browse|browsing|policy|settings|personali[sz]e)\b).{0,400}$/i,
  /^(?:\[[^\]:]{1,30}\]\s*){1,4}$/,
  // "> Nafti, Chinese ambassador discuss … > Tunisia, Algeria to hold …": a row of links to other stories.
  /^[>»›]\s.{0,300}\s[>»›]\s.{0,300}$/,
];

/** Marker lines after which a list of link headlines usually follows. */
const RELATED_WORD = alternatives(['related', 'more', 'recommended', 'latest']);
const RELATED_NOUN = alternatives([' articles?', ' posts?', ' stories', ' news', ' reads?']);
const RELATED_HEADING = `^${RELATED_WORD}${RELATED_NOUN}?\\W*$`;
/** "Read also:", "More on this topic:", "Most read", "More from The Paper", "Related statements", "Leia também:". */
const READ_ALSO = pattern(
  [
    '^',
    alternatives([
      'read (?:also|more)',
      'also read',
      'see also',
      'more on this(?: topic| story)?',
      'more from\\b.{0,40}',
      'most (?:read|popular|viewed)',
      'related \\p{L}+',
      // The same in the languages of pages copied from outlets abroad.
      'leia também',
      'lea también',
      'lire aussi',
      'leggi anche',
      'lesen sie auch',
    ]),
    /\W*$/u,
  ],
  'iu',
);
const RELATED_MARKER = anyOf([RELATED_HEADING, /^you (?:may|might) also like\W*$/, READ_ALSO], 'iu');

/** A month name, in full or abbreviated, with an optional full stop. */
const MONTH_NAMES = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sep(?:t(?:ember)?)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
const MONTH = `${alternatives(MONTH_NAMES)}\\.?`;
const TWEET_DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})`;

/** `— Name (@handle) July 14, 2021`: the attribution tail of an embedded tweet (em/en dash or ASCII dash). */
const TWEET_DASH = /\s*(?:[—–―]|(?:^|\s)--?)\s*/;
const TWEET_AUTHOR = /[^\n()—–―]{1,80}?/;
const TWEET_HANDLE = /\s*\(@[A-Za-z0-9_]{1,15}\)/;
const TWEET_ATTRIBUTION = pattern([TWEET_DASH, TWEET_AUTHOR, TWEET_HANDLE, `(?:\\s+${TWEET_DATE}|\\s*$)`], 'g');
/** pic.twitter.com and t.co short links, with or without a scheme. */
const TWEET_LINKS = /(?:https?:\/\/)?(?:www\.)?(?:pic\.twitter\.com|(?<![\w.-])t\.co)\/\S*/gi;

/**
 * True when a trimmed line is page furniture (share widget, comment form, newsletter prompt, copyright…).
 * @example isDebrisLine('Please enter your comment!') // → true
 */
export function isDebrisLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && DEBRIS_LINES.some((re) => re.test(text));
}

/**
 * True when a line announces a block of related-article links ("Related Articles", "You may also like").
 * @example isRelatedMarker('Related Posts') // → true
 */
export function isRelatedMarker(line: string): boolean {
  return RELATED_MARKER.test(line.trim());
}

/**
 * Removes embedded-tweet attributions and tweet short links from a line, keeping the tweet's own text.
 * @example stripInlineDebris('Pleased to meet FM. pic.twitter.com/x1 — A B (@ab) July 14, 2021')
 * // → 'Pleased to meet FM.'
 */
export function stripInlineDebris(line: string): string {
  return line.replace(TWEET_ATTRIBUTION, ' ').replace(TWEET_LINKS, ' ').replace(/\s+/g, ' ').trim();
}
