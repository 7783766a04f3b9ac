import { describe, expect, it } from 'vitest';
import {
  LOG_INTERVAL_MS,
  MAX_BAR_WIDTH,
  PROGRESS_MIN_TOTAL,
  TTY_INTERVAL_MS,
  createProgress,
  fitProgressLine,
  progressBar,
  progressMessage,
} from '../../src/console/progress.js';

/** A fake output stream that records what is written. */
function fakeStream(
  isTTY: boolean,
  columns?: number,
): { isTTY: boolean; columns?: number; out: string[]; write(s: string): void } {
  const out: string[] = [];
  return { isTTY, columns, out, write: (s) => void out.push(s) };
}

/** A clock the test moves by hand. */
function fakeClock(): { now: () => number; advance(ms: number): void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

/** What a terminal shows after `written`: each line as it ends up once `\r` returns to its start. */
function screen(written: string): string[] {
  return written.split('\n').map((line) => {
    let shown = '';
    for (const part of line.split('\r')) shown = part + shown.slice(part.length);
    return shown;
  });
}

const BIG = PROGRESS_MIN_TOTAL * 10;

describe('progressBar', () => {
  it('draws the label, a bar of the given width, grouped counts and a rounded-down percent', () => {
    expect(progressBar('reading briefings', 12_345, 50_000, 16)).toBe(
      'reading briefings [###-------------] 12,345/50,000 24%',
    );
    expect(progressBar('indexing passages', 50_000, 50_000, 8)).toBe('indexing passages [########] 50,000/50,000 100%');
  });

  it('fills the bar in proportion and never shows 100% before the end', () => {
    for (const [done, total, width] of [
      [1, 3, 10],
      [2, 3, 7],
      [999, 1000, 20],
      [0, 5, 12],
    ] as const) {
      const line = progressBar('x', done, total, width);
      const bar = /\[(#*)(-*)\]/.exec(line)!;
      expect(bar[1]!.length + bar[2]!.length).toBe(width);
      expect(bar[1]!.length).toBe(Math.floor((done / total) * width));
      expect(line).not.toContain('100%');
    }
  });

  it('clamps counts outside 0…total and shows a total of 0 as complete, never NaN', () => {
    expect(progressBar('x', 120, 100, 10)).toBe('x [##########] 100/100 100%');
    expect(progressBar('x', -5, 100, 10)).toBe('x [----------]   0/100 0%');
    expect(progressBar('x', 0, 0, 4)).toBe('x [####] 0/0 100%');
    for (const line of [
      progressBar('x', NaN, NaN, NaN),
      progressBar('x', 3, 0, 5),
      progressBar('x', Infinity, 10, 5),
    ]) {
      expect(line).not.toMatch(/NaN|Infinity/);
    }
  });

  it('leaves the bar out when the width is under one cell', () => {
    expect(progressBar('x', 1, 4, 0)).toBe('x 1/4 25%');
  });
});

describe('fitProgressLine', () => {
  it('never reaches the last column, whatever the terminal width', () => {
    for (const columns of [1, 10, 30, 45, 60, 80, 200]) {
      expect(fitProgressLine('extracting meetings', 1234, 50_000, columns).length).toBeLessThan(Math.max(2, columns));
    }
  });

  it('caps the bar on wide terminals and drops it on narrow ones', () => {
    expect(fitProgressLine('x', 1, 2, 500)).toBe(progressBar('x', 1, 2, MAX_BAR_WIDTH));
    expect(fitProgressLine('reading briefings', 1, 2, 30)).toBe('reading briefings 1/2 50%');
  });
});

describe('progressMessage', () => {
  it('says the stage, the percent and the counts', () => {
    expect(progressMessage('indexing passages', 12_500, 50_000)).toBe('indexing passages: 25% (12,500 of 50,000)');
  });
});

describe('createProgress on a terminal', () => {
  it('redraws one line in place, no more often than the interval, and ends it with a newline', () => {
    const stream = fakeStream(true, 120);
    const clock = fakeClock();
    const progress = createProgress({
      stream,
      log: () => expect.unreachable('a terminal is not logged to'),
      now: clock.now,
    });
    progress.update('reading briefings', 0, BIG);
    progress.update('reading briefings', 10, BIG);
    clock.advance(TTY_INTERVAL_MS - 1);
    progress.update('reading briefings', 20, BIG);
    expect(stream.out).toHaveLength(1);
    clock.advance(1);
    progress.update('reading briefings', 30, BIG);
    expect(stream.out).toHaveLength(2);
    progress.done();
    const written = stream.out.join('');
    expect(stream.out.every((s) => s.startsWith('\r') || s === '\n')).toBe(true);
    expect(written.endsWith('\n')).toBe(true);
    expect(screen(written)).toEqual([fitProgressLine('reading briefings', 30, BIG, 120), '']);
  });

  it("always draws a stage's end and gives each stage its own line", () => {
    const stream = fakeStream(true, 100);
    const clock = fakeClock();
    const progress = createProgress({ stream, log: () => undefined, now: clock.now });
    progress.update('reading briefings', 5, BIG);
    progress.update('reading briefings', BIG, BIG);
    progress.update('reading briefings', BIG, BIG);
    progress.update('indexing passages', 1, BIG * 2);
    progress.update('indexing passages', BIG * 2, BIG * 2);
    progress.done();
    progress.done();
    expect(screen(stream.out.join(''))).toEqual([
      fitProgressLine('reading briefings', BIG, BIG, 100),
      fitProgressLine('indexing passages', BIG * 2, BIG * 2, 100),
      '',
    ]);
  });

  it("ends a stage's line at its last state, so that a log line written next starts on a line of its own", () => {
    const stream = fakeStream(true, 100);
    const progress = createProgress({ stream, log: () => undefined, now: fakeClock().now });
    progress.update('extracting meetings', 1, BIG);
    progress.update('extracting meetings', BIG, BIG);
    stream.write('briefbot: ready: 2,000 briefings\n');
    expect(screen(stream.out.join(''))).toEqual([
      fitProgressLine('extracting meetings', BIG, BIG, 100),
      'briefbot: ready: 2,000 briefings',
      '',
    ]);
    // The same stage run again (a later load) draws a line of its own again.
    progress.update('extracting meetings', 1, BIG);
    progress.update('extracting meetings', BIG, BIG);
    expect(stream.out.join('').endsWith(`${fitProgressLine('extracting meetings', BIG, BIG, 100)}\n`)).toBe(true);
  });

  it('blanks what is left of a longer line when the terminal narrows and a shorter one is drawn over it', () => {
    const stream = fakeStream(true, 200);
    const clock = fakeClock();
    const progress = createProgress({ stream, log: () => undefined, now: clock.now });
    progress.update('reading briefings', 1, BIG);
    const wide = stream.out[0]!.length;
    stream.columns = 40;
    clock.advance(TTY_INTERVAL_MS);
    progress.update('reading briefings', 2, BIG);
    const narrow = fitProgressLine('reading briefings', 2, BIG, 40);
    expect(narrow.length).toBeLessThan(wide - 1);
    expect(stream.out[1]!.length).toBe(wide);
    expect(screen(stream.out.join(''))).toEqual([narrow.padEnd(wide - 1)]);
  });

  it('shows nothing for a small corpus', () => {
    const stream = fakeStream(true, 80);
    const progress = createProgress({ stream, log: () => undefined, now: fakeClock().now });
    progress.update('reading briefings', 0, PROGRESS_MIN_TOTAL - 1);
    progress.update('reading briefings', PROGRESS_MIN_TOTAL - 1, PROGRESS_MIN_TOTAL - 1);
    progress.done();
    expect(stream.out).toEqual([]);
  });
});

describe('createProgress when the output is not a terminal', () => {
  it('logs at most once per interval and always at the end of each stage', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const logged: string[] = [];
    const progress = createProgress({ stream, log: (m) => logged.push(m), now: clock.now });
    progress.update('reading briefings', 0, BIG);
    clock.advance(LOG_INTERVAL_MS - 1);
    progress.update('reading briefings', 100, BIG);
    clock.advance(1);
    progress.update('reading briefings', 500, BIG);
    clock.advance(10);
    progress.update('reading briefings', BIG, BIG);
    progress.update('reading briefings', BIG, BIG);
    progress.update('indexing passages', BIG, BIG);
    progress.done();
    expect(logged).toEqual([
      progressMessage('reading briefings', 0, BIG),
      progressMessage('reading briefings', 500, BIG),
      progressMessage('reading briefings', BIG, BIG),
      progressMessage('indexing passages', BIG, BIG),
    ]);
    expect(stream.out).toEqual([]);
  });

  it('uses the interval it is given', () => {
    const clock = fakeClock();
    const logged: string[] = [];
    const progress = createProgress({
      stream: fakeStream(false),
      log: (m) => logged.push(m),
      now: clock.now,
      intervalMs: 10,
    });
    for (let done = 0; done < BIG; done += 50) {
      progress.update('extracting meetings', done, BIG);
      clock.advance(5);
    }
    expect(logged).toHaveLength(Math.ceil(BIG / 50 / 2));
  });

  it('logs nothing for a small corpus', () => {
    const logged: string[] = [];
    const progress = createProgress({ stream: fakeStream(false), log: (m) => logged.push(m), now: fakeClock().now });
    progress.update('reading briefings', 10, 20);
    progress.update('reading briefings', 20, 20);
    expect(logged).toEqual([]);
  });
});
