import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { CORPUS_SUBFOLDERS, isCorpusFileName } from './load-corpus.js';

/**
 * How long after the last change in the folder the changed briefings are read: a file being copied settles first,
 * and the change still shows within a second.
 */
export const WATCH_DEBOUNCE_MS = 300;

/**
 * Call `onChange` with the names of the briefings added to, changed in or removed from the corpus folder (and its
 * `slack/` folder, named `slack/x.md`, watched from when it exists), once the folder has been quiet for `debounceMs`;
 * `undefined` when the system did not say which (look at every file). Changes that arrive while `onChange` runs are
 * kept for the next call. Returns a function that stops watching.
 */
export function watchCorpus(
  dir: string,
  onChange: (names: ReadonlySet<string> | undefined) => Promise<void>,
  logger: Logger,
  debounceMs = WATCH_DEBOUNCE_MS,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watchers = new Map<string, FSWatcher>();
  let pending: Set<string> | undefined = new Set();
  let running = false;
  let stopped = false;
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const fire = (): void => {
    timer = undefined;
    if (running) return schedule();
    const names = pending;
    pending = new Set();
    running = true;
    onChange(names)
      .catch((error: unknown) => logger.error(`could not read the changes in ${dir}`, error))
      .finally(() => {
        running = false;
      });
  };
  /** Watch `sub` (a subfolder's name, or '' for the folder itself); a missing subfolder is watched once it exists. */
  const follow = (sub: string): void => {
    if (stopped || watchers.has(sub)) return;
    const path = sub ? join(dir, sub) : dir;
    try {
      const watcher = watch(path, (_event, name) => {
        const file = name ? String(name) : undefined;
        if (!sub && file && CORPUS_SUBFOLDERS.includes(file)) return followSubfolder(file);
        if (file && !isCorpusFileName(file)) return;
        if (!file) pending = undefined;
        else pending?.add(sub ? `${sub}/${file}` : file);
        schedule();
      });
      watchers.set(sub, watcher);
      watcher.on('error', (error) => {
        watchers.delete(sub);
        if (sub && !existsSync(path)) return; // the subfolder was removed: watched again once it is back
        logger.warn(`stopped watching ${path}: ${error.message}`);
      });
    } catch (error) {
      if (sub && !existsSync(path)) return;
      logger.warn(`cannot watch ${path} for new briefings: ${(error as Error).message}; restart briefbot to load them`);
    }
  };
  /** A subfolder appeared (or changed): watch it, and look at every file, as its briefings came with it. */
  const followSubfolder = (sub: string): void => {
    if (watchers.has(sub) || !existsSync(join(dir, sub))) return;
    follow(sub);
    pending = undefined;
    schedule();
  };
  follow('');
  for (const sub of CORPUS_SUBFOLDERS) if (existsSync(join(dir, sub))) follow(sub);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
  };
}
