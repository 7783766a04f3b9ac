/**
 * "She and her counterpart had a “frank and productive” conversation when they met in …": a conversation had,
 * with the words in quotes before it, is a meeting. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './unseen-helpers.js';

const ARTICLE = [
  'Prime Minister Mia Mottley says she and her Guyanese counterpart Mark Phillips had a "candid and useful" ' +
    'conversation when they met in Bridgetown on Friday, ahead of the regional energy ministers meeting.',
  'The two leaders talked about gas supplies from Guyana to Barbados and about ferry links across the region, she ' +
    'told reporters at the airport.',
].join('\n\n');

describe('a conversation had', () => {
  it('is a meeting of the two, quotes and all', () => {
    expect(pairs(ARTICLE, '2025-04-14')).toContainEqual(
      expect.stringMatching(/Mark Phillips.*Mia Mottley|Mia Mottley.*Mark Phillips/),
    );
  });

  it('is a meeting when said plainly too', () => {
    const plain = ARTICLE.replace('a "candid and useful" conversation', 'a long conversation');
    expect(pairs(plain, '2025-04-14')).toContainEqual(
      expect.stringMatching(/Mark Phillips.*Mia Mottley|Mia Mottley.*Mark Phillips/),
    );
  });
});
