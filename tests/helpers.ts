import type { AskContext } from '../src/ask/answer.js';
import { buildContext } from '../src/main.js';
import { createLogger, type Logger } from '../src/logger.js';

/** A logger that keeps its lines, for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((l) => lines.push(l)), { lines });
}

/** Load a corpus folder into an answering context, as the app does at start. */
export async function contextOf(dir: string): Promise<AskContext> {
  return buildContext(dir, memoryLogger());
}

export const SEEDS = 'seeds';
export const SEARCH_FIXTURES = 'tests/fixtures/search';
