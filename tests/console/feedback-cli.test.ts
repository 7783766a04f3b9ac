/** `briefbot feedback` and `briefbot meetings … --csv`: the votes and the meetings for spreadsheets and scripts. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csvOnlyFor,
  feedbackTakesNothing,
  JSON_OR_CSV,
  noVotesDatabase,
  notADate,
  TIMELINE_WHO,
} from '../../src/ask/messages.js';
import { VOTE_CSV_COLUMNS } from '../../src/render/feedback.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Vote } from '../../src/store/types.js';
import { csvRecords, parseCsv } from '../csv.js';
import { cli } from '../helpers.js';

let dir: string;
let db: string;

const vote = (answerId: string, v: Vote['vote'], votedAt: string, over: Partial<Vote> = {}): Vote => ({
  answerId,
  user: 'U42',
  team: 'T1',
  vote: v,
  question: `meetings with ${answerId}`,
  kind: 'meetings',
  surface: 'ephemeral',
  channel: 'C1',
  articles: ['003_11be3f15fbbdd326'],
  votedAt,
  ...over,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-feedback-cli-'));
  db = join(dir, 'briefbot.db');
  const store = openSqliteStore(db);
  store.saveVote(
    vote('Russia', 'down', '2026-07-13T10:00:00.000Z', { comment: 'the 2019 one, "in Bishkek", is missing' }),
  );
  store.saveVote(vote('China', 'up', '2026-07-14T09:30:00.000Z', { user: 'U7' }));
  store.saveVote(vote('Iran', 'up', '2026-06-01T08:00:00.000Z'));
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('briefbot feedback', () => {
  it('prints the votes newest first, with the counts, questions and comments', async () => {
    const { code, out, err } = await cli(['feedback'], { BRIEFBOT_DB: db });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n').slice(0, 3)).toEqual([
      '3 votes: 👍 2 · 👎 1',
      '',
      '2026-07-14 09:30  👍  U7  meetings (ephemeral)',
    ]);
    expect(out).toContain('  — the 2019 one, "in Bishkek", is missing');
  });

  it('prints JSON, and only the votes cast since a day with --since', async () => {
    const { code, out } = await cli(['feedback', '--json', '--since', '2026-07-13'], { BRIEFBOT_DB: db });
    expect(code).toBe(0);
    const { votes } = JSON.parse(out) as { votes: Record<string, unknown>[] };
    expect(votes.map((v) => [v.question, v.vote, v.user])).toEqual([
      ['meetings with China', 'up', 'U7'],
      ['meetings with Russia', 'down', 'U42'],
    ]);
    expect(Object.keys(votes[0]!)).toEqual([
      'votedAt',
      'vote',
      'user',
      'team',
      'question',
      'kind',
      'surface',
      'channel',
      'articles',
      'comment',
      'answerId',
    ]);
  });

  it('prints CSV, one row a vote, with a header', async () => {
    const { code, out } = await cli(['feedback', '--csv'], { BRIEFBOT_DB: db });
    expect(code).toBe(0);
    expect(parseCsv(out)[0]).toEqual([...VOTE_CSV_COLUMNS]);
    const rows = csvRecords(out);
    expect(rows.map((r) => r.answer_id)).toEqual(['China', 'Russia', 'Iran']);
    expect(rows[1]!.comment).toBe('the 2019 one, "in Bishkek", is missing');
  });

  it('says what is wrong with a --since that is no day, words after feedback, or both --json and --csv', async () => {
    expect(await cli(['feedback', '--since', '13/07/2026'], { BRIEFBOT_DB: db })).toMatchObject({
      code: 2,
      err: `briefbot: ${notADate('--since', '13/07/2026')}\n`,
    });
    const words = await cli(['feedback', 'Russia'], { BRIEFBOT_DB: db });
    expect(words.code).toBe(2);
    expect(words.err).toContain(feedbackTakesNothing('Russia'));
    expect(await cli(['feedback', '--json', '--csv'], { BRIEFBOT_DB: db })).toMatchObject({
      code: 2,
      err: `briefbot: ${JSON_OR_CSV}\n`,
    });
  });

  it('names the database and what to check when there is none at BRIEFBOT_DB, and creates none', async () => {
    const missing = join(dir, 'nowhere', 'briefbot.db');
    const { code, out, err } = await cli(['feedback'], { BRIEFBOT_DB: missing });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`briefbot: ${noVotesDatabase(missing)}\n`);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('says the file cannot be read, and what to check, when BRIEFBOT_DB is no database', async () => {
    const notADb = join(dir, 'notes.txt');
    writeFileSync(notADb, 'not a database, but a note long enough to have a header SQLite reads');
    const { code, err } = await cli(['feedback'], { BRIEFBOT_DB: notADb });
    expect(code).toBe(2);
    expect(err).toMatch(/^briefbot: cannot read the votes: the file at .*notes\.txt is not a usable briefbot database/);
  });
});

describe('briefbot meetings … --csv', () => {
  it('prints every meeting with Russia as CSV, one row each, without a byte-order mark', async () => {
    const { code, out } = await cli(['meetings', 'with', 'Russia', '--csv']);
    expect(code).toBe(0);
    expect(out.startsWith('date,status,kind,participants,place,event,topics,source_1_file,')).toBe(true);
    expect(csvRecords(out).map((r) => r.date)).toEqual(['2024-10-16', '2021-07-14', '2020-09', '2019-06']);
  });

  it('prints a timeline oldest first', async () => {
    const { out } = await cli(['timeline', 'Lavrov', '--csv']);
    expect(csvRecords(out).map((r) => r.place)).toEqual(['Bishkek', 'Moscow', 'Dushanbe']);
  });

  it('says what is wrong on standard error, with exit code 1, and prints no CSV', async () => {
    const { code, out, err } = await cli(['timeline', '--csv']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(TIMELINE_WHO);
  });

  it('refuses --csv for a command that prints no CSV, and together with --json', async () => {
    expect(await cli(['search', 'Lavrov', '--csv'])).toMatchObject({
      code: 2,
      err: `briefbot: ${csvOnlyFor('search')}\n`,
    });
    expect(await cli(['meetings', '--csv', '--json'])).toMatchObject({ code: 2, err: `briefbot: ${JSON_OR_CSV}\n` });
  });
});
