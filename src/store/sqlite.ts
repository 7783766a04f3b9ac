/** The store in a SQLite file (or `:memory:`), shareable by several briefbot processes. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  memoryFeedback,
  memoryOnlyRecall,
  memoryRecall,
  newestVotesFirst,
  parseContext,
  voteKey,
  type FeedbackBook,
  type MemoryFeedback,
  type Recall,
} from './memory.js';
import { migrate } from './migrations.js';
import { BriefbotError } from '../errors.js';
import {
  ANSWER_MEMORY_MS,
  EVENT_MEMORY_MS,
  isStoreUnavailable,
  storeUnavailable,
  THREAD_MEMORY_MS,
  type AnswerRecord,
  type AnswerSurface,
  type DigestRecord,
  type Store,
  type StoreUnavailable,
  type StoreUnavailableCode,
  type Subscription,
  type Vote,
} from './types.js';

/** How long a write waits for another process's lock before failing, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

/** How many expired rows (event ids, threads) a write prunes at most, so that no write waits on a long clean-up. */
export const PRUNE_BATCH = 100;

interface SubscriptionRow {
  channel: string;
  team: string;
  time: string;
  timezone: string;
  subscriber: string;
  paused_reason: string | null;
  updated_at: string;
}

interface ThreadRow {
  context: string;
  saved_at: number;
}

interface AnswerRow {
  id: string;
  question: string;
  kind: string;
  surface: AnswerSurface;
  channel: string | null;
  articles: string;
  posted_at: number;
}

interface VoteRow {
  answer_id: string;
  user_id: string;
  team: string | null;
  vote: Vote['vote'];
  question: string;
  kind: string;
  surface: AnswerSurface;
  channel: string | null;
  articles: string;
  comment: string | null;
  voted_at: string;
}

interface DigestRow {
  channel: string;
  local_date: string;
  claimed_at: string;
  outcome: DigestRecord['outcome'];
  ts: string | null;
}

/** How a SQLite store is opened. */
export interface SqliteStoreOptions {
  /** How long a write waits for another process's lock before failing; default {@link BUSY_TIMEOUT_MS}. */
  busyTimeoutMs?: number;
  /** Open an existing briefbot database read-only (no folder made, no migration): reads work, writes throw. */
  readonly?: boolean;
  /** Hears why a best-effort write (when articles were first seen) was refused; by default no one does. */
  warn?: (message: string) => void;
  /**
   * When given, a database that cannot be opened for writing does not throw: this hears what is wrong, which setting
   * and what to do ({@link fallbackNotice}), and a stand-in is returned ({@link openStoreOrFallback}).
   */
  onUnavailable?: (notice: string) => void;
}

/** What a SQLite or file-system error code means: what is wrong and what to do. */
interface Diagnosis {
  code: StoreUnavailableCode;
  problem: string;
  advice: string;
}

function diagnose(code: string, path: string, busyTimeoutMs: number): Diagnosis | undefined {
  // Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_BUSY_SNAPSHOT, …) share their primary code's advice.
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
  switch (primary) {
    case 'SQLITE_READONLY':
      return {
        code: 'STORE_READ_ONLY',
        problem: `the database at ${path} is read-only`,
        advice:
          "check BRIEFBOT_DB and the folder's permissions (briefbot writes the file and creates files next to it)",
      };
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return {
        code: 'STORE_LOCKED',
        problem: `the database at ${path} is locked by another process (waited ${busyTimeoutMs / 1000} s)`,
        advice: 'try again, or stop the process holding it',
      };
    case 'SQLITE_CANTOPEN':
      return {
        code: 'STORE_CANNOT_OPEN',
        problem: `cannot open the database at ${path}`,
        advice: 'check that BRIEFBOT_DB names a file (not a folder) in a folder briefbot can write',
      };
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return {
        code: 'STORE_NOT_A_DATABASE',
        problem: `the file at ${path} is not a usable briefbot database`,
        advice: 'check BRIEFBOT_DB, or move the file away to start afresh',
      };
    case 'SQLITE_FULL':
      return {
        code: 'STORE_DISK_FULL',
        problem: `the disk holding the database at ${path} is full`,
        advice: 'free some space',
      };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        code: 'STORE_CANNOT_OPEN',
        problem: `cannot create the folder for the database at ${path}`,
        advice: "check BRIEFBOT_DB and the folder's permissions",
      };
    case 'ENOTDIR':
    case 'EEXIST':
      return {
        code: 'STORE_CANNOT_OPEN',
        problem: `cannot create the folder for the database at ${path}`,
        advice: 'check BRIEFBOT_DB: a part of its folder path is a file, not a folder',
      };
    default:
      return undefined;
  }
}

