/**
 * Answers and votes in the store: what a vote records of an answer (90 days), one vote a user and answer (a second
 * click changes it), kept across a restart, and in memory while the database refuses (written with the next vote it
 * takes). Locks are real (a second connection holding `BEGIN EXCLUSIVE`) with a 50 ms busy timeout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryFeedback, mergeVote } from '../../src/store/memory.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { openSqliteStore, openStoreOrFallback, type SqliteStoreOptions } from '../../src/store/sqlite.js';
import { ANSWER_MEMORY_MS, type AnswerRecord, type Store, type Vote } from '../../src/store/types.js';
import { holdLock } from './helpers.js';

const BUSY_MS = 50;
const T0 = Date.parse('2026-07-14T06:00:00.000Z');
/** An instant `minutes` after T0. */
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const answer = (id: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  id,
  question: `meetings with ${id}`,
  kind: 'meetings',
  surface: 'ephemeral',
  channel: 'C1',
  articles: ['003_11be3f15fbbdd326', '002_9f8474191b6e5a16'],
  postedAt: at(0).toISOString(),
  ...over,
});

const vote = (answerId: string, user: string, v: Vote['vote'], minutes: number, over: Partial<Vote> = {}): Vote => ({
  answerId,
  user,
  team: 'T1',
  vote: v,
  question: `meetings with ${answerId}`,
  kind: 'meetings',
  surface: 'ephemeral',
  channel: 'C1',
  articles: ['003_11be3f15fbbdd326'],
  votedAt: at(minutes).toISOString(),
  ...over,
});

let dir: string;
let file: string;
const closers: Array<() => void> = [];
const open = (options: SqliteStoreOptions = {}, path = file): Store => {
  const s = openSqliteStore(path, { busyTimeoutMs: BUSY_MS, ...options });
  closers.push(() => s.close());
  return s;
};

/** How many rows a table of the file holds, read bypassing the store. */
function count(table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-votes-'));
  file = join(dir, 'briefbot.db');
});

afterEach(() => {
  while (closers.length > 0) closers.pop()!();
  rmSync(dir, { recursive: true, force: true });
});

describe('answers', () => {
  it('keeps what a vote records of an answer for 90 days, then forgets it and prunes it on a later write', () => {
    const store = open();
    store.saveAnswer(answer('a1'), at(0));
    expect(store.answer('a1', at(1))).toEqual(answer('a1'));
    expect(store.answer('a1', new Date(T0 + ANSWER_MEMORY_MS - 1))).toEqual(answer('a1'));
    expect(store.answer('a1', new Date(T0 + ANSWER_MEMORY_MS))).toBeUndefined();
    expect(store.answer('nope', at(1))).toBeUndefined();
    const later = new Date(T0 + ANSWER_MEMORY_MS + 1);
    store.saveAnswer(answer('a2', { postedAt: later.toISOString() }), later);
    expect(count('answers')).toBe(1);
  });

  it('keeps an answer without a channel, and one that cites nothing', () => {
    const store = open();
    const bare = answer('a1', { channel: undefined, articles: [] });
    delete bare.channel;
    store.saveAnswer(bare, at(0));
    expect(store.answer('a1', at(1))).toEqual(bare);
  });
});

