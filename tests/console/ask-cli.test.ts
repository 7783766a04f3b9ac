import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { answerLine } from '../../src/console/repl.js';
import { buildContext } from '../../src/main.js';
import { STAR_BOLD } from '../../src/render/text.js';
import { cli, memoryLogger, SEEDS } from '../helpers.js';

const QUESTION = 'When did Qureshi meet Lavrov?';
const ANSWER =
  'Shah Mahmood Qureshi met Sergey Lavrov three times in the briefings: on Wed 14 Jul 2021 in Dushanbe, in September 2020 in Moscow and in June 2019 in Bishkek.';
const LAVROV_FILE = '002_9f8474191b6e5a16.txt';
const CITATION_KEYS = ['n', 'articleId', 'file', 'title', 'published', 'paragraph', 'url'];

interface QuestionJson {
  kind: string;
  answer: string;
  text: string;
  items: Array<{
    id: string;
    status: string;
    date: string | null;
    location: string | null;
    participants: Array<{ name: string | null }>;
  }>;
  citations: Array<Record<string, unknown>>;
}

describe('briefbot ask', () => {
  it('prints the answer to a question as JSON with the documented keys', async () => {
    const { code, out, err } = await cli(['ask', QUESTION, '--json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out) as QuestionJson;
    expect(Object.keys(json)).toEqual(['kind', 'facets', 'answer', 'text', 'items', 'evidence', 'citations']);
    expect(json.answer).toBe(ANSWER);
    expect(json.kind).toBe('when');
    expect(json.text).toBe(ANSWER);
    expect(json.items.map((m) => [m.date, m.location])).toEqual([
      ['2021-07-14', 'Dushanbe'],
      ['2020-09', 'Moscow'],
      ['2019-06', 'Bishkek'],
    ]);
    expect(json.items.every((m) => m.status === 'held')).toBe(true);
    expect(json.citations.length).toBeGreaterThan(0);
    json.citations.forEach((c, i) => {
      expect(Object.keys(c)).toEqual(CITATION_KEYS);
      expect(c).toMatchObject({
        n: i + 1,
        articleId: '002_9f8474191b6e5a16',
        file: LAVROV_FILE,
        published: '2021-07-14',
      });
      expect(c.paragraph).toBeTypeOf('number');
      expect(c.url === null || typeof c.url === 'string').toBe(true);
    });
  });

  it('prints null for the date of an undated article', async () => {
    const { code, out } = await cli(['ask', 'When did Dar meet Tokayev?', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as QuestionJson;
    expect(json.text).toBe(
      'The briefings do not say when Ishaq Dar met Kassym-Jomart Tokayev: the article is undated. They met at ' +
        'presidential palace Akorda (Astana).',
    );
    expect(json.items[0]?.date).toBeNull();
    expect(json.citations[0]).toMatchObject({ n: 1, file: '001_df728569922fd480.txt', published: null });
  });

  it('prints an empty answer, not an error, when the briefings report no meeting', async () => {
    const { code, out } = await cli(['ask', 'When did Lavrov meet Biden?', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const said =
      'The briefings report no meeting between Sergey Lavrov and Biden. These passages mention what you asked about:';
    expect(json).toMatchObject({ kind: 'when', facets: ['when'], answer: said, text: said, items: [] });
    // The passages that mention Lavrov, each cited, in place of a meeting that no briefing reports.
    expect(json.evidence.length).toBeGreaterThan(0);
    expect(json.evidence.map((e: { n: number }) => e.n)).toEqual(json.citations.map((c: { n: number }) => c.n));
    expect(json.evidence[0].text).toContain('Lavrov');
  });

  it('prints text with the evidence and citations when not asked for JSON', async () => {
    const { code, out } = await cli(['ask', QUESTION]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(ANSWER);
    expect(out).toContain('*Shah Mahmood Qureshi*');
    expect(out).toContain('*Sergey Lavrov*');
    expect(out).toMatch(/\[1\] .*Wed 14 Jul 2021 · 002_9f8474191b6e5a16\.txt · ¶1/);
    expect(() => JSON.parse(out)).toThrow();
  });

  it('reads a question given as several words', async () => {
    const { code, out } = await cli(['ask', 'When', 'did', 'Qureshi', 'meet', 'Lavrov?']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(ANSWER);
  });

  it('searches words that are not a question', async () => {
    const { code, out } = await cli(['ask', 'CASA-1000', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0]).toMatchObject({ file: '001_df728569922fd480.txt' });
  });
});

describe('questions in the console', () => {
  let ctx: AskContext;
  beforeAll(async () => {
    ctx = await buildContext(SEEDS, memoryLogger(), () => new Date('2026-11-22T12:00:00Z'));
  });

  it.each([`@briefbot ${QUESTION}`, `/brief ${QUESTION}`, QUESTION, `  @briefbot   ${QUESTION}  `])(
    'answers %j',
    (line) => {
      const { text, session } = answerLine(line, { page: 1 }, ctx, STAR_BOLD);
      expect(text.split('\n')[0]).toBe(ANSWER);
      expect(text).toContain('*Sergey Lavrov*');
      expect(text).toContain(LAVROV_FILE);
      expect(session.page).toBe(1);
    },
  );

  it('answers other questions and says when it does not know', () => {
    expect(
      answerLine('@briefbot Who did Jilani meet in Bishkek?', { page: 1 }, ctx, STAR_BOLD).text.split('\n')[0],
    ).toBe(
      'Jalil Abbas Jilani met Sadyr Zhaparov (President, Kyrgyzstan), Zhang Ming (Secretary-General, SCO) and the Foreign Minister of Kyrgyzstan in Bishkek.',
    );
    expect(answerLine('@briefbot When did Lavrov meet Biden?', { page: 1 }, ctx, STAR_BOLD).text.split('\n')[0]).toBe(
      'The briefings report no meeting between Sergey Lavrov and Biden. These passages mention what you asked about:',
    );
  });
});
