/** Which way a Slack request goes, and what a failure to share means: the pure functions the listeners call. */
import { describe, expect, it } from 'vitest';
import { CANNOT_POST, SHARE_FAILED } from '../../src/ask/messages.js';
import {
  answersMentionsIn,
  directMessageFiles,
  directMessageText,
  routeBrief,
  shareFailure,
} from '../../src/slack/route.js';

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

describe('routeBrief remove', () => {
  it('sends `remove <id>` to be removed, and `remove` alone to say which', () => {
    expect(routeBrief('remove talks-in-baku')).toEqual({ kind: 'remove', id: 'talks-in-baku' });
    expect(routeBrief(' Remove 001 ')).toEqual({ kind: 'remove', id: '001' });
    expect(routeBrief('remove')).toEqual({ kind: 'remove', id: '' });
  });

  it('answers `remove` followed by several words as a search', () => {
    expect(routeBrief('remove sanctions on Iran')).toEqual({ kind: 'ask', text: 'remove sanctions on Iran' });
  });
});

describe('answersMentionsIn', () => {
  it('answers everywhere while BRIEFBOT_CHANNELS is empty', () => {
    expect(answersMentionsIn([], 'C9')).toBe(true);
  });

  it('answers only in the channels listed, and in DMs always', () => {
    expect(answersMentionsIn(['C1', 'G2'], 'C1')).toBe(true);
    expect(answersMentionsIn(['C1', 'G2'], 'G2')).toBe(true);
    expect(answersMentionsIn(['C1'], 'C2')).toBe(false);
    expect(answersMentionsIn(['C1'], 'D7')).toBe(true);
  });
});

describe('direct messages in group DMs, and files shared', () => {
  it('reads a group DM (mpim) as a DM', () => {
    expect(directMessageText({ channel_type: 'mpim', text: 'search Lavrov' })).toBe('search Lavrov');
  });

  it('gives the files of a file_share message in a DM or a group DM, none elsewhere', () => {
    const files = [{ id: 'F1', name: 'a.pdf', size: 10, url_private_download: 'https://files.slack.com/x' }];
    expect(directMessageFiles({ channel_type: 'im', subtype: 'file_share', files })).toEqual(files);
    expect(directMessageFiles({ channel_type: 'mpim', subtype: 'file_share', files })).toEqual(files);
    expect(directMessageFiles({ channel_type: 'channel', subtype: 'file_share', files })).toEqual([]);
    expect(directMessageFiles({ channel_type: 'im', files })).toEqual([]);
    expect(directMessageFiles({ channel_type: 'im', subtype: 'file_share', bot_id: 'B1', files })).toEqual([]);
  });

  it('keeps of each file only what briefbot reads, and leaves out what is not a file', () => {
    const files = [{ id: 'F1', name: null, size: 3, preview: 'x' }, { name: 'no id' }, 'F2', null];
    expect(directMessageFiles({ channel_type: 'im', subtype: 'file_share', files })).toEqual([{ id: 'F1', size: 3 }]);
  });
});
