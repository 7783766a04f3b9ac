import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { readExpectations } from '../../eval/expected.js';
import { fileStem, parseSide } from '../../eval/score.js';

const MEETINGS = fileURLToPath(new URL('../fixtures/meetings/', import.meta.url));
const SEED_EXPECTED = fileURLToPath(new URL('../fixtures/meetings/seeds/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

const briefings = (dir: string): string[] =>
  readdirSync(dir)
    .filter((n) => /\.(?:txt|md)$/.test(n))
    .sort();
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('meeting fixtures', () => {
  it('has at least 12 briefings of 150 to 500 words, each loading without a warning', async () => {
    const names = briefings(MEETINGS);
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names) {
      const n = words(readFileSync(MEETINGS + name, 'utf8'));
      expect(n, name).toBeGreaterThanOrEqual(150);
      expect(n, name).toBeLessThanOrEqual(500);
    }
    const corpus = await loadCorpus(MEETINGS);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles.map((a) => a.file).sort()).toEqual(names);
    expect(corpus.articles.some((a) => a.published === undefined)).toBe(true);
  });

  it('gives every briefing an expectation file and every expectation file a briefing', async () => {
    const { byFile } = await readExpectations(MEETINGS);
    expect(byFile.map(([stem]) => stem)).toEqual(briefings(MEETINGS).map(fileStem));
  });

  it('reports one meeting in two files, merged by its key', async () => {
    const { meetings } = await readExpectations(MEETINGS);
    expect(meetings.filter((m) => m.files.length > 1).map((m) => m.files)).toEqual([
      ['astana-times-tokayev-wang-yi', 'astana-xinhua-tokaev-wang-yi'],
    ]);
  });

  it('gives an expectation file for every seed', async () => {
    const { byFile } = await readExpectations(SEED_EXPECTED);
    expect(byFile.map(([stem]) => stem)).toEqual(briefings(SEEDS).map(fileStem));
  });

  it.each([
    ['fixtures', MEETINGS, MEETINGS],
    ['seeds', SEEDS, SEED_EXPECTED],
  ])(
    'writes %s names as the briefings write them, and places the briefings name',
    async (_label, textDir, expectedDir) => {
      const { byFile } = await readExpectations(expectedDir);
      const texts = new Map(briefings(textDir).map((n) => [fileStem(n), readFileSync(textDir + n, 'utf8')]));
      for (const [stem, specs] of byFile) {
        const text = texts.get(stem) ?? '';
        for (const m of specs) {
          for (const p of m.participants) {
            const side = parseSide(p);
            if (side.kind === 'name') expect(text, `${stem}: ${p}`).toContain(p);
          }
          if (m.location !== null && m.location !== 'by telephone') {
            expect(text.toLowerCase(), `${stem}: ${m.location}`).toContain(m.location.toLowerCase());
          }
          expect(m.participants.length, `${stem}: participants`).toBeGreaterThanOrEqual(2);
        }
      }
    },
  );
});
