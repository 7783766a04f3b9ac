/** Which way a Slack request goes, and what a failure to share means: the pure functions the listeners call. */
import { describe, expect, it } from 'vitest';
import { CANNOT_POST, SHARE_FAILED } from '../../src/ask/messages.js';
import { directMessageText, routeBrief, shareFailure } from '../../src/slack/route.js';

describe('routeBrief', () => {
  it('sends `digest …` (any case, leading spaces) to the digest settings with what follows', () => {
    expect(routeBrief('digest on 08:30')).toEqual({ kind: 'digest', text: ' on 08:30' });
    expect(routeBrief('  Digest')).toEqual({ kind: 'digest', text: '' });
    expect(routeBrief('DIGEST status')).toEqual({ kind: 'digest', text: ' status' });
  });

  it('sends `meetings … csv` and `timeline … csv` to the CSV export, the command without its `csv`', () => {
    expect(routeBrief('meetings with Russia csv')).toEqual({ kind: 'csv', text: 'meetings with Russia' });
    expect(routeBrief(' timeline   Lavrov  CSV ')).toEqual({ kind: 'csv', text: 'timeline Lavrov' });
    expect(routeBrief('meetings csv')).toEqual({ kind: 'csv', text: 'meetings' });
    expect(routeBrief('search csv')).toEqual({ kind: 'ask', text: 'search csv' });
    expect(routeBrief('meetings with csv files')).toEqual({ kind: 'ask', text: 'meetings with csv files' });
  });

  it('sends anything else, whole, to be answered', () => {
    expect(routeBrief('search digest')).toEqual({ kind: 'ask', text: 'search digest' });
    expect(routeBrief('digests of 2024')).toEqual({ kind: 'ask', text: 'digests of 2024' });
    expect(routeBrief('')).toEqual({ kind: 'ask', text: '' });
  });
});

describe('shareFailure', () => {
  it('asks to invite briefbot when it may not post in the channel, and logs nothing', () => {
    expect(shareFailure({ cannotPost: 'not_in_channel' })).toEqual({ notice: CANNOT_POST });
  });

  it('says sharing failed, and logs the reason and cause, otherwise', () => {
    const cause = new Error('boom');
    expect(shareFailure({ failed: 'msg_too_long' })).toEqual({ notice: SHARE_FAILED, log: { reason: 'msg_too_long' } });
    expect(shareFailure({ failed: 'boom', cause })).toEqual({ notice: SHARE_FAILED, log: { reason: 'boom', cause } });
  });
});

describe('directMessageText', () => {
  it('is the text of a person’s own new message in an IM', () => {
    expect(directMessageText({ channel_type: 'im', text: 'search Lavrov' })).toBe('search Lavrov');
  });

  it('is undefined for a channel message, an edit, a bot’s post, or no text', () => {
    expect(directMessageText({ channel_type: 'channel', text: 'x' })).toBeUndefined();
    expect(directMessageText({ channel_type: 'im', subtype: 'message_changed', text: 'x' })).toBeUndefined();
    expect(directMessageText({ channel_type: 'im', bot_id: 'B1', text: 'x' })).toBeUndefined();
    expect(directMessageText({ channel_type: 'im', text: '' })).toBeUndefined();
    expect(directMessageText({ channel_type: 'im' })).toBeUndefined();
  });
});
