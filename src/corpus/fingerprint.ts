import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCorpusFileName, listCorpusFiles } from './load-corpus.js';

/** What says a corpus file changed: its size and modification time. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** How many files are looked at at once. */
const STAT_CONCURRENCY = 256;

/**
 * The stamps of the briefings in a folder (its `slack/` folder's included), or of the given names only; a name that is
 * gone (or not a briefing) is left out, which is how a removal shows.
 */
export async function stampFiles(dir: string, names?: Iterable<string>): Promise<Map<string, FileStamp>> {
  const list = [...(names ?? (await listCorpusFiles(dir)))].filter(isCorpusFileName).sort();
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < list.length; i += STAT_CONCURRENCY) {
    const batch = list.slice(i, i + STAT_CONCURRENCY);
    const infos = await Promise.all(batch.map((name) => stat(join(dir, name)).catch(() => undefined)));
    batch.forEach((name, k) => {
      const info = infos[k];
      if (info?.isFile()) stamps.set(name, { size: info.size, mtimeMs: info.mtimeMs });
    });
  }
  return stamps;
}

/** The folders of the code that reads briefings into what a snapshot holds (passages, terms, meetings). */
const READING_CODE = ['corpus', 'extract', 'index', 'reference', 'text'];

/**
 * A hash of the code that reads briefings, as the running copy has it (`src/` or `dist/`): a snapshot saved by other
 * code is rebuilt, so that an upgrade's better reading shows without anyone deleting a file.
 */
export function codeStamp(root = fileURLToPath(new URL('..', import.meta.url))): string {
  const hash = createHash('sha1');
  for (const folder of READING_CODE) {
    const names = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).sort() : [];
    for (const name of names.filter((n) => /\.(?:[cm]?js|ts)$/.test(n)))
      hash.update(`${folder}/${name}\u0000`).update(readFileSync(join(root, folder, name)));
  }
  return hash.digest('hex');
}

/**
 * A fingerprint of a set of stamps and of the code that read them: equal fingerprints mean a snapshot of the folder
 * can be used as it is.
 */
export function fingerprintOf(stamps: ReadonlyMap<string, FileStamp>, code = ''): string {
  const hash = createHash('sha1');
  hash.update(`${code}\n`);
  for (const name of [...stamps.keys()].sort()) {
    const s = stamps.get(name)!;
    hash.update(`${name}\u0000${s.size}\u0000${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * A fingerprint of a corpus folder from its briefings' names, sizes and modification times, and of the running code
 * that reads them: equal fingerprints mean a snapshot of the folder can be used instead of reading every file again.
 */
export async function corpusFingerprint(dir: string): Promise<string> {
  return fingerprintOf(await stampFiles(dir), codeStamp());
}

/**
 * Which of `names` changed between two stamp sets: added or rewritten (to read), and removed. Names outside `names`
 * are not looked at; without `names`, every file is.
 * @example diffStamps(new Map([['a.txt', s1]]), new Map([['b.txt', s2]]))
 * // → { changed: ['b.txt'], removed: ['a.txt'] }
 */
export function diffStamps(
  before: ReadonlyMap<string, FileStamp>,
  after: ReadonlyMap<string, FileStamp>,
  names?: Iterable<string>,
): { changed: string[]; removed: string[] } {
  const looked = names ? new Set(names) : new Set([...before.keys(), ...after.keys()]);
  const changed: string[] = [];
  const removed: string[] = [];
  for (const name of [...looked].sort()) {
    const [was, now] = [before.get(name), after.get(name)];
    if (now && (!was || was.size !== now.size || was.mtimeMs !== now.mtimeMs)) changed.push(name);
    else if (!now && was) removed.push(name);
  }
  return { changed, removed };
}
