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

describe('two spellings asked with the outlets that write them', () => {
  it('are the two names in quotes, not the outlets', () => {
    const a = questionAnswer(
      "montsame spells him 'jo tae-yeol', yonhap n kbs have 'cho tae-yul' - same person?",
      briefings.ctx,
    );
    expect(a.question.people).toEqual(['jo tae-yeol', 'cho tae-yul']);
    expect(a.text).toMatch(/^Yes, most likely\b/);
  });

  it('are the names after "says both", not the outlet before it', () => {
    const a = questionAnswer('montsame says both jo tae-yeol n cho tae-yul - same person?', briefings.ctx);
    expect(a.question.people).toEqual(['jo tae-yeol', 'cho tae-yul']);
  });

  it('are asked as "the same korean guy" too', () => {
    const a = questionAnswer('jo tae-yeol vs cho tae-yul - same korean guy?', briefings.ctx);
    expect(a.text).toMatch(/^Yes, most likely\b/);
  });
});
