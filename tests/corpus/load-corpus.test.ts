import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  corpusFolderError,
  decodeText,
  isCorpusFileName,
  loadCorpus,
  readCorpusFile,
  withUniqueIds,
} from '../../src/corpus/load-corpus.js';
import { FIXTURES_DIR, SEEDS_DIR, readFixture } from './helpers.js';

const PROSE =
  'The foreign ministers of Chile and Argentina met in Santiago on Friday to discuss lithium exports, a shared energy grid and a long-delayed mountain tunnel across the Andes, and agreed to meet again in Buenos Aires.';

describe('loadCorpus on the seeds folder', () => {
  it('loads all five seed briefings in file-name order with no warnings', async () => {
    const corpus = await loadCorpus(SEEDS_DIR);
    expect(corpus.dir).toBe(SEEDS_DIR);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles.map((a) => a.id)).toEqual([
      '000_0d5f0c5c4968850b',
      '001_df728569922fd480',
      '002_9f8474191b6e5a16',
      '003_11be3f15fbbdd326',
      '004_f565eaee0c20bcd1',
    ]);
  });
});

describe('loadCorpus on the fixtures folder', () => {
  it('loads the briefings and names every bad file with its reason', async () => {
    const corpus = await loadCorpus(FIXTURES_DIR);
    expect(corpus.articles.map((a) => a.file)).toEqual([
      'bad-date-dhaka.txt',
      'broken-front-matter-lima.md',
      'crlf-bom-baku.txt',
      'debris-heavy-astana.txt',
      'front-matter-tashkent.md',
      'undated-yerevan.txt',
    ]);
    expect(corpus.warnings).toEqual([
      { file: 'api-export.md', reason: 'not a briefing: looks like data or code (9 of 9 lines)' },
      {
        file: 'bad-date-dhaka.txt',
        reason: 'date line "2023-02-30" is not a valid date; treated as undated',
        loaded: true,
      },
      {
        file: 'broken-front-matter-lima.md',
        reason: 'front matter is not valid YAML (line 3: Missing closing "quote); loaded without it',
        loaded: true,
      },
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'latin1-geneve.txt', reason: 'not UTF-8 text' },
      { file: 'meeting-log.txt', reason: 'not a briefing: looks like data or code (6 of 6 lines)' },
      { file: 'stub-minsk.txt', reason: 'not a briefing: only 7 words' },
      { file: 'yerevan-duplicate.txt', reason: 'same content as undated-yerevan.txt; loaded once' },
    ]);
    const lima = corpus.articles.find((a) => a.file === 'broken-front-matter-lima.md');
    expect(lima?.title).toMatch(/^The foreign ministers of Peru and Ecuador met in Lima/);
    expect(lima?.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/title:|date:/);
  });

  it('ignores subfolders and files that are neither .txt nor .md', async () => {
    const corpus = await loadCorpus(FIXTURES_DIR);
    const named = [...corpus.articles.map((a) => a.file), ...corpus.warnings.map((w) => w.file)];
    expect(named).not.toContain('notes.json');
    expect(named.some((f) => f.includes('inside-subfolder'))).toBe(false);
  });
});

