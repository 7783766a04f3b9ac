/**
 * "Is Jo Tae-yeol the same guy as Cho Tae-yul?": a Korean name in two romanisations, as two briefings write it, is
 * "Yes, most likely" one person when nothing the briefings say of them differs. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'ulaanbaatar.txt': [
    '---\ntitle: Mongolia and Korea talk minerals\ndate: 2024-08-27\n---',
    'Mongolian Foreign Minister Battsetseg Batmunkh held talks with South Korean Foreign Minister Jo Tae-yeol in ' +
      'Ulaanbaatar on Monday.',
    'The ministers discussed critical minerals, labour mobility and direct flights between the two capitals.',
  ].join('\n\n'),
  'seoul.txt': [
    '---\ntitle: Korea and Kazakhstan review ties\ndate: 2024-06-12\n---',
    'South Korean Foreign Minister Cho Tae-yul received Kazakh Foreign Minister Murat Nurtleu in Seoul on Tuesday.',
    'The two sides discussed uranium supply, a new air route and the Korea-Central Asia summit planned for next year.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('one name written two ways', () => {
  it('is one person in two romanisations of Korean', () => {
    const a = questionAnswer('is jo tae-yeol the same guy as cho tae-yul?', briefings.ctx);
    expect(a.text).toMatch(/^Yes, most likely\b/);
  });
});
