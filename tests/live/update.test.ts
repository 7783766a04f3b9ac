import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import { formatPartialDate } from '../../src/calendar.js';
import type { Meeting } from '../../src/extract/types.js';
import { createLoader, loadLive, type LoadedCorpus, type Loader } from '../../src/live/load.js';
import { MAX_INCREMENTAL_FILES, updateLive } from '../../src/live/update.js';
import { memoryLogger } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const clock = (): Date => new Date('2026-11-22T12:00:00Z');
const FIXTURES = 'tests/fixtures/meetings';
const TASS = 'moscow-tass-lavrov-nurtleu.txt';

function folder(from = 'seeds'): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-live-'));
  dirs.push(dir);
  cpSync(from, dir, { recursive: true, filter: (src) => !src.endsWith('.json') });
  return dir;
}

async function loaded(dir: string): Promise<{ loader: Loader; live: LoadedCorpus }> {
  const loader = createLoader({ dir, logger: memoryLogger(), clock });
  return { loader, live: await loadLive(loader) };
}

/** A meeting as people read it: who, when, held or planned, and from which briefings. */
const described = (m: Meeting): string =>
  `${m.status} ${m.date ? formatPartialDate(m.date) : '-'} ${m.participants
    .map((p) => p.name ?? `${p.title} of ${p.country}`)
    .sort()
    .join(' & ')} [${[...new Set(m.sources.map((s) => s.file))].sort().join(', ')}]`;
const meetingsOf = (live: LoadedCorpus): string[] => live.context.meetings.meetings.map(described).sort();
const searchFiles = (live: LoadedCorpus, terms: string): string[] => {
  const answer = ask(`search ${terms}`, live.context, 1, {
    search: 100,
    sources: 100,
    meetings: 100,
    sourceChars: 100,
  });
  return answer.kind === 'search' ? answer.items.map((i) => i.file).sort() : [];
};

/** Bump a file's modification time so that a rewrite of the same size shows. */
const touch = (path: string, seconds: number): void =>
  utimesSync(path, new Date(), new Date(Date.now() + seconds * 1000));

