import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, CorpusWarning } from '../types.js';
import type { Meeting } from '../extract/types.js';
import type { SearchIndexSnapshot } from './search-index.js';

/** The snapshot format; a file of another version is ignored and rebuilt. */
export const SNAPSHOT_VERSION = 1;

/** Everything loading a corpus produces, as saved between runs. */
export interface Snapshot {
  version: number;
  fingerprint: string;
  articles: Article[];
  warnings: CorpusWarning[];
  meetings: Meeting[];
  search: SearchIndexSnapshot;
}

/** Save a snapshot atomically (a temporary file renamed over the old one), creating its folder. */
export function saveSnapshot(path: string, snapshot: Snapshot): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(snapshot));
  renameSync(temp, path);
}

/**
 * Read a snapshot of the corpus with this fingerprint. Undefined when there is none, it is of another corpus state
 * (stale), or it cannot be used; the reason is returned for a warning when the file exists but is unusable.
 */
export function readSnapshot(path: string, fingerprint: string): { snapshot?: Snapshot; problem?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const data = JSON.parse(text) as Partial<Snapshot>;
    if (data.version !== SNAPSHOT_VERSION) return { problem: `the snapshot at ${path} is of version ${String(data.version)}, not ${SNAPSHOT_VERSION}; rebuilding it` };
    if (data.fingerprint !== fingerprint) return {};
    if (!Array.isArray(data.articles) || !Array.isArray(data.meetings) || !Array.isArray(data.warnings) || typeof data.search?.mini !== 'string') {
      return { problem: `the snapshot at ${path} is incomplete; rebuilding it` };
    }
    return { snapshot: data as Snapshot };
  } catch (error) {
    return { problem: `the snapshot at ${path} is corrupt (${(error as Error).message}); rebuilding it` };
  }
}
