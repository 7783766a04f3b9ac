/**
 * A meeting a sentence reports by what the two sides did together ("A and B on Tuesday agreed to …"): read into the
 * list of meetings, placed where the briefing is filed, not where a note of the time at home names. A fixture article
 * of the blind-6 set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { fixtureContext, questionAnswer } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await fixtureContext('blind-6');
});

describe('a meeting reported by what two sides agreed', () => {
  it('is in the list of meetings, dated from "on Tuesday", placed where the briefing is filed', () => {
    const [held] = ctx.meetings.find({ with: ['Marcos', 'Scholz'], range: { from: '2024-03-01', to: '2024-03-31' } });
    expect(held?.location).toBe('Berlin');
    const a = questionAnswer('when did Marcos meet Scholz?', ctx);
    expect(a.text).toContain('on Tue 12 Mar 2024 in Berlin');
    expect(a.text).not.toContain('Manila');
  });
});
