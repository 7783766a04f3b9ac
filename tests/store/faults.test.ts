/**
 * A database that is read-only, locked or unopenable: each refusal is a BriefbotError (a `STORE_…` code) saying what is wrong
 * and what to do, the store can stand in without the database, and digests wait for it without posting twice.
 * Locks are real (a second connection holding `BEGIN EXCLUSIVE`) with a 50 ms busy timeout, so nothing waits 5 s.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { holdLock } from './helpers.js';
import type { AskContext } from '../../src/ask/types.js';
import {
  deliverDigest,
  recordArticlesSeen,
  runDueDigests,
  seenKey,
  type DigestDeps,
} from '../../src/digest/schedule.js';
import { buildContext } from '../../src/main.js';
import type { Digest } from '../../src/digest/types.js';
import { ok } from '../../src/result.js';
import {
  explainSqliteError,
  fallbackNotice,
  openSqliteStore,
  openStoreOrFallback,
  sqliteErrorMessage,
  type SqliteStoreOptions,
} from '../../src/store/sqlite.js';
import { BriefbotError } from '../../src/errors.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import {
  EVENT_MEMORY_MS,
  isStoreUnavailable,
  THREAD_MEMORY_MS,
  type Store,
  type StoreUnavailable,
  type Subscription,
} from '../../src/store/types.js';
import { memoryLogger } from '../helpers.js';

// chmod does not stop root: the permission tests run only as another user; as root, read-only is simulated by
// opening with `readonly: true`, and unopenable by a path whose parent is a regular file.
const isRoot = process.getuid?.() === 0;
const BUSY_MS = 50;

const sub = (channel = 'C1', over: Partial<Subscription> = {}): Subscription => ({
  channel,
  team: 'T1',
  time: '09:00',
  timezone: 'Asia/Karachi',
  subscriber: 'U1',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

let dir: string;
let file: string;
const closers: Array<() => void> = [];
const open = (path = file, options: SqliteStoreOptions = {}): Store => {
  const s = openSqliteStore(path, { busyTimeoutMs: BUSY_MS, ...options });
  closers.push(() => s.close());
  return s;
};
const opened = (store: Store): Store => {
  closers.push(() => store.close());
  return store;
};

/** What a plain read of the file says, bypassing the store. */
function rows(sql: string, path = file): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** Run `work`, returning what it threw (failing when it threw nothing). */
function thrown(work: () => unknown): StoreUnavailable {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(BriefbotError);
    expect(isStoreUnavailable(error)).toBe(true);
    return error as StoreUnavailable;
  }
  throw new Error('expected a STORE_… BriefbotError, nothing was thrown');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-faults-'));
  file = join(dir, 'data', 'briefbot.db');
});

