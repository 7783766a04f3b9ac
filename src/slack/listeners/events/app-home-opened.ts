/**
 * The Home tab of briefbot: the corpus figures, the workspace's digests and the last 30 days' votes (with the
 * worst-rated questions, to an editor), published when it is opened.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { summarizeVotes } from '../../../render/feedback.js';
import { buildHomeView } from '../../../render/home.js';
import { FEEDBACK_DAYS, isEditor } from '../../feedback.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type AppHomeOpenedArgs = Pick<
  SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs,
  'event' | 'body' | 'client'
>;

/** The Home listener: publish the Home view when the Home tab (not Messages or About) is opened. */
export function appHomeOpened(deps: ListenerDeps): (args: AppHomeOpenedArgs) => Promise<void> {
  return async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const since = new Date(deps.clock().getTime() - FEEDBACK_DAYS * 24 * 60 * 60 * 1000).toISOString();
    const votes = deps.store.listVotes(since).filter((v) => v.team === undefined || v.team === body.team_id);
    const feedback = {
      days: FEEDBACK_DAYS,
      summary: summarizeVotes(votes),
      editor: isEditor(deps.editors, event.user),
    };
    await client.views.publish({
      user_id: event.user,
      view: buildHomeView(deps.context(), deps.store.listSubscriptions(body.team_id), feedback),
    });
  };
}