describe('updating a live corpus file by file', () => {
  it('adds a new briefing: searchable, its meetings extracted, the same as loading everything at once', async () => {
    const dir = folder();
    const { loader, live } = await loaded(dir);
    expect(searchFiles(live, 'Nurtleu')).toEqual([]);
    cpSync(join(FIXTURES, TASS), join(dir, TASS));
    const update = await updateLive(live, loader, new Set([TASS]));
    expect(update?.changes.reloaded).toBe(false);
    expect(update?.changes.added.map((a) => a.file)).toEqual([TASS]);
    expect(searchFiles(update!.live, 'Nurtleu')).toEqual([TASS]);
    const all = await loaded(dir);
    expect(meetingsOf(update!.live)).toEqual(meetingsOf(all.live));
    expect(update!.live.context.index.articles.size).toBe(6);
  });

  it('resolves a bare surname in a new briefing to the person the corpus already knows', async () => {
    const dir = folder();
    const { loader, live } = await loaded(dir);
    writeFileSync(
      join(dir, 'later.txt'),
      ' date 2024-05-02\n\nISLAMABAD: Lavrov met Jilani in Islamabad on Wednesday to discuss trade and regional security, the foreign office said.\n\nBoth sides agreed to meet again later this year.\n',
    );
    const update = await updateLive(live, loader, new Set(['later.txt']));
    const met = update!.live.context.meetings.meetings.filter(
      (m) => m.status === 'held' && m.sources.some((s) => s.file === 'later.txt'),
    );
    expect(met.map((m) => [formatPartialDate(m.date!), ...m.participants.map((p) => p.name).sort()])).toEqual([
      ['2024-05-01', 'Jalil Abbas Jilani', 'Sergey Lavrov'],
    ]);
  });

  it('reads a rewritten briefing again: the old words leave the index, the new ones enter, its meetings follow', async () => {
    const dir = folder(FIXTURES);
    const { loader, live } = await loaded(dir);
    const path = join(dir, TASS);
    const before = meetingsOf(live).filter((m) => m.includes(TASS));
    expect(before.length).toBeGreaterThan(0);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replaceAll('Nurtleu', 'Kosherbayev').replaceAll('Nurtleu', 'Kosherbayev'),
    );
    touch(path, 5);
    const update = await updateLive(live, loader, new Set([TASS]));
    expect(searchFiles(update!.live, 'Nurtleu')).not.toContain(TASS);
    expect(searchFiles(update!.live, 'Kosherbayev')).toEqual([TASS]);
    const after = meetingsOf(update!.live).filter((m) => m.includes(TASS));
    expect(after.join('\n')).toMatch(/Kosherbayev/);
    expect(after.join('\n')).not.toMatch(/Nurtleu/);
    expect(meetingsOf(update!.live)).toEqual(meetingsOf((await loaded(dir)).live));
  });

  it('removes a briefing: gone from search and sources, and so are the meetings only it reported', async () => {
    const dir = folder(FIXTURES);
    const { loader, live } = await loaded(dir);
    expect(searchFiles(live, 'Nurtleu')).toContain(TASS);
    unlinkSync(join(dir, TASS));
    const update = await updateLive(live, loader, new Set([TASS]));
    expect(update?.changes.removed).toEqual([TASS.replace(/\.txt$/, '')]);
    expect(searchFiles(update!.live, 'Nurtleu')).not.toContain(TASS);
    expect(meetingsOf(update!.live).join('\n')).not.toContain(TASS);
    expect(meetingsOf(update!.live)).toEqual(meetingsOf((await loaded(dir)).live));
    const sources = ask('sources', update!.live.context, 1, { search: 5, sources: 100, meetings: 5, sourceChars: 100 });
    expect(JSON.stringify(sources)).not.toContain(TASS);
  });

  it('finds what changed by itself when the system does not say which files, and says nothing when nothing did', async () => {
    const dir = folder();
    const { loader, live } = await loaded(dir);
    expect(await updateLive(live, loader)).toBeUndefined();
    const [first] = readdirSync(dir).sort();
    unlinkSync(join(dir, first!));
    cpSync(join(FIXTURES, TASS), join(dir, TASS));
    const update = await updateLive(live, loader);
    expect(update?.changes.added.map((a) => a.file)).toEqual([TASS]);
    expect(update?.changes.removed).toEqual([first!.replace(/\.txt$/, '')]);
    expect(update!.live.context.index.articles.size).toBe(5);
  });

  it('keeps one copy of a duplicate and gives a new file whose name stem is taken an id of its own', async () => {
    const dir = folder();
    const { loader, live } = await loaded(dir);
    const [first] = readdirSync(dir).sort();
    cpSync(join(dir, first!), join(dir, 'copy.txt'));
    cpSync(join(FIXTURES, TASS), join(dir, first!.replace(/\.txt$/, '.md')));
    const update = await updateLive(live, loader, new Set(['copy.txt', first!.replace(/\.txt$/, '.md')]));
    expect(update?.changes.warnings).toEqual([{ file: 'copy.txt', reason: `same content as ${first}; loaded once` }]);
    expect(update!.live.context.warnings).toContainEqual({
      file: 'copy.txt',
      reason: `same content as ${first}; loaded once`,
    });
    expect(update?.changes.added.map((a) => a.id)).toEqual([first!.replace(/\.txt$/, '.md')]);
    expect(update!.live.context.index.articles.size).toBe(6);
  });

  it('forgets the warning of a file that is fixed, and warns about a file that is not text', async () => {
    const dir = folder();
    const { loader, live } = await loaded(dir);
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const broken = await updateLive(live, loader, new Set(['scan.txt']));
    expect(broken!.live.context.warnings.map((w) => w.file)).toEqual(['scan.txt']);
    cpSync(join(FIXTURES, TASS), join(dir, 'scan.txt'));
    touch(join(dir, 'scan.txt'), 5);
    const fixed = await updateLive(broken!.live, loader, new Set(['scan.txt']));
    expect(fixed!.live.context.warnings).toEqual([]);
    expect(searchFiles(fixed!.live, 'Nurtleu')).toEqual(['scan.txt']);
  });

  it('loads the whole corpus again when more files changed at once than are worth updating one by one', async () => {
    const dir = folder();
    const { loader, live } = await loaded(dir);
    const text = readFileSync(join(FIXTURES, TASS), 'utf8');
    const names = Array.from({ length: MAX_INCREMENTAL_FILES + 1 }, (_, i) => `bulk-${i}.txt`);
    names.forEach((name, i) => writeFileSync(join(dir, name), text.replace('Nurtleu', `Nurtleu ${i}`)));
    const update = await updateLive(live, loader, new Set(names));
    expect(update?.changes.reloaded).toBe(true);
    expect(update!.live.context.index.articles.size).toBe(5 + names.length);
  });
});

