import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AskContext } from '../ask/types.js';
import { ask, DEFAULT_PAGE_SIZES, type PageSizes } from '../ask/answer.js';
import { CONSOLE_HINT, LAST_PAGE, NOTHING_TO_CONTINUE } from '../ask/messages.js';
import { renderText, type Emphasis } from '../render/text.js';
import { contextOf, type QuestionContext } from '../ask/question.js';

/** Where the console reads and writes, and whether a person is typing (prompt and hint) or input is piped. */
export interface ConsoleIO {
  input: Readable;
  output: Writable;
  interactive: boolean;
  bold: Emphasis;
}

/** Words that end the console. */
export const QUIT_WORDS: ReadonlySet<string> = new Set(['exit', 'quit', '/quit', '\\q']);

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
 * by line, then the console ends. Resolves when input ends or the user quits.
 */
export async function runConsole(io: ConsoleIO, context: () => AskContext): Promise<void> {
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
  }
  let session: Session = { page: 1 };
  for await (const line of rl) {
    const trimmed = line.trim();
    if (QUIT_WORDS.has(trimmed.toLowerCase())) break;
    if (trimmed !== '') {
      const result = answerLine(trimmed, session, context(), io.bold);
      session = result.session;
      write(`${result.text}\n`);
    }
    if (io.interactive) rl.prompt();
  }
  rl.close();
}
