/**
 * A team's own briefings, from Slack: a file shared with briefbot (or a message's text, through the shortcut) read,
 * saved in the corpus folder and answered with what briefbot found in it; an undated one dated by a reply in its
 * thread; `/brief remove <id>` moving one out of the corpus. Who may: {@link mayAdd} and {@link mayChange}. Each
 * function gives the message to send and never throws; what the listeners do with it is theirs.
 */
import type { webApi } from '@slack/bolt';
import { findArticle } from '../ask/answer.js';
import { readDateReply } from '../ask/date-reply.js';
import {
  briefingGone,
  cannotReadType,
  dateFailed,
  downloadFailed,
  LOADING,
  nothingToAdd,
  notABriefingToAdd,
  onlyEditorsAdd,
  onlyEditorsDate,
  onlyEditorsRemove,
  removeFailed,
  REMOVE_WHICH,
  saveFailed,
  scannedPdf,
  tooLargeToAdd,
  UNDATED_MENTION,
  UNDATED_REPLY,
  unreadableFile,
} from '../ask/messages.js';
import type { AskContext } from '../ask/types.js';
import { addedByOf } from '../corpus/briefing-file.js';
import { documentKind, documentText, MAX_DOCUMENT_BYTES, type DocumentProblem } from '../corpus/documents.js';
import { MAX_FILE_MB } from '../corpus/load-corpus.js';
import { idOf } from '../corpus/parse-article.js';
import { isBriefbotError } from '../errors.js';
import {
  addBriefing,
  dateBriefing,
  readBriefing,
  removeBriefing,
  type AddRefusal,
  type ChangeRefusal,
  type CorpusDesk,
  type Saved,
} from '../live/briefing-files.js';
import type { Logger } from '../logger.js';
import { buildNoticeMessage } from '../render/blocks.js';
import { buildRemovedMessage, buildSavedMessage } from '../render/briefings.js';
import type { SlackMessage } from '../render/limits.js';
import type { Store } from '../store/types.js';
import { slackFilesOf, type DownloadFailure, type SlackFile } from './download.js';
import { postInConversation, type ConversationDeps, type ConversationTarget, type ReachClient } from './reach.js';
import { sendWeb } from './send.js';

/** What adding, dating and removing briefings from Slack need. */
export interface BriefingDeps {
  /** The corpus folder and its updates; undefined where briefbot runs without one it may change. */
  desk?: CorpusDesk;
  /** Who may add and remove any briefing (BRIEFBOT_EDITORS); empty: everyone. */
  editors: readonly string[];
  /** Download a Slack file of at most `maxBytes` with the bot token. */
  download: (
    url: string,
    maxBytes: number,
    expectHtml: boolean,
  ) => Promise<{ ok: true; value: Uint8Array } | { ok: false; error: DownloadFailure }>;
  logger: Logger;
  store: Pick<Store, 'threadContext' | 'saveThreadContext'>;
  clock: () => Date;
}

/**
 * True when `user` may add briefings: everyone while BRIEFBOT_EDITORS is empty, else its editors.
 * @example mayAdd(['U1'], 'U2') // → false
 */
export const mayAdd = (editors: readonly string[], user: string): boolean =>
  editors.length === 0 || editors.includes(user);

/**
 * True when `user` may remove or date a briefing: an editor (everyone while BRIEFBOT_EDITORS is empty), or whoever
 * added it.
 * @example mayChange(['U1'], 'U2', 'U2') // → true
 */
export const mayChange = (editors: readonly string[], user: string, addedBy: string | undefined): boolean =>
  mayAdd(editors, user) || (addedBy !== undefined && addedBy === user);

/** Where a file or message was added from: who added it, the conversation, and whether it is a channel. */
export interface AddedFrom {
  user: string;
  channel: string;
  /** The message's ts: its permalink is the briefing's source when the file has none. */
  ts: string;
  /** A channel (mentions only, there) rather than a DM or group DM. */
  inChannel: boolean;
}

/** A reply about one addition: the message, and the briefing saved when one was. */
export interface AddReply {
  message: SlackMessage;
  saved?: Saved;
}

/** The Web API calls adding makes: the file's details, a message's permalink. */
export interface AddClient {
  files: Pick<webApi.WebClient['files'], 'info'>;
  chat: Pick<webApi.WebClient['chat'], 'getPermalink'>;
}

