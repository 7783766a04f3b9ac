import { CONSOLE_CHANNEL } from '../../src/digest/types.js';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { pausedNotice } from '../../src/ask/messages.js';
import {
  deliverDigest,
  isDue,
  localParts,
  runDueDigests,
  startScheduler,
  DIGEST_TICK_MS,
  type Delivery,
  type DigestDeps,
  type Timers,
  recordArticlesSeen,
} from '../../src/digest/schedule.js';
import { buildContext } from '../../src/main.js';
import type { Digest, Notice } from '../../src/digest/types.js';
import { buildDigestMessage } from '../../src/render/digest.js';
import type { SlackMessage } from '../../src/render/limits.js';
import { fail, ok } from '../../src/result.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store, Subscription } from '../../src/store/types.js';
import { memoryLogger } from '../helpers.js';

/** The injected clock every deps object reads. */
let now = new Date('2025-01-05T00:00:00Z');
const clock = (): Date => now;
const at = (iso: string): void => {
  now = new Date(iso);
};

let ctx: AskContext;
const tmp: string[] = [];
const stores: Store[] = [];

beforeAll(async () => {
  ctx = await buildContext('seeds', memoryLogger(), clock);
});

afterEach(() => {
  vi.useRealTimers();
  for (const s of stores.splice(0)) {
    try {
      s.close();
    } catch {
      /* closed by the test */
    }
  }
});

afterAll(() => {
  for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
});

const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-schedule-'));
  tmp.push(dir);
  return dir;
};

const open = (path = ':memory:'): Store => {
  const s = openSqliteStore(path);
  stores.push(s);
  return s;
};

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  channel: 'C1',
  team: 'T1',
  time: '09:00',
  timezone: 'Asia/Karachi',
  subscriber: 'U1',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

/** A digest the sender was given, and the message it renders to (as the Slack sender does). */
interface Posted {
  channel: string;
  digest: Digest;
  message: SlackMessage;
}

/** A digest as the Slack sender posts it. */
const posted = (channel: string, digest: Digest): Posted => ({ channel, digest, message: buildDigestMessage(digest) });

/** Deps with a recording `post` and a recording `notify`. */
function fakeDeps(
  store: Store,
  over: Partial<Omit<DigestDeps, 'logger'>> = {},
): DigestDeps & { posts: Posted[]; notices: Array<[string, Notice]>; logger: ReturnType<typeof memoryLogger> } {
  const posts: Posted[] = [];
  const notices: Array<[string, Notice]> = [];
  const logger = memoryLogger();
  return {
    store,
    context: () => ctx,
    post: async (channel, digest) => {
      posts.push(posted(channel, digest));
      return ok({ ts: `1700000000.${String(posts.length).padStart(6, '0')}` });
    },
    notify: async (user, notice) => {
      notices.push([user, notice]);
      return ok(undefined);
    },
    clock,
    logger,
    posts,
    notices,
    ...over,
  };
}

/** Every text of a posted message, one string. */
const textOf = (m: SlackMessage): string => [m.text, ...m.blocks.map((b) => JSON.stringify(b))].join('\n');

/** A posted digest has a header, at least one non-empty section, and the footer. */
function expectNonEmptyDigest(m: SlackMessage): void {
  expect(m.blocks[0]).toMatchObject({ type: 'header' });
  expect(textOf(m)).toMatch(/\*(New briefings|Meetings reported|Coming up|On this day)\* \(\d+\)/);
  expect(JSON.stringify(m.blocks[m.blocks.length - 1])).toContain('/brief digest off');
}

const MINUTE = 60_000;

describe('localParts and isDue', () => {
  it('reads the local date and time of an instant', () => {
    expect(localParts(new Date('2025-01-05T03:59:00Z'), 'Asia/Karachi')).toEqual({ date: '2025-01-05', time: '08:59' });
    expect(localParts(new Date('2025-01-05T20:00:00Z'), 'Asia/Karachi')).toEqual({ date: '2025-01-06', time: '01:00' });
    expect(localParts(new Date('2025-03-09T07:00:00Z'), 'America/New_York')).toEqual({
      date: '2025-03-09',
      time: '03:00',
    });
  });

  it('is due from the local time on, never while paused', () => {
    expect(isDue(sub(), new Date('2025-01-05T03:59:59Z'))).toBe(false);
    expect(isDue(sub(), new Date('2025-01-05T04:00:00Z'))).toBe(true);
    expect(isDue(sub({ pausedReason: 'not_in_channel' }), new Date('2025-01-05T04:00:00Z'))).toBe(false);
  });
});