describe('votes', () => {
  it('keeps one vote a user and answer: a second click changes it, the first click’s instant replaced', () => {
    const store = open();
    expect(store.saveVote(vote('a1', 'U1', 'up', 1))).toBe('database');
    store.saveVote(vote('a1', 'U2', 'down', 2));
    store.saveVote(vote('a1', 'U1', 'down', 3));
    expect(store.listVotes().map((v) => [v.user, v.vote, v.votedAt])).toEqual([
      ['U1', 'down', at(3).toISOString()],
      ['U2', 'down', at(2).toISOString()],
    ]);
  });

  it('keeps a comment while the vote stays 👎, replaces it with a new one, and drops it when the vote changes', () => {
    const store = open();
    store.saveVote(vote('a1', 'U1', 'down', 1, { comment: 'wrong date' }));
    store.saveVote(vote('a1', 'U1', 'down', 2));
    expect(store.listVotes()[0]!.comment).toBe('wrong date');
    store.saveVote(vote('a1', 'U1', 'down', 3, { comment: 'wrong place' }));
    expect(store.listVotes()[0]!.comment).toBe('wrong place');
    store.saveVote(vote('a1', 'U1', 'up', 4));
    expect(store.listVotes()[0]).toEqual(vote('a1', 'U1', 'up', 4));
  });

  it('lists the votes cast at or after an instant, newest first', () => {
    const store = open();
    store.saveVote(vote('a1', 'U1', 'up', 1));
    store.saveVote(vote('a2', 'U1', 'down', 30));
    store.saveVote(vote('a3', 'U1', 'up', 20));
    expect(store.listVotes(at(20).toISOString()).map((v) => v.answerId)).toEqual(['a2', 'a3']);
    expect(store.listVotes().map((v) => v.answerId)).toEqual(['a2', 'a3', 'a1']);
  });

  it('survives a restart: answers and votes are in the file', () => {
    const first = openSqliteStore(file);
    first.saveAnswer(answer('a1'), at(0));
    first.saveVote(vote('a1', 'U1', 'down', 1, { comment: 'missing a meeting' }));
    first.close();
    const second = open();
    expect(second.answer('a1', at(2))).toEqual(answer('a1'));
    expect(second.listVotes()).toEqual([vote('a1', 'U1', 'down', 1, { comment: 'missing a meeting' })]);
  });

  it('keeps a vote in memory while the file is locked, says so, and writes it with the next vote once free', () => {
    const warnings: string[] = [];
    const store = open({ warn: (m) => warnings.push(m) });
    const other = open();
    store.saveAnswer(answer('a1'), at(0));
    const lock = holdLock(file, closers);
    store.saveAnswer(answer('a2'), at(1));
    expect(store.answer('a2', at(2))).toEqual(answer('a2'));
    expect(store.saveVote(vote('a2', 'U1', 'down', 2, { comment: 'stale' }))).toBe('memory');
    expect(store.listVotes().map((v) => v.answerId)).toEqual(['a2']);
    expect(warnings).toEqual([
      expect.stringMatching(/^could not save what a vote on an answer would store \(.* is locked .*meanwhile$/),
      expect.stringMatching(
        /^could not save a vote of U1 \(.* is locked .*\): .*; this process keeps it, and writes it with the next vote the database takes$/,
      ),
    ]);
    lock.release();
    expect(other.listVotes()).toEqual([]);
    expect(store.saveVote(vote('a1', 'U2', 'up', 3))).toBe('database');
    expect(other.listVotes().map((v) => [v.answerId, v.user, v.comment])).toEqual([
      ['a1', 'U2', undefined],
      ['a2', 'U1', 'stale'],
    ]);
    expect(store.listVotes()).toEqual(other.listVotes());
  });
});

describe('a database briefbot cannot write', () => {
  it('opened read-only: reads the votes in the file, keeps new ones (and answers) in memory', () => {
    const writer = openSqliteStore(file);
    writer.saveVote(vote('a1', 'U1', 'up', 1));
    writer.close();
    const reader = open({ readonly: true });
    reader.saveAnswer(answer('a2'), at(2));
    expect(reader.answer('a2', at(3))).toEqual(answer('a2'));
    expect(reader.saveVote(vote('a2', 'U1', 'down', 3))).toBe('memory');
    expect(reader.listVotes().map((v) => v.answerId)).toEqual(['a2', 'a1']);
  });

  it('opened read-only over a database older than votes: lists none, and fails nothing', () => {
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 2));
    old.close();
    const reader = open({ readonly: true });
    expect(reader.listVotes()).toEqual([]);
    expect(reader.saveVote(vote('a1', 'U1', 'up', 1))).toBe('memory');
    expect(reader.listVotes()).toHaveLength(1);
  });

  it('the stand-in for a database that cannot be opened keeps votes in this process alone', () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    const { store } = openStoreOrFallback(join(dir, 'not-a-folder', 'briefbot.db'), { busyTimeoutMs: BUSY_MS });
    closers.push(() => store.close());
    store.saveAnswer(answer('a1'), at(0));
    expect(store.answer('a1', at(1))).toEqual(answer('a1'));
    expect(store.saveVote(vote('a1', 'U1', 'up', 1))).toBe('memory');
    expect(store.listVotes()).toEqual([vote('a1', 'U1', 'up', 1)]);
  });
});

describe('votes in memory', () => {
  it('merges a click as the database does', () => {
    const down = vote('a1', 'U1', 'down', 1, { comment: 'wrong date' });
    expect(mergeVote(undefined, down)).toEqual(down);
    expect(mergeVote(down, vote('a1', 'U1', 'down', 2))).toEqual(
      vote('a1', 'U1', 'down', 2, { comment: 'wrong date' }),
    );
    expect(mergeVote(down, vote('a1', 'U1', 'up', 2))).toEqual(vote('a1', 'U1', 'up', 2));
  });

  it('forgets an answer after 90 days, and lists votes newest first since an instant', () => {
    const memory = memoryFeedback();
    memory.saveAnswer(answer('a1'), at(0));
    expect(memory.answer('a1', new Date(T0 + ANSWER_MEMORY_MS))).toBeUndefined();
    memory.saveVote(vote('a1', 'U1', 'up', 1));
    memory.saveVote(vote('a2', 'U1', 'up', 5));
    expect(memory.listVotes(at(2).toISOString()).map((v) => v.answerId)).toEqual(['a2']);
    memory.forgetVote({ answerId: 'a2', user: 'U1' });
    expect(memory.listVotes().map((v) => v.answerId)).toEqual(['a1']);
  });
});