afterEach(() => {
  for (const close of closers.splice(0).reverse()) {
    try {
      close();
    } catch {
      /* closed by the test */
    }
  }
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const T0 = Date.parse('2026-11-22T12:00:00Z');
const at = (ms: number): Date => new Date(T0 + ms);
const asked = (who: string) => ({ people: [who], filter: {} });

/** How many event ids and threads the file holds (none when it has no tables for them). */
function heldInFile(path = file): number {
  const tables = rows("SELECT name FROM sqlite_master WHERE name IN ('slack_events', 'slack_threads')", path);
  return (tables as { name: string }[]).reduce((n, { name }) => n + rows(`SELECT * FROM ${name}`, path).length, 0);
}

/** Event ids and threads work in memory with the database's expiries. */
function remembersInMemory(store: Store): void {
  expect(store.claimEvent('Ev1', at(0))).toBe(true);
  expect(store.claimEvent('Ev1', at(EVENT_MEMORY_MS - 1))).toBe(false);
  expect(store.claimEvent('Ev1', at(EVENT_MEMORY_MS))).toBe(true);
  store.saveThreadContext('C1:1', asked('A'), at(0));
  expect(store.threadContext('C1:1', at(THREAD_MEMORY_MS - 1))).toEqual(asked('A'));
  expect(store.threadContext('C1:1', at(THREAD_MEMORY_MS))).toBeUndefined();
}

/** A database with a subscription in C1, closed again. */
function seeded(): void {
  const s = openSqliteStore(file);
  s.saveSubscription(sub('C1'));
  s.close();
}

describe('a read-only database', () => {
  it('answers reads and refuses each write with a STORE_READ_ONLY BriefbotError naming the file and what to check', () => {
    seeded();
    const store = open(file, { readonly: true });
    expect(store.getSubscription('C1')).toEqual(sub('C1'));
    expect(store.listSubscriptions('T1')).toHaveLength(1);
    for (const write of [
      () => store.saveSubscription(sub('C2')),
      () => store.removeSubscription('C1'),
      () => store.pauseSubscription('C1', 'not_in_channel'),
      () => store.claimDigest('C1', '2025-01-05', 'now'),
    ]) {
      const e = thrown(write);
      expect(e.code).toBe('STORE_READ_ONLY');
      expect(e.problem).toBe(`the database at ${file} is read-only`);
      expect(e.message).toBe(
        `the database at ${file} is read-only: check BRIEFBOT_DB and the folder's permissions (briefbot writes the file and creates files next to it)`,
      );
      expect((e.cause as { code?: string }).code).toMatch(/^SQLITE_READONLY/);
    }
    expect(rows('SELECT channel FROM subscriptions')).toEqual([{ channel: 'C1' }]);
  });

  it('records first-seen instants best effort: warns, saves nothing, answers known instants and `at` for the rest', () => {
    const s = openSqliteStore(file);
    s.recordSeen(['a'], '2025-01-01T00:00:00.000Z');
    s.close();
    const warnings: string[] = [];
    const store = open(file, { readonly: true, warn: (m) => warnings.push(m) });
    expect(store.recordSeen(['a', 'b'], '2025-02-01T00:00:00.000Z')).toEqual(
      new Map([
        ['a', '2025-01-01T00:00:00.000Z'],
        ['b', '2025-02-01T00:00:00.000Z'],
      ]),
    );
    expect(warnings).toEqual([
      `could not save when 2 briefings were first seen (the database at ${file} is read-only): check BRIEFBOT_DB and the folder's permissions (briefbot writes the file and creates files next to it); saved the next time the database can be written`,
    ]);
    expect(rows('SELECT article_id FROM articles_seen')).toEqual([{ article_id: 'a' }]);
  });

  it('remembers event ids and threads in memory, with the same expiries, and warns of nothing', () => {
    seeded();
    const warnings: string[] = [];
    remembersInMemory(open(file, { readonly: true, warn: (m) => warnings.push(m) }));
    expect(warnings).toEqual([]);
    expect(heldInFile()).toBe(0);
  });

  it('opens a file of the first schema (no tables for Slack events) read-only, and remembers in memory', () => {
    mkdirSync(join(dir, 'data'));
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 1));
    old.close();
    const store = open(file, { readonly: true });
    expect(store.listSubscriptions()).toEqual([]);
    remembersInMemory(store);
    expect(heldInFile()).toBe(0);
  });

  it.skipIf(isRoot)(
    'with file mode 0444: the stand-in reads the file, and refuses writes with the read-only advice',
    () => {
      seeded();
      chmodSync(file, 0o444);
      const result = openStoreOrFallback(file, { busyTimeoutMs: BUSY_MS });
      opened(result.store);
      expect(result.problem?.code).toBe('STORE_READ_ONLY');
      expect(result.fallback).toBe('read-only');
      expect(result.store.listSubscriptions().map((s) => s.channel)).toEqual(['C1']);
      expect(thrown(() => result.store.saveSubscription(sub('C2'))).message).toMatch(/is read-only: check BRIEFBOT_DB/);
      chmodSync(file, 0o644);
    },
  );

  it.skipIf(isRoot)('in a folder briefbot cannot write: the stand-in refuses writes and still answers reads', () => {
    seeded();
    chmodSync(join(dir, 'data'), 0o555);
    try {
      const result = openStoreOrFallback(file, { busyTimeoutMs: BUSY_MS });
      opened(result.store);
      // SQLite refuses at open (cannot create the -wal/-shm files) or as read-only, depending on the build.
      expect(result.problem?.code).toMatch(/^STORE_(READ_ONLY|CANNOT_OPEN)$/);
      expect(result.store.listSubscriptions().length).toBeLessThanOrEqual(1);
      expect(thrown(() => result.store.saveSubscription(sub('C2')))).toBe(result.problem);
    } finally {
      chmodSync(join(dir, 'data'), 0o755);
    }
  });
});

