import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCorpus } from '../../src/corpus/watch.js';
import { memoryLogger } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean, ms = 2000): Promise<void> => {
  for (const start = Date.now(); !check();) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('watchCorpus', () => {
  it('reloads once when briefings are added, after the folder is quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-watch-'));
    dirs.push(dir);
    let reloads = 0;
    const stop = watchCorpus(
      dir,
      async () => {
        reloads += 1;
      },
      memoryLogger(),
      30,
    );
    writeFileSync(join(dir, 'a.txt'), 'one');
    writeFileSync(join(dir, 'b.md'), 'two');
    await waitFor(() => reloads > 0);
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(reloads).toBe(1);
  });

  it('ignores files that are not briefings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-watch-'));
    dirs.push(dir);
    let reloads = 0;
    const stop = watchCorpus(
      dir,
      async () => {
        reloads += 1;
      },
      memoryLogger(),
      20,
    );
    writeFileSync(join(dir, 'notes.json'), '{}');
    await new Promise((r) => setTimeout(r, 120));
    stop();
    expect(reloads).toBe(0);
  });

  it('warns instead of throwing when the folder cannot be watched', () => {
    const logger = memoryLogger();
    const stop = watchCorpus(join(tmpdir(), 'briefbot-no-such-folder-x'), async () => {}, logger, 10);
    stop();
    expect(logger.lines.join('\n')).toMatch(/cannot watch .* restart briefbot/);
  });
});

describe('watchCorpus names', () => {
  it('passes the names of the briefings that changed, and keeps changes made while a read is under way for the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-watch-'));
    dirs.push(dir);
    const calls: string[][] = [];
    let release: () => void = () => {};
    const stop = watchCorpus(
      dir,
      async (names) => {
        calls.push([...(names ?? ['<all>'])].sort());
        if (calls.length === 1)
          await new Promise<void>((resolve) => {
            release = resolve;
          });
      },
      memoryLogger(),
      20,
    );
    writeFileSync(join(dir, 'a.txt'), 'one');
    writeFileSync(join(dir, 'b.md'), 'two');
    writeFileSync(join(dir, 'notes.json'), '{}');
    await waitFor(() => calls.length === 1);
    writeFileSync(join(dir, 'c.txt'), 'three');
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toHaveLength(1);
    release();
    await waitFor(() => calls.length === 2);
    stop();
    expect(calls).toEqual([['a.txt', 'b.md'], ['c.txt']]);
  });
});

describe('watchCorpus and the slack/ folder', () => {
  it('names a briefing changed in slack/ as slack/x.md, and watches a slack/ folder made after it started', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-watch-'));
    dirs.push(dir);
    const calls: string[][] = [];
    const stop = watchCorpus(
      dir,
      async (names) => {
        calls.push([...(names ?? ['<all>'])].sort());
      },
      memoryLogger(),
      20,
    );
    mkdirSync(join(dir, 'slack'));
    await waitFor(() => calls.length === 1);
    expect(calls[0]).toEqual(['<all>']);
    writeFileSync(join(dir, 'slack', 'talks.md'), 'one');
    writeFileSync(join(dir, 'slack', 'notes.pdf'), 'not a briefing');
    await waitFor(() => calls.length === 2);
    stop();
    expect(calls[1]).toEqual(['slack/talks.md']);
  });
});
