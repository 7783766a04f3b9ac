import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCorpusFileName } from './load-corpus.js';

/**
 * A fingerprint of a corpus folder from its briefings' names, sizes and modification times: equal fingerprints mean
 * a snapshot of the folder can be used instead of reading every file again.
 */
export async function corpusFingerprint(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter(isCorpusFileName).sort();
  const hash = createHash('sha1');
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    hash.update(`${name}\u0000${info?.size ?? -1}\u0000${info?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex');
}
