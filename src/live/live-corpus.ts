/**
 * The corpus as a running bot keeps it: loaded once, then brought up to date with its folder one update after
 * another, and saved as the snapshot at stop when updates changed it since the last save. One object owns that
 * state; the composition root creates it, hands its context to the answers and stops it.
 */
import type { AskContext } from '../ask/types.js';
import { watchCorpus } from '../corpus/watch.js';
import { BriefbotError, isBriefbotError } from '../errors.js';
import type { Article } from '../types.js';
import { loadLive, saveLive, type LoadedCorpus, type Loader } from './load.js';
import { updateLive, type Changes } from './update.js';

/** What a live corpus tells its owner. */
export interface LiveCorpusHooks {
  /** The corpus was loaded, or changed: `added` holds the briefings read (all of them after a full load). */
  changed?: (context: AskContext, added: readonly Article[]) => void;
}

export interface LiveCorpus {
  /** Load the corpus; false, with the reason logged, when its folder is missing or not a folder. */
  load(): Promise<boolean>;
  /** The answering context; throws a `NOT_READY` {@link BriefbotError} while the first load is under way. */
  context(): AskContext;
  /** The answering context, or undefined while the first load is under way. */
  current(): AskContext | undefined;
  /** Read the briefings named (every file when undefined) that changed in the folder, after any update under way. */
  follow(names?: ReadonlySet<string>): Promise<void>;
  /** Follow the folder as it changes, until {@link LiveCorpus.stop}. */
  watch(): void;
  /** Stop watching, let the update under way finish, and save the snapshot if updates changed the corpus. */
  stop(): Promise<void>;
}

/** The error answers meet while the first load is under way. */
const notReady = (): BriefbotError =>
  new BriefbotError('NOT_READY', 'the briefings are still loading', 'ask again in a minute');

/** One log line for an update of the corpus. */
function describeChanges(changes: Changes, context: AskContext): string {
  const size = `${context.index.articles.size} briefings, ${context.meetings.meetings.length} meetings`;
  if (changes.reloaded) return `read the corpus again: ${size}`;
  const files = [
    ...changes.added.map((a) => `+${a.file}`),
    ...changes.removed.map((id) => `-${id}`),
    ...changes.warnings.map((w) => `!${w.file}`),
  ];
  const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
  return `updated the corpus (${files.slice(0, 5).join(' ')}${more}): ${size}`;
}

/** A live corpus of the loader's folder; nothing is read until {@link LiveCorpus.load}. */
export function createLiveCorpus(loader: Loader, hooks: LiveCorpusHooks = {}): LiveCorpus {
  const { logger, dir } = loader;
  let loaded: LoadedCorpus | undefined;
  let unsaved = false;
  let updates: Promise<void> = Promise.resolve();
  let stopWatching = (): void => {};

  const update = async (names?: ReadonlySet<string>): Promise<void> => {
    if (!loaded) return;
    const next = await updateLive(loaded, loader, names);
    if (!next) return;
    loaded = next.live;
    unsaved = !next.changes.reloaded;
    hooks.changed?.(loaded.context, next.changes.added);
    logger.info(describeChanges(next.changes, loaded.context));
  };

  const follow = (names?: ReadonlySet<string>): Promise<void> => {
    const next = updates.then(() => update(names));
    updates = next.catch(() => {});
    return next;
  };

  return {
    async load() {
      try {
        loaded = await loadLive(loader);
      } catch (error) {
        if (!isBriefbotError(error, 'CORPUS_NOT_A_FOLDER')) throw error;
        logger.error(error.message);
        return false;
      }
      hooks.changed?.(loaded.context, [...loaded.context.index.articles.values()]);
      return true;
    },
    context() {
      if (!loaded) throw notReady();
      return loaded.context;
    },
    current: () => loaded?.context,
    follow,
    watch() {
      stopWatching = watchCorpus(dir, follow, logger);
    },
    async stop() {
      stopWatching();
      await updates;
      if (unsaved && loaded) await saveLive(loaded, loader);
      unsaved = false;
    },
  };
}
