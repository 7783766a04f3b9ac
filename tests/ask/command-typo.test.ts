import { beforeAll, describe, expect, it } from 'vitest';
import { ask, isKnownWord } from '../../src/ask/answer.js';
import { misspeltCommand } from '../../src/ask/command-typo.js';
import { didYouMean } from '../../src/ask/messages.js';
import type { AskContext } from '../../src/ask/types.js';
import { buildAnswerMessage } from '../../src/render/blocks.js';
import { renderText, STAR_BOLD } from '../../src/render/text.js';
import { privateAnswer } from '../../src/slack/handlers.js';
import { closestWord } from '../../src/text/closest.js';
import { contextOf, SEEDS } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

const nothingKnown = (): boolean => false;

describe('closestWord', () => {
  it('finds the nearest candidate 1 or 2 edits away, never the word itself nor a word mostly changed', () => {
    expect(closestWord('serach', ['search', 'sources'])).toBe('search');
    expect(closestWord('JSNO', ['corpus', 'json'])).toBe('json');
    expect(closestWord('search', ['search', 'sources'])).toBeUndefined();
    expect(closestWord('x', ['tz'])).toBeUndefined();
    expect(closestWord('frobnicate', ['search', 'sources'])).toBeUndefined();
    expect(closestWord('sourcee', ['sources', 'source'])).toBe('sources');
    expect(closestWord('serach', ['search'], 1)).toBeUndefined();
  });
});

describe('misspeltCommand', () => {
  it('takes a first word a letter or two off a command for that command', () => {
    expect(misspeltCommand('serach Lavrov', nothingKnown)).toEqual({ meant: 'search Lavrov', wordTypo: true });
    expect(misspeltCommand('meetngs with Russia', nothingKnown)?.meant).toBe('meetings with Russia');
    expect(misspeltCommand('Timline Lavrov', nothingKnown)?.meant).toBe('timeline Lavrov');
    expect(misspeltCommand('sorce 001', nothingKnown)?.meant).toBe('source 001');
    expect(misspeltCommand('digets now', nothingKnown)?.meant).toBe('digest now');
  });

  it('takes a slash word near /brief for /brief, and what follows it as typed or as its command', () => {
    expect(misspeltCommand('/breif help', nothingKnown)).toEqual({ meant: 'help', wordTypo: false });
    expect(misspeltCommand('/brif serach x', nothingKnown)).toEqual({ meant: 'search x', wordTypo: false });
    expect(misspeltCommand('/quit', nothingKnown)).toBeUndefined();
  });

  it('leaves commands, short words, words with other characters, far words and known words as typed', () => {
    for (const text of ['search Lavrov', 'help', 'sources', 'Lavrov', 'hep', 'sear4h x', 'Helga Schmid', 'and where?'])
      expect(misspeltCommand(text, nothingKnown)).toBeUndefined();
    expect(misspeltCommand('serach Lavrov', (w) => w === 'serach')).toBeUndefined();
  });
});

describe('a mistyped command, asked', () => {
  it('answers "/brief serach Lavrov" with "did you mean", in the console and in Slack', () => {
    const message = didYouMean('search Lavrov', 'serach Lavrov', true);
    expect(message).toBe(
      'Did you mean `/brief search Lavrov`? To search for the words as typed: `/brief search serach Lavrov`.',
    );
    expect(ask('/brief serach Lavrov', ctx)).toMatchObject({ kind: 'error', message });
    expect(renderText(ask('serach Lavrov', ctx), STAR_BOLD)).toBe(`! ${message}`);
    expect(JSON.stringify(privateAnswer('serach Lavrov', ctx).blocks)).toContain(
      'Did you mean `/brief search Lavrov`?',
    );
    expect(ask('/breif help', ctx)).toMatchObject({ kind: 'error', message: 'Did you mean `/brief help`?' });
    expect(buildAnswerMessage(ask('/breif help', ctx), { interactive: false }).text).toContain('Did you mean');
  });

  it('still searches English words, names and terms of the briefings, and answers questions', () => {
    for (const word of ['hello', 'held', 'searches', 'Sharif', 'Kyrgyz', 'SCO'])
      expect(isKnownWord(ctx, word)).toBe(true);
    expect(isKnownWord(ctx, 'serach')).toBe(false);
    expect(ask('hello Lavrov', ctx).kind).toBe('search');
    expect(ask('Lavrov', ctx).kind).toBe('search');
    expect(ask('search serach Lavrov', ctx).kind).toBe('search');
    expect(ask('When did Qureshi meet Lavrov?', ctx).kind).toBe('question');
  });
});