describe('loadCorpus on awkward files', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefbot-corpus-'));
  });
  afterEach(async () => {
    await chmod(join(dir, 'locked.txt'), 0o644).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('warns about a binary file and still loads the others', async () => {
    await writeFile(
      join(dir, 'a-photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    await writeFile(join(dir, 'b-talks.txt'), PROSE);
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([{ file: 'a-photo.txt', reason: 'binary file' }]);
    expect(corpus.articles.map((a) => a.id)).toEqual(['b-talks']);
  });

  it('warns about a UTF-16 file rather than calling it binary', async () => {
    await writeFile(join(dir, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROSE, 'utf16le')]));
    expect((await loadCorpus(dir)).warnings).toEqual([
      { file: 'wide.txt', reason: 'not UTF-8 text (looks like UTF-16)' },
    ]);
  });

  it('warns about a folder named like a text file', async () => {
    await mkdir(join(dir, 'x.txt'));
    await writeFile(join(dir, 'y.md'), PROSE);
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([{ file: 'x.txt', reason: 'unreadable: EISDIR' }]);
    expect(corpus.articles).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('warns about a file it has no permission to read', async () => {
    await writeFile(join(dir, 'locked.txt'), PROSE);
    await chmod(join(dir, 'locked.txt'), 0o000);
    expect((await loadCorpus(dir)).warnings).toEqual([{ file: 'locked.txt', reason: 'unreadable: EACCES' }]);
  });

  it('says a file that vanished is unreadable', async () => {
    expect(await readCorpusFile(join(dir, 'gone.txt'))).toEqual({ ok: false, error: 'unreadable: ENOENT' });
  });

  it('refuses a file over the size limit without parsing it', async () => {
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 300_000, 'a'));
    expect((await loadCorpus(dir)).warnings).toEqual([{ file: 'huge.txt', reason: 'too large (5.3 MB, limit 5 MB)' }]);
  });

  it('gives a.txt and a.md distinct ids made from their file names', async () => {
    await writeFile(join(dir, 'a.txt'), PROSE);
    await writeFile(join(dir, 'a.md'), `${PROSE} They also spoke about fisheries.`);
    await writeFile(join(dir, 'b.txt'), `${PROSE} Copper was mentioned.`);
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['a.md', 'a.txt', 'b']);
  });

  it('loads the same content once when one copy has CRLF line endings and extra debris', async () => {
    await writeFile(join(dir, '1-original.txt'), readFixture('undated-yerevan.txt'));
    await writeFile(
      join(dir, '2-copy.md'),
      `Advertisement\r\n${readFixture('undated-yerevan.txt').replace(/\n/g, '\r\n')}\r\nLeave a Reply\r\n`,
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(['1-original.txt']);
    expect(corpus.warnings).toEqual([{ file: '2-copy.md', reason: 'same content as 1-original.txt; loaded once' }]);
  });

  it('reads many files and keeps them in name order', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `brief-${String(i).padStart(4, '0')}.txt`);
    await Promise.all(names.map((n, i) => writeFile(join(dir, n), `${PROSE} Round ${i} of talks.`)));
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles.map((a) => a.file)).toEqual(names);
  });

  it('returns an empty corpus for an empty folder', async () => {
    expect(await loadCorpus(dir)).toEqual({ dir, articles: [], warnings: [] });
  });

  it('throws an error naming BRIEFBOT_CORPUS when the folder is missing or is a file', async () => {
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(corpusFolderError(join(dir, 'nope')).message);
    await writeFile(join(dir, 'file.txt'), PROSE);
    await expect(loadCorpus(join(dir, 'file.txt'))).rejects.toMatchObject({ code: 'CORPUS_NOT_A_FOLDER' });
  });
});

describe('corpus loader helpers', () => {
  it('says which setting names a path that is not a folder, and what to do, without a prefix of its own', () => {
    expect(corpusFolderError('./x')).toMatchObject({
      code: 'CORPUS_NOT_A_FOLDER',
      message:
        'BRIEFBOT_CORPUS "./x" is not a folder: create it, or point BRIEFBOT_CORPUS (or --corpus) at your folder of briefings',
    });
  });

  it('reads only .txt and .md names, in any case, and skips hidden files', () => {
    expect(['a.txt', 'b.MD', 'c.md', 'd.json', 'e.txt.bak', '.hidden.txt', 'f'].filter(isCorpusFileName)).toEqual([
      'a.txt',
      'b.MD',
      'c.md',
    ]);
  });

  it('decodes valid UTF-8 and refuses NUL bytes and broken sequences', () => {
    expect(decodeText(Buffer.from('Genève', 'utf8'))).toEqual({ ok: true, value: 'Genève' });
    expect(decodeText(Buffer.from('Gen\u00e8ve', 'latin1'))).toEqual({ ok: false, error: 'not UTF-8 text' });
    expect(decodeText(Buffer.from([0x61, 0x00, 0x62]))).toEqual({ ok: false, error: 'binary file' });
  });

  it('leaves unique ids alone and suffixes any that still collide', () => {
    expect(
      withUniqueIds([
        { id: 'a', file: 'a.txt' },
        { id: 'b', file: 'b.md' },
      ]).map((a) => a.id),
    ).toEqual(['a', 'b']);
    expect(
      withUniqueIds([
        { id: 'a.md', file: 'a.md.txt' },
        { id: 'a', file: 'a.md' },
        { id: 'a', file: 'a.txt' },
      ]).map((a) => a.id),
    ).toEqual(['a.md', 'a.md~2', 'a.txt']);
  });
});

describe('loadCorpus and the slack/ folder', () => {
  it('reads the briefings of slack/ as slack/x, and no other folder inside', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefbot-sub-'));
    try {
      await mkdir(join(dir, 'slack'));
      await mkdir(join(dir, 'drafts'));
      await writeFile(join(dir, 'a.txt'), `Talks in Lima\n\n${PROSE}`);
      await writeFile(join(dir, 'slack', 'b.md'), `Talks in Quito\n\n${PROSE} They met again.`);
      await writeFile(join(dir, 'slack', '.adding-1.tmp'), 'half written');
      await writeFile(join(dir, 'drafts', 'c.md'), `Talks in Bogota\n\n${PROSE} Once more.`);
      const corpus = await loadCorpus(dir);
      expect(corpus.articles.map((a) => [a.id, a.file])).toEqual([
        ['a', 'a.txt'],
        ['b', 'slack/b.md'],
      ]);
      expect(isCorpusFileName('slack/.b.md')).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