describe('an unopenable database', () => {
  it('says so when a part of the folder path is a file, and stands in with an empty store in memory', () => {
    writeFileSync(join(dir, 'data'), 'a file where the folder should be');
    const e = thrown(() => openSqliteStore(file));
    expect(e.code).toBe('STORE_CANNOT_OPEN');
    expect(e.message).toBe(
      `cannot create the folder for the database at ${file}: check BRIEFBOT_DB: a part of its folder path is a file, not a folder`,
    );

    const result = openStoreOrFallback(file);
    const store = opened(result.store);
    expect(result).toMatchObject({ fallback: 'memory', problem: { code: 'STORE_CANNOT_OPEN' } });
    expect(store.unavailable).toBe(result.problem);
    expect(store.listSubscriptions()).toEqual([]);
    expect(store.getSubscription('C1')).toBeUndefined();
    expect(store.lastDigest('C1')).toBeUndefined();
    expect(thrown(() => store.saveSubscription(sub()))).toBe(result.problem);
    expect(thrown(() => store.claimDigest('C1', '2025-01-05', 'now'))).toBe(result.problem);
    expect(thrown(() => store.finishDigest('C1', '2025-01-05', 'posted'))).toBe(result.problem);
    // First-seen instants are kept in memory for this run, and so are event ids and threads.
    expect(store.recordSeen(['a'], 't1')).toEqual(new Map([['a', 't1']]));
    expect(store.recordSeen(['a'], 't2')).toEqual(new Map([['a', 't1']]));
    remembersInMemory(store);
  });

  it('tells the operator what is wrong, which setting, what to do and what still works', () => {
    writeFileSync(join(dir, 'data'), 'x');
    const notices: string[] = [];
    const store = opened(openSqliteStore(file, { onUnavailable: (n) => notices.push(n) }));
    expect(store.unavailable?.code).toBe('STORE_CANNOT_OPEN');
    expect(notices).toEqual([
      `cannot write the database (BRIEFBOT_DB=${file}): cannot create the folder for the database at ${file}: check BRIEFBOT_DB: a part of its folder path is a file, not a folder. ` +
        'briefbot keeps answering searches and questions, but digest settings cannot be saved and no digest is posted until this is fixed and briefbot restarted, and threads and retried events are remembered by this process alone, as are votes on answers (until a restart); ' +
        'no digest subscription is known meanwhile (the file could not be read either).',
    ]);
  });

  it('says nothing and stands in for nothing when the database opens', () => {
    const notices: string[] = [];
    const store = open(file, { onUnavailable: (n) => notices.push(n) });
    store.saveSubscription(sub());
    expect(notices).toEqual([]);
    expect(store.unavailable).toBeUndefined();
    expect(fallbackNotice(file, { store })).toBeUndefined();
  });

  it('does not read a database written by a newer briefbot: the stand-in starts empty', () => {
    seeded();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      999,
      'future',
      '2030-01-01T00:00:00.000Z',
    );
    db.close();
    const result = openStoreOrFallback(file);
    opened(result.store);
    expect(result).toMatchObject({ fallback: 'memory', problem: { code: 'STORE_TOO_NEW' } });
    expect(result.problem?.message).toMatch(/written by a newer briefbot \(schema 999\).*: upgrade briefbot/);
    expect(result.store.listSubscriptions()).toEqual([]);
  });
});

