/**
 * A list of meetings as a CSV file in the user's DM (`/brief meetings … csv`, the Export CSV button): every meeting
 * the command finds, one row each, uploaded with files.uploadV2 (files.getUploadURLExternal, the upload, then
 * files.completeUploadExternal) to the DM that conversations.open gives.
 */
import type { webApi } from '@slack/bolt';
import { ask, EXPORT_PAGE_SIZES } from '../ask/answer.js';
import { CSV_NO_DM, CSV_NO_SCOPE, csvComment, csvFailed, csvSent, nothingToExport } from '../ask/messages.js';
import type { AskContext } from '../ask/types.js';
import type { Logger } from '../logger.js';
import { buildAnswerMessage, buildNoticeMessage } from '../render/blocks.js';
import { CSV_BOM, csvFileName, meetingsCsv } from '../render/csv.js';
import type { SlackMessage } from '../render/limits.js';
import { escapeSlack } from '../render/mrkdwn.js';
import { answerOrApologise } from './handlers.js';
import { sendWeb } from './send.js';
import type { PostFailure } from '../digest/types.js';

/** Why a Web API call failed, in a word or two. */
const reasonOf = (failure: PostFailure): string => ('cannotPost' in failure ? failure.cannotPost : failure.failed);

/** The Web API calls an export makes. */
export interface ExportClient {
  conversations: Pick<webApi.WebClient['conversations'], 'open'>;
  files: Pick<webApi.WebClient['files'], 'uploadV2'>;
}

/** What an export needs: the answering context, a logger and the clock (the file's name carries the day). */
export interface ExportDeps {
  context: () => AskContext;
  logger: Logger;
  clock: () => Date;
}

/** A CSV ready to send: its file name, its text (byte-order mark first), the DM's line above it, and the count. */
export interface CsvFile {
  name: string;
  content: string;
  comment: string;
  meetings: number;
}

/**
 * The CSV of a meetings or timeline command (without its `csv`), or the message to send instead: the command's own
 * error (a period it cannot read), that nothing matches, that the briefings are still loading, or the apology.
 */
export function meetingsCsvFile(deps: ExportDeps, text: string): CsvFile | SlackMessage {
  return answerOrApologise<CsvFile | SlackMessage>(deps.logger, `the CSV of /brief ${text}`, () => {
    const answer = ask(text, deps.context(), 1, EXPORT_PAGE_SIZES);
    if (answer.kind !== 'meetings') return buildAnswerMessage(answer, { interactive: false });
    if (answer.total === 0) return buildNoticeMessage(nothingToExport(answer.description));
    return {
      name: csvFileName(answer.description, deps.clock().toISOString().slice(0, 10)),
      content: `${CSV_BOM}${meetingsCsv(answer)}`,
      comment: escapeSlack(csvComment(answer.description, answer.total)),
      meetings: answer.total,
    };
  });
}

/**
 * Send the CSV of a meetings command to `user`'s DM with briefbot, and return what to tell them privately: that it was
 * sent, or why not (the app lacking files:write, no DM, Slack failing: each logged). Never throws.
 */
export async function exportMeetings(
  deps: ExportDeps,
  client: ExportClient,
  text: string,
  user: string,
): Promise<SlackMessage> {
  const file = meetingsCsvFile(deps, text);
  if (!('content' in file)) return file;
  const opened = await sendWeb(() => client.conversations.open({ users: user }));
  const dm = opened.ok ? opened.value.channel?.id : undefined;
  if (!dm) {
    const why = opened.ok ? 'Slack gave no channel' : reasonOf(opened.error);
    deps.logger.error(`could not open a DM with ${user} to send ${file.name}: ${why}`);
    return buildNoticeMessage(CSV_NO_DM);
  }
  const sent = await sendWeb(() =>
    client.files.uploadV2({
      channel_id: dm,
      filename: file.name,
      title: file.name,
      content: file.content,
      initial_comment: file.comment,
    }),
  );
  if (sent.ok) return buildNoticeMessage(csvSent(file.name, file.meetings));
  const reason = reasonOf(sent.error);
  if (reason === 'missing_scope') {
    deps.logger.error(`could not upload ${file.name}: the app lacks the files:write scope (reinstall it)`);
    return buildNoticeMessage(CSV_NO_SCOPE);
  }
  deps.logger.error(
    `could not upload ${file.name} for ${user}: ${reason}`,
    'cause' in sent.error ? sent.error.cause : undefined,
  );
  return buildNoticeMessage(csvFailed(reason));
}
