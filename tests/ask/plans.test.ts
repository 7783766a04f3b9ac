/**
 * Questions about what is to come (ask/question.ts, ask/answer-question.ts): "going to", "will … visit", "what's
 * next" ask for plans, answered before the meetings already held; a country after "visit" is where, not who.
 * Fixture articles of the `more` set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import type { AnswerOf, AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { memoryLogger } from '../helpers.js';

let more: AskContext;
beforeAll(async () => {
  more = await buildContext('tests/fixtures/meetings-more', memoryLogger(), () => new Date('2026-12-01T12:00:00Z'));
});

const answer = (text: string): AnswerOf<'question'> => {
  const a = ask(text, more);
  if (a.kind !== 'question') throw new Error(`not a question answer: ${a.kind}`);
  return a;
};
const PLAN =
  'Planned, not confirmed: A meeting of Claudia Sheinbaum and Bernardo Arévalo was planned in March 2025 in ' +
  'Guatemala; no briefing says it took place.';

describe('plans', () => {
  it('answers "going to" with the plan first, though the two met before', () => {
    expect(answer('is sheinbaum going to meet arévalo').text).toBe(PLAN);
  });

  it('reads a country after "visit" as where, and names whom the one person asked about was to meet', () => {
    const a = answer('will Sheinbaum visit Guatemala');
    expect(a.question.filter.in).toBe('Guatemala');
    expect(a.text).toBe(PLAN);
  });

  it('asks "what\'s next for" someone of the plans', () => {
    expect(answer("what's next for Sheinbaum").question.facets).toContain('planned');
  });
});
