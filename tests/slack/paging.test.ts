import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { createLogger } from '../../src/logger.js';
import { buildContext } from '../../src/main.js';
import { PAGE_ACTION, SHARE_ACTION } from '../../src/render/buttons.js';
import {
  buttonsOf,
  interceptResponseUrl,
  mockNetwork,
  resetMocks,
  restoreNetwork,
  sendCommand,
  startApp,
  visibleTexts,
  waitForBodies,
  type Json,
  type RunningApp,
  clickMore,
  VOTE_IDS,
} from './harness.js';

/**
 * The five seeds fit on one page of every answer, so this corpus holds each seed twice: as is, and a second edition
 * with one more paragraph (a different content hash, so it is not dropped as a duplicate). Ten briefings mention
 * Pakistan: two pages of five.
 */
let dir: string;
let ctx: AskContext;
let target: RunningApp;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-paging-'));
  const seeds = (await readdir('seeds')).filter((f) => f.endsWith('.txt'));
  for (const [i, file] of seeds.entries()) {
    const text = await readFile(join('seeds', file), 'utf8');
    await writeFile(join(dir, file), text);
    await writeFile(
      join(dir, `1${String(i).padStart(2, '0')}_second_edition.txt`),
      `${text.trimEnd()}\n\nSecond edition of this briefing.\n`,
    );
  }
  ctx = await buildContext(
    dir,
    createLogger(() => {}),
  );
  mockNetwork();
  target = await startApp(() => ctx);
});

afterEach(() => resetMocks());

afterAll(async () => {
  await target?.stop();
  restoreNetwork();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const joined = (body: Json): string => visibleTexts(body).join('\n');
const citationNumbers = (body: Json): string[] => [...joined(body).matchAll(/^\[(\d+)\]/gm)].map((m) => m[1]!);

describe('More results', () => {
  it('offers More results on page 1, and the button replaces the answer with page 2', async () => {
    expect(ctx.index.articles.size).toBe(10);
    const first = interceptResponseUrl();
    await sendCommand(target, 'search Pakistan');
    await waitForBodies(first, 1, 'page 1');
    const page1 = first.bodies[0]!;
    expect(joined(page1)).toContain('*10 briefings* match `Pakistan` · page 1 of 2');
    expect(citationNumbers(page1)).toEqual(['1', '2', '3', '4', '5']);
    expect(buttonsOf(page1).map((b) => b.action_id)).toEqual([SHARE_ACTION, `${PAGE_ACTION}_next`, ...VOTE_IDS]);
    const page2 = await clickMore(target, page1);
    expect(joined(page2)).toContain('page 2 of 2');
    expect(citationNumbers(page2)).toEqual(['6', '7', '8', '9', '10']);
    expect(buttonsOf(page2).map((b) => b.action_id)).toEqual([SHARE_ACTION, `${PAGE_ACTION}_prev`, ...VOTE_IDS]);
    expect(JSON.parse(buttonsOf(page2)[0]!.value!)).toEqual({ c: 'search Pakistan', p: 2 });
  });
});
