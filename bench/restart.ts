/**
 * `tsx bench/restart.ts <corpus> <snapshot>`: a fresh process loading a corpus from its snapshot, as briefbot does
 * when it restarts. Prints one JSON line: how long loading took, the longest event-loop stall meanwhile, and the
 * memory of the loaded bot.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createLoader, loadLive } from '../src/live/load.js';
import { createLogger } from '../src/logger.js';

const [dir, snapshotPath] = process.argv.slice(2);
const warnings: string[] = [];
const logger = createLogger((line) => {
  if (/ (warn|error): /.test(line)) warnings.push(line);
});
const loader = createLoader({ dir: dir!, logger, snapshotPath: snapshotPath! });
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const start = performance.now();
const live = await loadLive(loader);
const loadMs = performance.now() - start;
await new Promise((resolve) => setTimeout(resolve, 50));
loop.disable();
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    loadMs: Math.round(loadMs),
    maxEventLoopBlockMs: Math.round(loop.max / 1e6),
    rssMB: Math.round(memory.rss / 2 ** 20),
    heapMB: Math.round(memory.heapUsed / 2 ** 20),
    articles: live.context.index.articles.size,
    warnings,
  }),
);