describe('a locked database', () => {
  it('refuses a write after the injected busy timeout, saying it is locked and how long it waited; reads go on', () => {
    seeded();
    const store = open();
    const lock = holdLock(file, closers);
    const started = performance.now();
    const e = thrown(() => store.saveSubscription(sub('C2')));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(e.code).toBe('STORE_LOCKED');
    expect(e.message).toBe(
      `the database at ${file} is locked by another process (waited 0.05 s): try again, or stop the process holding it`,
    );
    expect((e.cause as { code?: string }).code).toMatch(/^SQLITE_BUSY/);
    expect(store.getSubscription('C1')).toEqual(sub('C1'));
    expect(store.listSubscriptions().map((s) => s.channel)).toEqual(['C1']);
    lock.release();
    store.saveSubscription(sub('C2'));
    expect(store.listSubscriptions().map((s) => s.channel)).toEqual(['C1', 'C2']);
  });

  it('records first-seen instants best effort while locked, and for real once the lock is gone', () => {
    const warnings: string[] = [];
    const store = open(file, { warn: (m) => warnings.push(m) });
    store.recordSeen(['a'], 't1');
    const lock = holdLock(file, closers);
    expect(store.recordSeen(['a', 'b'], 't2')).toEqual(
      new Map([
        ['a', 't1'],
        ['b', 't2'],
      ]),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^could not save when 2 briefings were first seen \(the database at .* is locked by another process \(waited 0\.05 s\)\): try again/,
    );
    lock.release();
    expect(rows('SELECT article_id FROM articles_seen')).toEqual([{ article_id: 'a' }]);
    expect(store.recordSeen(['a', 'b'], 't3')).toEqual(
      new Map([
        ['a', 't1'],
        ['b', 't3'],
      ]),
    );
    expect(warnings).toHaveLength(1);
  });

  it('claims event ids and keeps threads in memory while locked, saying why; the file takes them once it is free', () => {
    const warnings: string[] = [];
    const store = open(file, { warn: (m) => warnings.push(m) });
    const other = open();
    store.saveThreadContext('C1:1', asked('A'), at(0));
    const lock = holdLock(file, closers);
    expect(store.claimEvent('Ev1', at(0))).toBe(true);
    expect(store.claimEvent('Ev1', at(1))).toBe(false);
    store.saveThreadContext('C1:1', asked('B'), at(1));
    expect(store.threadContext('C1:1', at(2))).toEqual(asked('B'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^could not save that Slack event Ev1 was answered \(the database at .* is locked by another process \(waited 0\.05 s\)\): try again, or stop the process holding it; this process remembers it meanwhile$/,
      ),
      expect.stringMatching(
        /^could not save what a Slack thread asked \(.* is locked .*; this process remembers it meanwhile$/,
      ),
    ]);
    lock.release();
    expect(other.threadContext('C1:1', at(2))).toEqual(asked('A'));
    // Another process saving the thread later wins over what this one kept in memory.
    other.saveThreadContext('C1:1', asked('C'), at(3));
    expect(store.threadContext('C1:1', at(4))).toEqual(asked('C'));
    store.saveThreadContext('C1:1', asked('D'), at(5));
    expect(other.threadContext('C1:1', at(6))).toEqual(asked('D'));
    expect(store.claimEvent('Ev1', at(7))).toBe(false);
    expect(store.claimEvent('Ev2', at(7))).toBe(true);
    expect(other.claimEvent('Ev2', at(8))).toBe(false);
    expect(warnings).toHaveLength(2);
  });

  it('at start: the stand-in reads the file and refuses writes even after the lock is gone, until a restart', () => {
    seeded();
    const lock = holdLock(file, closers);
    expect(thrown(() => openSqliteStore(file, { busyTimeoutMs: BUSY_MS })).code).toBe('STORE_LOCKED');
    const result = openStoreOrFallback(file, { busyTimeoutMs: BUSY_MS });
    opened(result.store);
    expect(result).toMatchObject({ fallback: 'read-only', problem: { code: 'STORE_LOCKED' } });
    expect(fallbackNotice(file, result)).toMatch(
      /^cannot write the database \(BRIEFBOT_DB=.*\): the database at .* is locked by another process \(waited 0\.05 s\): try again, or stop the process holding it\. briefbot keeps answering .*; digest subscriptions are read from the file as it is\.$/,
    );
    expect(result.store.listSubscriptions().map((s) => s.channel)).toEqual(['C1']);
    lock.release();
    expect(thrown(() => result.store.saveSubscription(sub('C2')))).toBe(result.problem);
    remembersInMemory(result.store);
    expect(heldInFile()).toBe(0);
    expect(
      open()
        .listSubscriptions()
        .map((s) => s.channel),
    ).toEqual(['C1']); // a restart opens it for writing
  });
});

