import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import {
  CONSOLE_DIGEST_OFF,
  CONSOLE_HINT,
  CONSOLE_NO_DIGEST,
  consoleDigestOn,
  INTERRUPT_HINT,
  LAST_PAGE,
  NOTHING_TO_CONTINUE,
  nothingToExport,
  TIMELINE_WHO,
} from '../../src/ask/messages.js';
import { answerLine, routeLine, runConsole } from '../../src/console/repl.js';
import { answerConsoleDigest, type ConsoleDigestDeps } from '../../src/console/digest.js';
import { CONSOLE_CHANNEL } from '../../src/digest/types.js';
import { digestTitle } from '../../src/render/digest.js';
import { STAR_BOLD } from '../../src/render/text.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { contextOf, memoryLogger, SEEDS } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

/** 09:00 UTC on 14 July 2025: four years to the day after Qureshi met Lavrov in Dushanbe. */
const NOW = new Date('2025-07-14T09:00:00Z');
let store: Store;
let digest: ConsoleDigestDeps;
beforeEach(() => {
  store = openSqliteStore(':memory:');
  digest = { store, context: () => ctx, clock: () => NOW, logger: memoryLogger(), timezone: 'UTC' };
});
afterEach(() => store.close());

/** Timers that never fire: the console's first digest check (at start) is the only one. */
const stillTimers = { setInterval: () => 0, clearInterval: () => undefined };

/** Run a console over `input` (written at once, then ended) and return everything it wrote. */
async function run(input: string, interactive: boolean): Promise<string> {
  const inStream = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += d));
  const done = runConsole(
    { input: inStream, output, interactive, bold: STAR_BOLD },
    { context: () => ctx, digest, timers: stillTimers },
  );
  inStream.end(input);
  await done;
  return text;
}

const session = (lines: string[], interactive: boolean): Promise<string> =>
  run(lines.map((l) => `${l}\n`).join(''), interactive);

describe('console', () => {
  it('answers piped lines without prompt or hint and ends with the input', async () => {
    const out = await session(['/brief search CASA-1000', 'search Lavarov'], false);
    expect(out).not.toContain(CONSOLE_HINT);
    expect(out).not.toContain('brief>');
    expect(out).toContain('*CASA-1000*');
    expect(out).toContain('*Lavrov*');
  });

  it('shows the hint and a prompt to a person', async () => {
    const out = await session(['help'], true);
    expect(out.startsWith(CONSOLE_HINT)).toBe(true);
    expect(out).toContain('brief> ');
    expect(out).toContain('/brief search <terms>');
    expect(out).toContain('/brief digest on [HH:MM] [Area/City]');
    expect(out).toContain('/brief digest off | status | now');
  });

  it('stops at "quit" and ignores what follows', async () => {
    const out = await session(['quit', 'search Lavrov'], false);
    expect(out).toBe('');
  });

  it('answers a follow-up about the people of the question before it, as a Slack thread does', async () => {
    const out = await session(['When did Qureshi meet Lavrov?', 'and where?', 'what did they discuss?'], false);
    const [, where = '', what = ''] = out.split('\n\n');
    expect(where).toMatch(/^\*?Shah Mahmood Qureshi\*? met \*?Sergey Lavrov\*? in Dushanbe/);
    expect(what).toContain('Shah Mahmood Qureshi and Sergey Lavrov discussed');
    // Without the question before, "and where?" is no question about anyone.
    expect(answerLine('and where?', { page: 1 }, ctx, STAR_BOLD).text).not.toContain('Qureshi');
  });

  it('accepts @briefbot and bare questions', () => {
    expect(answerLine('@briefbot Lavarov', { page: 1 }, ctx, STAR_BOLD).text).toContain('*Lavrov*');
    expect(answerLine('Mishustin', { page: 1 }, ctx, STAR_BOLD).text).toContain('*Mishustin*');
  });

  it('shows the next page on "more" and says so when there is nothing to continue', () => {
    expect(answerLine('more', { page: 1 }, ctx, STAR_BOLD).text).toBe(NOTHING_TO_CONTINUE);
    const sizes = { search: 5, sources: 20, meetings: 8, sourceChars: 1000 };
    const first = answerLine('source 002', { page: 1 }, ctx, STAR_BOLD, sizes);
    const next = answerLine('more', first.session, ctx, STAR_BOLD, sizes);
    expect(next.session).toEqual({ command: 'source 002', page: 2 });
    expect(next.text).toMatch(/page 2 of/);
    let s = next.session;
    for (let i = 0; i < 10; i += 1) s = answerLine('more', s, ctx, STAR_BOLD, sizes).session;
    expect(answerLine('more', s, ctx, STAR_BOLD, sizes).text).toBe(LAST_PAGE);
  });
});

