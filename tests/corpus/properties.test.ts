import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse-article.js';

const FRAGMENTS = [
  ' date 2024-10-17 ',
  ' date 2023-02-30 ',
  '---\n',
  'title: x\n',
  'date: 2024-13\n',
  'source: https://a.example\n',
  '\r\n',
  '\n\n',
  '\uFEFF',
  '\u00A0',
  '—',
  ' - ',
  '(@handle) July 14, 2021',
  'pic.twitter.com/abc',
  'https://t.co/x',
  'Related Articles\n',
  'Share this:\n',
  'Please enter your comment!\n',
  '# Heading\n',
  '- item\n',
  '**',
  '[a](b)',
  '{"a": 1},\n',
  'a,b,c\n',
  'ISLAMABAD: ',
  'The ministers met in Dushanbe on Friday and agreed to talk again. ',
  '. . .',
  '\u0000',
  '\uD800',
  '🇵🇰',
];

const articleish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function checkInvariants(raw: string): void {
  const { article, warning } = parseArticle('prop.txt', raw);
  expect(article !== undefined || typeof warning === 'string').toBe(true);
  expect(warning ?? '').not.toMatch(/^could not parse/);
  if (!article) return;
  expect(article.title.length).toBeGreaterThan(0);
  expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  article.paragraphs.forEach((p, i) => {
    expect(p.n).toBe(i + 1);
    expect(p.text).toMatch(/[\p{L}\p{N}]/u);
    for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });
}

describe('parseArticle on arbitrary input', () => {
  it('never throws and returns an article or a warning for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkInvariants), { numRuns: 300 });
  });

  it('keeps numbering and sentence offsets consistent for article-like jumbles of dates, debris and markup', () => {
    fc.assert(fc.property(articleish, checkInvariants), { numRuns: 300 });
  });

  it('handles a long single line without blowing up', () => {
    const line = `${'Talks — continued (@x) '.repeat(5000)}pic.twitter.com/${'a'.repeat(10_000)}`;
    expect(() => parseArticle('long.txt', line)).not.toThrow();
  });
});
