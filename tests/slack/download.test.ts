/** Downloading a Slack file: the bot token only to Slack, tries again as the policy says, never past the size. */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadSlackFile, isSlackUrl } from '../../src/slack/download.js';
import { TEST_RETRY } from './harness.js';

const URL_ = 'https://files.slack.com/files-pri/T1-F1/download/a.txt';
const deps = { fetch: (...args: Parameters<typeof fetch>) => fetch(...args), token: 'xoxb-t', policy: TEST_RETRY };
const sleeps: number[] = [];
const sleep = async (ms: number): Promise<void> => {
  sleeps.push(ms);
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  sleeps.length = 0;
});
afterAll(() => nock.enableNetConnect());

describe('isSlackUrl', () => {
  it('is true for Slack’s and GovSlack’s https hosts, and the host of SLACK_API_URL', () => {
    expect(isSlackUrl(URL_)).toBe(true);
    expect(isSlackUrl('https://files.slack-gov.com/x')).toBe(true);
    expect(isSlackUrl('http://127.0.0.1:9/files/x', 'http://127.0.0.1:9/api/')).toBe(true);
  });

  it('is false for any other host, plain http, or no URL', () => {
    expect(isSlackUrl('https://evil.example/slack.com')).toBe(false);
    expect(isSlackUrl('https://slack.com.evil.example/x')).toBe(false);
    expect(isSlackUrl('http://files.slack.com/x')).toBe(false);
    expect(isSlackUrl('not a url')).toBe(false);
  });
});

describe('downloadSlackFile', () => {
  it('sends the bot token, and tries again after a 503 and a 429’s Retry-After', async () => {
    const auth: string[] = [];
    nock('https://files.slack.com')
      .get('/files-pri/T1-F1/download/a.txt')
      .reply(503)
      .get('/files-pri/T1-F1/download/a.txt')
      .reply(429, '', { 'Retry-After': '2' })
      .get('/files-pri/T1-F1/download/a.txt')
      .reply(function () {
        auth.push(String(this.req.headers.authorization));
        return [200, 'Talks in Baku'];
      });
    const got = await downloadSlackFile({ ...deps, sleep }, URL_, 100);
    expect(got).toEqual({ ok: true, value: Buffer.from('Talks in Baku') });
    expect(auth).toEqual(['Bearer xoxb-t']);
    expect(sleeps).toEqual([0, 2000]);
  });

  it('does not send the token to a host that is not Slack’s', async () => {
    const elsewhere = nock('https://example.org').get('/a.txt').reply(200, 'x');
    expect(await downloadSlackFile({ ...deps, sleep }, 'https://example.org/a.txt', 100)).toEqual({
      ok: false,
      error: { failed: 'the file is not kept on Slack' },
    });
    expect(elsewhere.isDone()).toBe(false);
  });

  it('stops at the size it takes, whether the answer says its length or not', async () => {
    nock('https://files.slack.com')
      .get('/files-pri/T1-F1/download/a.txt')
      .reply(200, 'x'.repeat(200), { 'Content-Length': '200' });
    expect(await downloadSlackFile({ ...deps, sleep }, URL_, 100)).toEqual({ ok: false, error: { tooLarge: 200 } });
  });

  it('gives up after the policy’s tries, saying why', async () => {
    nock('https://files.slack.com').get('/files-pri/T1-F1/download/a.txt').times(4).reply(500);
    expect(await downloadSlackFile({ ...deps, sleep }, URL_, 100)).toEqual({
      ok: false,
      error: { failed: 'HTTP 500' },
    });
  });
});