/** The answering context, or the reason to answer "still loading" (nothing can be added before the corpus is read). */
function loadedContext(deps: BriefingDeps): CorpusDesk | undefined {
  if (!deps.desk) return undefined;
  try {
    deps.desk.context();
    return deps.desk;
  } catch (error) {
    if (isBriefbotError(error, 'NOT_READY')) return undefined;
    throw error;
  }
}

const notice = (text: string, users: readonly string[] = []): AddReply => ({
  message: buildNoticeMessage({ text, users }),
});

/** What a user is told about a document that gave no text. */
function documentRefusal(name: string, problem: DocumentProblem): string {
  if (problem.kind === 'scanned') return scannedPdf(name);
  if (problem.kind === 'empty') return nothingToAdd(name);
  return unreadableFile(name, problem.detail.slice(0, 200));
}

/** What a user is told about a briefing the corpus did not take. */
function addRefusal(name: string | undefined, refusal: AddRefusal): string {
  if (refusal.kind === 'empty') return nothingToAdd(name);
  if (refusal.kind === 'not-a-briefing') return notABriefingToAdd(name, refusal.reason);
  if (refusal.kind === 'too-large') return tooLargeToAdd(name ?? 'that message', mb(refusal.bytes), MAX_FILE_MB);
  return saveFailed(name, refusal.reason);
}

/** A file's full details: from the event when it has them, else from files.info (a file from another workspace). */
async function detailsOf(client: AddClient, file: SlackFile, logger: Logger): Promise<SlackFile> {
  if (file.name && (file.url_private_download || file.url_private) && file.file_access !== 'check_file_info')
    return file;
  const info = await sendWeb(() => client.files.info({ file: file.id }));
  const full = info.ok ? slackFilesOf([info.value.file])[0] : undefined;
  if (full) return { ...file, ...full };
  if (!info.ok) logger.warn(`files.info for ${file.id}: ${'failed' in info.error ? info.error.failed : 'refused'}`);
  return file;
}

/** The Slack permalink of a message, or undefined (logged) when Slack will not give it. */
async function permalinkOf(
  client: AddClient,
  channel: string,
  ts: string,
  logger: Logger,
): Promise<string | undefined> {
  const link = await sendWeb(() => client.chat.getPermalink({ channel, message_ts: ts }));
  if (link.ok) return link.value.permalink;
  logger.warn(
    `no permalink for ${channel}/${ts}: ${'failed' in link.error ? link.error.failed : link.error.cannotPost}`,
  );
  return undefined;
}

/** The date line of a briefing added undated: how to date it where it was added. */
const undatedHint = (from: AddedFrom): string => (from.inChannel ? UNDATED_MENTION : UNDATED_REPLY);

/** Save a briefing's text and say what the corpus now holds; a refusal says why. */
async function save(
  deps: BriefingDeps,
  desk: CorpusDesk,
  from: AddedFrom,
  text: string,
  source: string | undefined,
  name?: string,
): Promise<AddReply> {
  const saved = await addBriefing(desk, {
    text,
    addedBy: from.user,
    ...(source ? { source } : {}),
    ...(name ? { originalFile: name } : {}),
  });
  if (!saved.ok) {
    if (saved.error.kind === 'write-failed')
      deps.logger.error(`could not save a briefing in ${desk.dir}: ${saved.error.reason}`);
    return notice(addRefusal(name, saved.error));
  }
  deps.logger.info(`${from.user} added ${saved.value.file} from Slack`);
  if (saved.value.skipped)
    deps.logger.warn(`added ${saved.value.file}, but the corpus skipped it: ${saved.value.skipped}`);
  return { message: buildSavedMessage(saved.value, 'added', undatedHint(from)), saved: saved.value };
}

/**
 * Add a file shared with briefbot: read it (refused, with nothing written, when it is larger than 5 MB, of a kind
 * briefbot cannot read, a PDF without text, empty, or cannot be downloaded), save it, and say what was found in it.
 */
