// Faults in corpus files: files that vanish or change while being read, a 10 MB file, and files that are not text.
import { mkdtemp, open, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHANGED_REASON,
  FILES_PER_SLICE,
  MAX_FILE_BYTES,
  VANISHED_REASON,
  isTorn,
  loadCorpus,
  readCorpusFile,
  type CorpusFileHandle,
  type CorpusFileSystem,
} from '../../src/corpus/load-corpus.js';
import { readFixture } from './helpers.js';

const PROSE = readFixture('undated-yerevan.txt');

/** A briefing different from every other one written here, so none is dropped as a duplicate. */
const briefing = (n: number): string => `${PROSE}\nThis was round ${n} of the talks.\n`;

/** What a wrapped file system saw: how often each file (by name) was opened and read in full. */
interface Calls {
  opens: Map<string, number>;
  reads: Map<string, number>;
}

/** Hooks run by the wrapped file system around the real one. */
interface Hooks {
  beforeOpen?: (path: string, count: number) => Promise<void>;
  beforeRead?: (path: string, count: number) => Promise<void>;
}

const bump = (counts: Map<string, number>, key: string): number => {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
};

/** The real file system with hooks before open and before readFile, counting both per file name. */
function wrappedFs(hooks: Hooks): { fs: CorpusFileSystem; calls: Calls } {
  const calls: Calls = { opens: new Map(), reads: new Map() };
  const fs: CorpusFileSystem = {
    async open(path) {
      const opened = bump(calls.opens, basename(path));
      await hooks.beforeOpen?.(path, opened);
      const handle = await open(path, 'r');
      return {
        stat: () => handle.stat(),
        close: () => handle.close(),
        async readFile() {
          const read = bump(calls.reads, basename(path));
          await hooks.beforeRead?.(path, read);
          return handle.readFile();
        },
      };
    },
  };
  return { fs, calls };
}

/** A fake file system holding one file whose successive reads return the given snapshots. */
function scriptedFs(
  snapshots: readonly {
    before: { size: number; mtimeMs: number };
    bytes: string;
    after: { size: number; mtimeMs: number };
  }[],
): CorpusFileSystem {
  let n = 0;
  return {
    async open(): Promise<CorpusFileHandle> {
      const snap = snapshots[Math.min(n++, snapshots.length - 1)]!;
      let stats = 0;
      return {
        stat: async () => (stats++ === 0 ? snap.before : snap.after),
        readFile: async () => Buffer.from(snap.bytes),
        close: async () => undefined,
      };
    },
  };
}

/** CRC-32 as zip files use it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A valid zip archive holding one stored (uncompressed) file, so its text sits in plain sight inside the archive. */
function zipOf(name: string, text: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const data = Buffer.from(text, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-faults-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a file deleted after the folder was listed', () => {
  it('is named as vanished, in words rather than an error code, and every other file loads', async () => {
    await Promise.all(['a.txt', 'b.txt', 'c.md'].map((name, i) => writeFile(join(dir, name), briefing(i))));
    const { fs } = wrappedFs({ beforeOpen: (path) => (basename(path) === 'b.txt' ? unlink(path) : Promise.resolve()) });
    const corpus = await loadCorpus(dir, { fs });
    expect(corpus.warnings).toEqual([{ file: 'b.txt', reason: VANISHED_REASON }]);
    expect(corpus.warnings[0]!.reason).not.toMatch(/ENOENT/);
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt', 'c.md']);
    expect(await readdir(dir)).not.toContain('b.txt');
  });
});

describe('a file rewritten while being read', () => {
  it('is read again, and the second, steady read is what loads', async () => {
    await writeFile(join(dir, 'a.txt'), briefing(1));
    await writeFile(join(dir, 'b.txt'), briefing(2));
    const rewritten = `${briefing(2)}Late addition: the ministers also discussed fisheries.\n`;
    const { fs, calls } = wrappedFs({
      beforeRead: (path, n) => (basename(path) === 'b.txt' && n === 1 ? writeFile(path, rewritten) : Promise.resolve()),
    });
    const corpus = await loadCorpus(dir, { fs });
    expect(corpus.warnings).toEqual([]);
    expect(calls.opens.get('b.txt')).toBe(2);
    expect(calls.opens.get('a.txt')).toBe(1);
    const b = corpus.articles.find((a) => a.file === 'b.txt');
    expect(b?.paragraphs.map((p) => p.text).join('\n')).toContain('fisheries');
  });

  it('is skipped with a warning, not loaded torn, when it changes on the second read too', async () => {
    await writeFile(join(dir, 'a.txt'), briefing(1));
    await writeFile(join(dir, 'b.txt'), briefing(2));
    const { fs, calls } = wrappedFs({
      beforeRead: (path, n) =>
        basename(path) === 'b.txt' ? writeFile(path, `${briefing(2)}${'More. '.repeat(n * 10)}`) : Promise.resolve(),
    });
    const corpus = await loadCorpus(dir, { fs });
    expect(corpus.warnings).toEqual([{ file: 'b.txt', reason: CHANGED_REASON }]);
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(calls.opens.get('b.txt')).toBe(2);
  });

  it('catches a same-size rewrite by its modification time and never returns the torn bytes', async () => {
    const steady = { size: 6, mtimeMs: 2 };
    const fs = scriptedFs([
      { before: { size: 6, mtimeMs: 1 }, bytes: 'oldnew', after: steady },
      { before: steady, bytes: 'newnew', after: steady },
    ]);
    expect(await readCorpusFile('b.txt', { fs })).toEqual({ ok: true, value: 'newnew' });
  });

  it('refuses a file that shrinks or grows under the reader twice, as readCorpusFile', async () => {
    const fs = scriptedFs([
      { before: { size: 10, mtimeMs: 1 }, bytes: 'short', after: { size: 5, mtimeMs: 2 } },
      { before: { size: 5, mtimeMs: 2 }, bytes: 'longer text', after: { size: 11, mtimeMs: 3 } },
    ]);
    expect(await readCorpusFile('b.txt', { fs })).toEqual({ ok: false, error: CHANGED_REASON });
  });

  it('treats a read as torn when the bytes, the size or the time disagree, and only then', () => {
    const at = { size: 100, mtimeMs: 5 };
    expect(isTorn(at, 100, { ...at })).toBe(false);
    expect(isTorn(at, 99, { ...at })).toBe(true);
    expect(isTorn(at, 100, { ...at, size: 120 })).toBe(true);
    expect(isTorn(at, 100, { ...at, mtimeMs: 6 })).toBe(true);
  });
});

