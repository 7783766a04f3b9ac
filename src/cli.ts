import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isTimezone, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { loaderFor, loadOrReport, start, type StdIO } from './main.js';
import { ask, type PageSizes } from './ask/answer.js';
import { answerJson } from './render/json.js';
import { ANSI_BOLD, renderText, STAR_BOLD } from './render/text.js';
import { localParts } from './digest/schedule.js';
import { composeDigest } from './digest/compose.js';
import { digestJson, renderDigestText } from './render/digest.js';
import { parsePartialDate, partialDateBounds, shiftDay } from './calendar.js';
import {
  cannotReadVotes,
  configProblems,
  csvOnlyFor,
  feedbackTakesNothing,
  JSON_OR_CSV,
  noVotesDatabase,
  notADate,
  notATimezone,
  nothingToPostOn,
  unknownCommand,
  unknownOption,
} from './ask/messages.js';
import { operatorText } from './errors.js';
import { closestWord } from './text/closest.js';
import { meetingsCsv } from './render/csv.js';
import { votesCsv, voteJson, votesText } from './render/feedback.js';
import { openSqliteStore } from './store/sqlite.js';
import { isStoreUnavailable } from './store/types.js';

/**
 * package.json, one folder up from this file both in src/ and compiled in dist/. Read with require: a JSON module
 * import warns that it is experimental on Node.js before 20.19.
 */
const packageJson = createRequire(import.meta.url)('../package.json') as { version: string };

/** Usage of the `briefbot` command. */
export const USAGE = `Usage: briefbot [command] [options]

Commands:
  (none), start              run the bot: Slack when tokens are set, else the console
  console                    the local console, even when Slack tokens are set
  search <terms…>            search the briefings, e.g. briefbot search "CASA-1000"
  sources                    list the briefings
  source <id>                show one briefing, cleaned
  meetings [filter words]    who met whom, e.g. briefbot meetings with Russia in Bishkek during 2023
                             (--csv: one row per meeting, for a spreadsheet)
  timeline <person|country>  meetings of one person or country, oldest first (--csv as for meetings)
  ask "<question>"           a question in plain words, e.g. briefbot ask "When did Qureshi meet Lavrov?"
  digest [--date YYYY-MM-DD] [--tz Area/City] [--since YYYY-MM-DD]
                             the daily digest that would be posted (briefings published since --since are new)
  feedback [--since YYYY-MM-DD] [--json|--csv]
                             the 👍 and 👎 votes on answers in Slack, newest first, from the database (BRIEFBOT_DB)
  help                       this help

Options:
  --corpus DIR               folder of briefings (default: $BRIEFBOT_CORPUS or ./seeds)
  --json                     print JSON for scripts
  --csv                      print CSV (meetings, timeline, feedback)
  -h, --help                 this help
  -v, --version              the version of briefbot`;

/** The CLI prints every result at once: no pages. */
export const CLI_PAGE_SIZES: PageSizes = {
  search: 1000,
  sources: 1_000_000,
  meetings: 1_000_000,
  sourceChars: Number.POSITIVE_INFINITY,
};

const ONE_SHOT = new Set(['search', 'sources', 'source', 'meetings', 'timeline', 'ask']);

/** Every command, in the order a "did you mean" prefers them. */
const COMMANDS = [
  'search',
  'sources',
  'source',
  'meetings',
  'timeline',
  'ask',
  'digest',
  'feedback',
  'console',
  'start',
  'help',
];

/** The commands `--csv` prints for. */
const CSV_COMMANDS = new Set(['meetings', 'timeline', 'feedback']);

/** The options of the command line. */
const OPTIONS = {
  corpus: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  date: { type: 'string' },
  tz: { type: 'string' },
  since: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/**
 * The first option on the command line that briefbot does not have, with the one it may have meant: `--jsno` is
 * `--json`. Undefined when every option is known.
 * @example unknownOptionIn(['search', 'x', '--jsno']) // → { option: '--jsno', meant: '--json' }
 */
export function unknownOptionIn(argv: string[]): { option: string; meant?: string } | undefined {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name));
  if (unknown?.kind !== 'option') return undefined;
  const meant = unknown.rawName.startsWith('--') ? closestWord(unknown.name, Object.keys(OPTIONS)) : undefined;
  return { option: unknown.rawName, ...(meant ? { meant: `--${meant}` } : {}) };
}

/**
 * Where the corpus of a `--corpus` folder is snapshotted: the configured snapshot (the bot's) when the folder is the
 * configured one, so that the CLI and the bot load each other's; another folder gets a snapshot of its own beside
 * it (`snapshot-<hash of the folder's path>.bin`), so that it never replaces the bot's.
 * @example snapshotFor('data/snapshot.bin', './seeds', 'seeds') // → 'data/snapshot.bin'
 */
export function snapshotFor(snapshotPath: string, configuredDir: string, dir: string): string {
  if (resolve(dir) === resolve(configuredDir)) return snapshotPath;
  const hash = createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 12);
  const ext = extname(snapshotPath);
  return join(dirname(snapshotPath), `${basename(snapshotPath, ext)}-${hash}${ext}`);
}

/** How a one-shot command prints: text, JSON or CSV. */
type Output = 'text' | 'json' | 'csv';

