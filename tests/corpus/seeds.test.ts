import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/calendar.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import type { Article } from '../../src/types.js';
import { readSeed } from './helpers.js';

function seedArticle(prefix: string): Article {
  const { file, raw } = readSeed(prefix);
  const { article, warning } = parseArticle(file, raw);
  expect(warning).toBeUndefined();
  if (!article) throw new Error(`seed ${prefix} did not parse`);
  return article;
}

const SEEDS = ['000', '001', '002', '003', '004'];

describe('parseArticle on the seed briefings', () => {
  it.each([
    ['000', '2023-10-26'],
    ['002', '2021-07-14'],
    ['003', '2024-10-17'],
    ['004', '2021-09-18'],
  ])('reads the date line of seed %s as %s', (prefix, date) => {
    const article = seedArticle(prefix);
    expect(article.published && formatPartialDate(article.published)).toBe(date);
  });

  it('leaves seed 001, which has no date line, undated', () => {
    expect(seedArticle('001').published).toBeUndefined();
  });

  it('removes the date line from the text', () => {
    for (const prefix of SEEDS) {
      const first = seedArticle(prefix).paragraphs[0]?.text ?? '';
      expect(first).not.toMatch(/^\s*date \d{4}/);
    }
    expect(seedArticle('003').paragraphs[0]?.text).toMatch(/^ISLAMABAD: Prime Minister Muhammad Shehbaz Sharif/);
  });

  it('takes the leading heading of seed 001 as its title and numbers the paragraphs after it', () => {
    const article = seedArticle('001');
    expect(article.title).toBe('Ishaq Dar Key Diplomatic Visit to Bishkek');
    expect(article.titleDerived).toBe(true);
    expect(article.paragraphs[0]).toMatchObject({ n: 1, heading: false });
    expect(article.paragraphs[0]?.text).toMatch(/^Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar/);
    expect(article.paragraphs.some((p) => p.text === 'Ishaq Dar Key Diplomatic Visit to Bishkek')).toBe(false);
  });

  it('marks short section lines of seed 001 as headings', () => {
    const headings = seedArticle('001')
      .paragraphs.filter((p) => p.heading)
      .map((p) => p.text);
    expect(headings).toEqual([
      'Diplomatic Engagements and Advocacy',
      'Participation in the Shanghai Cooperation Organization (SCO)',
      'Meetings held in Kazakhstan & Tajikistan',
    ]);
  });

  it('derives a title from the first sentence, dropping the dateline and cutting at a word boundary', () => {
    const article = seedArticle('003');
    expect(article.titleDerived).toBe(true);
    expect(article.title.startsWith('Prime Minister Muhammad Shehbaz Sharif and Prime Minister')).toBe(true);
    expect(article.title).not.toContain('ISLAMABAD');
    expect(article.title.endsWith('…')).toBe(true);
    expect(Array.from(article.title).length).toBeLessThanOrEqual(90);
    expect(seedArticle('002').title).toMatch(/^Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian/);
  });

  it('strips comment forms, back-to-top links, related-article blocks and tweet links from every seed', () => {
    const debris = [
      'Please enter your',
      'back to top',
      'Related Articles',
      'pic.twitter.com',
      't.co/',
      '(@SMQureshiPTI) July 14, 2021',
      '(@ForeignOfficePk)',
    ];
    for (const prefix of SEEDS) {
      const article = seedArticle(prefix);
      for (const p of [article.title, ...article.paragraphs.map((x) => x.text)])
        for (const d of debris) expect(p.toLowerCase(), `${prefix}: ${p}`).not.toContain(d.toLowerCase());
    }
  });

  it('keeps the text of embedded tweets as paragraphs of their own', () => {
    const texts = seedArticle('002').paragraphs.map((p) => p.text);
    const tweet = texts.find((t) => t.startsWith('Pleased to meet FM #SergeyLavrov'));
    expect(tweet).toBeDefined();
    expect(tweet?.endsWith('support for an Afghan led & owned peace process.')).toBe(true);
    expect(texts).toContain(
      'Stability & peace in 🇦🇫 has clear bearing on regional security in SCO space. As a shared responsibility 🇵🇰 has played its part in facilitating an Afghan led & owned peace process. We stand ready to craft deeper partnerships w/ SCO states to reinforce efforts for sustainable peace',
    );
  });

  it('numbers paragraphs 1..N with no empty or punctuation-only paragraph', () => {
    for (const prefix of SEEDS) {
      const paragraphs = seedArticle(prefix).paragraphs;
      expect(paragraphs.map((p) => p.n)).toEqual(paragraphs.map((_, i) => i + 1));
      for (const p of paragraphs) {
        expect(p.text).toMatch(/[\p{L}\p{N}]/u);
        expect(p.text).toBe(p.text.trim());
        expect(p.text).not.toMatch(/\s{2}|\u00A0|\n/);
      }
    }
    expect(seedArticle('002').paragraphs).toHaveLength(16);
    expect(seedArticle('004').paragraphs).toHaveLength(1);
  });

  it('gives every paragraph sentences whose offsets slice back to their text, in order', () => {
    for (const prefix of SEEDS) {
      for (const p of seedArticle(prefix).paragraphs) {
        expect(p.sentences.length).toBeGreaterThan(0);
        let previousEnd = 0;
        for (const s of p.sentences) {
          expect(p.text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = s.end;
        }
      }
    }
  });

  it('splits a seed paragraph into its sentences', () => {
    const p = seedArticle('000').paragraphs[1];
    expect(p?.sentences.map((s) => s.text)).toEqual([
      'The meeting took place on the sidelines of the 22nd meeting of the Council of Heads of Government (CHG) of the Shanghai Cooperation Organization being held in Bishkek.',
      'On Thursday, Pakistan will assume the Chair of CHG SCO.',
    ]);
  });

  it('uses the file name without extension as id and keeps the file name', () => {
    const article = seedArticle('000');
    expect(article.id).toBe('000_0d5f0c5c4968850b');
    expect(article.file).toBe('000_0d5f0c5c4968850b.txt');
  });

  it('gives each seed a distinct sha256 content hash', () => {
    const hashes = SEEDS.map((prefix) => seedArticle(prefix).contentHash);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(SEEDS.length);
  });
});
