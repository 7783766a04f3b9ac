import { join } from 'node:path';
import type { Article, CorpusWarning } from '../types.js';
import { acceptFile, readListedFile } from '../corpus/load-corpus.js';
import { diffStamps, stampFiles, type FileStamp } from '../corpus/fingerprint.js';
import { extractMeetingsAsync } from '../extract/extract.js';
import { capitalisedWords, knownPeople, mergeMeetings, withoutArticles } from '../extract/incremental.js';
import { buildMeetingIndex } from '../index/meeting-index.js';
import { loadLive, type LoadedCorpus, type Loader } from './load.js';

/** Above this many changed files at once, the corpus is loaded again instead of updated file by file. */
export const MAX_INCREMENTAL_FILES = 200;

/** What an update changed. */
export interface Changes {
  /** Briefings read again or for the first time. */
  added: Article[];
  /** Ids of briefings that left (removed, or replaced by a new version). */
  removed: string[];
  warnings: CorpusWarning[];
  /** True when the whole corpus was loaded again. */
  reloaded: boolean;
}

/**
 * What the new versions of `files` are: parsed briefings (duplicates of a briefing kept elsewhere, and ids already
 * taken by another file, handled as a full load does) and warnings for those that could not be used.
 */
async function readChanged(
  dir: string,
  files: string[],
  kept: ReadonlyMap<string, Article>,
): Promise<{ articles: Article[]; warnings: CorpusWarning[] }> {
  const byHash = new Map([...kept.values()].map((a) => [a.contentHash, a.file]));
  const articles: Article[] = [];
  const warnings: CorpusWarning[] = [];
  for (const file of files) {
    const article = acceptFile(file, await readListedFile(join(dir, file)), byHash, warnings);
    if (article)
      articles.push(
        kept.has(article.id) || articles.some((a) => a.id === article.id) ? { ...article, id: file } : article,
      );
  }
  return { articles, warnings };
}

/**
 * Bring a live corpus up to date with its folder: only the files in `names` are looked at (every file when
 * undefined); added and rewritten briefings are read, indexed and their meetings extracted and merged, removed ones
 * leave. Undefined when nothing changed. Many changes at once load the corpus again. The search index is updated
 * in place at the very end, in the same turn of the event loop as the returned context is meant to replace the old.
 */
export async function updateLive(
  live: LoadedCorpus,
  loader: Loader,
  names?: ReadonlySet<string>,
): Promise<{ live: LoadedCorpus; changes: Changes } | undefined> {
  const { dir, lexicon, extract, terms } = loader;
  const now = await stampFiles(dir, names);
  const { changed, removed } = diffStamps(live.stamps, now, names);
  if (changed.length === 0 && removed.length === 0) return undefined;
  if (changed.length > MAX_INCREMENTAL_FILES) {
    const next = await loadLive(loader);
    return {
      live: next,
      changes: {
        added: [...next.context.index.articles.values()],
        removed: [],
        warnings: [...next.context.warnings],
        reloaded: true,
      },
    };
  }
  const { index, meetings, warnings } = live.context;
  const touched = new Set([...changed, ...removed]);
  const leaving = [...index.articles.values()].filter((a) => touched.has(a.file));
  const leavingIds = new Set(leaving.map((a) => a.id));
  const kept = new Map([...index.articles].filter(([id]) => !leavingIds.has(id)));
  const fresh = await readChanged(dir, changed, kept);
  const stayed = withoutArticles(meetings.meetings, leavingIds);
  const namedNearby = meetings
    .soundingLike(capitalisedWords(fresh.articles))
    .filter((m) => m.sources.some((s) => !leavingIds.has(s.articleId)));
  const found = await extractMeetingsAsync(
    { dir, articles: fresh.articles, warnings: [] },
    lexicon,
    extract,
    knownPeople(namedNearby, lexicon),
  );
  const stamps = new Map<string, FileStamp>(live.stamps);
  for (const file of removed) stamps.delete(file);
  for (const file of changed) stamps.set(file, now.get(file)!);
  index.update(fresh.articles, [...leavingIds]);
  const context = {
    ...live.context,
    meetings: buildMeetingIndex(mergeMeetings(stayed, found), lexicon, extract.places, terms),
    warnings: [...warnings.filter((w) => !touched.has(w.file)), ...fresh.warnings],
  };
  return {
    live: { context, stamps },
    changes: { added: fresh.articles, removed: [...leavingIds], warnings: fresh.warnings, reloaded: false },
  };
}
