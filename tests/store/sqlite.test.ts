import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { explainSqliteError, openSqliteStore, PRUNE_BATCH, sqliteErrorMessage } from '../../src/store/sqlite.js';
import { EVENT_MEMORY_MS, THREAD_MEMORY_MS, type Store, type Subscription } from '../../src/store/types.js';

const isRoot = process.getuid?.() === 0;

const sub = (channel: string, over: Partial<Subscription> = {}): Subscription => ({
  channel,
  team: 'T1',
  time: '09:00',
  timezone: 'Asia/Karachi',
  subscriber: 'U1',
  updatedAt: '2024-05-01T08:00:00.000Z',
  ...over,
});

const versions = (file: string): number[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
  } finally {
    db.close();
  }
};

let dir: string;
let file: string;
const opened: Store[] = [];
const open = (path = file): Store => {
  const s = openSqliteStore(path);
  opened.push(s);
  return s;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-'));
  file = join(dir, 'data', 'briefbot.db');
});

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe('openSqliteStore', () => {
  it('creates the parent folder, applies every migration and records it', () => {
    open();
    expect(versions(file)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('uses WAL and a busy timeout for a file database', () => {
    open();
    const db = new Database(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('applies migrations only once when a database is reopened', () => {
    open().close();
    opened.length = 0;
    const before = new Database(file, { readonly: true });
    const rows = before.prepare('SELECT * FROM schema_migrations').all();
    before.close();
    open().saveSubscription(sub('C1'));
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT * FROM schema_migrations').all()).toEqual(rows);
    after.close();
    expect(open().getSubscription('C1')).toMatchObject({ channel: 'C1' });
  });

  it('applies only the migrations a database lacks', () => {
    open();
    const db = new Database(file);
    try {
      const extra = {
        version: MIGRATIONS.length + 1,
        name: 'test column',
        sql: 'ALTER TABLE articles_seen ADD COLUMN note TEXT',
      };
      expect(migrate(db, file, [...MIGRATIONS, extra])).toEqual([extra.version]);
      expect(migrate(db, file, [...MIGRATIONS, extra])).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('brings a database of the first schema up to date, keeping what it holds', () => {
    mkdirSync(join(dir, 'data'));
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 1));
    old.close();
    const s = open();
    expect(versions(file)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(s.claimEvent('Ev1', new Date(0))).toBe(true);
    s.saveThreadContext('C1:1', { people: ['A'] }, new Date(0));
    expect(s.threadContext('C1:1', new Date(0))).toEqual({ people: ['A'] });
  });

  it('refuses a database written by a newer briefbot, saying so', () => {
    open();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      999,
      'future',
      '2030-01-01T00:00:00.000Z',
    );
    db.close();
    expect(() => openSqliteStore(file)).toThrow(
      /^the database at .*briefbot\.db was written by a newer briefbot \(schema 999\)/,
    );
    expect(() => openSqliteStore(file)).toThrow(expect.objectContaining({ code: 'STORE_TOO_NEW' }));
  });

  it('refuses migrations listed out of order', () => {
    const db = new Database(':memory:');
    try {
      expect(() =>
        migrate(db, ':memory:', [
          { version: 2, name: 'b', sql: '' },
          { version: 1, name: 'a', sql: '' },
        ]),
      ).toThrow(/out of order/);
      expect(() => migrate(db, ':memory:', [{ version: 0, name: 'zero', sql: '' }])).toThrow(
        expect.objectContaining({ name: 'BriefbotError', code: 'MISUSE' }),
      );
    } finally {
      db.close();
    }
  });

  it('works in memory', () => {
    const s = open(':memory:');
    s.saveSubscription(sub('C1'));
    expect(s.claimDigest('C1', '2024-05-01', 'now')).toBe(true);
    expect(s.listSubscriptions()).toHaveLength(1);
  });

  it.skipIf(isRoot)('says a read-only database is read-only and what to check', () => {
    open().saveSubscription(sub('C1'));
    for (const s of opened.splice(0)) s.close();
    chmodSync(file, 0o444);
    chmodSync(join(dir, 'data'), 0o555);
    try {
      // Depending on the SQLite build the refusal comes at open or at the first write: either way, the same advice.
      expect(() => open().claimDigest('C1', '2024-05-01', 'now')).toThrow(
        /^the database at .* is read-only: check BRIEFBOT_DB and the folder's permissions/,
      );
    } finally {
      chmodSync(join(dir, 'data'), 0o755);
      chmodSync(file, 0o644);
    }
  });

  it('says a folder given as the database cannot be opened', () => {
    mkdirSync(file, { recursive: true });
    expect(() => openSqliteStore(file)).toThrow(/^cannot open the database at .*: check that BRIEFBOT_DB/);
  });

  it('says a file that is not a database is not usable', () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(file, 'not a database, just some text that is long enough to have a header '.repeat(20));
    expect(() => openSqliteStore(file)).toThrow(/^the file at .* is not a usable briefbot database/);
  });
});

describe('explainSqliteError', () => {
  it('explains a real read-only refusal and keeps the original as cause', () => {
    open().close();
    const db = new Database(file, { readonly: true });
    let caught: unknown;
    try {
      db.prepare('DELETE FROM subscriptions').run();
    } catch (e) {
      caught = e;
    } finally {
      db.close();
    }
    const explained = explainSqliteError(caught, './data/briefbot.db') as Error;
    expect(explained.message).toBe(
      "the database at ./data/briefbot.db is read-only: check BRIEFBOT_DB and the folder's permissions (briefbot writes the file and creates files next to it)",
    );
    expect(explained.cause).toBe(caught);
  });

  it('explains a real lock held by another connection', () => {
    open();
    const holder = new Database(file);
    const waiter = new Database(file, { timeout: 0 });
    let caught: unknown;
    try {
      holder.exec('BEGIN IMMEDIATE');
      waiter.exec('BEGIN IMMEDIATE');
    } catch (e) {
      caught = e;
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      waiter.close();
    }
    expect((explainSqliteError(caught, 'x.db') as Error).message).toMatch(
      /^the database at x\.db is locked by another process .*: try again/,
    );
  });

  it('maps extended codes to their primary code and leaves unknown errors alone', () => {
    expect(sqliteErrorMessage('SQLITE_READONLY_DIRECTORY', 'a.db')).toMatch(/read-only/);
    expect(sqliteErrorMessage('SQLITE_BUSY_SNAPSHOT', 'a.db')).toMatch(/locked/);
    expect(sqliteErrorMessage('SQLITE_CANTOPEN_ISDIR', 'a.db')).toMatch(/cannot open/);
    expect(sqliteErrorMessage('SQLITE_CONSTRAINT_PRIMARYKEY', 'a.db')).toBeUndefined();
    const other = new Error('boom');
    expect(explainSqliteError(other, 'a.db')).toBe(other);
  });
});

describe('subscriptions', () => {
  it('saves, reads, lists by channel and by team, and removes a subscription', () => {
    const s = open();
    s.saveSubscription(sub('C3', { team: 'T2' }));
    s.saveSubscription(sub('C1'));
    s.saveSubscription(sub('C2'));
    expect(s.getSubscription('C1')).toEqual(sub('C1'));
    expect(s.getSubscription('C9')).toBeUndefined();
    expect(s.listSubscriptions().map((x) => x.channel)).toEqual(['C1', 'C2', 'C3']);
    expect(s.listSubscriptions('T1').map((x) => x.channel)).toEqual(['C1', 'C2']);
    expect(s.listSubscriptions('T9')).toEqual([]);
    expect(s.removeSubscription('C2')).toBe(true);
    expect(s.removeSubscription('C2')).toBe(false);
    expect(s.listSubscriptions().map((x) => x.channel)).toEqual(['C1', 'C3']);
  });

  it('replaces a subscription when saved again', () => {
    const s = open();
    s.saveSubscription(sub('C1'));
    s.saveSubscription(
      sub('C1', { time: '17:30', timezone: 'Europe/Paris', subscriber: 'U2', updatedAt: '2024-05-02T00:00:00.000Z' }),
    );
    expect(s.listSubscriptions()).toEqual([
      sub('C1', { time: '17:30', timezone: 'Europe/Paris', subscriber: 'U2', updatedAt: '2024-05-02T00:00:00.000Z' }),
    ]);
  });

  it('pauses a subscription with a reason, and saving it again clears the pause', () => {
    const s = open();
    s.saveSubscription(sub('C1'));
    s.pauseSubscription('C1', 'not_in_channel');
    expect(s.getSubscription('C1')?.pausedReason).toBe('not_in_channel');
    s.saveSubscription(sub('C1', { pausedReason: 'ignored' }));
    expect(s.getSubscription('C1')).toEqual(sub('C1'));
    expect(s.getSubscription('C1')).not.toHaveProperty('pausedReason');
  });

  it('survives a reopen', () => {
    open().saveSubscription(sub('C1'));
    expect(open().getSubscription('C1')).toEqual(sub('C1'));
  });
});

describe('digests', () => {
  it('grants a claim once, then refuses it', () => {
    const s = open();
    expect(s.claimDigest('C1', '2024-05-01', '2024-05-01T04:00:00.000Z')).toBe(true);
    expect(s.claimDigest('C1', '2024-05-01', '2024-05-01T04:00:01.000Z')).toBe(false);
    expect(s.claimDigest('C1', '2024-05-02', '2024-05-02T04:00:00.000Z')).toBe(true);
    expect(s.claimDigest('C2', '2024-05-01', '2024-05-01T04:00:00.000Z')).toBe(true);
  });

  it('grants a claim to only one of two stores sharing a file', () => {
    const a = open();
    const b = open();
    expect(b.claimDigest('C1', '2024-05-01', 'b')).toBe(true);
    expect(a.claimDigest('C1', '2024-05-01', 'a')).toBe(false);
    expect(b.claimDigest('C1', '2024-05-01', 'b')).toBe(false);
  });

  it('grants each of many claims exactly once across two stores taking turns', () => {
    const stores = [open(), open()];
    let granted = 0;
    for (let day = 1; day <= 200; day++) {
      const date = `2024-01-01+${day}`;
      for (let round = 0; round < 3; round++) {
        for (const s of stores) if (s.claimDigest('C1', date, 'now')) granted++;
      }
    }
    expect(granted).toBe(200);
  });

  it('records how a digest ended and returns the latest posted or empty one', () => {
    const s = open();
    expect(s.lastDigest('C1')).toBeUndefined();
    s.claimDigest('C1', '2024-05-01', '2024-05-01T04:00:00.000Z');
    expect(s.lastDigest('C1')).toBeUndefined();
    s.finishDigest('C1', '2024-05-01', 'posted', '1714536000.000100');
    s.claimDigest('C1', '2024-05-03', '2024-05-03T04:00:00.000Z');
    s.finishDigest('C1', '2024-05-03', 'failed');
    s.claimDigest('C1', '2024-05-02', '2024-05-02T04:00:00.000Z');
    s.finishDigest('C1', '2024-05-02', 'empty');
    s.claimDigest('C1', '2024-05-04', '2024-05-04T04:00:00.000Z');
    expect(s.lastDigest('C1')).toEqual({
      channel: 'C1',
      localDate: '2024-05-02',
      claimedAt: '2024-05-02T04:00:00.000Z',
      outcome: 'empty',
    });
    s.finishDigest('C1', '2024-05-04', 'posted', '1714795200.000200');
    expect(s.lastDigest('C1')).toEqual({
      channel: 'C1',
      localDate: '2024-05-04',
      claimedAt: '2024-05-04T04:00:00.000Z',
      outcome: 'posted',
      ts: '1714795200.000200',
    });
    expect(s.lastDigest('C2')).toBeUndefined();
  });

  it('refuses to finish a digest that was never claimed', () => {
    expect(() => open().finishDigest('C1', '2024-05-01', 'posted', '1.2')).toThrow(/without a claim/);
    expect(() => open().finishDigest('C1', '2024-05-01', 'posted', '1.2')).toThrow(
      expect.objectContaining({ code: 'MISUSE', message: expect.not.stringContaining('briefbot:') }),
    );
  });
});

describe('recordSeen', () => {
  it('keeps the first instant an article was seen', () => {
    const s = open();
    expect([...s.recordSeen(['a', 'b'], 't1')]).toEqual([
      ['a', 't1'],
      ['b', 't1'],
    ]);
    expect([...s.recordSeen(['b', 'c', 'b'], 't2')]).toEqual([
      ['b', 't1'],
      ['c', 't2'],
    ]);
    expect(open().recordSeen(['a', 'c', 'd'], 't3')).toEqual(
      new Map([
        ['a', 't1'],
        ['c', 't2'],
        ['d', 't3'],
      ]),
    );
    expect(s.recordSeen([], 't4').size).toBe(0);
  });

  it('handles 50,000 ids quickly', () => {
    const s = open();
    const ids = Array.from({ length: 50_000 }, (_, i) => `article-${i}`);
    s.recordSeen(ids.slice(0, 10_000), 'first');
    const started = performance.now();
    const seen = s.recordSeen(ids, 'second');
    const elapsed = performance.now() - started;
    expect(seen.size).toBe(50_000);
    expect(seen.get('article-0')).toBe('first');
    expect(seen.get('article-49999')).toBe('second');
    expect(elapsed).toBeLessThan(5_000);
  });
});

/** What a plain read of the file says, bypassing the store. */
function count(table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

const T0 = Date.parse('2026-11-22T12:00:00Z');
const at = (ms: number): Date => new Date(T0 + ms);
const MINUTE = 60_000;

describe('Slack event ids', () => {
  it('remembers an id for an hour', () => {
    expect(EVENT_MEMORY_MS).toBe(60 * MINUTE);
    const s = open();
    expect(s.claimEvent('Ev1', at(0))).toBe(true);
    expect(s.claimEvent('Ev1', at(0))).toBe(false);
    expect(s.claimEvent('Ev2', at(0))).toBe(true);
    expect(s.claimEvent('Ev1', at(EVENT_MEMORY_MS - 1))).toBe(false);
    expect(s.claimEvent('Ev1', at(EVENT_MEMORY_MS))).toBe(true);
    expect(s.claimEvent('Ev1', at(EVENT_MEMORY_MS + MINUTE))).toBe(false);
  });

  it('grants a claim to only one of two stores sharing a file, and after a reopen', () => {
    const a = open();
    const b = open();
    expect(b.claimEvent('Ev1', at(0))).toBe(true);
    expect(a.claimEvent('Ev1', at(MINUTE))).toBe(false);
    b.close();
    opened.splice(opened.indexOf(b), 1);
    expect(open().claimEvent('Ev1', at(2 * MINUTE))).toBe(false);
  });

  it('lets another store take over a claim an hour old, and then refuses the first', () => {
    const a = open();
    const b = open();
    expect(a.claimEvent('Ev1', at(0))).toBe(true);
    expect(b.claimEvent('Ev1', at(EVENT_MEMORY_MS + MINUTE))).toBe(true);
    expect(a.claimEvent('Ev1', at(EVENT_MEMORY_MS + MINUTE))).toBe(false);
  });

  it('grants each of many claims exactly once across two stores taking turns', () => {
    const stores = [open(), open()];
    let granted = 0;
    for (let i = 0; i < 300; i++) {
      for (let round = 0; round < 2; round++) for (const s of stores) if (s.claimEvent(`Ev${i}`, at(i))) granted++;
    }
    expect(granted).toBe(300);
  });

  it(`prunes expired ids on each claim, ${PRUNE_BATCH} at most`, () => {
    const s = open();
    for (let i = 0; i < 2 * PRUNE_BATCH + 50; i++) s.claimEvent(`Ev${i}`, at(0));
    expect(count('slack_events')).toBe(2 * PRUNE_BATCH + 50);
    s.claimEvent('EvNew1', at(EVENT_MEMORY_MS - 1));
    expect(count('slack_events')).toBe(2 * PRUNE_BATCH + 51);
    s.claimEvent('EvNew2', at(EVENT_MEMORY_MS));
    expect(count('slack_events')).toBe(PRUNE_BATCH + 52);
    s.claimEvent('EvNew3', at(EVENT_MEMORY_MS));
    s.claimEvent('EvNew4', at(EVENT_MEMORY_MS));
    expect(count('slack_events')).toBe(4);
  });
});

describe('thread contexts', () => {
  const asked = { people: ['Shah Mahmood Qureshi'], filter: { range: { from: '2019-01-01' } }, facets: ['when'] };

  it('gives back the whole object saved, fields it does not know included, for a week', () => {
    expect(THREAD_MEMORY_MS).toBe(7 * 24 * 60 * MINUTE);
    const s = open();
    expect(s.threadContext('C1:1', at(0))).toBeUndefined();
    const later = { ...asked, tone: { formal: true } };
    s.saveThreadContext('C1:1', later, at(0));
    expect(s.threadContext('C1:1', at(0))).toEqual(later);
    expect(s.threadContext('C1:2', at(0))).toBeUndefined();
    expect(open().threadContext('C1:1', at(THREAD_MEMORY_MS - 1))).toEqual(later);
    expect(s.threadContext('C1:1', at(THREAD_MEMORY_MS))).toBeUndefined();
  });

  it('replaces what a thread asked, unless what it holds was saved later', () => {
    const a = open();
    const b = open();
    a.saveThreadContext('C1:1', { ...asked, people: ['A'] }, at(MINUTE));
    b.saveThreadContext('C1:1', { ...asked, people: ['B'] }, at(0));
    expect(b.threadContext('C1:1', at(MINUTE))).toMatchObject({ people: ['A'] });
    b.saveThreadContext('C1:1', { ...asked, people: ['C'] }, at(2 * MINUTE));
    expect(a.threadContext('C1:1', at(2 * MINUTE))).toMatchObject({ people: ['C'] });
  });

  it(`prunes expired threads on each save, ${PRUNE_BATCH} at most`, () => {
    const s = open();
    for (let i = 0; i < PRUNE_BATCH + 10; i++) s.saveThreadContext(`C1:${i}`, asked, at(0));
    s.saveThreadContext('C1:new', asked, at(THREAD_MEMORY_MS));
    expect(count('slack_threads')).toBe(11);
    s.saveThreadContext('C1:new', asked, at(THREAD_MEMORY_MS));
    expect(count('slack_threads')).toBe(1);
  });

  it('forgets a context that is not a JSON object', () => {
    const s = open();
    s.saveThreadContext('C1:1', asked, at(0));
    s.saveThreadContext('C1:2', asked, at(0));
    const db = new Database(file);
    db.prepare("UPDATE slack_threads SET context = 'not JSON' WHERE thread = 'C1:1'").run();
    db.prepare("UPDATE slack_threads SET context = '[1]' WHERE thread = 'C1:2'").run();
    db.close();
    expect(s.threadContext('C1:1', at(0))).toBeUndefined();
    expect(s.threadContext('C1:2', at(0))).toBeUndefined();
  });
});