describe('runDueDigests beside the console', () => {
  it("leaves the console's digest, kept in the same database, to the console", async () => {
    const store = open();
    store.saveSubscription(sub());
    store.saveSubscription(sub({ channel: CONSOLE_CHANNEL, team: CONSOLE_CHANNEL, subscriber: CONSOLE_CHANNEL }));
    const deps = fakeDeps(store);
    at('2025-01-05T04:00:00Z'); // 09:00 in Karachi, when both are due
    expect(await runDueDigests(deps)).toEqual(['posted']);
    expect(deps.posts.map((p) => p.channel)).toEqual(['C1']);
    expect(store.lastDigest(CONSOLE_CHANNEL)).toBeUndefined();
  });
});

describe('deliverDigest at the subscription time', () => {
  it('fires at 09:00 Asia/Karachi and not before, once', async () => {
    const store = open();
    store.saveSubscription(sub());
    const deps = fakeDeps(store);

    at('2025-01-05T03:59:00Z'); // 08:59 in Karachi
    expect(await deliverDigest(sub(), deps)).toBe('not-due');
    expect(await runDueDigests(deps)).toEqual(['not-due']);
    expect(deps.posts).toHaveLength(0);
    expect(store.lastDigest('C1')).toBeUndefined();

    at('2025-01-05T04:00:00Z'); // 09:00
    expect(await runDueDigests(deps)).toEqual(['posted']);
    expect(deps.posts).toHaveLength(1);
    expect(deps.posts[0]!.channel).toBe('C1');
    expectNonEmptyDigest(deps.posts[0]!.message);
    expect(textOf(deps.posts[0]!.message)).toContain('Briefing digest · Sun 5 Jan 2025');
    expect(store.lastDigest('C1')).toEqual({
      channel: 'C1',
      localDate: '2025-01-05',
      claimedAt: '2025-01-05T04:00:00.000Z',
      outcome: 'posted',
      ts: '1700000000.000001',
    });

    for (const t of ['2025-01-05T04:01:00Z', '2025-01-05T12:00:00Z', '2025-01-05T18:59:00Z']) {
      at(t);
      expect(await runDueDigests(deps)).toEqual(['already']);
    }
    at('2025-01-05T19:00:00Z'); // 00:00 on the 6th in Karachi: not yet due
    expect(await runDueDigests(deps)).toEqual(['not-due']);
    expect(deps.posts).toHaveLength(1);
  });

  it('posts once after a restart at 09:30, and nothing after a further restart at 09:45', async () => {
    const path = join(tempDir(), 'briefbot.db');
    const first = open(path);
    first.saveSubscription(sub());
    const deps1 = fakeDeps(first);
    at('2025-01-05T03:00:00Z'); // 08:00: running, not yet due
    expect(await runDueDigests(deps1)).toEqual(['not-due']);
    first.close(); // down over 09:00

    const second = open(path);
    const deps2 = fakeDeps(second);
    at('2025-01-05T04:30:00Z'); // restarted at 09:30
    expect(await runDueDigests(deps2)).toEqual(['posted']);
    expect(await runDueDigests(deps2)).toEqual(['already']);
    second.close();

    const third = open(path);
    const deps3 = fakeDeps(third);
    at('2025-01-05T04:45:00Z'); // restarted again at 09:45
    expect(await runDueDigests(deps3)).toEqual(['already']);
    expect(await deliverDigest(third.getSubscription('C1')!, deps3)).toBe('already');
    expect(deps1.posts.length + deps2.posts.length + deps3.posts.length).toBe(1);
    expect(third.lastDigest('C1')).toMatchObject({
      localDate: '2025-01-05',
      outcome: 'posted',
      claimedAt: '2025-01-05T04:30:00.000Z',
    });
  });

  it('posts exactly once when two schedulers on one database run at the same instant', async () => {
    const path = join(tempDir(), 'shared.db');
    const a = open(path);
    const b = open(path);
    a.saveSubscription(sub());
    a.saveSubscription(sub({ channel: 'C2', time: '08:00' }));
    // A post that takes a while, so both schedulers are in flight together.
    const slowPost =
      (posts: Posted[]): DigestDeps['post'] =>
      async (channel, digest) => {
        posts.push(posted(channel, digest));
        await new Promise((resolve) => setTimeout(resolve, 5));
        return ok({ ts: '1.1' });
      };
    const postsA: Posted[] = [];
    const postsB: Posted[] = [];
    const depsA = fakeDeps(a, { post: slowPost(postsA) });
    const depsB = fakeDeps(b, { post: slowPost(postsB) });
    at('2025-01-05T04:00:00Z');
    const results = await Promise.all([
      runDueDigests(depsA),
      runDueDigests(depsB),
      runDueDigests(depsA),
      runDueDigests(depsB),
    ]);
    const all = [...postsA, ...postsB];
    expect(all.map((p) => p.channel).sort()).toEqual(['C1', 'C2']);
    expect(results.flat().filter((r) => r === 'posted')).toHaveLength(2);
    expect(results.flat().filter((r) => r === 'already')).toHaveLength(6);
    expect(a.lastDigest('C1')).toMatchObject({ outcome: 'posted' });
    expect(b.lastDigest('C2')).toMatchObject({ outcome: 'posted' });
  });
});

