/**
 * `npm run bench [-- --articles N] [-- --json]`: builds a deterministic corpus of N briefings (default 50,000), loads
 * it as briefbot does, and measures build speed, memory (of a fresh process restarted from the snapshot), event-loop
 * stalls while loading, query latency against minisearch with its default options, the HTTP app's acknowledgement
 * latency under 50 signed requests a second, and how long a briefing added, rewritten or removed takes to show.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { createLoader, loadLive, saveLive } from '../src/live/load.js';
import { updateLive } from '../src/live/update.js';
import type { AskContext } from '../src/ask/types.js';
import { execFileSync } from 'node:child_process';
import { ask } from '../src/ask/answer.js';
import { buildAnswerMessage } from '../src/render/blocks.js';
import { createLogger } from '../src/logger.js';
import { buildSlackApp } from '../src/slack/app.js';
import { DEFAULT_RETRY_POLICY } from '../src/slack/send.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { generateBriefings } from './generate.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '50000' }, json: { type: 'boolean', default: false } },
});
const N = Number(values.articles);
const logger = createLogger(() => {});
const ms = (t: number): number => Math.round(t * 100) / 100;
const percentiles = (times: number[]): { p50: number; p95: number; p99: number } => {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number): number => ms(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
for (const [file, text] of generateBriefings(N)) writeFileSync(join(dir, file), text);

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const t0 = performance.now();
const snapshotPath = join(dir, '..', `${basename(dir)}-snapshot.bin`);
// As the bot loads a corpus it has no snapshot of: built in a worker thread, saved, then loaded from the snapshot.
const loader = createLoader({ dir, logger, clock: () => new Date('2026-11-22T12:00:00Z'), snapshotPath });
let live = await loadLive(loader);
const buildMs = performance.now() - t0;
await new Promise((resolve) => setTimeout(resolve, 50)); // let the monitor's timer see the last stall before it stops
loop.disable();
const buildMemory = process.memoryUsage();
const ctx = (): AskContext => live.context;
const passages = [...ctx().index.articles.values()].reduce((n, a) => n + a.paragraphs.length, 0);

const sample = ctx().meetings.meetings.find((m) => m.participants.length >= 2 && m.participants.every((p) => p.name));
const [a, b] = sample ? sample.participants.map((p) => p.name!.split(' ').pop()!) : ['Lavrov', 'Qureshi'];
const misspelt = `${a!.slice(0, -2)}${a!.slice(-1)}${a!.slice(-2, -1)}`;
const MIX = [
  `search ${a}`,
  'search trade',
  'search energy connectivity trade',
  `search ${misspelt}`,
  `meetings with ${sample?.participants[1]?.country ?? 'Russia'}`,
  `When did ${a} meet ${b}?`,
  `did the ${sample?.participants[1]?.country ?? 'Russian'} foreign minister meet ${a} in 2024, and what did they say?`,
];
const ROUNDS = 30;
const times: number[] = [];
for (let r = 0; r < ROUNDS; r += 1) {
  for (const q of MIX) {
    const s = performance.now();
    buildAnswerMessage(ask(q, ctx()), { interactive: true });
    times.push(performance.now() - s);
  }
}

// Acknowledgements first: the baseline's index, built next, would weigh on this process's garbage collection.
const ack = await ackLatency();

/** The same mix on minisearch with its default options over the same passages (then dropped: it weighs gigabytes). */
function baselineTimes(): number[] {
  const baseline = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  baseline.addAll(
    [...ctx().index.articles.values()].flatMap((art) =>
      art.paragraphs.map((p) => ({ id: `${art.id}#${p.n}`, text: p.text })),
    ),
  );
  const out: number[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const q of MIX) {
      const s = performance.now();
      baseline.search(q.replace(/^(?:search|meetings with) /, '').replace(/[?]/g, ''));
      out.push(performance.now() - s);
    }
  }
  return out;
}
const baseTimes = baselineTimes();

