import type { AskContext } from '../ask/types.js';
import type { CorpusWarning } from '../types.js';
import { codeStamp, fingerprintOf, stampFiles, type FileStamp } from '../corpus/fingerprint.js';
import { assertFolder, emptyFolderWarning, warningLine } from '../corpus/load-corpus.js';
import { buildExtractContext } from '../extract/extract.js';
import { yieldToEventLoop } from '../event-loop.js';
import type { ExtractContext } from '../extract/candidates.js';
import type { Meeting } from '../extract/types.js';
import { analyzeMeetings, buildMeetingIndex, meetingTerms, type MeetingTerms } from '../index/meeting-index.js';
import { loadSearchIndex, type SearchIndex } from '../index/search-index.js';
import { readSnapshot, saveSnapshot, SNAPSHOT_VERSION } from '../index/snapshot.js';
import { buildInWorker } from './build-in-worker.js';
import { readAll, type Progress } from './read-all.js';
import type { Logger } from '../logger.js';
import { buildLexicon, type Lexicon } from '../reference/lexicon.js';

/** What loading and updating a corpus need, built once: reference tables, the memo of meeting terms, where to save. */
export interface Loader {
  dir: string;
  logger: Logger;
  clock: () => Date;
  lexicon: Lexicon;
  extract: ExtractContext;
  terms: MeetingTerms;
  snapshotPath?: string;
  /** A hash of the code that reads briefings ({@link codeStamp}): part of a snapshot's fingerprint. */
  code: string;
  progress?: Progress;
  /** The setting that named `dir`, for messages about it: `BRIEFBOT_CORPUS` (the default) or `--corpus`. */
  dirSetting?: string;
  /** From this many briefings on, a corpus without a usable snapshot is built in a worker thread. */
  workerMinFiles?: number;
}

/**
 * From how many briefings a corpus is built in a worker thread (then loaded from the snapshot it saves): below it,
 * building in the bot's own thread is quicker than starting a worker, and stalls stay short.
 */
export const WORKER_MIN_FILES = 1000;

/** A loaded corpus as it is kept up to date: the answering context and the stamps of the files it was read from. */
export interface LoadedCorpus {
  context: AskContext;
  stamps: ReadonlyMap<string, FileStamp>;
}

/** Build the tables a {@link Loader} carries. */
export function createLoader(options: {
  dir: string;
  logger: Logger;
  clock?: () => Date;
  snapshotPath?: string;
  progress?: Progress;
  dirSetting?: string;
  workerMinFiles?: number;
  code?: string;
}): Loader {
  const lexicon = buildLexicon();
  return {
    clock: () => new Date(),
    ...options,
    lexicon,
    extract: buildExtractContext(lexicon),
    terms: meetingTerms(lexicon),
    code: options.code ?? codeStamp(),
  };
}

/**
 * Load the corpus folder: from the snapshot when the folder is unchanged since it was saved (same names, sizes and
 * times), else by reading every file, indexing the passages and extracting the meetings, then saving the snapshot.
 * Each file that could not be loaded is logged; a corrupt or old snapshot is ignored with a warning, and so is a folder
 * without briefings. Throws a `CORPUS_NOT_A_FOLDER` error, naming the loader's `dirSetting`, when `dir` is no folder.
 */
export async function loadLive(loader: Loader): Promise<LoadedCorpus> {
  const { dir, logger, lexicon, extract, snapshotPath, progress } = loader;
  await assertFolder(dir, loader.dirSetting);
  const stamps = await stampFiles(dir).catch(() => new Map<string, FileStamp>());
  if (stamps.size === 0) logger.warn(emptyFolderWarning(dir, loader.dirSetting));
  const fingerprint = fingerprintOf(stamps, loader.code);
  if (snapshotPath) {
    const saved = await fromSnapshot(loader, stamps, fingerprint);
    if (saved) return saved;
    if (stamps.size >= (loader.workerMinFiles ?? WORKER_MIN_FILES)) {
      logger.info(`reading ${stamps.size} briefings in the background; answers start once they are indexed`);
      const built = await buildInWorker({ dir, snapshotPath, fingerprint }, progress).then(
        () => true,
        (error: unknown) => {
          logger.warn(`could not build the index in the background (${(error as Error).message}); building it here`);
          return false;
        },
      );
      const loaded = built ? await fromSnapshot(loader, stamps, fingerprint) : undefined;
      if (loaded) return loaded;
    }
  }
  const { corpus, index, meetings } = await readAll(dir, lexicon, extract, progress);
  for (const w of corpus.warnings) logger.warn(warningLine(w));
  const live = await liveOf(loader, stamps, index, meetings, corpus.warnings);
  await saveLive(live, loader);
  return live;
}

/** A live corpus from its search index and meetings, the meetings' lookups built with turns for the event loop. */
async function liveOf(
  loader: Loader,
  stamps: ReadonlyMap<string, FileStamp>,
  index: SearchIndex,
  meetings: Meeting[],
  warnings: CorpusWarning[],
): Promise<LoadedCorpus> {
  const { lexicon, extract, terms, clock } = loader;
  const keys = await analyzeMeetings(meetings, terms, yieldToEventLoop);
  return {
    stamps,
    context: { index, meetings: buildMeetingIndex(meetings, lexicon, extract.places, terms, keys), warnings, clock },
  };
}

/** The corpus from the snapshot, when there is one of this folder state; a corrupt or old one is a warning. */
async function fromSnapshot(
  loader: Loader,
  stamps: ReadonlyMap<string, FileStamp>,
  fingerprint: string,
): Promise<LoadedCorpus | undefined> {
  const { logger, lexicon, snapshotPath } = loader;
  if (!snapshotPath) return undefined;
  const { snapshot, problem } = await readSnapshot(snapshotPath, fingerprint);
  if (problem) logger.warn(problem);
  if (!snapshot) return undefined;
  for (const w of snapshot.warnings) logger.warn(warningLine(w));
  const live = await liveOf(
    loader,
    stamps,
    await loadSearchIndex(snapshot.articles, lexicon, snapshot.search),
    snapshot.meetings,
    snapshot.warnings,
  );
  logger.info(
    `loaded ${snapshot.articles.length} briefings and ${snapshot.meetings.length} meetings ` +
      `from the snapshot at ${snapshotPath}`,
  );
  return live;
}

/** Save a live corpus as the snapshot (when the loader has a path); a failure is a warning, never an error. */
export async function saveLive(live: LoadedCorpus, loader: Loader): Promise<void> {
  if (!loader.snapshotPath) return;
  const { index, meetings, warnings } = live.context;
  try {
    await saveSnapshot(loader.snapshotPath, {
      version: SNAPSHOT_VERSION,
      fingerprint: fingerprintOf(live.stamps, loader.code),
      articles: [...index.articles.values()],
      warnings: [...warnings],
      meetings: [...meetings.meetings],
      search: index.snapshot(),
    });
  } catch (error) {
    loader.logger.warn(`could not save the snapshot at ${loader.snapshotPath}: ${(error as Error).message}`);
  }
}
