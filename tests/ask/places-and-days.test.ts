/**
 * Where and when, said cleanly (ask/answer-question.ts, ask/question.ts): a place as a sentence ended it, a venue typed
 * in lower case, and a plan of one person with no date. Fixture articles of the blind-9 set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { fixtureContext, questionAnswer } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await fixtureContext('blind-9');
});

describe('where and when, said cleanly', () => {
  it('says a place without the full stop a sentence ended it with', () => {
    expect(questionAnswer('where did Abinader receive Rubio', ctx).text).toMatch(
      /^Luis Abinader met Marco Rubio in Santo Domingo \(/,
    );
  });

  it('reads a venue typed in lower case with hyphens as a venue, not a person', () => {
    const a = questionAnswer('when did noboa meet trump at mar-a-lago', ctx);
    expect(a.question.people).toEqual(['noboa', 'trump']);
    expect(a.question.filter.at).toBe('mar-a-lago');
  });

  it('says when one person is to arrive where asked, from the programme of the trip', () => {
    // The talks planned give no date; the programme's "Wednesday, February 7 - Arrival in Canberra" does.
    const a = questionAnswer('when is Marape going to Canberra', ctx);
    expect(a.text).toContain('Wed 7 Feb 2024 in Canberra');
    expect(a.text).toMatch(/^Planned, not confirmed: James Marape/);
  });
});