/** A local stand-in for the Web API and the response_url, so that the app answers without the internet. */
async function fakeSlack(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function ackLatency(): Promise<number[]> {
  const slack = await fakeSlack();
  const secret = 'bench-signing-secret-0123456789';
  const store = openSqliteStore(':memory:');
  const app = buildSlackApp({
    config: {
      mode: 'http',
      botToken: 'xoxb-bench',
      signingSecret: secret,
      port: 0,
      corpusDir: dir,
      editors: [],
      channels: [],
      dbPath: ':memory:',
      snapshotPath: ':none:',
      slackApiUrl: `${slack.url}/api/`,
    },
    context: ctx,
    logger,
    store,
    clock: () => new Date(),
    retry: { ...DEFAULT_RETRY_POLICY, attempts: 1 },
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const latencies: number[] = [];
  const send = async (i: number): Promise<void> => {
    const body = new URLSearchParams({
      command: '/brief',
      text: MIX[i % MIX.length]!,
      user_id: 'U1',
      channel_id: 'C1',
      team_id: 'T1',
      response_url: `${slack.url}/respond`,
      trigger_id: 't',
      api_app_id: 'A1',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
    const s = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sig,
      },
      body,
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - s);
  };
  const pending: Promise<void>[] = [];
  for (let i = 0; i < 200; i += 1) {
    pending.push(send(i));
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.all(pending);
  await app.stop();
  store.close();
  slack.server.close();
  return latencies;
}

const s1 = performance.now();
await saveLive(live, loader);
const snapshotSaveMs = performance.now() - s1;
const snapshotBytes = statSync(snapshotPath).size;
/** Restart in a fresh process, as the bot would. */
const restart = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', join(import.meta.dirname, 'restart.js'), dir, snapshotPath], {
    encoding: 'utf8',
  }),
) as {
  runs: 'compiled' | 'sources';
  loadMs: number;
  maxEventLoopBlockMs: number;
  rssMB: number;
  heapMB: number;
  articles: number;
  warnings: string[];
};
if (restart.articles !== live.context.index.articles.size || restart.warnings.length > 0)
  throw new Error(`the restart did not load the snapshot: ${JSON.stringify(restart)}`);
rmSync(snapshotPath, { force: true });

/** A briefing added, one rewritten and one removed, each timed until answers reflect it. */
async function incremental(): Promise<{ addMs: number; changeMs: number; removeMs: number }> {
  const files = [...live.context.index.articles.values()].map((a) => a.file).sort();
  const text = readFileSync(join(dir, files[0]!), 'utf8');
  const timed = async (name: string, change: () => void, check: () => boolean): Promise<number> => {
    const s = performance.now();
    change();
    const update = await updateLive(live, loader, new Set([name]));
    if (!update) throw new Error(`no update for ${name}`);
    live = update.live;
    const took = performance.now() - s;
    if (!check()) throw new Error(`the update of ${name} is not reflected`);
    return took;
  };
  const found = (word: string): number => {
    const answer = ask(`search ${word}`, ctx());
    return answer.kind === 'search' ? answer.total : 0;
  };
  const addMs = await timed(
    'zz-added.txt',
    () => writeFileSync(join(dir, 'zz-added.txt'), text.replace(/\n\n/, ' Quuxbridge observers noted the talks.\n\n')),
    () => found('Quuxbridge') === 1,
  );
  const changeMs = await timed(
    files[1]!,
    () =>
      writeFileSync(
        join(dir, files[1]!),
        `${readFileSync(join(dir, files[1]!), 'utf8')}\n\nZyqwort delegates also attended.\n`,
      ),
    () => found('Zyqwort') === 1,
  );
  const removeMs = await timed(
    'zz-added.txt',
    () => rmSync(join(dir, 'zz-added.txt')),
    () => found('Quuxbridge') === 0,
  );
  return { addMs: Math.round(addMs), changeMs: Math.round(changeMs), removeMs: Math.round(removeMs) };
}
const incrementalMs = await incremental();

const figures = {
  articles: ctx().index.articles.size,
  passages,
  meetings: ctx().meetings.meetings.length,
  buildMs: Math.round(buildMs),
  articlesPerSec: Math.round((ctx().index.articles.size * 1000) / buildMs),
  restartRuns: restart.runs,
  rssMB: restart.rssMB,
  heapMB: restart.heapMB,
  buildRssMB: Math.round(buildMemory.rss / 2 ** 20),
  snapshotBytes,
  snapshotSaveMs: Math.round(snapshotSaveMs),
  snapshotLoadMs: restart.loadMs,
  maxEventLoopBlockMs: Math.max(Math.round(loop.max / 1e6), restart.maxEventLoopBlockMs),
  query: percentiles(times),
  baseline: percentiles(baseTimes),
  ackP99Ms: percentiles(ack).p99,
  incrementalMs,
};
rmSync(dir, { recursive: true, force: true });
if (values.json) console.log(JSON.stringify(figures));
else {
  console.log(`briefbot bench: ${N} generated briefings`);
  for (const [k, v] of Object.entries(figures))
    console.log(`  ${k.padEnd(20)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
}
process.exit(0);
