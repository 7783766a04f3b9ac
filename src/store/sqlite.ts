/** The store in a SQLite file (or `:memory:`), shareable by several briefbot processes. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';
import type { DigestRecord, Store, Subscription } from './types.js';

/** How long a write waits for another process's lock before failing, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

interface SubscriptionRow {
  channel: string;
  team: string;
  time: string;
  timezone: string;
  subscriber: string;
  paused_reason: string | null;
  updated_at: string;
}

interface DigestRow {
  channel: string;
  local_date: string;
  claimed_at: string;
  outcome: DigestRecord['outcome'];
  ts: string | null;
}

/** What a SQLite error code means for a briefbot operator, or undefined for codes without advice. */
export function sqliteErrorMessage(code: string, path: string): string | undefined {
  // Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_BUSY_SNAPSHOT, …) share their primary code's advice.
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  switch (primary) {
    case 'SQLITE_READONLY':
      return `briefbot: the database at ${path} is read-only: check BRIEFBOT_DB and the folder's permissions (briefbot writes the file and creates files next to it)`;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `briefbot: the database at ${path} is locked by another process (waited ${BUSY_TIMEOUT_MS / 1000} s): try again, or stop the process holding it`;
    case 'SQLITE_CANTOPEN':
      return `briefbot: cannot open the database at ${path}: check that BRIEFBOT_DB names a file (not a folder) in a folder briefbot can write`;
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `briefbot: the file at ${path} is not a usable briefbot database: check BRIEFBOT_DB, or move the file away to start afresh`;
    case 'SQLITE_FULL':
      return `briefbot: the disk holding the database at ${path} is full: free some space`;
    default:
      return undefined;
  }
}

/** Turn a SQLite (or file-system) error into an Error saying what is wrong and what to do; other errors pass unchanged. */
export function explainSqliteError(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const message =
    sqliteErrorMessage(code, path) ??
    (code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? `briefbot: cannot create the folder for the database at ${path}: check BRIEFBOT_DB and the folder's permissions`
      : undefined);
  return message === undefined ? error : new Error(message, { cause: error });
}

/** Open (creating and migrating as needed) the SQLite store at `path`, a file or `:memory:`. */
export function openSqliteStore(path: string): Store {
  const memory = path === ':memory:' || path === '';
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw explainSqliteError(error, path);
    }
  };

  const db = guard(() => {
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    const opened = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    try {
      if (!memory) {
        opened.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        opened.pragma('journal_mode = WAL');
      }
      migrate(opened, path);
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
    finish: db.prepare<[string, string | null, string, string]>('UPDATE digests SET outcome = ?, ts = ? WHERE channel = ? AND local_date = ?'),
    last: db.prepare<[string], DigestRow>(
      `SELECT * FROM digests WHERE channel = ? AND outcome IN ('posted', 'empty') ORDER BY local_date DESC LIMIT 1`,
    ),
    see: db.prepare<[string, string]>('INSERT OR IGNORE INTO articles_seen (article_id, first_seen) VALUES (?, ?)'),
    // One query for any number of ids: they travel as one JSON array, so no bound-parameter limit applies.
    seen: db.prepare<[string], { article_id: string; first_seen: string }>(
      'SELECT article_id, first_seen FROM articles_seen WHERE article_id IN (SELECT value FROM json_each(?))',
    ),
  }));

  const recordSeen = db.transaction((ids: readonly string[], at: string): Map<string, string> => {
    for (const id of ids) statements.see.run(id, at);
    const found = new Map(statements.seen.all(JSON.stringify(ids)).map((r) => [r.article_id, r.first_seen] as const));
    const result = new Map<string, string>();
    for (const id of ids) {
      const first = found.get(id);
      if (first !== undefined) result.set(id, first);
    }
    return result;
  });

  return {
    listSubscriptions: (team) => guard(() => (team === undefined ? statements.listAll.all() : statements.listTeam.all(team)).map(toSubscription)),
    getSubscription: (channel) =>
      guard(() => {
        const row = statements.get.get(channel);
        return row === undefined ? undefined : toSubscription(row);
      }),
    saveSubscription: (s) =>
      guard(() => {
        statements.save.run({ channel: s.channel, team: s.team, time: s.time, timezone: s.timezone, subscriber: s.subscriber, updated_at: s.updatedAt });
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
          throw new Error(`briefbot: finishDigest(${channel}, ${localDate}) without a claim: call claimDigest first`);
        }
      }),
    lastDigest: (channel) =>
      guard(() => {
        const row = statements.last.get(channel);
        return row === undefined ? undefined : toDigest(row);
      }),
    recordSeen: (articleIds, at) => guard(() => (articleIds.length === 0 ? new Map<string, string>() : recordSeen.immediate(articleIds, at))),
    close: () => {
      db.close();
    },
  };
}

function toSubscription(row: SubscriptionRow): Subscription {
  const s: Subscription = { channel: row.channel, team: row.team, time: row.time, timezone: row.timezone, subscriber: row.subscriber, updatedAt: row.updated_at };
  if (row.paused_reason !== null) s.pausedReason = row.paused_reason;
  return s;
}

function toDigest(row: DigestRow): DigestRecord {
  const d: DigestRecord = { channel: row.channel, localDate: row.local_date, claimedAt: row.claimed_at, outcome: row.outcome };
  if (row.ts !== null) d.ts = row.ts;
  return d;
}
