/** Files shared with briefbot (in a DM, or with a mention): each added, and answered in the thread. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { addSharedFile, rememberAdded, type AddedFrom } from '../../briefings.js';
import type { SlackFile } from '../../download.js';
import { postInConversation, type ConversationTarget } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/**
 * Add each file and answer in the thread (what was found, or why it was not added); the thread, and the conversation's
 * `keys`, remember the briefings added for a date given in reply.
 */
export async function addFilesInThread(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
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
