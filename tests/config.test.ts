import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

describe('loadConfig', () => {
  it('runs the console with no tokens, on the seeds, with port 3000', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      value: {
        mode: 'console',
        port: 3000,
        corpusDir: './seeds',
        dbPath: './data/briefbot.db',
        snapshotPath: 'data/snapshot.bin',
        editors: [],
        channels: [],
      },
    });
  });

  it('reads the editors as trimmed Slack user ids, and explains a list that holds something else', () => {
    expect(loadConfig({ BRIEFBOT_EDITORS: ' U012AB3CD , W045EF6GH,' })).toMatchObject({
      value: { editors: ['U012AB3CD', 'W045EF6GH'] },
    });
    expect(loadConfig({ BRIEFBOT_EDITORS: '  ' })).toMatchObject({ value: { editors: [] } });
    const r = loadConfig({ BRIEFBOT_EDITORS: 'U012AB3CD,@ana' });
    expect(!r.ok && r.error).toEqual([
      expect.stringMatching(/^BRIEFBOT_EDITORS must list Slack user ids separated by commas.*"@ana" is not one/),
    ]);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '  ', PORT: '' })).toMatchObject({
      value: { mode: 'console' },
    });
  });

  it('selects Socket Mode with a bot token and an app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({
      value: { mode: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1' },
    });
  });

  it('selects HTTP mode with a bot token and a signing secret, on PORT', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })).toMatchObject({
      value: { mode: 'http', signingSecret: SECRET, port: 8080 },
    });
  });

  it('points the Web API client at SLACK_API_URL, with a trailing slash', () => {
    expect(loadConfig({ SLACK_API_URL: 'https://slack-gov.com/api' })).toMatchObject({
      value: { slackApiUrl: 'https://slack-gov.com/api/' },
    });
  });

  it('lists every problem at once, each saying what to set', () => {
    const r = loadConfig({
      SLACK_BOT_TOKEN: 'xoxp-user',
      SLACK_APP_TOKEN: 'abc',
      PORT: '99999',
      SLACK_API_URL: 'not a url',
    });
    expect(!r.ok && r.error).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must be a bot token starting with xoxb-/),
      expect.stringMatching(/^SLACK_APP_TOKEN must be an app-level token starting with xapp-/),
      expect.stringMatching(/^PORT must be a port number from 1 to 65535/),
      expect.stringMatching(/^SLACK_API_URL must be an http\(s\) URL/),
    ]);
    const both = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: 'abc' });
    expect(!both.ok && both.error).toEqual([
      expect.stringMatching(/^PORT/),
      expect.stringMatching(/neither SLACK_APP_TOKEN/),
    ]);
  });

  it('explains a bot token without an app token or signing secret', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(!r.ok && r.error[0]).toMatch(
      /neither SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET \(HTTP mode\)/,
    );
  });

  it('takes the database path and a default digest timezone, and refuses a timezone that is not one', () => {
    expect(loadConfig({ BRIEFBOT_DB: '/tmp/b.db', BRIEFBOT_TZ: 'Asia/Karachi' })).toMatchObject({
      value: { dbPath: '/tmp/b.db', timezone: 'Asia/Karachi' },
    });
    const r = loadConfig({ BRIEFBOT_TZ: 'Mars/Olympus' });
    expect(!r.ok && r.error[0]).toMatch(/^BRIEFBOT_TZ must be an IANA timezone/);
  });

  it('explains an app token without a bot token', () => {
    const r = loadConfig({ SLACK_APP_TOKEN: 'xapp-1' });
    expect(!r.ok && r.error[0]).toMatch(/SLACK_BOT_TOKEN is not set, but SLACK_APP_TOKEN is/);
  });

  it('reads BRIEFBOT_EDITORS and BRIEFBOT_CHANNELS as lists of Slack ids, trimmed, empty items and repeats dropped', () => {
    expect(
      loadConfig({ BRIEFBOT_EDITORS: ' U012AB3CD, W045EF6GH ,U012AB3CD,', BRIEFBOT_CHANNELS: 'C1AB,G2CD' }),
    ).toMatchObject({
      value: { editors: ['U012AB3CD', 'W045EF6GH'], channels: ['C1AB', 'G2CD'] },
    });
    expect(loadConfig({ BRIEFBOT_EDITORS: '  ', BRIEFBOT_CHANNELS: '' })).toMatchObject({
      value: { editors: [], channels: [] },
    });
  });

  it('says which of BRIEFBOT_EDITORS and BRIEFBOT_CHANNELS are not Slack ids, and where to find them', () => {
    const r = loadConfig({ BRIEFBOT_EDITORS: 'ana, U012AB3CD', BRIEFBOT_CHANNELS: '#general' });
    expect(!r.ok && r.error).toEqual([
      expect.stringMatching(/^BRIEFBOT_EDITORS must list Slack user ids .* "ana" is not one \(.*Copy member ID\)$/),
      expect.stringMatching(/^BRIEFBOT_CHANNELS must list Slack channel ids .* "#general" is not one \(.*details/),
    ]);
  });
});
