/**
 * `node bench/restart.js <corpus> <snapshot>`: a fresh process loading a corpus from its snapshot, as briefbot does
 * when it restarts, and running what `npm start` runs (bin/briefbot.js): the compiled dist/ when it is as new as
 * src/, else the TypeScript sources through tsx (and always with BRIEFBOT_SOURCES=1). Prints one JSON line: which of
 * the two ran, how long loading took, the longest event-loop stall meanwhile, and the memory of the loaded bot.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { whyNotCompiled } from '../scripts/dist.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = process.env.BRIEFBOT_SOURCES !== '1' && whyNotCompiled(root) === undefined;
if (!compiled) (await import('tsx/esm/api')).register();
const { createLoader, loadLive } = await import(compiled ? '../dist/live/load.js' : '../src/live/load.ts');
const { createLogger } = await import(compiled ? '../dist/logger.js' : '../src/logger.ts');

const [dir, snapshotPath] = process.argv.slice(2);
const warnings = [];
const logger = createLogger((line) => {
  if (/ (warn|error): /.test(line)) warnings.push(line);
});
const loader = createLoader({ dir, logger, snapshotPath });
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const start = performance.now();
const live = await loadLive(loader);
const loadMs = performance.now() - start;
await sleep(50);
loop.disable();
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    runs: compiled ? 'compiled' : 'sources',
    loadMs: Math.round(loadMs),
    maxEventLoopBlockMs: Math.round(loop.max / 1e6),
    rssMB: Math.round(memory.rss / 2 ** 20),
    heapMB: Math.round(memory.heapUsed / 2 ** 20),
    articles: live.context.index.articles.size,
    warnings,
  }),
);
