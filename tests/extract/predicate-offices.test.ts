/**
 * "Fidan was the first foreign minister to sit down with …": an office said after "was the first" is who the one
 * before it was, not another person of that office in the article. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './unseen-helpers.js';

const ARTICLE = [
  'ACCRA: Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held talks with his Senegalese counterpart Yassine Fall ' +
    'in Accra on Tuesday on regional security and trade across the Sahel.',
  'The two sides agreed to revive their joint commission, which last met in Dakar several years ago, and to ' +
    'work together on the return of migrants stranded in Libya.',
  'Dakar has since become a voice for dialogue with the juntas. Fall was the first foreign minister to sit down ' +
    'with Captain Ibrahim Traoré in Ouagadougou, in January, weeks after the new government took office.',
].join('\n\n');

describe('an office after "was the first"', () => {
  it('is who the subject was: the meeting is hers, not the other foreign minister’s', () => {
    const found = pairs(ARTICLE, '2025-06-12');
    expect(found).toContainEqual(expect.stringMatching(/Ibrahim Traoré.*Yassine Fall|Yassine Fall.*Ibrahim Traoré/));
    expect(found.some((p) => /Ablakwa/.test(p) && /Traoré/.test(p))).toBe(false);
  });
});
