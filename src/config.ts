import { dirname, join } from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from './result.js';

/** How briefbot runs: a local console, Slack over Socket Mode, or Slack over HTTP. */
export type Mode = 'console' | 'socket' | 'http';

/** Configuration, validated once at start. */
export interface Config {
  mode: Mode;
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  slackApiUrl?: string;
  corpusDir: string;
  /** The setting that named `corpusDir`, for messages about it: `BRIEFBOT_CORPUS` unless `--corpus` did. */
  corpusSetting?: string;
  /** SQLite database file (subscriptions, digests posted, articles seen). */
  dbPath: string;
  /** Default timezone of digests; unset → the subscribing user's own Slack timezone. */
  timezone?: string;
  /** Where the loaded corpus (index and meetings) is saved for a fast restart. */
  snapshotPath: string;
  /**
   * Slack user ids of the editors (BRIEFBOT_EDITORS), who may add briefings from Slack and remove any, and see the
   * worst-rated questions in the App Home; empty: everyone is one, and whoever added a briefing may always remove it.
   */
  editors: readonly string[];
  /** Channel ids where briefbot answers mentions (BRIEFBOT_CHANNELS); empty: every channel it is in. DMs always. */
  channels: readonly string[];
}

/** Slack settings of a Config whose mode is `socket` or `http`. */
export type SlackConfig = Config & { mode: 'socket' | 'http'; botToken: string };

const optional = (schema: z.ZodString) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    schema.optional(),
  );

/**
 * A comma-separated list of Slack ids, trimmed, empty items dropped; each must match `id` (`what` says what they are).
 * @example idList(USER_ID, 'user', 'U012AB3CD', '…').parse(' U1AB, U2CD ,') // → ['U1AB', 'U2CD']
 */
const idList = (id: RegExp, what: string, example: string, hint: string) =>
  z
    .preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      z.array(z.string()),
    )
    .superRefine((ids, ctx) => {
      const bad = ids.filter((i) => !id.test(i));
      if (bad.length > 0)
        ctx.addIssue({
          code: 'custom',
          message:
            `must list Slack ${what} ids separated by commas, such as ${example}; ` +
            `${bad.map((b) => JSON.stringify(b)).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not one (${hint})`,
        });
    });

/** A Slack user id (U…, or W… in Enterprise Grid). */
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
/** A Slack channel id: public (C…) or private (G…, or C… since 2021). */
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(
    z
      .string()
      .startsWith(
        'xoxb-',
        'must be a bot token starting with xoxb- (Slack app → OAuth & Permissions → Bot User OAuth Token)',
      ),
  ),
  SLACK_APP_TOKEN: optional(
    z
      .string()
      .startsWith(
        'xapp-',
        'must be an app-level token starting with xapp- with the connections:write scope ' +
          '(Slack app → Basic Information → App-Level Tokens)',
      ),
  ),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .regex(
        /^\S{16,}$/,
        'must be the signing secret from Slack app → Basic Information → App Credentials ' +
          '(16 or more characters, no spaces)',
      ),
  ),
  PORT: optional(z.string().regex(/^\d+$/, 'must be a port number such as 3000'))
    .transform((v) => (v === undefined ? 3000 : Number(v)))
    .refine((n) => n >= 1 && n <= 65535, 'must be a port number from 1 to 65535'),
  SLACK_API_URL: optional(
    z
      .string()
      .refine(
        (u) => /^https?:\/\//.test(u) && URL.canParse(u),
        'must be an http(s) URL such as https://slack.com/api/',
      ),
  ),
  BRIEFBOT_CORPUS: optional(z.string()).transform((v) => v ?? './seeds'),
  BRIEFBOT_DB: optional(z.string()).transform((v) => v ?? './data/briefbot.db'),
  BRIEFBOT_TZ: optional(
    z.string().refine(isTimezone, 'must be an IANA timezone such as Asia/Karachi or Europe/London'),
  ),
  BRIEFBOT_SNAPSHOT: optional(z.string()),
  BRIEFBOT_EDITORS: idList(
    USER_ID,
    'user',
    'U012AB3CD,U045EF6GH',
    "a person's id is in their Slack profile: ⋮ → Copy member ID",
  ),
  BRIEFBOT_CHANNELS: idList(
    CHANNEL_ID,
    'channel',
    'C012AB3CD,C045EF6GH',
    "a channel's id is at the foot of its details (click its name), not its #name",
  ),
});

