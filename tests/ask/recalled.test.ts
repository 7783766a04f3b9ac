/**
 * What was said at a meeting a briefing only recalls beside another it reports (ask/said.ts): the sentences around
 * it are of the other meeting, so the answer is that the briefings do not say; unless the recalling sentence itself
 * says what came of it. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'bishkek-talks.txt': [
    '---\ntitle: Kyrgyz president receives Tajik foreign minister\ndate: 2025-05-22\n---',
    'President Sadyr Japarov received Tajik Foreign Minister Sirojiddin Muhriddin in Bishkek on Wednesday and ' +
      'discussed the demarcation of the border and water sharing on the Isfara river. Japarov recalled his telephone ' +
      'conversation with President Emomali Rahmon on 2 May and asked the minister to convey his greetings.',
    'Both sides agreed to open two more crossing points before the autumn.',
    'Japarov and Rahmon last met in Khujand in March, when they signed the border treaty.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a meeting only recalled', () => {
  it('has nothing said of it when the sentences around it are of the other meeting', () => {
    const a = questionAnswer('what did japarov and rahmon discuss on their may 2 call', briefings.ctx);
    expect(a.text).toBe('The briefings do not say what Sadyr Japarov and Emomali Rahmon discussed.');
  });

  it('keeps what its own sentence says came of it', () => {
    const a = questionAnswer('what did japarov and rahmon agree in khujand', briefings.ctx);
    expect(a.text).toContain('signed the border treaty');
  });

  it('leaves the meeting the briefing reports its own words', () => {
    const a = questionAnswer('what did japarov and muhriddin discuss', briefings.ctx);
    expect(a.text).toContain('crossing points');
  });
});
