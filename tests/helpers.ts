import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { ask } from '../src/ask/answer.js';
import { contextOf as leftBy, type QuestionContext } from '../src/ask/follow-up.js';
import type { AnswerOf, AskContext } from '../src/ask/types.js';
import { runCli } from '../src/cli.js';
import { buildContext } from '../src/main.js';
import { createLogger, type Logger } from '../src/logger.js';

/** A logger that keeps its lines, for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(
    createLogger((l) => lines.push(l)),
    { lines },
  );
}

/** Load a corpus folder into an answering context, as the app does at start. */
export async function contextOf(dir: string): Promise<AskContext> {
  return buildContext(dir, memoryLogger());
}

/** A fixture set of briefings (`tests/fixtures/meetings-<set>`) as the app loads it, on a fixed day. */
export function fixtureContext(set: string, today = new Date('2026-12-01T12:00:00Z')): Promise<AskContext> {
  return buildContext(`tests/fixtures/meetings-${set}`, memoryLogger(), () => today);
}

/**
 * Briefings written for a test, in a folder of their own, loaded as the app loads them on a fixed day; `remove`
 * deletes the folder.
 */
export async function briefingsContext(
  articles: Record<string, string>,
  today = new Date('2026-12-01T12:00:00Z'),
): Promise<{ ctx: AskContext; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'briefbot-briefings-'));
  for (const [file, text] of Object.entries(articles)) await writeFile(join(dir, file), text);
  const ctx = await buildContext(dir, memoryLogger(), () => today);
  return { ctx, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The ask context of these articles for the tests of one file: built before them, removed after. Read `briefings.ctx`
 * inside a test.
 */
export function useBriefings(articles: Record<string, string>): { readonly ctx: AskContext } {
  let built: { ctx: AskContext; remove: () => Promise<void> } | undefined;
  beforeAll(async () => {
    built = await briefingsContext(articles);
  });
  afterAll(() => built?.remove());
  return {
    get ctx(): AskContext {
      if (!built) throw new Error('the briefings are built before the tests run');
      return built.ctx;
    },
  };
}

/** The answer to a plain question, which must be read as a question (not searched). */
/** The answers to questions asked one after the other in one thread. */
export const thread = (ctx: AskContext, ...questions: string[]): string[] => {
  let previous: QuestionContext | undefined;
  return questions.map((q) => {
    const a = questionAnswer(q, ctx, previous);
    previous = leftBy(a.question);
    return a.text;
  });
};

export function questionAnswer(text: string, ctx: AskContext, previous?: QuestionContext): AnswerOf<'question'> {
  const a = ask(text, ctx, 1, undefined, previous);
  if (a.kind !== 'question') throw new Error(`not a question answer: ${a.kind}`);
  return a;
}

export const SEEDS = 'seeds';
export const SEARCH_FIXTURES = 'tests/fixtures/search';

/**
 * Run the CLI in-process with captured streams. Unless `env` names a database or a snapshot, it gets a database
 * folder of its own, removed after, so that no call shares (or leaves) a snapshot in the working folder.
 */
export async function cli(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d) => (chunks.out += d));
  stderr.on('data', (d) => (chunks.err += d));
  const own = env.BRIEFBOT_DB || env.BRIEFBOT_SNAPSHOT ? undefined : await mkdtemp(join(tmpdir(), 'briefbot-cli-'));
  try {
    const runEnv = own ? { ...env, BRIEFBOT_DB: join(own, 'briefbot.db') } : env;
    const code = await runCli(argv, runEnv, { stdin: new PassThrough(), stdout, stderr });
    return { code, ...chunks };
  } finally {
    if (own) await rm(own, { recursive: true, force: true });
  }
}
