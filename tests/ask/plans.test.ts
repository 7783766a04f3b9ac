/**
 * Questions about what is to come (ask/question.ts, ask/answer-question.ts): "going to", "will … visit", "what's
 * next" ask for plans, answered before the meetings already held; a country after "visit" is where, not who.
 * Fixture articles of the `more` set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { briefingsContext, fixtureContext, questionAnswer } from '../helpers.js';

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

  it("quotes the briefing's words for a part of the year a plan is for, which its date cannot say", async () => {
    const briefings = await briefingsContext({
      'brasilia.md': [
        '---\ntitle: Lula receives Uruguayan minister\ndate: 2025-04-10\n---',
        'President Luiz Inácio Lula da Silva received Uruguayan Foreign Minister Mario Lubetkin at the Planalto ' +
          'Palace on Wednesday. Lula confirmed that he intends to make an official visit to Uruguay in the second ' +
          'half of the year; the date will be set by the two foreign ministries.',
      ].join('\n\n'),
    });
    try {
      expect(questionAnswer('is lula going to uruguay? any date yet?', briefings.ctx).text).toContain(
        'in 2025 (“the second half of the year”)',
      );
    } finally {
      await briefings.remove();
    }
  });

  it('asks "what\'s next for" someone of the plans', () => {
    expect(questionAnswer("what's next for Sheinbaum", more).question.facets).toContain('planned');
  });
});
