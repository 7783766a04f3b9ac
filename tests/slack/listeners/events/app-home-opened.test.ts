/** The Home tab listener, called directly with fake Bolt arguments. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../../../src/ask/types.js';
import { summarizeVotes } from '../../../../src/render/feedback.js';
import { buildHomeView } from '../../../../src/render/home.js';
import type { Vote } from '../../../../src/store/types.js';
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

async function open(tab: string, user = 'U42') {
  const client = fakeClient();
  const event = { type: 'app_home_opened', user, channel: 'D42', tab, event_ts: '1700000000.000100' };
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
    const feedback = { days: 30, summary: { up: 0, down: 0, worst: [] }, editor: true };
    expect(client.views.publish).toHaveBeenCalledExactlyOnceWith({
      user_id: 'U42',
      view: buildHomeView(ctx, [sub], feedback),
    });
  });

  it('counts the workspace’s votes of the last 30 days, and shows the worst-rated questions to editors only', async () => {
    deps = fakeDeps(() => ctx, { editors: ['U7'] });
    const vote = (answerId: string, v: Vote['vote'], votedAt: string, team = 'T1'): Vote => ({
      answerId,
      user: 'U1',
      team,
      vote: v,
      question: `meetings with ${answerId}`,
      kind: 'meetings',
      surface: 'ephemeral',
      articles: [],
      votedAt,
    });
    const recent = [
      vote('Russia', 'down', '2026-07-13T10:00:00.000Z'),
      vote('China', 'up', '2026-07-10T10:00:00.000Z'),
      vote('Iran', 'down', '2026-06-15T06:00:01.000Z'),
    ];
    for (const v of [
      ...recent,
      vote('Oman', 'down', '2026-06-14T05:00:00.000Z'),
      vote('Peru', 'down', '2026-07-13T10:00:00.000Z', 'T9'),
    ])
      deps.store.saveVote(v);
    const counted = summarizeVotes(recent);
    expect([counted.up, counted.down]).toEqual([1, 2]);
    const editor = await open('home', 'U7');
    expect(editor.views.publish).toHaveBeenCalledExactlyOnceWith({
      user_id: 'U7',
      view: buildHomeView(ctx, [], { days: 30, summary: counted, editor: true }),
    });
    expect(JSON.stringify(editor.views.publish.mock.calls[0]![0])).toContain('Worst-rated questions');
    const reader = await open('home', 'U42');
    expect(reader.views.publish).toHaveBeenCalledExactlyOnceWith({
      user_id: 'U42',
      view: buildHomeView(ctx, [], { days: 30, summary: counted, editor: false }),
    });
    expect(JSON.stringify(reader.views.publish.mock.calls[0]![0])).not.toContain('Worst-rated questions');
  });

  it('publishes nothing when another tab is opened', async () => {
    deps = fakeDeps(() => ctx);
    const client = await open('messages');
    expect(client.views.publish).not.toHaveBeenCalled();
  });
});