describe('loading progress', () => {
  it('tells each stage of loading a corpus, ending at its total', async () => {
    const dir = folder();
    const text = readFileSync(join(FIXTURES, TASS), 'utf8');
    for (let i = 0; i < 60; i += 1) writeFileSync(join(dir, `copy-${i}.txt`), text.replace('Nurtleu', `Nurtleu${i}`));
    const seen = new Map<string, [number, number][]>();
    await loadLive(
      createLoader({
        dir,
        logger: memoryLogger(),
        clock,
        progress: (stage, done, total) => seen.set(stage, [...(seen.get(stage) ?? []), [done, total]]),
      }),
    );
    expect([...seen.keys()]).toEqual(['reading briefings', 'indexing passages', 'extracting meetings']);
    for (const steps of seen.values()) {
      const [done, total] = steps[steps.length - 1]!;
      expect(done).toBe(total);
      expect(steps.map(([d]) => d)).toEqual([...steps.map(([d]) => d)].sort((a, b) => a - b));
    }
    expect(seen.get('reading briefings')!.at(-1)).toEqual([65, 65]);
  });
});

describe('building a large corpus in a worker thread', () => {
  it('builds the snapshot in the background and loads it: the same briefings and meetings as a build in place', async () => {
    const dir = folder(FIXTURES);
    const logger = memoryLogger();
    const snapshotPath = join(dir, '..', `${dir.split('/').pop()}.bin`);
    dirs.push(snapshotPath);
    const inWorker = await loadLive(createLoader({ dir, logger, clock, snapshotPath, workerMinFiles: 1 }));
    expect(logger.lines.join('\n')).toMatch(
      /reading \d+ briefings in the background[\s\S]*loaded \d+ briefings and \d+ meetings from the snapshot/,
    );
    expect(logger.lines.filter((l) => / warn: /.test(l))).toEqual([]);
    const inPlace = await loaded(dir);
    expect(meetingsOf(inWorker)).toEqual(meetingsOf(inPlace.live));
    expect(searchFiles(inWorker, 'Nurtleu')).toEqual(searchFiles(inPlace.live, 'Nurtleu'));
  });

  it('builds in place, with a warning, when the worker cannot save the snapshot', async () => {
    const dir = folder();
    const blocker = join(dir, '..', `${dir.split('/').pop()}-file`);
    writeFileSync(blocker, 'not a folder');
    dirs.push(blocker);
    const logger = memoryLogger();
    const live = await loadLive(
      createLoader({ dir, logger, clock, snapshotPath: join(blocker, 'snapshot.bin'), workerMinFiles: 1 }),
    );
    expect(live.context.index.articles.size).toBe(5);
    expect(logger.lines.join('\n')).toMatch(/could not build the index in the background .*; building it here/);
  });
});

describe('updating a corpus loaded from its snapshot', () => {
  it('adds a briefing with words the snapshot never saw, and removes one whose paragraphs are still in the file', async () => {
    const dir = folder();
    const snapshotPath = join(dir, '..', `${dir.split('/').pop()}.bin`);
    dirs.push(snapshotPath);
    const loader = createLoader({ dir, logger: memoryLogger(), clock, snapshotPath });
    await loadLive(loader);
    const live = await loadLive(loader);
    cpSync(join(FIXTURES, TASS), join(dir, TASS));
    const added = await updateLive(live, loader, new Set([TASS]));
    expect(searchFiles(added!.live, 'Nurtleu')).toEqual([TASS]);
    const [first] = readdirSync(dir).sort();
    unlinkSync(join(dir, first!));
    const removed = await updateLive(added!.live, loader, new Set([first!]));
    expect(removed!.live.context.index.articles.size).toBe(5);
    expect(meetingsOf(removed!.live)).toEqual(meetingsOf((await loaded(dir)).live));
  });
});
