/**
 * Downloading a file shared in Slack: its `url_private_download`, with the bot token in `Authorization` (what the
 * `files:read` scope allows), tried again under the retry policy on 429, 5xx and failures to connect, never read past
 * the size briefbot takes, and never sent with the token anywhere but Slack.
 */
import { fail, ok, type Result } from '../result.js';
import { NOT_SENT_CODES, retryAfterMs, withRetries, type RetryPolicy, type TryResult } from './send.js';

/** A file as Slack describes it in a `file_share` message, a mention, or `files.info` (the fields briefbot reads). */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  filetype?: string;
  pretty_type?: string;
  mimetype?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
  permalink?: string;
  /** `hosted`, `snippet`, `external` (a link to Google Drive…), `tombstone` (deleted), `hidden_by_limit`… */
  mode?: string;
  /** `check_file_info` when the event carries only the id (a file from another workspace): ask files.info. */
  file_access?: string;
}

const FILE_TEXT_FIELDS = [
  'name',
  'title',
  'filetype',
  'pretty_type',
  'mimetype',
  'url_private',
  'url_private_download',
  'permalink',
  'mode',
  'file_access',
] as const;

/**
 * The files of an event as briefbot reads them: those with an id, their text fields that are strings and their size;
 * anything else Slack may send (nulls, other fields) left out.
 * @example slackFilesOf([{ id: 'F1', name: null, size: 12 }, 'x']) // → [{ id: 'F1', size: 12 }]
 */
export function slackFilesOf(files: unknown): SlackFile[] {
  if (!Array.isArray(files)) return [];
  return files.flatMap((f: unknown): SlackFile[] => {
    if (typeof f !== 'object' || f === null) return [];
    const given = f as Record<string, unknown>;
    if (typeof given.id !== 'string') return [];
    const file: SlackFile = { id: given.id };
    for (const key of FILE_TEXT_FIELDS) if (typeof given[key] === 'string') file[key] = given[key];
    if (typeof given.size === 'number') file.size = given.size;
    return [file];
  });
}

/** Why a download gave no file: larger than briefbot takes, or it failed (in words, never the URL or the token). */
export type DownloadFailure = { tooLarge: number } | { failed: string };

/** What downloading needs: fetch, the bot token, how to retry, and the Web API's host besides Slack's own. */
export interface DownloadDeps {
  fetch: typeof fetch;
  token: string;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** SLACK_API_URL, when set: its host is Slack too (GovSlack, a test server). */
  slackApiUrl?: string;
}

/** Hosts the bot token may be sent to: Slack's, GovSlack's, and the configured Web API's. */
const SLACK_HOSTS = /(?:^|\.)(?:slack\.com|slack-edge\.com|slack-gov\.com)$/i;

/**
 * True when a download URL is Slack's (https on a Slack host, or on the host of SLACK_API_URL), so that the bot
 * token may go with it.
 * @example isSlackUrl('https://files.slack.com/files-pri/T1-F1/download/a.pdf') // → true
 * @example isSlackUrl('https://example.com/a.pdf') // → false
 */
export function isSlackUrl(url: string, slackApiUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (slackApiUrl && u.host === new URL(slackApiUrl).host) return true;
    return u.protocol === 'https:' && SLACK_HOSTS.test(u.hostname);
  } catch {
    return false;
  }
}

/** One try's outcome, with the bytes when it got them. */
type Got = TryResult & { bytes?: Uint8Array; tooLarge?: number };

/**
 * Download a Slack file of at most `maxBytes`: the bytes, or why not. A page of HTML where a file was expected (what
 * Slack sends a token that may not read files) is a failure that says so. Never throws.
 */
export async function downloadSlackFile(
  deps: DownloadDeps,
  url: string,
  maxBytes: number,
  expectHtml = false,
): Promise<Result<Uint8Array, DownloadFailure>> {
  if (!isSlackUrl(url, deps.slackApiUrl)) return fail({ failed: 'the file is not kept on Slack' });
  const { result } = await withRetries(() => downloadOnce(deps, url, maxBytes, expectHtml), deps.policy, deps.sleep);
  const got: Got = result;
  if (got.kind === 'delivered' && got.bytes) return ok(got.bytes);
  if (got.tooLarge !== undefined) return fail({ tooLarge: got.tooLarge });
  return fail({ failed: 'reason' in got ? got.reason : 'no file' });
}

/** One GET of the file, read up to `maxBytes` (one more byte: too large). */
async function downloadOnce(deps: DownloadDeps, url: string, maxBytes: number, expectHtml: boolean): Promise<Got> {
  let response: Response;
  try {
    response = await deps.fetch(url, {
      headers: { Authorization: `Bearer ${deps.token}` },
      signal: AbortSignal.timeout(deps.policy.timeoutMs),
    });
  } catch (error) {
    const e = error as { name?: string; code?: string; cause?: { code?: string } };
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
      return { kind: 'retry', reason: `no answer within ${deps.policy.timeoutMs / 1000} s` };
    const code = e?.cause?.code ?? e?.code ?? 'unknown error';
    return NOT_SENT_CODES.has(code)
      ? { kind: 'retry', reason: `could not connect (${code})` }
      : { kind: 'refused', reason: `the download failed (${code})` };
  }
  if (response.status === 429 || response.status >= 500) {
    await response.body?.cancel();
    const wait = retryAfterMs(response.headers.get('retry-after'));
    return { kind: 'retry', reason: `HTTP ${response.status}`, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    return { kind: 'refused', reason: `HTTP ${response.status}` };
  }
  if (!expectHtml && /^text\/html/i.test(response.headers.get('content-type') ?? '')) {
    await response.body?.cancel();
    return { kind: 'refused', reason: 'Slack sent a sign-in page instead of the file' };
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { kind: 'refused', reason: 'too large', tooLarge: declared };
  }
  return readCapped(response, maxBytes);
}

/** The body of a response, unless it runs past `maxBytes` (then only how far it got). */
async function readCapped(response: Response, maxBytes: number): Promise<Got> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    for (;;) {
      const next = await reader?.read();
      if (!next || next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel();
        return { kind: 'refused', reason: 'too large', tooLarge: size };
      }
      chunks.push(next.value);
    }
  } catch (error) {
    const name = (error as { name?: string })?.name;
    return { kind: 'retry', reason: name === 'TimeoutError' ? 'the download took too long' : 'the download broke off' };
  }
  return { kind: 'delivered', bytes: Buffer.concat(chunks) };
}
