/**
 * "… held a separate meeting with B, focusing on the meetings C is expected to attend this year": the plan in the
 * clause that tells what a meeting was about is not the meeting's; it was held, on the day the sentence gives.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

const ARTICLE = [
  'ACCRA, 12 June 2025 - Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held talks with Senegalese Foreign ' +
    'Minister Yassine Fall in Accra on Tuesday on trade across the region.',
  'On the same day, Fall held a separate meeting with Finance Minister Cassiel Ato Forson, focusing on a regional ' +
    'payment system the two countries are expected to launch this year.',
].join('\n\n');

describe('a plan in the clause that tells what a meeting was about', () => {
  it('leaves the meeting held, on the day of the meeting before it', () => {
    const rows = rowsOf(meetingsOf(ARTICLE, '2025-06-12'), true);
    expect(rows).toContainEqual(expect.stringMatching(/Cassiel Ato Forson \+ Yassine Fall · 2025-06-10/));
    const forson = meetingsOf(ARTICLE, '2025-06-12').find((m) =>
      m.participants.some((p) => /Forson/.test(p.name ?? '')),
    );
    expect(forson?.status).toBe('held');
  });
});