describe('console digest commands', () => {
  it('routes /brief digest … to the digest commands, and everything else to the answers', () => {
    expect(routeLine('/brief digest status')).toEqual({ kind: 'digest', text: 'status' });
    expect(routeLine('  @briefbot digest  on 08:30 ')).toEqual({ kind: 'digest', text: 'on 08:30' });
    expect(routeLine('digest')).toEqual({ kind: 'digest', text: '' });
    expect(routeLine('/brief digests of talks')).toEqual({ kind: 'ask', text: '/brief digests of talks' });
    expect(routeLine('quit')).toEqual({ kind: 'quit' });
  });

  it("turns the console's digest on, shows it, and turns it off, in the local store", async () => {
    const out = await session(
      ['/brief digest status', '/brief digest on 08:30 Europe/London', '/brief digest status', '/brief digest off'],
      false,
    );
    const [before = '', on = '', status = '', off = ''] = out.split('\n\n');
    expect(before).toBe(CONSOLE_NO_DIGEST);
    expect(before).not.toContain('match');
    expect(on).toBe(consoleDigestOn({ time: '08:30', timezone: 'Europe/London' }));
    expect(status).toMatch(/^The console gets the daily briefing digest at 08:30 Europe\/London\./);
    expect(off).toBe(CONSOLE_DIGEST_OFF);
    expect(store.getSubscription(CONSOLE_CHANNEL)).toBeUndefined();
    expect(await answerConsoleDigest('on 9am', digest)).toBe(consoleDigestOn({ time: '09:00', timezone: 'UTC' }));
    expect(store.getSubscription(CONSOLE_CHANNEL)).toMatchObject({ time: '09:00', timezone: 'UTC' });
    expect(await answerConsoleDigest('sometimes', digest)).toMatch(/^`sometimes` is not a digest setting/);
  });

  it("prints today's digest on /brief digest now, then answers follow-ups as before", async () => {
    const out = await session(['When did Qureshi meet Lavrov?', '/brief digest now', 'and where?'], false);
    expect(out).toContain(digestTitle({ localDate: '2025-07-14' } as Parameters<typeof digestTitle>[0]));
    expect(out).toMatch(/On this day \(\d+\)/);
    expect(out).toContain('Shah Mahmood Qureshi met Sergey Lavrov in Dushanbe');
  });

  it('says so when the database refuses a digest change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefbot-console-db-'));
    const file = join(dir, 'briefbot.db');
    openSqliteStore(file).close();
    const readOnly = openSqliteStore(file, { readonly: true });
    try {
      expect(await answerConsoleDigest('on 08:30', { ...digest, store: readOnly })).toMatch(
        /^Digest settings cannot be saved: the database at .* is read-only\. .* Searches and questions still work\.$/,
      );
    } finally {
      readOnly.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("prints the console's digest when it is due, to a person, once a day", async () => {
    await answerConsoleDigest('on 08:30 Europe/London', digest);
    expect(await session(['help'], false)).not.toContain('Briefing digest');
    const first = await session([], true);
    expect(first).toContain(digestTitle({ localDate: '2025-07-14' } as Parameters<typeof digestTitle>[0]));
    expect(first.indexOf(CONSOLE_HINT)).toBeLessThan(first.indexOf('Briefing digest'));
    expect(await session([], true)).not.toContain('Briefing digest');
  });
});

describe('console CSV', () => {
  it('routes /brief meetings … csv and timeline … csv to the CSV, and nothing else', () => {
    expect(routeLine('/brief meetings with Russia csv')).toEqual({ kind: 'csv', text: 'meetings with Russia' });
    expect(routeLine('@briefbot timeline Lavrov CSV')).toEqual({ kind: 'csv', text: 'timeline Lavrov' });
    expect(routeLine('search csv')).toEqual({ kind: 'ask', text: 'search csv' });
    expect(routeLine('meetings with Russia csv files')).toMatchObject({ kind: 'ask' });
  });

  it('prints every meeting as CSV, one row each, as Slack would send it, then answers as before', async () => {
    const out = await session(['/brief meetings with Russia csv', 'timeline csv', 'meetings in Atlantis csv'], false);
    const [csv = '', who = '', none = ''] = out.split('\n\n');
    expect(csv.split('\r\n')[0]).toMatch(/^date,status,kind,participants,place,event,topics,source_1_file,/);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(who).toContain(TIMELINE_WHO);
    expect(none).toBe(nothingToExport('Meetings in Atlantis'));
  });
});

describe('console Ctrl-C', () => {
  it('clears the line and says how to quit at a first Ctrl-C, and quits at a second in a row', async () => {
    const out = await run('half a quest\x03help\n\x03\x03search Lavrov\n', true);
    expect(out.split(INTERRUPT_HINT)).toHaveLength(3);
    expect(out).toContain('/brief search <terms>');
    expect(out).not.toContain('*Lavrov*');
    expect(out).not.toContain('half a quest\n');
  });

  it('quits on Ctrl-D', async () => {
    const out = await run('help\n\x04search Lavrov\n', true);
    expect(out).toContain('/brief search <terms>');
    expect(out).not.toContain('*Lavrov*');
  });
});