describe('a 10 MB file', () => {
  it('is skipped as too large from its size alone, never read into memory, and the others load', async () => {
    const tenMb = 10 * 1024 * 1024;
    expect(tenMb).toBeGreaterThan(MAX_FILE_BYTES);
    const big = await open(join(dir, 'b-huge.txt'), 'w');
    const chunk = Buffer.alloc(1024 * 1024, PROSE);
    for (let i = 0; i < 10; i++) await big.write(chunk);
    await big.close();
    await writeFile(join(dir, 'a.txt'), briefing(1));
    await writeFile(join(dir, 'c.md'), briefing(3));
    const { fs, calls } = wrappedFs({});
    const corpus = await loadCorpus(dir, { fs });
    expect(corpus.warnings).toEqual([{ file: 'b-huge.txt', reason: 'too large (10.0 MB, limit 5 MB)' }]);
    expect(calls.opens.get('b-huge.txt')).toBe(1);
    expect(calls.reads.get('b-huge.txt')).toBeUndefined();
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt', 'c.md']);
  });
});

describe('files that are not text', () => {
  it('names a zip, UTF-16 big-endian and UTF-8 cut mid-character, and loads the rest', async () => {
    // PNG bytes, UTF-16 little-endian and Latin-1 are covered in load-corpus.test.ts; these are the other kinds.
    const cut = Buffer.from(`${briefing(4)}Genève`, 'utf8');
    await writeFile(join(dir, 'archive.txt'), zipOf('briefing.txt', briefing(5)));
    await writeFile(join(dir, 'cut.txt'), cut.subarray(0, cut.length - 've'.length - 1));
    await writeFile(join(dir, 'plain.txt'), briefing(6));
    await writeFile(
      join(dir, 'wide-be.md'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(briefing(7), 'utf16le').swap16()]),
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([
      { file: 'archive.txt', reason: 'binary file' },
      { file: 'cut.txt', reason: 'not UTF-8 text' },
      { file: 'wide-be.md', reason: 'not UTF-8 text (looks like UTF-16)' },
    ]);
    expect(corpus.articles.map((a) => a.file)).toEqual(['plain.txt']);
  });
});

describe('loadCorpus progress', () => {
  /** Writes `count` files (the third a binary one) and returns every onProgress call made while loading them. */
  async function progressFor(count: number): Promise<[number, number][]> {
    await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const name = join(dir, `brief-${String(i).padStart(4, '0')}.txt`);
        return writeFile(name, i === 2 ? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]) : briefing(i));
      }),
    );
    const calls: [number, number][] = [];
    await loadCorpus(dir, { onProgress: (done, total) => calls.push([done, total]) });
    return calls;
  }

  /** The calls expected: one per full slice short of the end, then the end, counting bad files as done. */
  const expected = (total: number): [number, number][] => [
    ...Array.from({ length: Math.ceil(total / FILES_PER_SLICE) - 1 }, (_, k): [number, number] => [
      (k + 1) * FILES_PER_SLICE,
      total,
    ]),
    [total, total],
  ];

  it('reports once per slice of files and once at the end', async () => {
    const total = 2 * FILES_PER_SLICE + 7;
    expect(await progressFor(total)).toEqual(expected(total));
  });

  it('does not report the end twice when the files fill whole slices', async () => {
    const calls = await progressFor(2 * FILES_PER_SLICE);
    expect(calls).toEqual(expected(2 * FILES_PER_SLICE));
    expect(calls.filter(([done, total]) => done === total)).toHaveLength(1);
  });

  it('reports 0 of 0 for an empty folder', async () => {
    expect(await progressFor(0)).toEqual([[0, 0]]);
  });
});
