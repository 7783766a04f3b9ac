import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger.js';
import { isCorpusFileName } from './load-corpus.js';

/**
 * How long after the last change in the folder the changed briefings are read: a file being copied settles first,
 * and the change still shows within a second.
 */
export const WATCH_DEBOUNCE_MS = 300;

/**
 * Call `onChange` with the names of the briefings added to, changed in or removed from the corpus folder, once the
 * folder has been quiet for `debounceMs`; `undefined` when the system did not say which (look at every file).
 * Changes that arrive while `onChange` runs are kept for the next call. Returns a function that stops watching.
 */
export function watchCorpus(
  dir: string,
  onChange: (names: ReadonlySet<string> | undefined) => Promise<void>,
  logger: Logger,
  debounceMs = WATCH_DEBOUNCE_MS,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let pending: Set<string> | undefined = new Set();
  let running = false;
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
  try {
    watcher = watch(dir, (_event, name) => {
      if (name && !isCorpusFileName(String(name))) return;
      if (!name) pending = undefined;
      else pending?.add(String(name));
      schedule();
    });
    watcher.on('error', (error) => logger.warn(`stopped watching ${dir}: ${error.message}`));
  } catch (error) {
    logger.warn(`cannot watch ${dir} for new briefings: ${(error as Error).message}; restart briefbot to load them`);
  }
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
  };
}