export async function addSharedFile(
  deps: BriefingDeps,
  client: AddClient,
  from: AddedFrom,
  shared: SlackFile,
): Promise<AddReply> {
  if (!mayAdd(deps.editors, from.user)) return notice(onlyEditorsAdd(deps.editors), deps.editors);
  const desk = loadedContext(deps);
  if (!desk) return notice(LOADING);
  const file = await detailsOf(client, shared, deps.logger);
  const name = file.name ?? file.title ?? file.id;
  const kind = file.mode === 'external' ? undefined : documentKind(name, file.filetype);
  if (!kind) {
    const type = file.mode === 'external' ? 'a link to a file kept outside Slack' : typeName(file);
    return notice(cannotReadType(name, type));
  }
  if ((file.size ?? 0) > MAX_DOCUMENT_BYTES) return notice(tooLargeToAdd(name, mb(file.size ?? 0), MAX_FILE_MB));
  const url = file.url_private_download ?? file.url_private;
  if (!url) return notice(downloadFailed(name, 'Slack gave no address to download it from'));
  const got = await deps.download(url, MAX_DOCUMENT_BYTES, kind === 'html');
  if (!got.ok) {
    if ('tooLarge' in got.error) return notice(tooLargeToAdd(name, mb(got.error.tooLarge), MAX_FILE_MB));
    deps.logger.warn(`could not download ${name} (${file.id}): ${got.error.failed}`);
    return notice(downloadFailed(name, got.error.failed));
  }
  const text = await documentText(kind, got.value);
  if (!text.ok) return notice(documentRefusal(name, text.error));
  const source = file.permalink ?? (await permalinkOf(client, from.channel, from.ts, deps.logger));
  return save(deps, desk, from, text.value, source, name);
}

/** A file's kind in words: Slack's name for it, else its ending. */
const typeName = (file: SlackFile): string => {
  if (file.pretty_type) return `a ${file.pretty_type} file`;
  const ending = /\.([^.]+)$/.exec(file.name ?? '')?.[1];
  return ending ? `a .${ending} file` : 'a file of another kind';
};

const mb = (bytes: number): number => bytes / (1024 * 1024);

/** Add a message's text (a pasted article), as the *Add to briefings* shortcut does. */
export async function addMessageText(
  deps: BriefingDeps,
  client: AddClient,
  from: AddedFrom,
  text: string,
): Promise<AddReply> {
  if (!mayAdd(deps.editors, from.user)) return notice(onlyEditorsAdd(deps.editors), deps.editors);
  const desk = loadedContext(deps);
  if (!desk) return notice(LOADING);
  if (!text.trim()) return notice(nothingToAdd(undefined));
  const source = await permalinkOf(client, from.channel, from.ts, deps.logger);
  return save(deps, desk, from, slackText(text), source);
}

/**
 * A Slack message's text as plain text: links as their labels (or addresses), mentions and channels as written,
 * entities decoded.
 * @example slackText('See <https://x.org/a|the statement> &amp; more') // → 'See the statement & more'
 */
