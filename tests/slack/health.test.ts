import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import type { Health } from '../../src/slack/app.js';
import { LOADING } from '../../src/ask/messages.js';
import { BriefbotError } from '../../src/errors.js';
import { contextOf, SEEDS } from '../helpers.js';
import { commandReply, joinedText, mockNetwork, restoreNetwork, startApp, type RunningApp } from './harness.js';

let ctx: AskContext | undefined;
let loaded: AskContext;
let target: RunningApp;
const health = (): Health => ({
  ready: ctx !== undefined,
  briefings: ctx?.index.articles.size ?? 0,
  meetings: ctx?.meetings.meetings.length ?? 0,
  skippedFiles: ctx?.warnings.filter((w) => !w.loaded).length ?? 0,
});
const context = (): AskContext => {
  // As the live corpus does while the first load is under way.
  if (!ctx) throw new BriefbotError('NOT_READY', 'the briefings are still loading', 'ask again in a minute');
  return ctx;
};

beforeAll(async () => {
  loaded = await contextOf(SEEDS);
  mockNetwork();
  target = await startApp(context, undefined, health);
});

afterAll(async () => {
  await target?.stop();
  restoreNetwork();
});

const healthz = async (): Promise<{ status: number; body: Health }> => {
  const res = await fetch(target.url.replace('/slack/events', '/healthz'));
  return { status: res.status, body: (await res.json()) as Health };
};

describe('HTTP mode while the briefings load', () => {
  it('reports not ready on /healthz and answers commands with a loading message rather than silence', async () => {
    ctx = undefined;
    expect(await healthz()).toEqual({
      status: 503,
      body: { ready: false, briefings: 0, meetings: 0, skippedFiles: 0 },
    });
    expect(joinedText(await commandReply(target, 'search Lavrov'))).toContain(LOADING);
  });

  it('reports ready with the corpus figures once loaded, and answers', async () => {
    ctx = loaded;
    const { status, body } = await healthz();
    expect(status).toBe(200);
    expect(body).toMatchObject({ ready: true, briefings: 5 });
    expect(body.meetings).toBeGreaterThan(10);
    expect(joinedText(await commandReply(target, 'search Lavrov'))).toContain('Lavrov');
  });
});
