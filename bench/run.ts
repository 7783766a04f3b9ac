// Benchmark placeholder: the scale issue replaces this with a generated 50,000-briefing corpus.
// For now it measures loading and searching the seed corpus, so that `npm run bench` prints real figures.
import { performance } from 'node:perf_hooks';
import { buildContext } from '../src/main.js';
import { ask } from '../src/ask/answer.js';
import { createLogger } from '../src/logger.js';

const QUERIES = ['search Lavarov', 'search Pakistan', 'search SCO summit Dushanbe', 'search Japarov', 'search dasu in:2021'];

const t0 = performance.now();
const ctx = await buildContext(process.env.BRIEFBOT_CORPUS ?? 'seeds', createLogger(() => {}));
const buildMs = performance.now() - t0;
const times: number[] = [];
for (let round = 0; round < 200; round += 1) {
  for (const q of QUERIES) {
    const s = performance.now();
    ask(q, ctx);
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number): number => Number(times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(3));
const figures = {
  articles: ctx.index.articles.size,
  buildMs: Math.round(buildMs),
  query: { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) },
  rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
};
console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
