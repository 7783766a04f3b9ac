/** The Home tab of briefbot: the corpus figures and the workspace's digests, published when it is opened. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { buildHomeView } from '../../../render/home.js';
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
    await client.views.publish({
      user_id: event.user,
      view: buildHomeView(deps.context(), deps.store.listSubscriptions(body.team_id)),
    });
  };
}