describe('daylight-saving days', () => {
  /** Step the clock a minute at a time over [from, to] (UTC instants), ticking each minute; the instants of posts. */
  async function stepMinutes(
    deps: DigestDeps,
    from: string,
    to: string,
  ): Promise<Array<{ at: string; local: string; result: Delivery }>> {
    const out: Array<{ at: string; local: string; result: Delivery }> = [];
    for (let t = Date.parse(from); t <= Date.parse(to); t += MINUTE) {
      now = new Date(t);
      for (const result of await runDueDigests(deps))
        out.push({ at: now.toISOString(), local: localParts(now, 'America/New_York').time, result });
    }
    return out;
  }

  it('posts once on a spring-forward day whose digest time (02:30) does not exist, at 03:00 local', async () => {
    const store = open();
    store.saveSubscription(sub({ time: '02:30', timezone: 'America/New_York' }));
    const deps = fakeDeps(store);
    // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z): 02:00–02:59 is skipped.
    const ticks = await stepMinutes(deps, '2025-03-09T06:00:00Z', '2025-03-09T08:00:00Z');
    expect(ticks.map((t) => t.local)).not.toContain('02:30');
    const posted = ticks.filter((t) => t.result === 'posted');
    expect(posted).toEqual([{ at: '2025-03-09T07:00:00.000Z', local: '03:00', result: 'posted' }]);
    expect(deps.posts).toHaveLength(1);
    expect(ticks.filter((t) => t.at > '2025-03-09T07:00:00.000Z').every((t) => t.result === 'already')).toBe(true);
    expect(store.lastDigest('C1')).toMatchObject({ localDate: '2025-03-09', outcome: 'posted' });
  });

  it('posts once on a fall-back day whose digest time (01:30) happens twice', async () => {
    const store = open();
    store.saveSubscription(sub({ time: '01:30', timezone: 'America/New_York' }));
    const deps = fakeDeps(store);
    // 00:00 EDT (04:00Z) to 03:00 EST (08:00Z): 01:00–01:59 happens twice.
    const ticks = await stepMinutes(deps, '2025-11-02T04:00:00Z', '2025-11-02T08:00:00Z');
    expect(ticks.filter((t) => t.local === '01:30').map((t) => t.at)).toEqual([
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T06:30:00.000Z',
    ]);
    const posted = ticks.filter((t) => t.result === 'posted');
    expect(posted).toEqual([{ at: '2025-11-02T05:30:00.000Z', local: '01:30', result: 'posted' }]);
    expect(ticks.find((t) => t.at === '2025-11-02T06:30:00.000Z')?.result).toBe('already');
    expect(deps.posts).toHaveLength(1);
    expect(store.lastDigest('C1')).toMatchObject({ localDate: '2025-11-02', outcome: 'posted' });
  });
});

