import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger.js';
import { isCorpusFileName } from './load-corpus.js';

/** How long after the last change in the folder the corpus is read again: a file being copied settles first. */
export const WATCH_DEBOUNCE_MS = 2000;

/**
 * Call `onChange` when briefings are added to, changed in or removed from the corpus folder, once the folder has
 * been quiet for `debounceMs`. Returns a function that stops watching.
 */
export function watchCorpus(dir: string, onChange: () => Promise<void>, logger: Logger, debounceMs = WATCH_DEBOUNCE_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const fire = (): void => {
    timer = undefined;
    onChange().catch((error: unknown) => logger.error(`could not reload ${dir}`, error));
  };
  try {
    watcher = watch(dir, (_event, name) => {
      if (name && !isCorpusFileName(String(name))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(fire, debounceMs);
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
