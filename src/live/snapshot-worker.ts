/**
 * The worker thread that builds a large corpus's snapshot: reading every briefing, indexing the passages and
 * extracting the meetings take minutes and gigabytes at 50,000 briefings, and none of that (work or garbage
 * collection) may hold up the bot's event loop. It reports progress and ends by saving the snapshot, which the bot
 * then loads. Started by {@link buildInWorker}; not imported by anything else.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildExtractContext } from '../extract/extract.js';
import { saveSnapshot, SNAPSHOT_VERSION } from '../index/snapshot.js';
import { buildLexicon } from '../reference/lexicon.js';
import { readAll } from './read-all.js';
import type { WorkerMessage, WorkerTask } from './build-in-worker.js';

const post = (message: WorkerMessage): void => parentPort!.postMessage(message);

async function build({ dir, snapshotPath, fingerprint }: WorkerTask): Promise<void> {
  const lexicon = buildLexicon();
  const { corpus, index, meetings } = await readAll(dir, lexicon, buildExtractContext(lexicon), (stage, done, total) =>
    post({ kind: 'progress', stage, done, total }),
  );
  await saveSnapshot(snapshotPath, {
    version: SNAPSHOT_VERSION,
    fingerprint,
    articles: corpus.articles,
    warnings: corpus.warnings,
    meetings,
    search: index.snapshot(),
  });
}

build(workerData as WorkerTask).then(
  () => post({ kind: 'done' }),
  (error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
