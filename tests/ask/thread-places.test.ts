/**
 * A follow-up that asks where ("where was the first of those?") is not bound to the place the thread's last question
 * named ("…, counting madrid?"): the place is what it asks. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../src/ask/follow-up.js';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'madrid.txt': [
    '---\ntitle: Portuguese and Spanish ministers meet in Madrid\ndate: 2025-02-12\n---',
    'Portuguese Foreign Minister Paulo Rangel held talks with Spanish Foreign Minister José Manuel Albares in Madrid ' +
      'on Tuesday on water sharing along the Tagus.',
    'The two ministers also discussed the high-speed rail link between the two capitals and agreed on a timetable.',
  ].join('\n\n'),
  'lisbon.txt': [
    '---\ntitle: Albares in Lisbon\ndate: 2024-10-10\n---',
    'Spanish Foreign Minister José Manuel Albares was received in Lisbon on Wednesday by his Portuguese counterpart ' +
      'Paulo Rangel, who took office in April.',
    'They discussed fisheries quotas, the border bridges on the Guadiana and the joint bid to host a football cup.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a follow-up that asks where', () => {
  it('asks of every meeting the thread counted, not of the place its last question named', () => {
    const first = questionAnswer('how many times have rangel and albares met, counting madrid?', briefings.ctx);
    const a = questionAnswer('where was the first of those?', briefings.ctx, contextOf(first.question));
    expect(a.text).toMatch(/\bLisbon\b/);
    expect(a.text).not.toMatch(/\bMadrid\b/);
  });
});