/**
 * True for a timezone name the runtime knows (IANA, e.g. `Asia/Karachi`).
 * @example isTimezone('Mars/Olympus') // → false
 */
export function isTimezone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name);
  } catch {
    return false;
  }
}

/** The variables briefbot reads, for the README and for messages. */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape);

/** The problem of an app token or signing secret without the bot token. */
const botTokenMissing = (other: string): string =>
  `SLACK_BOT_TOKEN is not set, but ${other} is: set SLACK_BOT_TOKEN (xoxb-…) to run in Slack, ` +
  'or unset both to use the console';

/** The problem of a bot token with neither an app token nor a signing secret. */
const MODE_TOKEN_MISSING =
  'SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: ' +
  'set one of them, or unset SLACK_BOT_TOKEN to use the console';

/** Which mode a set of tokens selects, or the problem with the combination. */
function modeOf(env: {
  SLACK_BOT_TOKEN?: string;
  SLACK_APP_TOKEN?: string;
  SLACK_SIGNING_SECRET?: string;
}): Mode | string {
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_SIGNING_SECRET: secret } = env;
  if (!bot && !app && !secret) return 'console';
  if (!bot) return botTokenMissing(app ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET');
  if (app) return 'socket';
  if (secret) return 'http';
  return MODE_TOKEN_MISSING;
}

/**
 * Read and validate configuration from environment variables; every problem is listed with what to set.
 * @example loadConfig({}) // → { ok: true, value: { mode: 'console', port: 3000, corpusDir: './seeds', … } }
 */
export function loadConfig(env: Record<string, string | undefined>): Result<Config, string[]> {
  const parsed = EnvSchema.safeParse(env);
  const set = (name: string): string | undefined => (env[name]?.trim() ? env[name] : undefined);
  const mode = modeOf({
    SLACK_BOT_TOKEN: set('SLACK_BOT_TOKEN'),
    SLACK_APP_TOKEN: set('SLACK_APP_TOKEN'),
    SLACK_SIGNING_SECRET: set('SLACK_SIGNING_SECRET'),
  });
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`)),
    ...(['console', 'socket', 'http'].includes(mode) ? [] : [mode]),
  ];
  if (!parsed.success || problems.length > 0) return fail(problems);
  const e = parsed.data;
  const slackApiUrl = e.SLACK_API_URL && !e.SLACK_API_URL.endsWith('/') ? `${e.SLACK_API_URL}/` : e.SLACK_API_URL;
  return ok({
    mode: mode as Mode,
    ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
    ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
    ...(e.SLACK_SIGNING_SECRET && mode === 'http' ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
    ...(slackApiUrl ? { slackApiUrl } : {}),
    port: e.PORT,
    corpusDir: e.BRIEFBOT_CORPUS,
    dbPath: e.BRIEFBOT_DB,
    snapshotPath: e.BRIEFBOT_SNAPSHOT ?? join(dirname(e.BRIEFBOT_DB), 'snapshot.bin'),
    ...(e.BRIEFBOT_TZ ? { timezone: e.BRIEFBOT_TZ } : {}),
    editors: [...new Set(e.BRIEFBOT_EDITORS)],
    channels: [...new Set(e.BRIEFBOT_CHANNELS)],
  });
}

/** True when a config runs in Slack. */
export const isSlackConfig = (c: Config): c is SlackConfig => c.mode !== 'console' && c.botToken !== undefined;
