import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AskContext } from '../ask/types.js';
import { ask, DEFAULT_PAGE_SIZES, EXPORT_PAGE_SIZES, type PageSizes } from '../ask/answer.js';
import { CONSOLE_HINT, INTERRUPT_HINT, LAST_PAGE, NOTHING_TO_CONTINUE, nothingToExport } from '../ask/messages.js';
import { csvArguments, digestArguments } from '../ask/parse-command.js';
import { meetingsCsv } from '../render/csv.js';
import { renderText, type Emphasis } from '../render/text.js';
import { contextOf, type QuestionContext } from '../ask/follow-up.js';
import { startScheduler, type Timers } from '../digest/schedule.js';
import { answerConsoleDigest, printDueConsoleDigest, type ConsoleDigestDeps } from './digest.js';

/** Where the console reads and writes, and whether a person is typing (prompt and hint) or input is piped. */
export interface ConsoleIO {
  input: Readable;
  output: Writable;
  interactive: boolean;
  bold: Emphasis;
}

/** What the console needs besides its streams: the answers, and the digest's store. */
export interface ConsoleDeps {
  context: () => AskContext;
  digest: ConsoleDigestDeps;
  /** The timers that check whether the console's digest is due, while a person uses it. */
  timers?: Timers;
}

/** Words that end the console. */
export const QUIT_WORDS: ReadonlySet<string> = new Set(['exit', 'quit', '/quit', '\\q']);

/**
 * What a console line asks for: to quit, a digest command (with what follows `digest`), a meetings CSV (the meetings
 * command without `csv`), or an answer.
 */
export type ConsoleRoute =
  { kind: 'quit' } | { kind: 'digest'; text: string } | { kind: 'csv'; text: string } | { kind: 'ask'; text: string };

/**
 * Where a console line goes: quit words end the console, `/brief digest …` goes to the digest commands and
 * `/brief meetings … csv` prints the meetings as CSV (as Slack sends them), anything else (`@briefbot` dropped) is
 * answered.
 * @example routeLine('/brief digest now') // → { kind: 'digest', text: 'now' }
 */
export function routeLine(line: string): ConsoleRoute {
  const trimmed = line.trim();
  if (QUIT_WORDS.has(trimmed.toLowerCase())) return { kind: 'quit' };
  const text = trimmed.replace(/^@briefbot\b\s*/i, '');
  const digest = digestArguments(text);
  if (digest !== undefined) return { kind: 'digest', text: digest };
  const csv = csvArguments(text);
  return csv === undefined ? { kind: 'ask', text } : { kind: 'csv', text: csv };
}

/**
 * The console's answer to `/brief meetings … csv`: every meeting as CSV, one row each (what Slack sends as a file),
 * or the command's error, or that nothing matches.
 */
export function csvLine(text: string, ctx: AskContext, bold: Emphasis): string {
  const answer = ask(text, ctx, 1, EXPORT_PAGE_SIZES);
  if (answer.kind !== 'meetings') return renderText(answer, bold);
  return answer.total === 0 ? nothingToExport(answer.description) : meetingsCsv(answer).replace(/\r\n$/, '');
}

/**
 * The state of a console session: the last command asked and the page shown, for "more", and what the last question
 * was about, for a follow-up ("and where?"), as in a Slack thread.
 */
interface Session {
  command?: string;
  page: number;
  previous?: QuestionContext;
}

/**
 * Answer one console line; "more" shows the next page of the last answer. Returns the text to print and the
 * session after it.
 * @example answerLine('/brief search dasu', { page: 1 }, ctx, (t) => t).text // → '1 briefing match "dasu"…'
 */
export function answerLine(
  line: string,
  session: Session,
  ctx: AskContext,
  bold: Emphasis,
  sizes: PageSizes = DEFAULT_PAGE_SIZES,
): { text: string; session: Session } {
  const isMore = /^(more|next)$/i.test(line.trim());
  if (isMore && session.command === undefined) return { text: NOTHING_TO_CONTINUE, session };
  const command = isMore ? session.command! : line.replace(/^\s*@briefbot\b/i, '');
  const page = isMore ? session.page + 1 : 1;
  const answer = ask(command, ctx, page, sizes, session.previous);
  const shownPage = 'page' in answer ? answer.page : 1;
  if (isMore && shownPage === session.page) return { text: LAST_PAGE, session };
  const previous = answer.kind === 'question' ? contextOf(answer.question) : session.previous;
  return {
    text: renderText(answer, bold),
    session: { command: answer.command, page: shownPage, ...(previous ? { previous } : {}) },
  };
}

/**
 * The local console: type what you would type in Slack, read the answer as text. Piped input is answered line
 * by line, then the console ends. A person gets a prompt, the console's daily digest when it is due, and a first
 * Ctrl-C that clears the line (a second one in a row, or Ctrl-D, quits). Resolves when input ends or the user quits.
 */
export async function runConsole(io: ConsoleIO, deps: ConsoleDeps): Promise<void> {
  const rl = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
  });
  const write = (text: string): void => void io.output.write(`${text}\n`);
  if (io.interactive) {
    write(CONSOLE_HINT);
    rl.setPrompt('brief> ');
    rl.prompt();
    let interrupted = false;
    rl.on('line', () => (interrupted = false));
    rl.on('SIGINT', () => {
      if (interrupted) return rl.close();
      interrupted = true;
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      write(`\n${INTERRUPT_HINT}`);
      rl.prompt();
    });
  }
  const scheduler = io.interactive ? startDigestChecks(io, deps, rl) : undefined;
  let session: Session = { page: 1 };
  for await (const line of rl) {
    const route = routeLine(line);
    if (route.kind === 'quit') break;
    if (route.kind === 'digest') write(`${await answerConsoleDigest(route.text, deps.digest)}\n`);
    else if (route.kind === 'csv') write(`${csvLine(route.text, deps.context(), io.bold)}\n`);
    else if (route.text !== '') {
      const result = answerLine(route.text, session, deps.context(), io.bold);
      session = result.session;
      write(`${result.text}\n`);
    }
    if (io.interactive) rl.prompt();
  }
  rl.close();
  scheduler?.stop();
  await scheduler?.idle();
}

/** Check every minute whether the console's digest is due, and print it above the prompt when it is. */
function startDigestChecks(
  io: ConsoleIO,
  deps: ConsoleDeps,
  rl: { prompt(preserveCursor?: boolean): void },
): { stop: () => void; idle: () => Promise<void> } {
  const print = (text: string): void => {
    clearLine(io.output, 0);
    cursorTo(io.output, 0);
    io.output.write(`${text}\n\n`);
    rl.prompt(true);
  };
  const timers = deps.timers ?? { setInterval, clearInterval: (h: unknown) => clearInterval(h as NodeJS.Timeout) };
  return startScheduler(() => printDueConsoleDigest(deps.digest, print), timers, deps.digest.logger);
}
