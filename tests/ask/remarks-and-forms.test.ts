/**
 * Questions typed with more than the question (ask/question.ts, ask/rephrase.ts): a remark after the question mark,
 * ".." between parts, "who's X, the one who …", "A met which Y", "during Z's Mexico trip", "in Mexico City" as a
 * place, and a name typed as English spells a letter ("djuric"). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cleanQuestion, questionFacets } from '../../src/ask/question.js';
import { rephrase } from '../../src/ask/rephrase.js';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'belgrade-talks.txt': [
    '---\ntitle: Serbian and Slovak ministers meet in Belgrade\ndate: 2025-10-09\n---',
    'Serbian Foreign Minister Marko Đurić held talks with Slovak Foreign Minister Juraj Blanár in Belgrade on ' +
      'Wednesday about the gas interconnector and a new rail link to Budapest.',
  ].join('\n\n'),
  'mexico-visit.txt': [
    '---\ntitle: Canadian premier in Mexico City\ndate: 2025-09-19\n---',
    'Prime Minister Mark Carney of Canada arrived in Mexico City on Thursday for a two-day visit.',
    'During the visit, Mexican Economy Minister Marcelo Ebrard met Canadian Trade Minister Dominic LeBlanc to ' +
      'prepare the review of the trade agreement.',
  ].join('\n\n'),
  'tashkent-credentials.txt': [
    '---\ntitle: New envoys in Tashkent\ndate: 2025-11-20\n---',
    'Uzbek Foreign Minister Baxtiyor Saidov received the copies of the credentials of the new Ambassador of Japan, ' +
      'Kenji Mori, in Tashkent on Wednesday.',
    'The minister wished the ambassador success and said Japanese investment in the textile and car industries ' +
      'had doubled in two years.',
    'The ceremony was attended by Deputy Foreign Minister of Uzbekistan Furqat Sidikov.',
  ].join('\n\n'),
  'astana-talks.txt': [
    '---\ntitle: Kazakh and Uzbek ministers meet in Astana\ndate: 2025-12-04\n---',
    'Kazakh Foreign Minister Yermek Kosherbayev held talks with Uzbek Foreign Minister Bakhtiyor O. Saidov in ' +
      'Astana on Wednesday on water sharing in the Syr Darya basin.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a remark after the question', () => {
  it('is left out when it asks nothing; a second question is kept', () => {
    expect(cleanQuestion('when did djuric meet blanar? tanjug has the details')).toBe('when did djuric meet blanar');
    expect(cleanQuestion('did djuric meet blanar? when')).toBe('did djuric meet blanar? when');
    expect(cleanQuestion('did djuric meet blanar? who else did he see')).toBe(
      'did djuric meet blanar? who else did he see',
    );
  });

  it('reads ".." between parts as a comma', () => {
    expect(cleanQuestion('belgrade talks.. when did djuric meet blanar')).toBe(
      'belgrade talks, when did djuric meet blanar',
    );
  });

  it('answers the question, not a name made of the remark', () => {
    const a = questionAnswer('when did djuric meet blanar? tanjug has the details', briefings.ctx);
    expect(a.text).toContain('Marko Đurić met Juraj Blanár on Wed 8 Oct 2025');
  });
});

describe('who someone is, said with which one', () => {
  it('asks only who the person is', () => {
    const a = questionAnswer("who's ebrard, the one who met leblanc in mexico city?", briefings.ctx);
    expect(a.text).toMatch(/^Ebrard is Marcelo Ebrard, /);
  });
});

describe('a place named "… city"', () => {
  it('is where, not a question of where', () => {
    expect(questionFacets('who did ebrard meet in mexico city')).toEqual(['who']);
    expect(questionFacets('ebrard leblanc meeting - city')).toEqual(['where']);
  });
});

describe('"A met which B"', () => {
  it('is a question, answered with the name of the one met', () => {
    const a = questionAnswer("ebrard met which canadian minister during carney's mexico trip", briefings.ctx);
    expect(a.text).toContain('Dominic LeBlanc');
    expect(a.text).not.toContain('Carney');
  });
});

describe('a trip said with its place before it', () => {
  it('is a trip to the place, not a meeting with the country', () => {
    expect(rephrase("when was leblanc's mexico trip")).toBe("when was leblanc's trip to mexico");
    expect(rephrase("when was leblanc's first trip")).toBe("when was leblanc's first trip");
    expect(rephrase("who did he see during carney's state visit")).toBe('who did he see during the visit');
  });
});

describe('a name as English spells its letter', () => {
  it('finds Đurić as "djuric"', () => {
    const a = questionAnswer('when did djuric meet blanar', briefings.ctx);
    expect(a.text).toContain('Marko Đurić met Juraj Blanár on Wed 8 Oct 2025');
  });
});

describe('someone the briefings name in no meeting', () => {
  it('is who the sentence naming them says', () => {
    const a = questionAnswer('who is furqat sidikov', briefings.ctx);
    expect(a.text).toMatch(/^Furqat sidikov is .*Deputy Foreign Minister.*Uzbekistan/);
  });
});

describe('two names spelt alike of one office', () => {
  it('are most likely one person, and the office after the second name only says which', () => {
    const a = questionAnswer('is baxtiyor saidov = bakhtiyor saidov the uzbek FM?', briefings.ctx);
    expect(a.text).toMatch(
      /^Yes, most likely the same person: the briefings name both as .*Foreign Minister.*Uzbekistan/,
    );
  });
});
