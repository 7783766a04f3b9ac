/**
 * Plans asked in other words: "is the state visit going ahead?", "is the summit still on?", "any date yet?". Articles
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionFacets } from '../../src/ask/question.js';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'montevideo.txt': [
    '---\ntitle: Milei and Orsi to meet at the Mercosur summit\ndate: 2026-11-20\n---',
    'Argentine President Javier Milei will hold talks with Uruguayan President Yamandú Orsi at the Mercosur summit ' +
      'in Foz do Iguaçu on 2 December, the Casa Rosada said.',
    'Milei and Orsi last met in Buenos Aires on 14 March, when they discussed the river dredging works.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a plan asked in other words', () => {
  it('is asked by "going ahead", "still on" and "any date yet"', () => {
    for (const q of ['is the state visit to astana going ahead?', 'is the summit still on?', 'any date yet?'])
      expect(questionFacets(q)).toContain('planned');
    expect(questionFacets('did the summit go ahead?')).not.toContain('planned');
  });
});

describe('a plan asked as "going ahead"', () => {
  it('is answered with the plan', () => {
    const a = questionAnswer('is the milei orsi summit going ahead?', briefings.ctx);
    expect(a.text).toMatch(/^Planned, not confirmed: Javier Milei and Yamandú Orsi are to meet on Wed 2 Dec 2026/);
  });
});