async function oneShot(
  command: string,
  args: string[],
  config: Config,
  output: Output,
  io: StdIO,
  logger: Logger,
): Promise<number> {
  const context = await loadOrReport(loaderFor(config, io, logger));
  if (!context) return 2;
  const answer = ask((command === 'ask' ? args : [command, ...args]).join(' '), context, 1, CLI_PAGE_SIZES);
  if (output === 'csv') {
    // A command error (a period it cannot read) goes to standard error: standard output holds CSV or nothing.
    if (answer.kind !== 'meetings') return usageError(io, renderText(answer, STAR_BOLD), false, 1);
    io.stdout.write(meetingsCsv(answer));
    return 0;
  }
  const out =
    output === 'json'
      ? JSON.stringify(answerJson(answer))
      : renderText(answer, io.stdout.isTTY ? ANSI_BOLD : STAR_BOLD);
  io.stdout.write(`${out}\n`);
  return answer.kind === 'error' ? 1 : 0;
}

/**
 * Print the votes on answers cast since a day (`since`, `YYYY-MM-DD`: from its start, UTC; all when undefined),
 * newest first, from the database opened read-only; a database that cannot be read is said, with what to do.
 */
function printFeedback(since: string | undefined, config: Config, output: Output, io: StdIO): number {
  if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || !parsePartialDate(since)))
    return usageError(io, notADate('--since', since));
  if (!existsSync(config.dbPath)) return usageError(io, noVotesDatabase(config.dbPath));
  let votes;
  try {
    const store = openSqliteStore(config.dbPath, { readonly: true });
    try {
      votes = store.listVotes(since === undefined ? undefined : `${since}T00:00:00.000Z`);
    } finally {
      store.close();
    }
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return usageError(io, cannotReadVotes(error.problem, error.advice));
  }
  if (output === 'csv') io.stdout.write(votesCsv(votes));
  else if (output === 'json') io.stdout.write(`${JSON.stringify({ votes: votes.map(voteJson) })}\n`);
  else io.stdout.write(`${votesText(votes)}\n`);
  return 0;
}

/** Print the digest for a local date, counting briefings published since `since` (default: the day before) as new. */
async function printDigest(
  opts: { date?: string; tz?: string; since?: string },
  config: Config,
  json: boolean,
  io: StdIO,
  logger: Logger,
): Promise<number> {
  const timezone = opts.tz ?? 'UTC';
  if (!isTimezone(timezone)) return usageError(io, notATimezone('--tz', timezone));
  const now = new Date();
  const localDate = opts.date ?? localParts(now, timezone).date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate) || !parsePartialDate(localDate))
    return usageError(io, notADate('--date', localDate));
  if (opts.since !== undefined && !parsePartialDate(opts.since)) return usageError(io, notADate('--since', opts.since));
  const context = await loadOrReport(loaderFor(config, io, logger));
  if (!context) return 2;
  const since = opts.since ?? shiftDay(localDate, -1);
  const firstSeen = new Map(
    [...context.index.articles.values()].map((a) => [
      a.id,
      a.published ? `${partialDateBounds(a.published)[0]}T00:00:00.000Z` : now.toISOString(),
    ]),
  );
  const sinceInstant = new Date(
    Date.parse(`${partialDateBounds(parsePartialDate(since)!)[0]}T00:00:00.000Z`) - 1,
  ).toISOString();
  const digest = composeDigest({
    ctx: context,
    localDate,
    timezone,
    since: sinceInstant,
    firstSeen,
    now: `${localDate}T23:59:59.999Z`,
  });
  if (!digest) {
    io.stdout.write(`${json ? JSON.stringify({ digest: null }) : nothingToPostOn(localDate)}\n`);
    return 0;
  }
  io.stdout.write(`${json ? JSON.stringify({ digest: digestJson(digest) }) : renderDigestText(digest)}\n`);
  return 0;
}

/** Say what is wrong with the command line (and show the usage, when asked); exit code 2 unless told otherwise. */
function usageError(io: StdIO, message: string, usage = false, code = 2): number {
  io.stderr.write(`${operatorText(message)}\n${usage ? `\n${USAGE}\n` : ''}`);
  return code;
}

/**
 * Run the `briefbot` command line and return its exit code: 0 done, 1 the question could not be answered,
 * 2 bad usage or configuration.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: StdIO): Promise<number> {
  const unknown = unknownOptionIn(argv);
  if (unknown) return usageError(io, unknownOption(unknown.option, unknown.meant), true);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(io, (error as Error).message, true);
  }
  const { values, positionals } = parsed;
  const [command = 'start', ...args] = positionals;
  if (values.help || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (!ONE_SHOT.has(command) && !['digest', 'feedback', 'start', 'console'].includes(command))
    return usageError(io, unknownCommand(command, closestWord(command, COMMANDS)), true);
  if (values.csv && values.json) return usageError(io, JSON_OR_CSV);
  if (values.csv && !CSV_COMMANDS.has(command)) return usageError(io, csvOnlyFor(command));
  const output: Output = values.csv ? 'csv' : values.json ? 'json' : 'text';
  const loaded = loadConfig(env);
  if (!loaded.ok) return usageError(io, configProblems(loaded.error));
  const config: Config =
    values.corpus === undefined
      ? loaded.value
      : {
          ...loaded.value,
          corpusDir: values.corpus,
          corpusSetting: '--corpus',
          snapshotPath: snapshotFor(loaded.value.snapshotPath, loaded.value.corpusDir, values.corpus),
        };
  const logger = createLogger(
    (line) => io.stderr.write(`${line}\n`),
    [config.botToken, config.appToken, config.signingSecret].filter((s): s is string => !!s),
  );
  if (ONE_SHOT.has(command)) return oneShot(command, args, config, output, io, logger);
  if (command === 'feedback')
    return args.length > 0
      ? usageError(io, feedbackTakesNothing(args.join(' ')), true)
      : printFeedback(values.since, config, output, io);
  if (command === 'digest')
    return printDigest(
      { date: values.date, tz: values.tz ?? config.timezone, since: values.since },
      config,
      values.json === true,
      io,
      logger,
    );
  return start(config, io, logger, command === 'console');
}
