/**
 * Questions of a group by its offices' initials ("which FMs sat in …"), of regions that name no one ("the central
 * asia ministerial"), and of a month said without its year ("in may") when the briefings' newest year is not the one
 * the people asked met in. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'bishkek-ministerial.txt': [
    '---\ntitle: Foreign ministers of Central Asia meet in Bishkek\ndate: 2024-05-17\n---',
    'Kyrgyz Foreign Minister Jeenbek Kulubaev hosted Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign ' +
      'Minister Bakhtiyor Saidov in Bishkek on Thursday for a meeting of the region’s foreign ministers on water, ' +
      'transit routes and border crossings.',
    'The ministers agreed to meet again in the autumn.',
  ].join('\n\n'),
  'lima-talks.txt': [
    '---\ntitle: Peru and Chile review border agenda\ndate: 2025-05-09\n---',
    'Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren in Lima on Thursday ' +
      'and discussed migration at the Chacalluta crossing and a new port agreement.',
  ].join('\n\n'),
  'later-news.txt': [
    '---\ntitle: Ministers of Ghana and Togo talk trade\ndate: 2026-07-07\n---',
    'Ghanaian Foreign Minister Samuel Okudzeto Ablakwa received Togolese Foreign Minister Robert Dussey in Accra ' +
      'on Monday to discuss the Abidjan–Lagos corridor.',
    'The two ministers also reviewed security along their shared border and the movement of traders.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a group asked by its offices and its region', () => {
  it('reads "which FMs" as who, and "central asia" as no one', () => {
    const a = questionAnswer('which FMs sat in the central asia ministerial in bishkek on 16 may 2024', briefings.ctx);
    expect(a.question.facets).toContain('who');
    expect(a.question.people).toEqual([]);
    for (const name of ['Kulubaev', 'Nurtleu', 'Saidov']) expect(a.text).toContain(name);
  });
});

describe('who else, apart from someone named', () => {
  it('leaves out those named after "apart from" or "besides" instead of asking of them', () => {
    const a = questionAnswer('who did kulubaev meet in bishkek apart from nurtleu?', briefings.ctx);
    expect(a.question.people).toEqual(['kulubaev']);
    expect(a.question.except).toEqual(['nurtleu']);
    expect(a.text).toContain('Saidov');
    expect(a.text).not.toContain('Nurtleu');
    expect(questionAnswer('besides saidov, who did kulubaev host in bishkek', briefings.ctx).text).toContain('Nurtleu');
  });
});

describe('a month said without its year', () => {
  it('is the latest such month the people asked met in, when they did not meet in the year guessed', () => {
    // The newest briefing is of July 2026, so "in may" is May 2026 at first; Schialer and van Klaveren met in May 2025.
    const a = questionAnswer('what did schialer and van klaveren discuss in may?', briefings.ctx);
    expect(a.text).toContain('8 May 2025');
    expect(a.text).toMatch(/migration|Chacalluta/);
    expect(a.text).not.toMatch(/no meeting/i);
  });

  it('keeps the year guessed when the people met then, and a year the question writes', () => {
    expect(questionAnswer('when did ablakwa receive dussey in july', briefings.ctx).text).toContain('6 Jul 2026');
    const written = questionAnswer('what did schialer and van klaveren discuss in may 2024?', briefings.ctx);
    expect(written.text).toMatch(/no meeting/i);
  });
});
