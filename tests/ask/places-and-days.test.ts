/**
 * Where and when, said cleanly (ask/answer-question.ts, ask/question.ts): a place as a sentence ended it, a venue typed
 * in lower case, and a plan of one person with no date. Fixture articles of the blind-9 set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import type { AnswerOf, AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { memoryLogger } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await buildContext('tests/fixtures/meetings-blind-9', memoryLogger(), () => new Date('2026-12-01T12:00:00Z'));
});

const answer = (text: string): AnswerOf<'question'> => {
  const a = ask(text, ctx);
  if (a.kind !== 'question') throw new Error(`not a question answer: ${a.kind}`);
  return a;
};

describe('where and when, said cleanly', () => {
  it('says a place without the full stop a sentence ended it with', () => {
    expect(answer('where did Abinader receive Rubio').text).toMatch(
      /^Luis Abinader met Marco Rubio in Santo Domingo \(/,
    );
  });

  it('reads a venue typed in lower case with hyphens as a venue, not a person', () => {
    const a = answer('when did noboa meet trump at mar-a-lago');
    expect(a.question.people).toEqual(['noboa', 'trump']);
    expect(a.question.filter.at).toBe('mar-a-lago');
  });

  it('says with whom one person is to meet when the briefings give the plan no date', () => {
    expect(answer('when is Marape going to Canberra').text).toMatch(
      /^The briefings do not say when James Marape is to meet \S.*: the article gives no date\.$/,
    );
  });
});
