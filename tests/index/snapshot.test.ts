import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import { buildContext } from '../../src/main.js';
import { codeStamp, corpusFingerprint } from '../../src/corpus/fingerprint.js';
import { createLoader, loadLive } from '../../src/live/load.js';
import { readSnapshot } from '../../src/index/snapshot.js';
import { memoryLogger } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(): { corpus: string; snapshot: string } {
  const root = mkdtempSync(join(tmpdir(), 'briefbot-snap-'));
  dirs.push(root);
  const corpus = join(root, 'corpus');
  cpSync('seeds', corpus, { recursive: true });
  return { corpus, snapshot: join(root, 'data', 'snapshot.bin') };
}

const clock = (): Date => new Date('2026-11-22T12:00:00Z');

describe('corpus snapshots', () => {
  it('saves the loaded corpus and answers the same from the snapshot of an unchanged folder', async () => {
    const { corpus, snapshot } = workspace();
    const built = await buildContext(corpus, memoryLogger(), clock, snapshot);
    expect((await readSnapshot(snapshot, await corpusFingerprint(corpus))).snapshot?.articles).toHaveLength(5);
    const loaded = await buildContext(corpus, memoryLogger(), clock, snapshot);
    for (const [id, article] of built.index.articles)
      expect(loaded.index.articles.get(id)?.paragraphs).toEqual(article.paragraphs);
    for (const q of [
      'search Lavarov',
      'When did Qureshi meet Lavrov?',
      'meetings with Russia',
      'search Japarov',
      'sources',
      'source 002',
    ]) {
      expect(JSON.stringify(ask(q, loaded))).toBe(JSON.stringify(ask(q, built)));
    }
  });

  it('reads the folder again when a briefing is added, and saves the new state', async () => {
    const { corpus, snapshot } = workspace();
    await buildContext(corpus, memoryLogger(), clock, snapshot);
    cpSync('tests/fixtures/search/ankara-lavrov-2022.txt', join(corpus, 'ankara.txt'));
    const again = await buildContext(corpus, memoryLogger(), clock, snapshot);
    expect(again.index.articles.size).toBe(6);
    expect((await readSnapshot(snapshot, await corpusFingerprint(corpus))).snapshot?.articles).toHaveLength(6);
  });

  it('reads the folder again when a briefing changes (size or time)', async () => {
    const { corpus, snapshot } = workspace();
    const before = await corpusFingerprint(corpus);
    const file = join(corpus, '000_0d5f0c5c4968850b.txt');
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await corpusFingerprint(corpus)).not.toBe(before);
    await buildContext(corpus, memoryLogger(), clock, snapshot);
    expect((await readSnapshot(snapshot, await corpusFingerprint(corpus))).snapshot).toBeDefined();
  });

  it('ignores a corrupt snapshot with a warning and rebuilds it', async () => {
    const { corpus, snapshot } = workspace();
    await buildContext(corpus, memoryLogger(), clock, snapshot);
    writeFileSync(snapshot, '{"version":1,"fingerp');
    const logger = memoryLogger();
    const ctx = await buildContext(corpus, logger, clock, snapshot);
    expect(ctx.index.articles.size).toBe(5);
    expect(logger.lines.join('\n')).toMatch(/snapshot at .* is corrupt .* rebuilding it/);
    expect((await readSnapshot(snapshot, await corpusFingerprint(corpus))).snapshot).toBeDefined();
  });

  it('ignores a snapshot of another version with a warning', async () => {
    const { corpus, snapshot } = workspace();
    await buildContext(corpus, memoryLogger(), clock, snapshot);
    writeFileSync(snapshot, JSON.stringify({ version: 0, fingerprint: await corpusFingerprint(corpus) }));
    const logger = memoryLogger();
    expect((await buildContext(corpus, logger, clock, snapshot)).index.articles.size).toBe(5);
    expect(logger.lines.join('\n')).toMatch(/version 0, not 3; rebuilding it/);
  });

  it('keeps answering when the snapshot cannot be written, with a warning', async () => {
    const { corpus } = workspace();
    const blocker = join(corpus, '..', 'file-not-folder');
    writeFileSync(blocker, 'x');
    const logger = memoryLogger();
    const ctx = await buildContext(corpus, logger, clock, join(blocker, 'snapshot.bin'));
    expect(ctx.index.articles.size).toBe(5);
    expect(logger.lines.join('\n')).toMatch(/could not save the snapshot/);
  });
});

describe('snapshots and the code that read them', () => {
  it('reads the folder again when the snapshot was saved by other code (an upgrade)', async () => {
    const { corpus, snapshot } = workspace();
    const loader = (code: string, logger = memoryLogger()) =>
      createLoader({ dir: corpus, logger, clock, snapshotPath: snapshot, code });
    await loadLive(loader('old code'));
    const same = memoryLogger();
    await loadLive(loader('old code', same));
    expect(same.lines.join('\n')).toContain('from the snapshot');
    const upgraded = memoryLogger();
    const live = await loadLive(loader('new code', upgraded));
    expect(upgraded.lines.join('\n')).not.toContain('from the snapshot');
    expect(live.context.index.articles.size).toBe(5);
  });

  it('stamps the running code by the files that read briefings', () => {
    expect(codeStamp()).toMatch(/^[0-9a-f]{40}$/);
    expect(codeStamp()).toBe(codeStamp());
    expect(codeStamp(tmpdir())).not.toBe(codeStamp());
  });
});