describe('explainSqliteError', () => {
  it('says how long the injected busy timeout waited, and leaves errors without a code alone', () => {
    expect(sqliteErrorMessage('SQLITE_BUSY', 'a.db', 250)).toBe(
      'the database at a.db is locked by another process (waited 0.25 s): try again, or stop the process holding it',
    );
    expect(sqliteErrorMessage('SQLITE_BUSY', 'a.db')).toContain('(waited 5 s)');
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const explained = explainSqliteError(busy, 'a.db', 250);
    expect(explained).toBeInstanceOf(BriefbotError);
    expect(explained).toMatchObject({
      code: 'STORE_LOCKED',
      problem: 'the database at a.db is locked by another process (waited 0.25 s)',
      advice: 'try again, or stop the process holding it',
      cause: busy,
    });
    const other = new Error('boom');
    expect(explainSqliteError(other, 'a.db')).toBe(other);
    expect(explainSqliteError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }), 'a.db')).toMatchObject({
      message: 'x',
    });
  });

  it('explains a folder that cannot be made because a part of its path is a file', () => {
    expect(sqliteErrorMessage('ENOTDIR', 'a/b.db')).toMatch(
      /cannot create the folder for the database at a\/b\.db: check BRIEFBOT_DB: a part of its folder path is a file/,
    );
    expect(sqliteErrorMessage('EACCES', 'a/b.db')).toMatch(
      /cannot create the folder .*: check BRIEFBOT_DB and the folder's permissions/,
    );
  });
});

