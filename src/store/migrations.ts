/** The database schema, as an ordered list of migrations applied once each and recorded in `schema_migrations`. */
import type Database from 'better-sqlite3';
import { BriefbotError } from '../errors.js';
import { storeUnavailable } from './types.js';

/** One schema step: applied once, in `version` order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration briefbot knows, oldest first; append new ones, never edit applied ones. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, digests, articles_seen',
    sql: `
      CREATE TABLE subscriptions (
        channel       TEXT PRIMARY KEY NOT NULL,
        team          TEXT NOT NULL,
        time          TEXT NOT NULL,
        timezone      TEXT NOT NULL,
        subscriber    TEXT NOT NULL,
        paused_reason TEXT,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX subscriptions_team ON subscriptions (team, channel);
      CREATE TABLE digests (
        channel    TEXT NOT NULL,
        local_date TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        outcome    TEXT NOT NULL CHECK (outcome IN ('claimed', 'posted', 'empty', 'failed')),
        ts         TEXT,
        PRIMARY KEY (channel, local_date)
      );
      CREATE TABLE articles_seen (
        article_id TEXT PRIMARY KEY NOT NULL,
        first_seen TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'slack_events, slack_threads',
    // Instants in ms since the epoch; rows older than their expiry are ignored on read and pruned on write.
    sql: `
      CREATE TABLE slack_events (
        event_id   TEXT PRIMARY KEY NOT NULL,
        claimed_at INTEGER NOT NULL
      );
      CREATE INDEX slack_events_claimed_at ON slack_events (claimed_at);
      CREATE TABLE slack_threads (
        thread   TEXT PRIMARY KEY NOT NULL,
        context  TEXT NOT NULL,
        saved_at INTEGER NOT NULL
      );
      CREATE INDEX slack_threads_saved_at ON slack_threads (saved_at);
    `,
  },
  {
    version: 3,
    name: 'answers, votes',
    // answers: what a vote on an answer stores of it, for 90 days after it was posted (posted_at, ms since the epoch).
    // votes: one a user and answer, kept for good, with a copy of the answer's facts (articles: a JSON array of ids).
    sql: `
      CREATE TABLE answers (
        id        TEXT PRIMARY KEY NOT NULL,
        question  TEXT NOT NULL,
        kind      TEXT NOT NULL,
        surface   TEXT NOT NULL,
        channel   TEXT,
        articles  TEXT NOT NULL,
        posted_at INTEGER NOT NULL
      );
      CREATE INDEX answers_posted_at ON answers (posted_at);
      CREATE TABLE votes (
        answer_id TEXT NOT NULL,
        user_id   TEXT NOT NULL,
        team      TEXT,
        vote      TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        question  TEXT NOT NULL,
        kind      TEXT NOT NULL,
        surface   TEXT NOT NULL,
        channel   TEXT,
        articles  TEXT NOT NULL,
        comment   TEXT,
        voted_at  TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_id)
      );
      CREATE INDEX votes_voted_at ON votes (voted_at);
    `,
  },
];

/** Apply the migrations a database lacks, in one immediate transaction; returns the versions applied now. */
export function migrate(
  db: Database.Database,
  location: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  checkOrder(migrations);
  const known = migrations.at(-1)?.version ?? 0;
  const run = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY NOT NULL,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const applied = new Set(db.prepare<[], number>('SELECT version FROM schema_migrations').pluck().all());
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw storeUnavailable(
        'STORE_TOO_NEW',
        `the database at ${location} was written by a newer briefbot (schema ${newest}); ` +
          `this briefbot knows schema ${known}`,
        'upgrade briefbot, or point BRIEFBOT_DB at another file',
      );
    }
    const record = db.prepare<[number, string, string]>(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    const now: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      now.push(m.version);
    }
    return now;
  });
  // IMMEDIATE: two processes opening a fresh database at once must not both apply a migration.
  return run.immediate();
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (!Number.isInteger(m.version) || m.version < 1 || (previous !== undefined && m.version <= previous.version)) {
      throw new BriefbotError(
        'MISUSE',
        `migration ${m.version} (${m.name}) is out of order`,
        'versions must be positive integers, increasing',
      );
    }
  });
}