describe('what a digest says', () => {
  it('posts nothing when there is nothing to say, and records the day as empty', async () => {
    const store = open();
    store.saveSubscription(sub());
    // Every seed seen long ago; January has no planned meetings ahead and no seed meeting on its days.
    recordArticlesSeen(store, ctx, '2024-12-01T00:00:00.000Z');
    const deps = fakeDeps(store);
    for (let day = 5; day <= 11; day += 1) {
      const date = `2025-01-${String(day).padStart(2, '0')}`;
      at(`${date}T04:00:00Z`);
      expect(await runDueDigests(deps)).toEqual(['empty']);
      expect(store.lastDigest('C1')).toEqual({
        channel: 'C1',
        localDate: date,
        claimedAt: `${date}T04:00:00.000Z`,
        outcome: 'empty',
      });
      at(`${date}T05:00:00Z`);
      expect(await runDueDigests(deps)).toEqual(['already']);
    }
    expect(deps.posts).toHaveLength(0);
  });

  it('posts the on-this-day meetings even when no briefing is new', async () => {
    const store = open();
    store.saveSubscription(sub());
    recordArticlesSeen(store, ctx, '2024-12-01T00:00:00.000Z');
    const deps = fakeDeps(store);
    at('2025-07-14T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['posted']);
    const text = textOf(deps.posts[0]!.message);
    expectNonEmptyDigest(deps.posts[0]!.message);
    expect(text).toContain('*On this day* (2)');
    expect(text).not.toContain('*New briefings*');
  });

  it('lists a briefing added after the last digest in the next day’s digest, counting from the last claim', async () => {
    const dir = tempDir();
    for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(dir, f));
    copyFileSync('tests/fixtures/meetings/nairobi-costa-angola.txt', join(dir, 'nairobi-costa-angola.txt'));
    const bigger = await buildContext(dir, memoryLogger(), clock);
    const added = [...bigger.index.articles.values()].find((a) => !ctx.index.articles.has(a.id))!;
    expect(bigger.index.articles.size).toBe(ctx.index.articles.size + 1);
    expect(added).toBeDefined();

    const store = open();
    store.saveSubscription(sub());
    let current = ctx;
    const deps = fakeDeps(store, { context: () => current });

    at('2025-01-05T04:00:00Z'); // day 1, 09:00: a fresh store, so every seed is new
    expect(await runDueDigests(deps)).toEqual(['posted']);
    expect(textOf(deps.posts[0]!.message)).toContain('*New briefings* (5)');
    const claimed = store.lastDigest('C1')!.claimedAt;
    expect(claimed).toBe('2025-01-05T04:00:00.000Z');

    // An hour later briefbot restarts with the new briefing and records it as seen (as start() does).
    current = bigger;
    recordArticlesSeen(store, bigger, '2025-01-05T05:00:00.000Z');

    // Day 2: the first tick comes late, at 11:00 local (06:00Z): more than 24 h after the new briefing was first
    // seen, so only the last digest's claim time (not "the last 24 hours") finds it.
    at('2025-01-06T06:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['posted']);
    const day2 = deps.posts[1]!.message;
    expectNonEmptyDigest(day2);
    const text = textOf(day2);
    expect(text).toContain('*New briefings* (1)');
    expect(text).toContain(added.title.slice(0, 30));
    expect(text).toContain('Briefing digest · Mon 6 Jan 2025');
    expect(text).toContain(`${bigger.index.articles.size} briefings`);
    expect(store.lastDigest('C1')).toMatchObject({
      localDate: '2025-01-06',
      claimedAt: '2025-01-06T06:00:00.000Z',
      outcome: 'posted',
    });

    // Day 3: nothing new since day 2's claim, and nothing else to say: no post.
    at('2025-01-07T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['empty']);
    expect(deps.posts).toHaveLength(2);
  });
});

describe('posting failures', () => {
  // The sender (slack/send.ts) has retried as Slack allows and read the final failure: the digest sees a result.
  const cannotPost = (reason: string) => fail({ cannotPost: reason });
  const failed = (reason: string, cause?: unknown) => fail({ failed: reason, ...(cause ? { cause } : {}) });

  it('records the day as failed, does not pause, and logs why when the sender gave up', async () => {
    const store = open();
    store.saveSubscription(sub());
    const post = vi.fn<DigestDeps['post']>(async () => failed('rate limited (retry after 2 s)'));
    const deps = fakeDeps(store, { post });
    at('2025-01-05T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['failed']);
    expect(post).toHaveBeenCalledTimes(1);
    expect(store.getSubscription('C1')?.pausedReason).toBeUndefined();
    expect(deps.notices).toEqual([]);
    expect(deps.logger.lines).toEqual([
      'briefbot: error: could not post the digest in C1: rate limited (retry after 2 s)',
    ]);
    expect(store.lastDigest('C1')).toBeUndefined();
    // The day is decided (failed): a later tick does not post it again.
    at('2025-01-05T05:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['already']);
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('logs the error behind a failure when the sender kept one', async () => {
    const store = open();
    store.saveSubscription(sub());
    const deps = fakeDeps(store, { post: async () => failed('boom', new Error('boom')) });
    at('2025-01-05T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['failed']);
    expect(deps.logger.lines.join('\n')).toMatch(
      /^briefbot: error: could not post the digest in C1: boom: Error: boom/,
    );
  });

  it('passes the digest itself to the sender, which renders it', async () => {
    const store = open();
    store.saveSubscription(sub());
    const deps = fakeDeps(store);
    at('2025-01-05T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['posted']);
    expect(deps.posts[0]!.digest).toMatchObject({ localDate: '2025-01-05', timezone: 'Asia/Karachi' });
    expect(deps.posts[0]!.digest.newBriefings.items.length).toBeGreaterThan(0);
  });

  it('pauses a channel briefbot is not in, tells the subscriber once, and skips it afterwards', async () => {
    const store = open();
    store.saveSubscription(sub({ subscriber: 'U7' }));
    store.saveSubscription(sub({ channel: 'C2', subscriber: 'U8' }));
    const posts: string[] = [];
    let invited = false;
    const post = vi.fn<DigestDeps['post']>(async (channel) => {
      posts.push(channel);
      if (channel === 'C1' && !invited) return cannotPost('not_in_channel');
      return ok({ ts: '1.2' });
    });
    const deps = fakeDeps(store, { post });
    at('2025-01-05T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['paused', 'posted']);
    expect(store.getSubscription('C1')?.pausedReason).toBe('not_in_channel');
    expect(store.getSubscription('C2')?.pausedReason).toBeUndefined();
    expect(deps.notices).toEqual([['U7', { text: pausedNotice('C1', 'not_in_channel'), channels: ['C1'] }]]);
    expect(pausedNotice('C1', 'not_in_channel')).toContain('<#C1>');

    for (const t of ['2025-01-05T04:01:00Z', '2025-01-06T04:00:00Z', '2025-01-07T10:00:00Z']) {
      at(t);
      const results = await runDueDigests(deps);
      expect(results[0]).toBe('not-due');
    }
    expect(posts.filter((c) => c === 'C1')).toHaveLength(1);
    expect(deps.notices).toHaveLength(1);

    // Turned on again: the pause is cleared and a later day's digest (one with something to say) is posted.
    invited = true;
    store.saveSubscription(sub({ subscriber: 'U7' }));
    at('2025-07-14T04:00:00Z');
    expect((await runDueDigests(deps))[0]).toBe('posted');
    expect(posts.filter((c) => c === 'C1')).toHaveLength(2);
  });

  it('still pauses when telling the subscriber fails', async () => {
    const store = open();
    store.saveSubscription(sub());
    const deps = fakeDeps(store, {
      post: async () => cannotPost('is_archived'),
      notify: async () => failed('cannot_dm_bot'),
    });
    at('2025-01-05T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['paused']);
    expect(store.getSubscription('C1')?.pausedReason).toBe('is_archived');
    expect(deps.logger.lines.join('\n')).toMatch(/could not tell the subscriber: cannot_dm_bot/);
  });

  it('does not pause on other errors, and one channel failing does not stop the next', async () => {
    const store = open();
    store.saveSubscription(sub());
    store.saveSubscription(sub({ channel: 'C2' }));
    const posted: string[] = [];
    const deps = fakeDeps(store, {
      post: async (channel) => {
        if (channel === 'C1') return failed('msg_too_long');
        posted.push(channel);
        return ok({});
      },
    });
    at('2025-01-05T04:00:00Z');
    expect(await runDueDigests(deps)).toEqual(['failed', 'posted']);
    expect(posted).toEqual(['C2']);
    expect(store.getSubscription('C1')?.pausedReason).toBeUndefined();
    expect(deps.notices).toHaveLength(0);
  });
});

describe('startScheduler', () => {
  const fakeTimers: Timers = {
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
  };

  it('ticks at once and then every 60 s until stopped', async () => {
    vi.useFakeTimers();
    const tick = vi.fn(async () => {});
    const s = startScheduler(tick, fakeTimers, memoryLogger());
    expect(DIGEST_TICK_MS).toBe(60_000);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(tick).toHaveBeenCalledTimes(5);
    s.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tick).toHaveBeenCalledTimes(5);
    await s.idle();
  });

  it('never overlaps ticks: a slow tick makes the next ones wait', async () => {
    vi.useFakeTimers();
    let inFlight = 0;
    let most = 0;
    const tick = vi.fn(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 150_000));
      inFlight -= 1;
    });
    const s = startScheduler(tick, fakeTimers, memoryLogger());
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000); // the 60 s and 120 s ticks find the first still running
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000); // the first ended at 150 s; the 180 s tick runs
    expect(tick).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    let idle = false;
    void s.idle().then(() => {
      idle = true;
    });
    s.stop();
    await vi.advanceTimersByTimeAsync(149_000);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(idle).toBe(true);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('logs a failing tick and keeps ticking', async () => {
    vi.useFakeTimers();
    const logger = memoryLogger();
    const tick = vi.fn().mockRejectedValueOnce(new Error('database locked')).mockResolvedValue(undefined);
    const s = startScheduler(tick, fakeTimers, logger);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(logger.lines.join('\n')).toMatch(/digest tick failed: Error: database locked/);
    s.stop();
  });

  it('posts a digest once as fake time passes 09:00 in Karachi', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-05T03:57:30Z')); // 08:57:30 local
    const store = open();
    store.saveSubscription(sub());
    const deps = fakeDeps(store, { clock: () => new Date() });
    const s = startScheduler(() => runDueDigests(deps), fakeTimers, deps.logger);
    await vi.advanceTimersByTimeAsync(60_000); // 08:58:30
    expect(deps.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000); // 08:59:30
    expect(deps.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000); // 09:00:30
    expect(deps.posts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(deps.posts).toHaveLength(1);
    s.stop();
    await s.idle();
    expect(store.lastDigest('C1')).toMatchObject({
      localDate: '2025-01-05',
      claimedAt: '2025-01-05T04:00:30.000Z',
      outcome: 'posted',
    });
  });
});

describe('recordArticlesSeen', () => {
  it('treats a changed file as a new briefing from the moment it changed', async () => {
    const { openSqliteStore } = await import('../../src/store/sqlite.js');
    const { buildContext } = await import('../../src/main.js');
    const { memoryLogger } = await import('../helpers.js');
    const store = openSqliteStore(':memory:');
    const ctx = await buildContext('seeds', memoryLogger(), () => new Date('2026-01-01T00:00:00Z'));
    const first = recordArticlesSeen(store, ctx, '2026-01-01T00:00:00.000Z');
    const article = [...ctx.index.articles.values()][0]!;
    const changed = {
      ...ctx,
      index: { ...ctx.index, articles: new Map([[article.id, { ...article, contentHash: 'changed' }]]) },
    };
    const again = recordArticlesSeen(store, changed, '2026-02-01T00:00:00.000Z');
    expect(first.get(article.id)).toBe('2026-01-01T00:00:00.000Z');
    expect(again.get(article.id)).toBe('2026-02-01T00:00:00.000Z');
    store.close();
  });
});
