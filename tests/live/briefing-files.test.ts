/**
 * Briefings written into, dated in and moved out of the corpus folder while the bot runs: read through the live
 * corpus's update before the call returns; nothing written when the folder will not take it; nothing ever deleted.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBriefing,
  dateBriefing,
  removeBriefing,
  removedFolder,
  type CorpusDesk,
} from '../../src/live/briefing-files.js';
import { createLiveCorpus, type LiveCorpus } from '../../src/live/live-corpus.js';
import { createLoader } from '../../src/live/load.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { memoryLogger } from '../helpers.js';

const PROSE =
  "Azerbaijan's Foreign Minister Jeyhun Bayramov met Georgia's Foreign Minister Maka Botchorishvili in Baku " +
  'on Tuesday to discuss the transit of goods across the Caspian Sea and the energy projects of the region.';

let root: string;
let dir: string;
let live: LiveCorpus;
let desk: CorpusDesk;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefbot-desk-'));
  dir = join(root, 'corpus');
  cpSync('seeds', dir, { recursive: true });
  live = createLiveCorpus(createLoader({ dir, logger: memoryLogger() }));
  await live.load();
  desk = { dir, follow: (names) => live.follow(names), context: () => live.context() };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('addBriefing', () => {
  it('saves the text under slack/ with its front matter, and the corpus holds it when it returns', async () => {
    const added = await addBriefing(desk, { text: `Talks in Baku\n\n${PROSE}`, addedBy: 'U1' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.file).toBe('slack/talks-in-baku.md');
    expect(live.context().index.articles.get('talks-in-baku')?.file).toBe('slack/talks-in-baku.md');
    expect(added.value.meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Jeyhun Bayramov', 'Maka Botchorishvili'],
    ]);
    expect(readdirSync(join(dir, 'slack'))).toEqual(['talks-in-baku.md']);
  });

  it('is read by a full load of the folder too, as the CLI reads it', async () => {
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toContain('slack/talks-in-baku.md');
  });

  it('writes nothing, and says why, when the folder will not take the file', async () => {
    const other = join(root, 'blocked');
    cpSync('seeds', other, { recursive: true });
    writeFileSync(join(other, 'slack'), 'a file where the slack/ folder would be');
    const blocked = { ...desk, dir: other };
    const added = await addBriefing(blocked, { text: `Talks in Baku\n\n${PROSE}`, addedBy: 'U1' });
    expect(added).toEqual({ ok: false, error: { kind: 'write-failed', reason: expect.stringMatching(/^E/) } });
    expect(readFileSync(join(other, 'slack'), 'utf8')).toMatch(/^a file/);
  });

  it('refuses an empty text and one that is no briefing, writing nothing', async () => {
    expect(await addBriefing(desk, { text: ' \n ', addedBy: 'U1' })).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(await addBriefing(desk, { text: 'id,name\n1,a\n2,b\n3,c', addedBy: 'U1' })).toMatchObject({
      ok: false,
      error: { kind: 'not-a-briefing' },
    });
    expect(readdirSync(join(dir, 'slack'))).toEqual(['talks-in-baku.md']);
  });
});

describe('dateBriefing', () => {
  it('sets the date and the corpus reads it again', async () => {
    const dated = await dateBriefing(desk, 'slack/talks-in-baku.md', { year: 2024, month: 7, day: 3 });
    expect(dated.ok && dated.value.article.published).toEqual({ year: 2024, month: 7, day: 3 });
    expect(live.context().index.articles.get('talks-in-baku')?.published).toEqual({ year: 2024, month: 7, day: 3 });
  });

  it('says a briefing moved away meanwhile is gone', async () => {
    expect(await dateBriefing(desk, 'slack/nothing.md', { year: 2024 })).toEqual({
      ok: false,
      error: { kind: 'gone' },
    });
  });
});

describe('removeBriefing', () => {
  it('moves the file into removed/ beside the corpus folder, numbering it when the name is taken', async () => {
    mkdirSync(join(removedFolder(dir), 'slack'), { recursive: true });
    writeFileSync(join(removedFolder(dir), 'slack', 'talks-in-baku.md'), 'removed before');
    const moved = await removeBriefing(desk, 'slack/talks-in-baku.md');
    expect(moved).toEqual({
      ok: true,
      value: { from: join(dir, 'slack', 'talks-in-baku.md'), to: join(root, 'removed', 'slack', 'talks-in-baku-2.md') },
    });
    expect(readFileSync(join(root, 'removed', 'slack', 'talks-in-baku.md'), 'utf8')).toBe('removed before');
    expect(readFileSync(join(root, 'removed', 'slack', 'talks-in-baku-2.md'), 'utf8')).toContain('added_by: U1');
    expect(live.context().index.articles.has('talks-in-baku')).toBe(false);
  });

  it('moves a briefing of the folder itself too, and says one already gone is gone', async () => {
    const moved = await removeBriefing(desk, '001_df728569922fd480.txt');
    expect(moved.ok && moved.value.to).toBe(join(root, 'removed', '001_df728569922fd480.txt'));
    expect(existsSync(join(dir, '001_df728569922fd480.txt'))).toBe(false);
    expect(await removeBriefing(desk, '001_df728569922fd480.txt')).toEqual({ ok: false, error: { kind: 'gone' } });
  });
});