export function slackText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<[@#!][^|>]*\|([^>]+)>/g, '$1')
    .replace(/<[@#!]([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The key under which a conversation's thread remembers the briefings added in it, for a date given in reply. */
export const addedThreadKey = (channel: string, thread: string): string => `briefings:${channel}:${thread}`;

/** What a thread remembers of the briefings added in it. */
interface AddedThread {
  files: string[];
}

const isAddedThread = (value: unknown): value is AddedThread =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { files?: unknown }).files) &&
  (value as { files: unknown[] }).files.every((f) => typeof f === 'string');

/**
 * Remember that briefings were added in a thread (and, in a DM, in the conversation itself), for a date given in
 * reply to them (a week, as threads are kept).
 */
export function rememberAdded(deps: BriefingDeps, keys: readonly string[], files: readonly string[]): void {
  if (files.length === 0) return;
  const now = deps.clock();
  for (const key of keys) {
    const before = deps.store.threadContext(key, now);
    const earlier = isAddedThread(before) ? before.files.filter((f) => !files.includes(f)) : [];
    deps.store.saveThreadContext(key, { files: [...earlier, ...files].slice(-10) }, now);
  }
}

/**
 * The replies to a reply that gives a date (and nothing else) in a thread where briefings were added: the undated ones
 * among them dated (else, in `correct`ing mode, as in the thread itself, the last one), each answered; undefined when
 * the text is no date or there is nothing to date, for the text to be answered as a question.
 */
export async function dateFromReply(
  deps: BriefingDeps,
  key: string,
  user: string,
  text: string,
  correct = true,
): Promise<SlackMessage[] | undefined> {
  const date = readDateReply(text);
  if (!date) return undefined;
  const remembered = deps.store.threadContext(key, deps.clock());
  if (!isAddedThread(remembered) || remembered.files.length === 0) return undefined;
  const desk = loadedContext(deps);
  if (!desk) return [buildNoticeMessage(LOADING)];
  const context = desk.context();
  const held = new Map([...context.index.articles.values()].map((a) => [a.file, a]));
  const undated = remembered.files.filter((f) => held.has(f) && !held.get(f)!.published);
  if (undated.length === 0 && !correct) return undefined;
  const files = undated.length > 0 ? undated : remembered.files.slice(-1);
  const replies: SlackMessage[] = [];
  for (const file of files) {
    const id = held.get(file)?.id ?? idOf(file.slice(file.lastIndexOf('/') + 1));
    const raw = await readBriefing(desk, file);
    if (!raw.ok) {
      replies.push(buildNoticeMessage(changeRefusal(id, raw.error, dateFailed)));
      continue;
    }
    if (!mayChange(deps.editors, user, addedByOf(raw.value))) {
      replies.push(buildNoticeMessage(onlyEditorsDate(id)));
      continue;
    }
    const dated = await dateBriefing(desk, file, date);
    replies.push(
      dated.ok
        ? buildSavedMessage(dated.value, 'dated', UNDATED_REPLY)
        : buildNoticeMessage(changeRefusal(id, dated.error, dateFailed)),
    );
    if (dated.ok) deps.logger.info(`${user} dated ${file}`);
  }
  return replies;
}

/** What a user is told about a briefing that could not be changed. */
const changeRefusal = (id: string, refusal: ChangeRefusal, failed: (id: string, reason: string) => string): string =>
  refusal.kind === 'gone' ? briefingGone(id) : failed(id, refusal.reason);

/**
 * `/brief remove <id>`: move the briefing (the id, or a unique start of it, as `/brief source` takes; or a file the
 * corpus skipped, by its name's stem) out of the corpus into `removed/` beside it, for an editor or whoever added it,
 * and say how to restore it.
 */
export async function removeCommand(deps: BriefingDeps, user: string, id: string): Promise<SlackMessage> {
  if (!id.trim()) return buildNoticeMessage(REMOVE_WHICH);
  const desk = loadedContext(deps);
  if (!desk) return buildNoticeMessage(LOADING);
  const found = resolveFile(desk.context(), id.trim());
  if (!found.ok) return buildNoticeMessage(found.error);
  const { file, article } = found.value;
  const raw = await readBriefing(desk, file);
  if (!raw.ok) return buildNoticeMessage(changeRefusal(article.id, raw.error, removeFailed));
  if (!mayChange(deps.editors, user, addedByOf(raw.value))) return buildNoticeMessage(onlyEditorsRemove(article.id));
  const moved = await removeBriefing(desk, file);
  if (!moved.ok) {
    if (moved.error.kind === 'failed') deps.logger.error(`could not remove ${file}: ${moved.error.reason}`);
    return buildNoticeMessage(changeRefusal(article.id, moved.error, removeFailed));
  }
  deps.logger.info(`${user} removed ${file} (moved to ${moved.value.to})`);
  return buildRemovedMessage(article, moved.value.from, moved.value.to);
}

/** The file an id names: a briefing's (as `/brief source` finds it), else a file the corpus skipped of that stem. */
function resolveFile(
  context: AskContext,
  id: string,
): { ok: true; value: { file: string; article: { id: string; title: string } } } | { ok: false; error: string } {
  const article = findArticle(context.index.articles, id);
  if (article.ok) return { ok: true, value: { file: article.value.file, article: article.value } };
  const skipped = context.warnings.find((w) => !w.loaded && idOf(w.file.slice(w.file.lastIndexOf('/') + 1)) === id);
  if (skipped) return { ok: true, value: { file: skipped.file, article: { id, title: skipped.file } } };
  return article;
}

/** What {@link addFilesInThread} needs: adding briefings, and posting answers in a conversation. */
export interface FilesInThreadDeps extends ConversationDeps {
  briefings: BriefingDeps;
}

/**
 * Add each file shared (in a DM, or with a mention) and answer in the thread: what was found, or why it was not added.
 * The thread, and the conversation's other `keys`, remember the briefings added, for a date given in reply.
 */
export async function addFilesInThread(
  deps: FilesInThreadDeps,
  client: AddClient & ReachClient,
  from: AddedFrom,
  files: readonly SlackFile[],
  to: ConversationTarget,
  keys: readonly string[],
): Promise<void> {
  for (const file of files) {
    const reply = await addSharedFile(deps.briefings, client, from, file);
    if (reply.saved) rememberAdded(deps.briefings, keys, [reply.saved.file]);
    await postInConversation(deps, client, to, reply.message, 'the answer to a file shared', 'answer a file shared');
  }
}
