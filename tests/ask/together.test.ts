/**
 * "Did the trilat happen?", "did the three meet together?": meetings of one of them with each of the others apart are
 * no meeting of them all, and the answer says so before it lists them; without such words, meetings apart answer the
 * question. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const briefings = useBriefings({
  'vientiane.txt': [
    '---\ntitle: Korean minister holds talks on ASEAN sidelines\ndate: 2025-07-11\n---',
    'South Korean Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Vientiane on Thursday ' +
      'on the sidelines of the ASEAN meetings.',
    'On Friday Cho held separate talks with Chinese Foreign Minister Wang Yi in the same city, on trade and the ' +
      'situation on the Korean peninsula.',
  ].join('\n\n'),
});

describe('a meeting of three asked', () => {
  it('is a No when they met only two by two, with the meetings apart', () => {
    const a = questionAnswer('did cho, iwaya and wang yi hold a trilat in vientiane?', briefings.ctx);
    expect(a.text).toMatch(/^No: the briefings report no meeting of Cho Hyun, Takeshi Iwaya and Wang Yi together; /);
    expect(a.text).toContain('Takeshi Iwaya on Thu 10 Jul 2025 in Vientiane');
    expect(a.text).toContain('Wang Yi on Fri 11 Jul 2025 in Vientiane');
  });

  it('is answered with the meetings apart when the question asks of no meeting of them all', () => {
    const a = questionAnswer('did cho meet iwaya and wang yi in vientiane?', briefings.ctx);
    expect(a.text).toMatch(/^Yes, each apart: /);
  });
});
