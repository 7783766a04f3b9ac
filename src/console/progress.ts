/** Progress while indexing a large corpus: a redrawn bar on a terminal, throttled log lines everywhere else. */

/** Corpora with fewer items than this show no progress at all: they load too fast for it to help. */
export const PROGRESS_MIN_TOTAL = 200;
/** How often a terminal bar is redrawn, at most, by default. */
export const TTY_INTERVAL_MS = 100;
/** How often a progress line is logged, at most, by default, when the output is not a terminal. */
export const LOG_INTERVAL_MS = 5000;
/** The widest a terminal bar gets, in cells. */
export const MAX_BAR_WIDTH = 40;
/** Below this many cells the bar is left out and only the counts are shown. */
export const MIN_BAR_WIDTH = 10;

const COUNT = new Intl.NumberFormat('en-US');

/** The output a progress reporter writes to: a terminal when `isTTY` is true. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/** What createProgress needs: where to draw, where to log, and a clock in milliseconds. */
export interface ProgressOptions {
  stream: ProgressStream;
  log: (message: string) => void;
  now: () => number;
  /**
   * Least time between two redraws or log lines; defaults to TTY_INTERVAL_MS on a terminal, LOG_INTERVAL_MS
   * otherwise.
   */
  intervalMs?: number;
}

/** A progress reporter for a sequence of stages ('reading briefings', 'indexing passages', …). */
export interface Progress {
  /** `done` of `total` items of `stage` are finished; a new stage name starts a new line or log sequence. */
  update(stage: string, done: number, total: number): void;
  /** All stages are over: ends the terminal line, if one was drawn. */
  done(): void;
}

/** `done` and `total` made safe to divide: finite, not negative, and done no more than total. */
function clampCounts(done: number, total: number): { done: number; total: number } {
  const t = Number.isFinite(total) && total > 0 ? Math.floor(total) : 0;
  const d = Number.isFinite(done) && done > 0 ? Math.min(Math.floor(done), t) : 0;
  return { done: d, total: t };
}

/** Whole percent finished, rounded down so 100% means really done; nothing to do counts as done. */
function percentOf(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done * 100) / total);
}

/**
 * One line of progress: the label, a bar `width` cells wide (left out when width < 1), the counts and the percent.
 * Counts are clamped to 0…total, and `done` is padded to the width of `total` so the line keeps its length as it
 * grows; a total of 0 shows as complete.
 * @example
 * progressBar('reading briefings', 12345, 50000, 14)
 * // → 'reading briefings [###-----------] 12,345/50,000 24%'
 */
export function progressBar(label: string, done: number, total: number, width: number): string {
  const c = clampCounts(done, total);
  const pct = percentOf(c.done, c.total);
  const totalText = COUNT.format(c.total);
  const counts = `${COUNT.format(c.done).padStart(totalText.length)}/${totalText} ${pct}%`;
  const cells = Number.isFinite(width) ? Math.floor(width) : 0;
  if (cells < 1) return `${label} ${counts}`;
  const filled = c.total === 0 ? cells : Math.floor((c.done * cells) / c.total);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(cells - filled)}] ${counts}`;
}

/**
 * The log line for a stage's progress.
 * @example progressMessage('indexing passages', 12500, 50000) // → 'indexing passages: 25% (12,500 of 50,000)'
 */
export function progressMessage(stage: string, done: number, total: number): string {
  const c = clampCounts(done, total);
  return `${stage}: ${percentOf(c.done, c.total)}% (${COUNT.format(c.done)} of ${COUNT.format(c.total)})`;
}

/**
 * A bar line that fits a terminal `columns` wide without wrapping (a wrapped line cannot be redrawn with `\r`):
 * the bar shrinks, then disappears, then the line is cut.
 * @example fitProgressLine('reading briefings', 1, 2, 30) // → 'reading briefings 1/2 50%'
 */
export function fitProgressLine(label: string, done: number, total: number, columns: number): string {
  const room = Math.max(1, Math.floor(columns) - 1);
  const bare = progressBar(label, done, total, 0);
  const width = Math.min(MAX_BAR_WIDTH, room - bare.length - 3);
  const line = width >= MIN_BAR_WIDTH ? progressBar(label, done, total, width) : bare;
  return line.slice(0, room);
}

/**
 * Reports progress through stages. On a terminal (`stream.isTTY`) one line per stage is redrawn in place with `\r`,
 * at most once per interval except for a stage's first and last state; the last state, or done(), ends the line.
 * Otherwise `log` gets a line such as 'indexing passages: 25% (12,500 of 50,000)' at most once per interval, plus one
 * when each stage ends. Stages with fewer than PROGRESS_MIN_TOTAL items show nothing.
 */
export function createProgress(opts: ProgressOptions): Progress {
  return opts.stream.isTTY === true ? terminalProgress(opts) : loggedProgress(opts);
}

/**
 * A bar redrawn in place on a terminal. A stage's last state ends its line, so that whatever is written next (the
 * next stage, a log line) starts on a line of its own even when no one calls done().
 */
function terminalProgress({ stream, now, intervalMs = TTY_INTERVAL_MS }: ProgressOptions): Progress {
  const line = { stage: '', open: false, text: '', drawnAt: -Infinity, ended: '' };
  const endLine = (): void => {
    if (line.open) stream.write('\n');
    Object.assign(line, { stage: '', open: false, text: '', drawnAt: -Infinity });
  };
  return {
    update(stage, done, total) {
      if (total < PROGRESS_MIN_TOTAL) return;
      const finished = done >= total;
      if (finished && stage === line.ended) return;
      if (stage !== line.stage) endLine();
      const t = now();
      if (!finished && line.open && t - line.drawnAt < intervalMs) return;
      const text = fitProgressLine(stage, done, total, stream.columns ?? 80);
      line.ended = finished ? stage : '';
      if (text !== line.text) {
        stream.write(`\r${text.padEnd(line.text.length)}`);
        Object.assign(line, { stage, open: true, text, drawnAt: t });
      } else if (!finished) return;
      if (finished) endLine();
    },
    done: endLine,
  };
}

/** Progress as log lines, for output that is a file, a pipe or a service log. */
function loggedProgress({ log, now, intervalMs = LOG_INTERVAL_MS }: ProgressOptions): Progress {
  const state = { loggedAt: -Infinity, endedStage: '' };
  return {
    update(stage, done, total) {
      if (total < PROGRESS_MIN_TOTAL) return;
      const t = now();
      const ends = done >= total;
      if (ends ? state.endedStage === stage : t - state.loggedAt < intervalMs) return;
      log(progressMessage(stage, done, total));
      state.loggedAt = t;
      if (ends) state.endedStage = stage;
    },
    done() {},
  };
}