/**
 * What a SQLite (or file-system) error code means for a briefbot operator (`problem: advice`, as the message of the
 * error {@link explainSqliteError} makes), or undefined for codes without advice.
 */
export function sqliteErrorMessage(code: string, path: string, busyTimeoutMs = BUSY_TIMEOUT_MS): string | undefined {
  const d = diagnose(code, path, busyTimeoutMs);
  return d && `${d.problem}: ${d.advice}`;
}

/**
 * Turn a SQLite (or file-system) error into a {@link BriefbotError} with a `STORE_…` code, saying what is wrong and
 * what to do, keeping the original as its cause; other errors (a {@link BriefbotError} among them) pass unchanged.
 */
export function explainSqliteError(error: unknown, path: string, busyTimeoutMs = BUSY_TIMEOUT_MS): unknown {
  if (error instanceof BriefbotError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const d = typeof code === 'string' ? diagnose(code, path, busyTimeoutMs) : undefined;
  return d ? storeUnavailable(d.code, d.problem, d.advice, { cause: error }) : error;
}

/**
 * Open (creating and migrating as needed) the SQLite store at `path`, a file or `:memory:`. A database that cannot
 * be opened throws a `STORE_…` {@link BriefbotError}, unless `options.onUnavailable` is given (then a stand-in is
 * returned, see {@link openStoreOrFallback}).
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const { onUnavailable, ...strict } = options;
  if (!onUnavailable) return openStrict(path, strict);
  const opened = openStoreOrFallback(path, strict);
  const notice = fallbackNotice(path, opened);
  if (notice) onUnavailable(notice);
  return opened.store;
}

/** How {@link openStoreOrFallback} ended: the store, and if it is a stand-in, why and what it reads. */
export interface OpenedStore {
  store: Store;
  /** Why the database could not be opened for writing; undefined when it was. */
  problem?: StoreUnavailable;
  /** What the stand-in reads: the file opened read-only, or an empty database in memory. */
  fallback?: 'read-only' | 'memory';
}

/** Troubles after which the file is still worth reading: a briefbot database, only not writable now. */
const READABLE: ReadonlySet<StoreUnavailableCode> = new Set([
  'STORE_READ_ONLY',
  'STORE_LOCKED',
  'STORE_CANNOT_OPEN',
  'STORE_DISK_FULL',
]);

/**
 * Open the store at `path`; when that fails, return a stand-in that reads the file opened read-only (or, when even
 * that fails, an empty database in memory) and refuses every write with the error that stopped the opening.
 */
export function openStoreOrFallback(
  path: string,
  options: Omit<SqliteStoreOptions, 'onUnavailable' | 'readonly'> = {},
): OpenedStore {
  try {
    return { store: openStrict(path, options) };
  } catch (error) {
    const problem = asUnavailable(error, path);
    if (READABLE.has(problem.code)) {
      try {
        return {
          store: unwritableStore(openStrict(path, { ...options, readonly: true }), problem),
          problem,
          fallback: 'read-only',
        };
      } catch {
        // Not readable either: the stand-in starts empty.
      }
    }
    return { store: unwritableStore(openStrict(':memory:', options), problem), problem, fallback: 'memory' };
  }
}

/**
 * What the operator is told when the store is a stand-in: what is wrong, which setting, what to do, what still
 * works.
 */
export function fallbackNotice(path: string, opened: OpenedStore): string | undefined {
  const { problem, fallback } = opened;
  if (!problem) return undefined;
  const reads =
    fallback === 'read-only'
      ? 'digest subscriptions are read from the file as it is'
      : 'no digest subscription is known meanwhile (the file could not be read either)';
  return (
    `cannot write the database (BRIEFBOT_DB=${path}): ${problem.problem}: ${problem.advice}. ` +
    'briefbot keeps answering searches and questions, but digest settings cannot be saved and no digest is posted ' +
    'until this is fixed and briefbot restarted, and threads and retried events are remembered by this process ' +
    `alone, as are votes on answers (until a restart); ${reads}.`
  );
}

/** A store that answers reads from `reader` and refuses every write with `problem`. */
export function unwritableStore(reader: Store, problem: StoreUnavailable): Store {
  const refuse = (): never => {
    throw problem;
  };
  return {
    unavailable: problem,
    listSubscriptions: (team) => reader.listSubscriptions(team),
    getSubscription: (channel) => reader.getSubscription(channel),
    saveSubscription: refuse,
    removeSubscription: refuse,
    pauseSubscription: refuse,
    claimDigest: refuse,
    finishDigest: refuse,
    lastDigest: (channel) => reader.lastDigest(channel),
    // Best effort already: a read-only file answers what it knows, and memory records for this run.
    recordSeen: (articleIds, at) => reader.recordSeen(articleIds, at),
    // Event ids and threads as ever, with the same expiries: in memory (a read-only file's store keeps them there).
    claimEvent: (eventId, now) => reader.claimEvent(eventId, now),
    threadContext: (thread, now) => reader.threadContext(thread, now),
    saveThreadContext: (thread, context, now) => reader.saveThreadContext(thread, context, now),
    // Answers and votes in memory too (a read-only file's store keeps them there), votes in the file still read.
    saveAnswer: (answer, now) => reader.saveAnswer(answer, now),
    answer: (id, now) => reader.answer(id, now),
    saveVote: (vote) => {
      reader.saveVote(vote);
      return 'memory';
    },
    listVotes: (since) => reader.listVotes(since),
    close: () => reader.close(),
  };
}

function asUnavailable(error: unknown, path: string): StoreUnavailable {
  if (isStoreUnavailable(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return storeUnavailable('STORE_CANNOT_OPEN', `cannot open the database at ${path} (${detail})`, 'check BRIEFBOT_DB', {
    cause: error,
  });
}

/** Run a database call, turning what SQLite throws into a `STORE_…` {@link BriefbotError} where it can. */
type Guard = <T>(work: () => T) => T;

/**
 * Run `work`; when the database refuses, say why and what happens instead (through `warn`), and do that instead.
 * @example fallingBack(guard, warn)(() => save(x), 'save x', 'kept in memory', () => keep(x))
 */
const fallingBack =
  (guard: Guard, warn: (message: string) => void) =>
  <T>(work: () => T, what: string, instead: string, otherwise: () => T): T => {
    try {
      return guard(work);
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      warn(`could not ${what} (${error.problem}): ${error.advice}; ${instead}`);
      return otherwise();
    }
  };

/**
 * Event ids and threads in the database, shared by every process that opens it and kept across restarts. This
 * process's memory holds the event ids it claimed (a retry to it needs no write) and the threads the database refused.
 */
function sqliteRecall(db: Database.Database, guard: Guard, warn: (message: string) => void): Recall {
  const statements = guard(() => ({
    // A claim that has expired is taken over; `changes` is 1 for a new or expired claim, 0 for a live one.
    claim: db.prepare<[string, number, number]>(
      `INSERT INTO slack_events (event_id, claimed_at) VALUES (?, ?)
       ON CONFLICT (event_id) DO UPDATE SET claimed_at = excluded.claimed_at WHERE slack_events.claimed_at <= ?`,
    ),
    pruneEvents: db.prepare<[number, number]>(
      `DELETE FROM slack_events
       WHERE event_id IN (SELECT event_id FROM slack_events WHERE claimed_at <= ? ORDER BY claimed_at LIMIT ?)`,
    ),
    thread: db.prepare<[string, number], ThreadRow>(
      'SELECT context, saved_at FROM slack_threads WHERE thread = ? AND saved_at > ?',
    ),
    // What a thread asked later (another process answering it meanwhile) is not replaced by what it asked earlier.
    saveThread: db.prepare<[string, string, number]>(
      `INSERT INTO slack_threads (thread, context, saved_at) VALUES (?, ?, ?)
       ON CONFLICT (thread) DO UPDATE SET context = excluded.context, saved_at = excluded.saved_at
       WHERE excluded.saved_at >= slack_threads.saved_at`,
    ),
    pruneThreads: db.prepare<[number, number]>(
      `DELETE FROM slack_threads
       WHERE thread IN (SELECT thread FROM slack_threads WHERE saved_at <= ? ORDER BY saved_at LIMIT ?)`,
    ),
  }));
  const claim = db.transaction((eventId: string, now: number): boolean => {
    const expired = now - EVENT_MEMORY_MS;
    statements.pruneEvents.run(expired, PRUNE_BATCH);
    return statements.claim.run(eventId, now, expired).changes === 1;
  });
  const save = db.transaction((thread: string, json: string, now: number): void => {
    statements.pruneThreads.run(now - THREAD_MEMORY_MS, PRUNE_BATCH);
    statements.saveThread.run(thread, json, now);
  });
  const memory = memoryRecall();
  const orElse = fallingBack(guard, warn);
  return {
    claimEvent: (eventId, now) =>
      memory.claimEvent(eventId, now) &&
      orElse(
        () => claim.immediate(eventId, now.getTime()),
        `save that Slack event ${eventId} was answered`,
        'this process remembers it meanwhile',
        () => true,
      ),
    threadContext: (thread, now) => {
      const kept = memory.thread(thread, now);
      const row = orElse(
        () => statements.thread.get(thread, now.getTime() - THREAD_MEMORY_MS),
        'read what a Slack thread asked last',
        "answered from this process's memory",
        () => undefined,
      );
      const json = row && (!kept || row.saved_at >= kept.savedAt) ? row.context : kept?.json;
      return json === undefined ? undefined : parseContext(json);
    },
    saveThreadContext: (thread, context, now) => {
      const json = JSON.stringify(context);
      orElse(
        () => {
          save.immediate(thread, json, now.getTime());
          memory.forgetThread(thread);
        },
        'save what a Slack thread asked',
        'this process remembers it meanwhile',
        () => memory.saveThread(thread, json, now),
      );
    },
  };
}

/** An answer's row as a record. */
function toAnswer(row: AnswerRow): AnswerRecord {
  return {
    id: row.id,
    question: row.question,
    kind: row.kind,
    surface: row.surface,
    ...(row.channel !== null ? { channel: row.channel } : {}),
    articles: parseIds(row.articles),
    postedAt: new Date(row.posted_at).toISOString(),
  };
}

/** A vote's row as a vote. */
function toVote(row: VoteRow): Vote {
  return {
    answerId: row.answer_id,
    user: row.user_id,
    ...(row.team !== null ? { team: row.team } : {}),
    vote: row.vote,
    question: row.question,
    kind: row.kind,
    surface: row.surface,
    ...(row.channel !== null ? { channel: row.channel } : {}),
    articles: parseIds(row.articles),
    ...(row.comment !== null ? { comment: row.comment } : {}),
    votedAt: row.voted_at,
  };
}

/** A vote as its row's parameters. */
const voteRow = (v: Vote): VoteRow => ({
  answer_id: v.answerId,
  user_id: v.user,
  team: v.team ?? null,
  vote: v.vote,
  question: v.question,
  kind: v.kind,
  surface: v.surface,
  channel: v.channel ?? null,
  articles: JSON.stringify(v.articles),
  comment: v.comment ?? null,
  voted_at: v.votedAt,
});

/** A JSON array of ids as saved, or none for anything else (a damaged row). */
function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The votes of the database and those this process keeps for it, the latter winning (they are newer). */
const withPending = (saved: Vote[], pending: Vote[]): Vote[] => {
  const held = new Set(pending.map(voteKey));
  return newestVotesFirst([...saved.filter((v) => !held.has(voteKey(v))), ...pending]);
};

/**
 * Answers and votes in a database opened read-only: answers and new votes in this process's memory, the votes the
 * file holds still read (none when it predates them).
 */
function readOnlyFeedback(db: Database.Database, guard: Guard, memory: MemoryFeedback): FeedbackBook {
  const hasVotes = guard(
    () => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'votes'").get() !== undefined,
  );
  const list = hasVotes
    ? guard(() => db.prepare<[string], VoteRow>('SELECT * FROM votes WHERE voted_at >= ?'))
    : undefined;
  return {
    saveAnswer: (answer, now) => memory.saveAnswer(answer, now),
    answer: (id, now) => memory.answer(id, now),
    saveVote: (vote) => memory.saveVote(vote),
    listVotes: (since) =>
      withPending(list ? guard(() => list.all(since ?? '').map(toVote)) : [], memory.listVotes(since)),
  };
}

/**
 * Answers and votes in the database, shared by every process that opens it and kept across restarts. What the
 * database refuses is kept in this process's memory: answers for their 90 days, votes until the next vote the database
 * takes, which writes them with it.
 */
function sqliteFeedback(db: Database.Database, guard: Guard, warn: (message: string) => void): FeedbackBook {
  const statements = guard(() => ({
    saveAnswer: db.prepare<[AnswerRow]>(
      `INSERT OR REPLACE INTO answers (id, question, kind, surface, channel, articles, posted_at)
       VALUES (@id, @question, @kind, @surface, @channel, @articles, @posted_at)`,
    ),
    pruneAnswers: db.prepare<[number, number]>(
      `DELETE FROM answers
       WHERE id IN (SELECT id FROM answers WHERE posted_at <= ? ORDER BY posted_at LIMIT ?)`,
    ),
    answer: db.prepare<[string, number], AnswerRow>('SELECT * FROM answers WHERE id = ? AND posted_at > ?'),
    // A comment given replaces the one kept; without one, the kept one stays while the vote is unchanged (mergeVote).
    saveVote: db.prepare<[VoteRow]>(
      `INSERT INTO votes (answer_id, user_id, team, vote, question, kind, surface, channel, articles, comment, voted_at)
       VALUES (@answer_id, @user_id, @team, @vote, @question, @kind, @surface, @channel, @articles, @comment, @voted_at)
       ON CONFLICT (answer_id, user_id) DO UPDATE SET
         comment = CASE WHEN excluded.comment IS NOT NULL THEN excluded.comment
                        WHEN votes.vote = excluded.vote THEN votes.comment END,
         vote = excluded.vote, voted_at = excluded.voted_at, team = coalesce(excluded.team, votes.team)`,
    ),
    listVotes: db.prepare<[string], VoteRow>('SELECT * FROM votes WHERE voted_at >= ?'),
  }));
  const memory = memoryFeedback();
  const saveAnswer = db.transaction((row: AnswerRow, now: number): void => {
    statements.pruneAnswers.run(now - ANSWER_MEMORY_MS, PRUNE_BATCH);
    statements.saveAnswer.run(row);
  });
  // Votes kept in memory while the database refused them are written first, oldest first, with the new one.
  const saveVotes = db.transaction((votes: readonly Vote[]): void => {
    for (const v of votes) statements.saveVote.run(voteRow(v));
  });
  const orElse = fallingBack(guard, warn);
  return {
    saveAnswer: (answer, now) =>
      orElse(
        () => {
          saveAnswer.immediate(
            {
              id: answer.id,
              question: answer.question,
              kind: answer.kind,
              surface: answer.surface,
              channel: answer.channel ?? null,
              articles: JSON.stringify(answer.articles),
              posted_at: Date.parse(answer.postedAt),
            },
            now.getTime(),
          );
          memory.forgetAnswer(answer.id);
        },
        'save what a vote on an answer would store',
        'this process remembers it meanwhile',
        () => memory.saveAnswer(answer, now),
      ),
    answer: (id, now) => {
      const row = orElse(
        () => statements.answer.get(id, now.getTime() - ANSWER_MEMORY_MS),
        'read what a vote on an answer stores',
        "answered from this process's memory",
        () => undefined,
      );
      return row ? toAnswer(row) : memory.answer(id, now);
    },
    saveVote: (vote) => {
      const pending = [...memory.listVotes()].reverse();
      return orElse(
        () => {
          saveVotes.immediate([...pending, vote]);
          for (const v of pending) memory.forgetVote(v);
          memory.forgetVote(vote);
          return 'database' as const;
        },
        `save a vote of ${vote.user}`,
        'this process keeps it, and writes it with the next vote the database takes',
        () => memory.saveVote(vote),
      );
    },
    listVotes: (since) => {
      const saved = orElse(
        () => statements.listVotes.all(since ?? '').map(toVote),
        'read the votes',
        "only this process's are listed",
        () => [],
      );
      return withPending(saved, memory.listVotes(since));
    },
  };
}

function openStrict(path: string, options: Omit<SqliteStoreOptions, 'onUnavailable'>): Store {
  const { busyTimeoutMs = BUSY_TIMEOUT_MS, readonly = false, warn = () => {} } = options;
  const memory = path === ':memory:' || path === '';
  const guard: Guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw explainSqliteError(error, path, busyTimeoutMs);
    }
  };

  const db = guard(() => {
    if (!memory && !readonly) mkdirSync(dirname(path), { recursive: true });
    const opened = new Database(path, { timeout: busyTimeoutMs, readonly, fileMustExist: readonly });
    try {
      if (!memory) opened.pragma(`busy_timeout = ${busyTimeoutMs}`);
      if (!memory && !readonly) opened.pragma('journal_mode = WAL');
      if (!readonly) {
        migrate(opened, path);
        // SQLite opens a file it may not write read-only without a word, and an up-to-date schema writes nothing:
        // rewriting the (unused) user_version as it is proves now, at start, that the database can be written.
        opened.pragma(`user_version = ${Number(opened.pragma('user_version', { simple: true }))}`);
      }
      return opened;
    } catch (error) {
      opened.close();
      throw error;
    }
  });

  const statements = guard(() => ({
    listAll: db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY channel'),
    listTeam: db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE team = ? ORDER BY channel'),
    get: db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE channel = ?'),
    save: db.prepare<[Omit<SubscriptionRow, 'paused_reason'>]>(
      `INSERT INTO subscriptions (channel, team, time, timezone, subscriber, paused_reason, updated_at)
       VALUES (@channel, @team, @time, @timezone, @subscriber, NULL, @updated_at)
       ON CONFLICT (channel) DO UPDATE SET team = excluded.team, time = excluded.time, timezone = excluded.timezone,
         subscriber = excluded.subscriber, paused_reason = NULL, updated_at = excluded.updated_at`,
    ),
    remove: db.prepare<[string]>('DELETE FROM subscriptions WHERE channel = ?'),
    pause: db.prepare<[string, string]>('UPDATE subscriptions SET paused_reason = ? WHERE channel = ?'),
    claim: db.prepare<[string, string, string]>(
      `INSERT OR IGNORE INTO digests (channel, local_date, claimed_at, outcome, ts) VALUES (?, ?, ?, 'claimed', NULL)`,
    ),
    finish: db.prepare<[string, string | null, string, string]>(
      'UPDATE digests SET outcome = ?, ts = ? WHERE channel = ? AND local_date = ?',
    ),
    last: db.prepare<[string], DigestRow>(
      `SELECT * FROM digests WHERE channel = ? AND outcome IN ('posted', 'empty') ORDER BY local_date DESC LIMIT 1`,
    ),
    see: db.prepare<[string, string]>('INSERT OR IGNORE INTO articles_seen (article_id, first_seen) VALUES (?, ?)'),
    // One query for any number of ids: they travel as one JSON array, so no bound-parameter limit applies.
    seen: db.prepare<[string], { article_id: string; first_seen: string }>(
      'SELECT article_id, first_seen FROM articles_seen WHERE article_id IN (SELECT value FROM json_each(?))',
    ),
  }));

  const readSeen = (ids: readonly string[]): Map<string, string> =>
    new Map(statements.seen.all(JSON.stringify(ids)).map((r) => [r.article_id, r.first_seen] as const));
  const recordSeen = db.transaction((ids: readonly string[], at: string): Map<string, string> => {
    for (const id of ids) statements.see.run(id, at);
    const found = readSeen(ids);
    const result = new Map<string, string>();
    for (const id of ids) {
      const first = found.get(id);
      if (first !== undefined) result.set(id, first);
    }
    return result;
  });
  /** Record, or when the database refuses, say why and answer as if recorded now (ids not known get `at`). */
  const recordSeenOrWarn = (ids: readonly string[], at: string): Map<string, string> => {
    if (ids.length === 0) return new Map<string, string>();
    try {
      return guard(() => recordSeen.immediate(ids, at));
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      warn(
        `could not save when ${ids.length} briefings were first seen (${error.problem}): ${error.advice}; ` +
          'saved the next time the database can be written',
      );
      const found = guard(() => readSeen(ids));
      return new Map(ids.map((id) => [id, found.get(id) ?? at] as const));
    }
  };
  // A file opened read-only may predate these tables, and could not record anything in them anyway.
  const recall = readonly ? memoryOnlyRecall() : sqliteRecall(db, guard, warn);
  const feedback = readonly ? readOnlyFeedback(db, guard, memoryFeedback()) : sqliteFeedback(db, guard, warn);

  return {
    listSubscriptions: (team) =>
      guard(() => (team === undefined ? statements.listAll.all() : statements.listTeam.all(team)).map(toSubscription)),
    getSubscription: (channel) =>
      guard(() => {
        const row = statements.get.get(channel);
        return row === undefined ? undefined : toSubscription(row);
      }),
    saveSubscription: (s) =>
      guard(() => {
        statements.save.run({
          channel: s.channel,
          team: s.team,
          time: s.time,
          timezone: s.timezone,
          subscriber: s.subscriber,
          updated_at: s.updatedAt,
        });
      }),
    removeSubscription: (channel) => guard(() => statements.remove.run(channel).changes > 0),
    pauseSubscription: (channel, reason) =>
      guard(() => {
        statements.pause.run(reason, channel);
      }),
    claimDigest: (channel, localDate, at) => guard(() => statements.claim.run(channel, localDate, at).changes === 1),
    finishDigest: (channel, localDate, outcome, ts) =>
      guard(() => {
        if (statements.finish.run(outcome, ts ?? null, channel, localDate).changes === 0) {
          throw new BriefbotError(
            'MISUSE',
            `finishDigest(${channel}, ${localDate}) without a claim`,
            'call claimDigest first',
          );
        }
      }),
    lastDigest: (channel) =>
      guard(() => {
        const row = statements.last.get(channel);
        return row === undefined ? undefined : toDigest(row);
      }),
    recordSeen: recordSeenOrWarn,
    ...recall,
    ...feedback,
    close: () => {
      db.close();
    },
  };
}

function toSubscription(row: SubscriptionRow): Subscription {
  const s: Subscription = {
    channel: row.channel,
    team: row.team,
    time: row.time,
    timezone: row.timezone,
    subscriber: row.subscriber,
    updatedAt: row.updated_at,
  };
  if (row.paused_reason !== null) s.pausedReason = row.paused_reason;
  return s;
}

function toDigest(row: DigestRow): DigestRecord {
  const d: DigestRecord = {
    channel: row.channel,
    localDate: row.local_date,
    claimedAt: row.claimed_at,
    outcome: row.outcome,
  };
  if (row.ts !== null) d.ts = row.ts;
  return d;
}