describe('digests with a locked database', () => {
  let ctx: AskContext;
  let now = new Date('2025-01-05T04:00:00Z'); // 09:00 in Karachi: C1's digest is due

  beforeAll(async () => {
    ctx = await buildContext('seeds', memoryLogger(), () => now);
  });

  beforeEach(() => {
    now = new Date('2025-01-05T04:00:00Z');
  });

  /** Deps posting into `posts`, with a logger the test reads; `post` may be replaced. */
  function deps(
    store: Store,
    post?: DigestDeps['post'],
  ): DigestDeps & {
    posts: Array<{ channel: string; digest: Digest }>;
    logger: ReturnType<typeof memoryLogger>;
  } {
    const posts: Array<{ channel: string; digest: Digest }> = [];
    return {
      store,
      context: () => ctx,
      post:
        post ??
        (async (channel, digest) => {
          posts.push({ channel, digest });
          return ok({ ts: `1700000000.00000${posts.length}` });
        }),
      notify: async () => ok(undefined),
      clock: () => now,
      logger: memoryLogger(),
      posts,
    };
  }

  it('logs, posts nothing and marks nothing while locked; the next tick posts once, and the one after does not double', async () => {
    seeded();
    const store = open();
    const d = deps(store);
    const lock = holdLock(file, closers);
    expect(await runDueDigests(d)).toEqual(['unavailable']);
    expect(d.posts).toEqual([]);
    expect(d.logger.lines).toEqual([
      `briefbot: warning: digests wait for the database (the database at ${file} is locked by another process (waited 0.05 s)): try again, or stop the process holding it; trying again at the next check`,
    ]);
    lock.release();
    expect(rows('SELECT * FROM digests')).toEqual([]);

    now = new Date('2025-01-05T04:01:00Z'); // the next tick
    expect(await runDueDigests(d)).toEqual(['posted']);
    expect(await runDueDigests(d)).toEqual(['already']);
    expect(d.posts.map((p) => p.channel)).toEqual(['C1']);
    expect(store.lastDigest('C1')).toMatchObject({
      localDate: '2025-01-05',
      outcome: 'posted',
      claimedAt: '2025-01-05T04:01:00.000Z',
    });
  });

  it('stops the tick at the first refusal instead of waiting on the lock once per channel', async () => {
    const s = openSqliteStore(file);
    for (const c of ['C1', 'C2', 'C3']) s.saveSubscription(sub(c));
    s.close();
    const d = deps(open());
    const lock = holdLock(file, closers);
    expect(await runDueDigests(d)).toEqual(['unavailable']);
    expect(d.logger.lines).toHaveLength(1);
    lock.release();
    expect(await runDueDigests(d)).toEqual(['posted', 'posted', 'posted']);
  });

  it('keeps a posted digest posted when recording it is refused: logged, and its claim keeps it from doubling', async () => {
    seeded();
    const store = open();
    let lock: { release: () => void } | undefined;
    const posts: string[] = [];
    const d = deps(store, async (channel) => {
      posts.push(channel);
      lock = holdLock(file, closers); // another process takes the lock while Slack answers
      return ok({ ts: '1700000000.000001' });
    });
    expect(await runDueDigests(d)).toEqual(['posted']);
    expect(d.logger.lines).toHaveLength(1);
    expect(d.logger.lines[0]).toMatch(
      /^briefbot: warning: the digest of C1 for 2025-01-05 was posted, but could not be recorded \(the database at .* is locked .*\): try again, or stop the process holding it; its claim keeps it from being posted again$/,
    );
    lock!.release();
    now = new Date('2025-01-05T05:00:00Z');
    expect(await runDueDigests(d)).toEqual(['already']);
    expect(posts).toEqual(['C1']);
  });

  it('a refused claim throws from deliverDigest before anything is posted', async () => {
    seeded();
    const d = deps(open());
    const lock = holdLock(file, closers);
    await expect(deliverDigest(sub('C1'), d, true)).rejects.toMatchObject({
      name: 'BriefbotError',
      code: 'STORE_LOCKED',
    });
    expect(d.posts).toEqual([]);
    lock.release();
  });

  it('recordArticlesSeen goes on while locked, answering every article as first seen now', () => {
    const warnings: string[] = [];
    const store = open(file, { warn: (m) => warnings.push(m) });
    const lock = holdLock(file, closers);
    const seen = recordArticlesSeen(store, ctx, '2025-01-05T04:00:00.000Z');
    expect(seen.size).toBe(ctx.index.articles.size);
    expect(new Set(seen.values())).toEqual(new Set(['2025-01-05T04:00:00.000Z']));
    expect(warnings).toHaveLength(1);
    lock.release();
    expect(rows('SELECT * FROM articles_seen')).toEqual([]);
    const first = ctx.index.articles.values().next().value!;
    expect(store.recordSeen([seenKey(first)], 'later').get(seenKey(first))).toBe('later');
  });

  it('a stand-in store delivers no digest and logs nothing more (the trouble was told at start)', async () => {
    seeded();
    const lock = holdLock(file, closers);
    const result = openStoreOrFallback(file, { busyTimeoutMs: BUSY_MS });
    opened(result.store);
    lock.release();
    expect(result.store.listSubscriptions()).toHaveLength(1);
    const d = deps(result.store);
    expect(await runDueDigests(d)).toEqual([]);
    expect(d.posts).toEqual([]);
    expect(d.logger.lines).toEqual([]);
  });
});
