/** The Home tab listener, called directly with fake Bolt arguments. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../../../src/ask/types.js';
import { buildHomeView } from '../../../../src/render/home.js';
import { appHomeOpened, type AppHomeOpenedArgs } from '../../../../src/slack/listeners/events/app-home-opened.js';
import { contextOf, SEEDS } from '../../../helpers.js';
import { fakeClient, fakeDeps } from '../helpers.js';

let ctx: AskContext;
let deps: ReturnType<typeof fakeDeps>;

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

afterEach(() => {
  deps?.store.close();
});

async function open(tab: string) {
  const client = fakeClient();
  const event = { type: 'app_home_opened', user: 'U42', channel: 'D42', tab, event_ts: '1700000000.000100' };
  await appHomeOpened(deps)({ event, body: { team_id: 'T1' }, client } as unknown as AppHomeOpenedArgs);
  return client;
}

describe('appHomeOpened', () => {
  it('publishes the Home view with the corpus and the workspace’s digests', async () => {
    deps = fakeDeps(() => ctx);
    const sub = {
      channel: 'C1',
      team: 'T1',
      time: '08:30',
      timezone: 'Europe/London',
      subscriber: 'U42',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    deps.store.saveSubscription(sub);
    deps.store.saveSubscription({ ...sub, channel: 'C9', team: 'T9' });
    const client = await open('home');
    expect(client.views.publish).toHaveBeenCalledExactlyOnceWith({ user_id: 'U42', view: buildHomeView(ctx, [sub]) });
  });

  it('publishes nothing when another tab is opened', async () => {
    deps = fakeDeps(() => ctx);
    const client = await open('messages');
    expect(client.views.publish).not.toHaveBeenCalled();
  });
});
