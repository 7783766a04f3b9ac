import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { contextOf, SEARCH_FIXTURES, SEEDS } from '../helpers.js';

let seeds: AskContext;
let fixtures: AskContext;
beforeAll(async () => {
  seeds = await contextOf(SEEDS);
  fixtures = await contextOf(SEARCH_FIXTURES);
});

const ids = (ctx: AskContext, q: string, range = {}): string[] =>
  ctx.index.search(q, range).hits.map((h) => h.article.id);
const prefix = (ctx: AskContext, q: string, range = {}): string[] => ids(ctx, q, range).map((id) => id.slice(0, 3));

describe('search over the seeds', () => {
  it('finds CASA-1000 in article 001 only', () => {
    expect(prefix(seeds, 'CASA-1000')).toEqual(['001']);
  });

  it('finds Lavrov when the name is misspelt "Lavarov"', () => {
    expect(prefix(seeds, 'Lavarov')).toEqual(['002']);
  });

  it('finds Zhaparov when the name is transliterated "Japarov"', () => {
    expect(prefix(seeds, 'Japarov')).toEqual(['000']);
  });

  it('ranks the article about the President of Kyrgyzstan first for "Kyrgyz president"', () => {
    expect(prefix(seeds, 'Kyrgyz president')[0]).toBe('000');
  });

  it('treats a demonym and its country as one term (Russian finds Russia and Russian)', () => {
    const hits = seeds.index.search('Russian').hits;
    expect(hits.map((h) => h.article.id.slice(0, 3)).sort()).toEqual(['000', '002', '003']);
    expect(prefix(seeds, 'Russia').sort()).toEqual(['000', '002', '003']);
  });

  it('finds "Kyrgyzstan" where the text only says "the Kyrgyz leader"', () => {
    const hit = seeds.index.search('Kyrgyzstan').hits.find((h) => h.article.id.startsWith('000'))!;
    expect(hit.passages.map((p) => p.paragraph)).toContain(7);
  });

  it('expands abbreviations both ways: SCO finds the written-out name and CHG finds "Council of Heads of Government"', () => {
    const sco = seeds.index.search('SCO').hits.find((h) => h.article.id.startsWith('004'))!;
    expect(sco).toBeDefined();
    expect(prefix(seeds, 'Council of Heads of Government').sort()).toContain('003');
    expect(prefix(seeds, 'CHG').sort()).toEqual(['000', '003']);
  });

  it('finds "FM" where the text says "Foreign Minister" and the reverse', () => {
    expect(prefix(seeds, 'FM Qureshi')).toEqual(['002']);
    expect(prefix(seeds, 'foreign minister Sirajuddin')).toEqual(['001']);
  });

  it('matches by prefix ("Mishu" finds Mishustin)', () => {
    expect(prefix(seeds, 'Mishu')).toEqual(['003']);
  });

  it('filters by the article date and leaves undated articles out of dated searches', () => {
    expect(prefix(seeds, 'dasu', { from: '2021-01-01', to: '2021-12-31' })).toEqual(['004']);
    expect(prefix(seeds, 'Bishkek', { from: '2023-01-01' })).toEqual(['000']);
    expect(prefix(seeds, 'Bishkek').sort()).toEqual(['000', '001', '002']);
  });

  it('finds nothing for a word that is in no briefing, and falls back to any word when not all match', () => {
    expect(seeds.index.search('xyzzy').hits).toEqual([]);
    const some = seeds.index.search('Lavrov xyzzy');
    expect(some.matchedAll).toBe(false);
    expect(some.hits.map((h) => h.article.id.slice(0, 3))).toEqual(['002']);
    const every = seeds.index.search('Lavrov xyzzy', {}, 5, { allWords: true });
    expect(every).toMatchObject({ matchedAll: false, total: 0, hits: [] });
    expect(seeds.index.search('Lavrov Qureshi', {}, 5, { allWords: true }).hits.length).toBeGreaterThan(0);
  });

  it('suggests a spelling from the index for a near miss', () => {
    expect(seeds.index.suggest('Mishustn')).toEqual(['mishustin']);
  });
});

describe('search over briefings phrased differently', () => {
  it('folds diacritics: "Cavusoglu" finds "Çavuşoğlu"', () => {
    expect(ids(fixtures, 'Cavusoglu')).toEqual(['ankara-lavrov-2022']);
  });

  it('matches "Sergey Lavrov" to "Sergei Lavrov"', () => {
    expect(ids(fixtures, 'Sergey Lavrov')).toEqual(['ankara-lavrov-2022']);
  });

  it('takes Turkey, Türkiye and Turkish as one country', () => {
    expect(ids(fixtures, 'Turkey')).toEqual(['ankara-lavrov-2022']);
  });

  it('finds the Saudi minister when asked for Saudi Arabia', () => {
    expect(ids(fixtures, 'Saudi Arabia')).toEqual(['riyadh-phone-call']);
  });

  it('finds the UN General Assembly by its abbreviation UNGA', () => {
    expect(ids(fixtures, 'UNGA')).toEqual(['new-york-jaishankar-2023']);
  });

  it('finds "Kazakhstani" and "Kazakh" when asked for Kazakhstan, and Tokaev as Tokayev', () => {
    expect(ids(fixtures, 'Kazakhstan')).toEqual(['almaty-forum-undated']);
    expect(ids(fixtures, 'Tokayev')).toEqual(['almaty-forum-undated']);
  });

  it('finds plural and singular alike ("phone calls" finds "the first call")', () => {
    expect(ids(fixtures, 'calls')).toEqual(['riyadh-phone-call']);
  });
});

it('gives every passage hit a paragraph that exists in its article', () => {
  for (const q of ['Pakistan', 'meeting', 'SCO summit', 'Wang Yi']) {
    for (const hit of seeds.index.search(q).hits) {
      for (const p of hit.passages) expect(hit.article.paragraphs.some((x) => x.n === p.paragraph)).toBe(true);
    }
  }
});

describe('suggestions', () => {
  it('suggests nothing for words with no close match rather than unrelated words', () => {
    expect(seeds.index.suggest('xyzzy')).toEqual([]);
    expect(seeds.index.suggest('<!channel> <@U123> & <script>')).toEqual([]);
  });

  it('corrects only the unknown word and keeps the rest', () => {
    expect(seeds.index.suggest('Mishustn trade')).toEqual(['mishustin trade']);
  });
});
