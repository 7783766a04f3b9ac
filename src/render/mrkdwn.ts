import type { Segment } from '../index/excerpt.js';

/**
 * Escape text for Slack mrkdwn and plain_text: `&`, `<` and `>` become entities, so no `<!channel>`, `<@U…>`
 * or link can be written by user or article text.
 * @example escapeSlack('<!channel> & co') // → '&lt;!channel&gt; &amp; co'
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escape article text for mrkdwn so that it shows as written: {@link escapeSlack}, and each `*`, `_`, `~` or backtick
 * as the fallback of a date Slack cannot format, which Slack shows as plain text (there is no other way to write
 * these characters in mrkdwn without them formatting what follows).
 * @example literalMrkdwn('a*b') // → 'a<!date^00000000^{_}|*>b'
 */
export function literalMrkdwn(text: string): string {
  return escapeSlack(text).replace(/[*_~`]/g, (c) => `<!date^00000000^{_}|${c}>`);
}

/**
 * Cut already-escaped mrkdwn to at most `max` characters without splitting an entity or a `<…>` link, and
 * without leaving a `*` bold open.
 * @example clipMrkdwn('a &amp; b', 4) // → 'a …'
 */
export function clipMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = cut
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/&[a-z]*$/, '')
    .replace(/<[^>]*$/, '');
  // Asterisks inside `<…>` (a link's label, a literal one) are not bold marks.
  const bare = cut.replace(/<[^>]*>/g, (m) => ' '.repeat(m.length));
  const last = bare.lastIndexOf('*');
  if ((bare.match(/\*/g)?.length ?? 0) % 2 === 1) cut = cut.slice(0, last) + cut.slice(last + 1);
  return `${cut}…`;
}

/** An excerpt as mrkdwn: matched words in bold, the article's text as written ({@link literalMrkdwn}). */
export function excerptMrkdwn(segments: Segment[]): string {
  return segments.map((s) => (s.hit ? `*${literalMrkdwn(s.text)}*` : literalMrkdwn(s.text))).join('');
}

/** A Slack link with an escaped label; the URL must already be a checked http(s) URL without `<>|`. */
export function slackLink(url: string, label: string): string {
  return `<${url}|${escapeSlack(label)}>`;
}
