/**
 * A meeting a sentence reports by what the two sides did together ("A and B on Tuesday agreed to …"), when the list
 * of meetings does not hold it (ask/passages.ts). A fixture article of the blind-6 set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTED_NOTE } from '../../src/ask/messages.js';
import type { AskContext } from '../../src/ask/types.js';
import { fixtureContext, questionAnswer } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await fixtureContext('blind-6');
});

describe('a meeting reported by what two sides agreed', () => {
  it('is answered, dated from "on Tuesday", placed where the briefing is filed, and said to be read there', () => {
    expect(ctx.meetings.find({ with: ['Marcos', 'Scholz'] })).toEqual([]);
    const a = questionAnswer('when did Marcos meet Scholz?', ctx);
    expect(a.text).toBe(`Ferdinand Marcos Jr met Olaf Scholz on Tue 12 Mar 2024 in Berlin. ${REPORTED_NOTE}`);
    expect(a.citations.map((c) => c.file)).toEqual(['f-inquirer-marcos-berlin.txt']);
  });
});
