import type { Corpus } from '../types.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { extractMeetingsAsync } from '../extract/extract.js';
import type { ExtractContext } from '../extract/candidates.js';
import type { Meeting } from '../extract/types.js';
import { buildSearchIndexAsync, type SearchIndex } from '../index/search-index.js';
import type { Lexicon } from '../reference/lexicon.js';

/** Stages of loading a corpus, for a progress bar or progress logs. */
export type Progress = (stage: string, done: number, total: number) => void;

/**
 * Read every briefing of a folder, index the passages and extract the meetings, telling `progress` how far each stage
 * is: what a corpus without a usable snapshot costs, in the bot's thread or in the build worker.
 */
export async function readAll(
  dir: string,
  lexicon: Lexicon,
  extract: ExtractContext,
  progress?: Progress,
): Promise<{ corpus: Corpus; index: SearchIndex; meetings: Meeting[] }> {
  const stage =
    (name: string) =>
    (done: number, total: number): void =>
      progress?.(name, done, total);
  const corpus = await loadCorpus(dir, { onProgress: stage('reading briefings') });
  const index = await buildSearchIndexAsync(corpus, lexicon, stage('indexing passages'));
  const meetings = await extractMeetingsAsync(corpus, lexicon, extract, [], stage('extracting meetings'));
  return { corpus, index, meetings };
}
