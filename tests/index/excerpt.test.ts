import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Paragraph } from '../../src/types.js';
import { buildLexicon, type Lexicon } from '../../src/reference/lexicon.js';
import { buildExcerpt, excerptText, EXCERPT_MAX_CHARS, hitSpans } from '../../src/index/excerpt.js';
import { analyzeText } from '../../src/index/analyze.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { readFileSync } from 'node:fs';

let lexicon: Lexicon;
let seed004: Article;
let seed001: Article;
beforeAll(() => {
  lexicon = buildLexicon();
  const load = (f: string): Article => parseArticle(f, readFileSync(`seeds/${f}`, 'utf8')).article!;
  seed004 = load('004_f565eaee0c20bcd1.txt');
  seed001 = load('001_df728569922fd480.txt');
});

const para = (a: Article, n: number): Paragraph => a.paragraphs.find((p) => p.n === n)!;
const termsOf = (text: string): Set<string> => new Set(analyzeText(text, lexicon).map((t) => t.term));

describe('buildExcerpt', () => {
  it('picks the sentence that holds the matched word out of a 2,500-character paragraph', () => {
    const p = para(seed004, 1);
    expect(p.text.length).toBeGreaterThan(2000);
    const excerpt = buildExcerpt(p, termsOf('Dasu'), lexicon);
    const text = excerptText(excerpt);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    expect(text).toContain('Dasu terrorist attack');
    expect(excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['Dasu']);
  });

  it('marks a hyphenated term as one bold piece ("CASA-1000")', () => {
    const excerpt = buildExcerpt(para(seed001, 7), termsOf('CASA-1000'), lexicon);
    expect(excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['CASA-1000']);
  });

  it('marks the written-out name when the abbreviation matched ("SCO" → "Shanghai Cooperation Organization")', () => {
    const excerpt = buildExcerpt(para(seed004, 1), new Set(['#sco']), lexicon);
    expect(excerpt.filter((s) => s.hit).map((s) => s.text)).toContain('Shanghai Cooperation Organization');
  });

  it('cuts a single sentence longer than the limit around the first match, with ellipses', () => {
    const long =
      `${'Lorem ipsum dolor sit amet '.repeat(20)}the Lavrov meeting ${'consectetur adipiscing elit '.repeat(20)}`.trim();
    const p: Paragraph = { n: 1, text: long, heading: false, sentences: [{ text: long, start: 0, end: long.length }] };
    const text = excerptText(buildExcerpt(p, termsOf('Lavrov'), lexicon));
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('Lavrov');
    expect(text.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
  });

  it('returns the text unchanged for escaping by the renderer', () => {
    const text = 'Both FMs said "<calm> & quiet" would hold.';
    const p: Paragraph = { n: 1, text, heading: false, sentences: [{ text, start: 0, end: text.length }] };
    expect(excerptText(buildExcerpt(p, termsOf('calm'), lexicon))).toBe(text);
  });
});

describe('hitSpans', () => {
  it('joins spans that overlap or touch across a hyphen', () => {
    const text = 'Kyrgyz-Pakistani ties';
    expect(hitSpans(text, new Set(['@kgz', '@pak']), lexicon)).toEqual([[0, 16]]);
  });
});
