import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADD_SHORTCUT, BOT_EVENTS, BOT_SCOPES, BRIEF_COMMAND } from '../src/slack/app.js';
import { ENV_VARIABLES } from '../src/config.js';

const manifest = parse(readFileSync('manifest.yml', 'utf8'));

describe('manifest.yml', () => {
  it('declares the slash command the code answers', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([BRIEF_COMMAND]);
  });

  it('subscribes to the events the app listens to and enables interactivity and Socket Mode', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(BOT_EVENTS);
    expect(BOT_EVENTS).toEqual(['app_mention', 'message.im', 'message.mpim', 'app_home_opened']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for the scopes the code uses: commands, posting, mentions and DMs, DMs opened, users read, files', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(Object.keys(BOT_SCOPES)));
    expect(Object.keys(BOT_SCOPES)).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'app_mentions:read',
        'im:history',
        'im:write',
        'users:read',
        'channels:history',
        'groups:history',
        'mpim:history',
        'files:write',
        'files:read',
      ]),
    );
  });

  it('declares the message shortcut Add to briefings with the callback id the app listens to', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ name: 'Add to briefings', type: 'message', callback_id: ADD_SHORTCUT }),
    ]);
  });

  it('points commands, events and interactions at /slack/events', () => {
    const urls = [
      manifest.features.slash_commands[0].url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
  });
});

describe('.env.example and README', () => {
  const example = readFileSync('.env.example', 'utf8');
  const readme = readFileSync('README.md', 'utf8');
  it.each(ENV_VARIABLES)('documents %s', (name) => {
    expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(readme).toContain(`\`${name}\``);
  });
});

describe('README "where things live"', () => {
  it('names every folder and top-level file of src/', async () => {
    const { readdirSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    for (const entry of readdirSync('src', { withFileTypes: true })) {
      expect(readme).toContain(`\`src/${entry.name}${entry.isDirectory() ? '/' : ''}\``);
    }
  });
});
