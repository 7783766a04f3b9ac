import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFor, unknownOptionIn, USAGE } from '../../src/cli.js';
import { cli, SEARCH_FIXTURES } from '../helpers.js';

describe('briefbot CLI', () => {
  it('prints search results as JSON with the documented keys', async () => {
    const { code, out } = await cli(['search', 'CASA-1000', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.results).toHaveLength(1);
    expect(Object.keys(json.results[0])).toEqual([
      'articleId',
      'file',
      'title',
      'published',
      'paragraph',
      'excerpt',
      'score',
    ]);
    expect(json.results[0]).toMatchObject({
      articleId: '001_df728569922fd480',
      file: '001_df728569922fd480.txt',
      published: null,
      paragraph: 7,
    });
    expect(json.results[0].excerpt).toContain('CASA-1000');
  });

  it('prints published dates as YYYY-MM-DD', async () => {
    const { out } = await cli(['search', 'dasu', 'in:2021', '--json']);
    expect(JSON.parse(out).results.map((r: { published: string }) => r.published)).toEqual(['2021-09-18']);
  });

  it('searches another corpus folder with --corpus', async () => {
    const { out } = await cli(['search', 'Cavusoglu', '--corpus', 'tests/fixtures/search', '--json']);
    expect(JSON.parse(out).results[0]).toMatchObject({ file: 'ankara-lavrov-2022.txt', published: '2022-06-08' });
  });

  it('prints text with the matched words marked when not asked for JSON', async () => {
    const { out } = await cli(['search', 'Lavarov']);
    expect(out).toContain('*Lavrov*');
    expect(out).toMatch(/\[1\] .* · Wed 14 Jul 2021 · 002_9f8474191b6e5a16\.txt · ¶\d+/);
  });

  it('exits 1 with a JSON error for a bad date filter', async () => {
    const { code, out } = await cli(['search', 'dasu', 'in:2021-13', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out).error).toMatch(/in:2021-13/);
  });

  it('exits 2 naming the variable when the corpus folder is missing', async () => {
    const { code, err } = await cli(['search', 'x'], { BRIEFBOT_CORPUS: './no-such-folder' });
    expect(code).toBe(2);
    expect(err).toBe(
      'briefbot: error: BRIEFBOT_CORPUS "./no-such-folder" is not a folder: ' +
        'create it, or point BRIEFBOT_CORPUS (or --corpus) at your folder of briefings\n',
    );
  });

  it('exits 2 naming --corpus, once prefixed, when the folder it gives is missing', async () => {
    const { code, err } = await cli(['--corpus', '/no/such/folder', 'search', 'x']);
    expect(code).toBe(2);
    expect(err).toBe(
      'briefbot: error: --corpus "/no/such/folder" is not a folder: create it, or point --corpus at your folder ' +
        'of briefings\n',
    );
  });

  it('warns when the corpus folder holds no briefings', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'briefbot-empty-'));
    try {
      const { code, err } = await cli(['search', 'x'], { BRIEFBOT_CORPUS: empty, BRIEFBOT_DB: join(empty, 'db') });
      expect(code).toBe(0);
      expect(err).toContain(
        `briefbot: warning: the folder ${JSON.stringify(empty)} (BRIEFBOT_CORPUS) holds no .txt or .md briefings`,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('exits 2 listing configuration problems', async () => {
    const { code, err } = await cli(['search', 'x'], { SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(code).toBe(2);
    expect(err).toMatch(/SLACK_APP_TOKEN/);
  });

  it('prints usage for --help and for an unknown command', async () => {
    expect((await cli(['--help'])).out).toContain(USAGE);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect(unknown.err).not.toContain('did you mean');
  });

  it('suggests the command or option a typo stands for', async () => {
    const command = await cli(['serach', 'Lavrov']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/^briefbot: unknown command "serach": did you mean "search"\?\n/);
    expect(command.err).toContain(USAGE);
    const option = await cli(['search', 'Lavrov', '--jsno']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/^briefbot: unknown option "--jsno": did you mean "--json"\?\n/);
    expect(unknownOptionIn(['meetings', '--corpsu', 'x'])).toEqual({ option: '--corpsu', meant: '--corpus' });
    expect(unknownOptionIn(['search', '--frobnicate'])).toEqual({ option: '--frobnicate' });
    expect(unknownOptionIn(['search', 'x', '--json', '--tz', 'UTC'])).toBeUndefined();
  });

  it('prints its version from package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v'])
      expect(await cli([flag])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('lists sources as JSON with dates and paragraph counts', async () => {
    const { out } = await cli(['sources', '--json']);
    const json = JSON.parse(out);
    expect(json.sources).toHaveLength(5);
    expect(json.sources[0]).toMatchObject({ id: '003_11be3f15fbbdd326', published: '2024-10-17' });
  });
});

describe('the CLI and the snapshot', () => {
  let data: string;
  beforeEach(async () => {
    data = await mkdtemp(join(tmpdir(), 'briefbot-cli-snapshot-'));
  });
  afterEach(async () => {
    await rm(data, { recursive: true, force: true });
  });

  it("saves the bot's snapshot on a first call and loads it on the next, with the same answer", async () => {
    const env = { BRIEFBOT_DB: join(data, 'briefbot.db') };
    const first = await cli(['search', 'Lavrov', '--json'], env);
    expect(first.err).not.toContain('from the snapshot');
    expect(existsSync(join(data, 'snapshot.bin'))).toBe(true);
    const second = await cli(['search', 'Lavrov', '--json'], env);
    expect(second.err).toContain(
      `loaded 5 briefings and 15 meetings from the snapshot at ${join(data, 'snapshot.bin')}`,
    );
    expect(second.out).toBe(first.out);
  });

  it("keeps the snapshot of another --corpus folder beside the bot's, never over it", async () => {
    const env = { BRIEFBOT_DB: join(data, 'briefbot.db') };
    await cli(['--corpus', SEARCH_FIXTURES, 'sources'], env);
    const own = snapshotFor(join(data, 'snapshot.bin'), './seeds', SEARCH_FIXTURES);
    expect(await readdir(data)).toEqual([own.slice(data.length + 1)]);
    expect((await cli(['--corpus', SEARCH_FIXTURES, 'sources'], env)).err).toContain(`from the snapshot at ${own}`);
    expect(snapshotFor('data/snapshot.bin', './seeds', 'seeds')).toBe('data/snapshot.bin');
    expect(snapshotFor('data/snapshot.bin', './seeds', 'other')).toMatch(/^data\/snapshot-[0-9a-f]{12}\.bin$/);
  });
});

describe('the briefbot executable', () => {
  const run = promisify(execFile);
  /** The environment of a child: the path, and a database folder of its own. */
  const env = { PATH: process.env.PATH ?? '', BRIEFBOT_DB: '' };
  beforeAll(async () => {
    env.BRIEFBOT_DB = join(await mkdtemp(join(tmpdir(), 'briefbot-exe-')), 'briefbot.db');
  });
  afterAll(async () => {
    await rm(join(env.BRIEFBOT_DB, '..'), { recursive: true, force: true });
  });

  it('runs with node, as npx briefbot does (dist/ when built, else the sources)', async () => {
    const { stdout } = await run(process.execPath, ['bin/briefbot.js', 'search', 'Lavarov', '--json'], { env });
    expect(JSON.parse(stdout).results[0].file).toBe('002_9f8474191b6e5a16.txt');
  });

  it('answers piped console input and exits', async () => {
    const child = execFile(process.execPath, ['bin/briefbot.js'], { env });
    child.stdin!.end('/brief search CASA-1000\n');
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout!.on('data', (d) => (text += d));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}`))));
    });
    expect(out).toContain('*CASA-1000*');
    expect(out).toContain('001_df728569922fd480.txt · ¶7');
  });
});
