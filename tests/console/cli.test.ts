import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli.js';
import { cli } from '../helpers.js';

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
  });

  it('lists sources as JSON with dates and paragraph counts', async () => {
    const { out } = await cli(['sources', '--json']);
    const json = JSON.parse(out);
    expect(json.sources).toHaveLength(5);
    expect(json.sources[0]).toMatchObject({ id: '003_11be3f15fbbdd326', published: '2024-10-17' });
  });
});

describe('the briefbot executable', () => {
  const run = promisify(execFile);

  it('runs with node and no build step, as npx briefbot does', async () => {
    const { stdout } = await run(process.execPath, ['bin/briefbot.js', 'search', 'Lavarov', '--json'], {
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(JSON.parse(stdout).results[0].file).toBe('002_9f8474191b6e5a16.txt');
  });

  it('answers piped console input and exits', async () => {
    const child = execFile(process.execPath, ['bin/briefbot.js'], { env: { PATH: process.env.PATH ?? '' } });
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
