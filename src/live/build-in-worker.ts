import { Worker } from 'node:worker_threads';
import type { Progress } from './read-all.js';

/** What the build worker is asked to do. */
export interface WorkerTask {
  dir: string;
  snapshotPath: string;
  fingerprint: string;
}

/** What the build worker says: how far it is, that the snapshot is saved, or why it failed. */
export type WorkerMessage =
  | { kind: 'progress'; stage: string; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

/**
 * How the worker starts. Compiled (`dist/live/build-in-worker.js`, what `npm start` runs), it runs the compiled
 * `snapshot-worker.js` beside this file. From the TypeScript sources (tsx: `npm run dev`, the tests, the bench), its
 * first lines register tsx, as `bin/briefbot.js` does in the main thread, then import `snapshot-worker.ts`.
 */
export function workerScript(moduleUrl: string = import.meta.url): { script: URL | string; eval: boolean } {
  if (!moduleUrl.endsWith('.ts')) return { script: new URL('./snapshot-worker.js', moduleUrl), eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./snapshot-worker.ts', moduleUrl).href;
  const script = `(async () => {
    const { register } = await import(${JSON.stringify(tsx)});
    register();
    await import(${JSON.stringify(worker)});
  })().catch((error) => {
    const message = String((error && error.message) || error);
    require('node:worker_threads').parentPort.postMessage({ kind: 'failed', message });
  });`;
  return { script, eval: true };
}

/**
 * Build the snapshot of a corpus folder in a worker thread, passing its progress on; resolves once the snapshot is
 * saved, rejects with the worker's reason when it could not be.
 */
export function buildInWorker(task: WorkerTask, progress?: Progress): Promise<void> {
  return new Promise((resolve, reject) => {
    const { script, eval: isCode } = workerScript();
    const worker = new Worker(script, { eval: isCode, workerData: task });
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') progress?.(m.stage, m.done, m.total);
      else if (m.kind === 'done') settle();
      else settle(new Error(m.message));
      if (m.kind !== 'progress') void worker.terminate();
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) =>
      settle(code === 0 ? undefined : new Error(`the build worker stopped with code ${code}`)),
    );
  });
}
