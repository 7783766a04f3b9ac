/**
 * An office said of no country in a follow-up ("what about the king?", "did he see the president too?") is that
 * office of the country the thread's meetings were in (ask/question.ts). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contextOf as threadOf } from '../../src/ask/follow-up.js';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'amman-visit.txt': [
    '---\ntitle: Kenyan minister in Amman\ndate: 2026-03-12\n---',
    'Kenyan Foreign Minister Musalia Mudavadi held talks with Jordanian Foreign Minister Ayman Safadi in Amman on ' +
      'Wednesday on labour mobility and direct flights.',
    'Later on Wednesday, Mudavadi was received by King Abdullah II at Al Husseiniya Palace.',
  ].join('\n\n'),
  'nairobi-visit.txt': [
    '---\ntitle: Jordanian minister in Nairobi\ndate: 2025-06-20\n---',
    'Jordanian Foreign Minister Ayman Safadi called on President William Ruto at State House in Nairobi on ' +
      'Thursday, a day after talks with his Kenyan counterpart.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('an office of no country in a follow-up', () => {
  it('is the office of the country the last answer placed its meetings in', () => {
    const first = questionAnswer('where did mudavadi meet safadi?', briefings.ctx);
    expect(first.question.answeredIn).toBe('Amman');
    const a = questionAnswer('and did he see the king too?', briefings.ctx, threadOf(first.question));
    expect(a.question.people).toContain("Jordan's king");
    expect(a.text).toMatch(/^Yes: Musalia Mudavadi and Abdullah II met on Wed 11 Mar 2026/);
  });

  it('is left as asked when the thread has no place', () => {
    const first = questionAnswer('when did safadi and mudavadi meet?', briefings.ctx);
    const a = questionAnswer(
      'did he see the king too?',
      briefings.ctx,
      threadOf({ ...first.question, answeredIn: undefined }),
    );
    expect(a.question.people.some((p) => /jordan/i.test(p))).toBe(false);
  });
});
