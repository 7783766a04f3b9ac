import type { Paragraph } from '../types.js';
import type { Lexicon } from '../reference/lexicon.js';
import { analyzeText } from './analyze.js';

/** A piece of excerpt text; `hit` pieces are the words that matched (shown in bold). */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Longest excerpt, in characters, including any ellipsis. */
export const EXCERPT_MAX_CHARS = 300;
const ELLIPSIS = '…';

type Span = [number, number];

/**
 * Spans of a text whose index terms are among `terms`, merged where they touch or are joined by a hyphen or a space.
 */
export function hitSpans(text: string, terms: ReadonlySet<string>, lexicon: Lexicon): Span[] {
  const spans = analyzeText(text, lexicon)
    .filter((t) => terms.has(t.term))
    .map((t): Span => [t.start, t.end])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && (span[0] <= last[1] || /^[-–/ ]$/.test(text.slice(last[1], span[0]))))
      last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

const hitsIn = (spans: Span[], [from, to]: Span): number => spans.filter(([s, e]) => s >= from && e <= to).length;

/** Widen a window by whole neighbouring sentences while it stays within `max` characters. */
function widen(p: Paragraph, spans: Span[], best: number, max: number): Span {
  let lo = best;
  let hi = best;
  const size = (a: number, b: number): number => p.sentences[b]!.end - p.sentences[a]!.start;
  for (;;) {
    const options = [
      lo > 0 && size(lo - 1, hi) <= max
        ? { lo: lo - 1, hi, gain: hitsIn(spans, [p.sentences[lo - 1]!.start, p.sentences[lo - 1]!.end]) }
        : undefined,
      hi < p.sentences.length - 1 && size(lo, hi + 1) <= max
        ? { lo, hi: hi + 1, gain: hitsIn(spans, [p.sentences[hi + 1]!.start, p.sentences[hi + 1]!.end]) + 0.5 }
        : undefined,
    ].filter((o) => o !== undefined);
    const next = options.sort((a, b) => b.gain - a.gain)[0];
    if (!next || (next.gain < 1 && size(lo, hi) >= max / 2)) break;
    lo = next.lo;
    hi = next.hi;
  }
  return [p.sentences[lo]!.start, p.sentences[hi]!.end];
}

/** Cut a window that is too long to `max` characters around its first hit, at word boundaries. */
function clip(text: string, spans: Span[], [from, to]: Span, max: number): Span {
  if (to - from <= max) return [from, to];
  const firstHit = spans.find(([s]) => s >= from)?.[0] ?? from;
  let start = Math.max(from, firstHit - Math.floor(max / 4));
  if (start > from) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(to, start + max - 2);
  if (end < to) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return [start, end];
}

/**
 * The best window of whole sentences around the matched terms of a paragraph, at most `max` characters, with the
 * matched words marked. Article text is returned as is: escaping is the renderer's job.
 * @example buildExcerpt(paragraph, new Set(['casa']), lexicon)
 * // → [{text:'…calling upon early implementation of the ',hit:false},{text:'CASA-1000',hit:true},…]
 */
export function buildExcerpt(
  p: Paragraph,
  terms: ReadonlySet<string>,
  lexicon: Lexicon,
  max = EXCERPT_MAX_CHARS,
): Segment[] {
  const text = p.text;
  const spans = hitSpans(text, terms, lexicon);
  const sentences = p.sentences.length > 0 ? p : { ...p, sentences: [{ text, start: 0, end: text.length }] };
  const scores = sentences.sentences.map((s) => hitsIn(spans, [s.start, s.end]));
  const best = scores.indexOf(Math.max(...scores));
  const [from, to] = clip(text, spans, widen(sentences, spans, best, max), max);
  const segments: Segment[] = [];
  if (from > 0 && !sentences.sentences.some((s) => s.start === from)) segments.push({ text: ELLIPSIS, hit: false });
  let at = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    const [cs, ce] = [Math.max(s, from), Math.min(e, to)];
    if (cs > at) segments.push({ text: text.slice(at, cs), hit: false });
    segments.push({ text: text.slice(cs, ce), hit: true });
    at = ce;
  }
  if (to > at) segments.push({ text: text.slice(at, to), hit: false });
  if (to < text.length && !sentences.sentences.some((s) => s.end === to)) segments.push({ text: ELLIPSIS, hit: false });
  return segments;
}

/** The excerpt as plain text, without marks. */
export const excerptText = (segments: Segment[]): string => segments.map((s) => s.text).join('');
