/**
 * Questions about what is to come (ask/question.ts, ask/answer-question.ts): "going to", "will … visit", "what's
 * next" ask for plans, answered before the meetings already held; a country after "visit" is where, not who.
 * Fixture articles of the `more` set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { fixtureContext, questionAnswer } from '../helpers.js';

let more: AskContext;
beforeAll(async () => {
  more = await fixtureContext('more');
});

const PLAN =
  'Planned, not confirmed: A meeting of Claudia Sheinbaum and Bernardo Arévalo was planned in March 2025 in ' +
  'Guatemala; no briefing says it took place.';

describe('plans', () => {
  it('answers "going to" with the plan first, though the two met before', () => {
    expect(questionAnswer('is sheinbaum going to meet arévalo', more).text).toBe(PLAN);
  });

  it('reads a country after "visit" as where, and names whom the one person asked about was to meet', () => {
    const a = questionAnswer('will Sheinbaum visit Guatemala', more);
    expect(a.question.filter.in).toBe('Guatemala');
    expect(a.text).toBe(PLAN);
  });

  it('asks "what\'s next for" someone of the plans', () => {
    expect(questionAnswer("what's next for Sheinbaum", more).question.facets).toContain('planned');
  });
});
