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
  if ((cut.match(/\*/g)?.length ?? 0) % 2 === 1) cut = cut.replace(/\*([^*]*)$/, '$1');
  return `${cut}…`;
}

/** An excerpt as mrkdwn: matched words in bold, everything escaped. */
export function excerptMrkdwn(segments: Segment[]): string {
  return segments.map((s) => (s.hit ? `*${escapeSlack(s.text)}*` : escapeSlack(s.text))).join('');
}

/** A Slack link with an escaped label; the URL must already be a checked http(s) URL without `<>|`. */
export function slackLink(url: string, label: string): string {
  return `<${url}|${escapeSlack(label)}>`;
}
