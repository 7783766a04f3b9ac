/**
 * "And is Ouattara coming to Ghana?" asked in a thread is a plan asked as much as it is alone: a question that opens
 * with "and" is still read for the future its words ask ("coming", "still on"), and a visit planned answers it, not a
 * meeting held there months before. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { thread, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'accra.txt': [
    '---\ntitle: Ghana and Cote d Ivoire deepen ties\ndate: 2026-01-21\n---',
    'Ivorian President Alassane Ouattara received Ghanaian Foreign Minister Samuel Okudzeto Ablakwa in Abidjan on ' +
      'Monday.',
    'On Tuesday, Ouattara stopped over in Accra, where he held talks with Ghanaian President John Mahama.',
    'President Ouattara is expected to pay a state visit to Ghana in March, the Ghanaian foreign ministry said.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a plan asked in a thread', () => {
  it('is read as a plan after "and …"', () => {
    const [, a] = thread(briefings.ctx, 'who did ablakwa see in abidjan?', 'and is ouattara coming to ghana?');
    expect(a).toMatch(/^Planned, not confirmed: .*Ouattara.* Ghana.* March 2026/);
  });
});
