import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { isBriefbotError } from '../../src/errors.js';
import { createLiveCorpus } from '../../src/live/live-corpus.js';
import { createLoader } from '../../src/live/load.js';
import type { Article } from '../../src/types.js';
import { memoryLogger } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const clock = (): Date => new Date('2026-11-22T12:00:00Z');
const TASS = 'moscow-tass-lavrov-nurtleu.txt';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-live-corpus-'));
  dirs.push(dir);
  cpSync('seeds', join(dir, 'corpus'), { recursive: true });
  return dir;
}

/** A live corpus of a copy of the seeds, with a snapshot beside it, and what its hook was told. */
function liveOf(dir: string): {
  live: ReturnType<typeof createLiveCorpus>;
  told: Array<{ briefings: number; added: string[] }>;
  logger: ReturnType<typeof memoryLogger>;
} {
  const logger = memoryLogger();
  const loader = createLoader({ dir: join(dir, 'corpus'), logger, clock, snapshotPath: join(dir, 'snapshot.bin') });
  const told: Array<{ briefings: number; added: string[] }> = [];
  const changed = (context: AskContext, added: readonly Article[]): void => {
    told.push({ briefings: context.index.articles.size, added: added.map((a) => a.file).sort() });
  };
  return { live: createLiveCorpus(loader, { changed }), told, logger };
}

describe('the live corpus a running bot keeps', () => {
  it('is not ready before it is loaded, then answers with every briefing and tells its owner', async () => {
    const { live, told } = liveOf(folder());
    expect(live.current()).toBeUndefined();
    let error: unknown;
    try {
      live.context();
    } catch (e) {
      error = e;
    }
    expect(isBriefbotError(error, 'NOT_READY')).toBe(true);
    expect(await live.load()).toBe(true);
    expect(live.context().index.articles.size).toBe(5);
    expect(told).toEqual([{ briefings: 5, added: expect.arrayContaining(['000_0d5f0c5c4968850b.txt']) }]);
    expect(told[0]!.added).toHaveLength(5);
  });

  it('follows a briefing added to the folder, and saves the snapshot at stop only when an update changed it', async () => {
    const dir = folder();
    const { live, told, logger } = liveOf(dir);
    await live.load();
    rmSync(join(dir, 'snapshot.bin'));
    await live.follow();
    expect(told).toHaveLength(1);
    cpSync(join('tests/fixtures/meetings', TASS), join(dir, 'corpus', TASS));
    await live.follow(new Set([TASS]));
    expect(live.context().index.articles.size).toBe(6);
    expect(told[1]).toEqual({ briefings: 6, added: [TASS] });
    expect(logger.lines.at(-1)).toMatch(/updated the corpus \(\+moscow-tass-lavrov-nurtleu\.txt\): 6 briefings/);
    expect(existsSync(join(dir, 'snapshot.bin'))).toBe(false);
    await live.stop();
    expect(existsSync(join(dir, 'snapshot.bin'))).toBe(true);
  });

  it('says which setting to change when the folder is missing, instead of throwing', async () => {
    const dir = folder();
    rmSync(join(dir, 'corpus'), { recursive: true });
    const { live, logger } = liveOf(dir);
    expect(await live.load()).toBe(false);
    expect(logger.lines.join('\n')).toMatch(/BRIEFBOT_CORPUS ".*corpus" is not a folder: create it/);
    expect(live.current()).toBeUndefined();
  });
});
