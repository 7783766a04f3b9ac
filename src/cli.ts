import { parseArgs } from 'node:util';
import { isTimezone, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { loaderFor, loadOrReport, start, type StdIO } from './main.js';
import { ask, type PageSizes } from './ask/answer.js';
import type { Loader } from './live/load.js';
import { answerJson } from './render/json.js';
import { ANSI_BOLD, renderText, STAR_BOLD } from './render/text.js';
import { localParts } from './digest/schedule.js';
import { composeDigest } from './digest/compose.js';
import { digestJson, renderDigestText } from './render/digest.js';
import { parsePartialDate, partialDateBounds, shiftDay } from './calendar.js';
import { configProblems, notADate, notATimezone, nothingToPostOn, unknownCommand } from './ask/messages.js';
import { operatorText } from './errors.js';

/** Usage of the `briefbot` command. */
export const USAGE = `Usage: briefbot [command] [options]

Commands:
  (none), start              run the bot: Slack when tokens are set, else the console
  console                    the local console, even when Slack tokens are set
  search <terms…>            search the briefings, e.g. briefbot search "CASA-1000"
  sources                    list the briefings
  source <id>                show one briefing, cleaned
  meetings [filter words]    who met whom, e.g. briefbot meetings with Russia in Bishkek during 2023
  timeline <person|country>  meetings of one person or country, oldest first
  ask "<question>"           a question in plain words, e.g. briefbot ask "When did Qureshi meet Lavrov?"
  digest [--date YYYY-MM-DD] [--tz Area/City] [--since YYYY-MM-DD]
                             the daily digest that would be posted (briefings published since --since are new)
  help                       this help

Options:
  --corpus DIR               folder of briefings (default: $BRIEFBOT_CORPUS or ./seeds)
  --json                     print JSON for scripts
  -h, --help                 this help`;

/** The CLI prints every result at once: no pages. */
export const CLI_PAGE_SIZES: PageSizes = {
  search: 1000,
  sources: 1_000_000,
  meetings: 1_000_000,
  sourceChars: Number.POSITIVE_INFINITY,
};

const ONE_SHOT = new Set(['search', 'sources', 'source', 'meetings', 'timeline', 'ask']);

/** A one-shot command reads the corpus without the snapshot, which belongs to the running bot. */
const oneShotLoader = (config: Config, io: StdIO, logger: Logger): Loader => ({
  ...loaderFor(config, io, logger),
  snapshotPath: undefined,
});

async function oneShot(
  command: string,
  args: string[],
  config: Config,
  json: boolean,
  io: StdIO,
  logger: Logger,
): Promise<number> {
  const context = await loadOrReport(oneShotLoader(config, io, logger));
  if (!context) return 2;
  const answer = ask((command === 'ask' ? args : [command, ...args]).join(' '), context, 1, CLI_PAGE_SIZES);
  const out = json ? JSON.stringify(answerJson(answer)) : renderText(answer, io.stdout.isTTY ? ANSI_BOLD : STAR_BOLD);
  io.stdout.write(`${out}\n`);
  return answer.kind === 'error' ? 1 : 0;
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
  const context = await loadOrReport(oneShotLoader(config, io, logger));
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

/** Say what is wrong with the command line (and show the usage, when asked); exit code 2. */
function usageError(io: StdIO, message: string, usage = false): number {
  io.stderr.write(`${operatorText(message)}\n${usage ? `\n${USAGE}\n` : ''}`);
  return 2;
}

/**
 * Run the `briefbot` command line and return its exit code: 0 done, 1 the question could not be answered,
 * 2 bad usage or configuration.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: StdIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        date: { type: 'string' },
        tz: { type: 'string' },
        since: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message, true);
  }
  const { values, positionals } = parsed;
  const [command = 'start', ...args] = positionals;
  if (values.help || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig({ ...env, ...(values.corpus !== undefined ? { BRIEFBOT_CORPUS: values.corpus } : {}) });
  if (!loaded.ok) return usageError(io, configProblems(loaded.error));
  const config = loaded.value;
  const logger = createLogger(
    (line) => io.stderr.write(`${line}\n`),
    [config.botToken, config.appToken, config.signingSecret].filter((s): s is string => !!s),
  );
  if (ONE_SHOT.has(command)) return oneShot(command, args, config, values.json === true, io, logger);
  if (command === 'digest')
    return printDigest(
      { date: values.date, tz: values.tz ?? config.timezone, since: values.since },
      config,
      values.json === true,
      io,
      logger,
    );
  if (command === 'start' || command === 'console') return start(config, io, logger, command === 'console');
  return usageError(io, unknownCommand(command), true);
}
