/**
 * A trip's next stop when the last answer named a plan beside what was held, a plan said as one where asked where,
 * one Arabic name ended two ways ("Faisal bin Farhan Al Saud", "Faisal bin Farhan bin Abdullah") or spelt with an
 * Egyptian "g" ("Raggi", "Rajji"), and "who is X and when did Y call him". Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namesCompatible, transliteratedAlike } from '../../src/text/names.js';
import { questionAnswer, thread, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'riyadh-visit.txt': [
    '---\ntitle: Omani minister in Riyadh\ndate: 2025-01-14\n---',
    'Omani Foreign Minister Badr Albusaidi held talks in Riyadh on Monday with Saudi Foreign Minister Prince Faisal ' +
      'bin Farhan Al Saud on Yemen and shipping in the Red Sea.',
    'Albusaidi will travel to Amman on Wednesday for talks with Jordanian Foreign Minister Ayman Safadi, a diplomatic ' +
      'source said.',
  ].join('\n\n'),
  'spa-readout.txt': [
    '---\ntitle: Foreign minister receives Omani counterpart\ndate: 2025-01-13\n---',
    'Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received today in Riyadh the Omani ' +
      'Foreign Minister Sayyid Badr Albusaidi, and the two reviewed bilateral relations.',
    'The meeting was attended by several senior officials of the ministry.',
  ].join('\n\n'),
  'beirut-call.txt': [
    '---\ntitle: Lebanese minister briefs president\ndate: 2025-04-08\n---',
    'Foreign Minister Youssef Rajji told President Joseph Aoun of the telephone call he had yesterday with Russian ' +
      'Foreign Minister Sergei Lavrov on the border and on Syria.',
    'Rajji also asked Moscow to support the renewal of the peacekeeping mandate.',
  ].join('\n\n'),
  'moscow-readout.txt': [
    '---\ntitle: Lavrov speaks to Lebanese counterpart\ndate: 2025-04-09\n---',
    'On Monday, Lavrov held a telephone conversation with Lebanese Foreign Minister Youssef Raggi on the situation ' +
      'on the border, the ministry said.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('the next stop of a trip', () => {
  it('comes after what was held, not after a plan the last answer named beside it', () => {
    const [, next] = thread(
      briefings.ctx,
      'who did albusaidi meet in riyadh in jan 2025',
      'and where was he off to next',
    );
    expect(next).toBe('Sayyid Badr Albusaidi was to meet Ayman Safadi in Amman on Wed 15 Jan 2025 (planned).');
  });
});

describe('one Arabic name ended two ways', () => {
  it('is one person: the same first name and father, no two family names at odds', () => {
    expect(namesCompatible('Prince Faisal bin Farhan Al Saud', 'Prince Faisal bin Farhan bin Abdullah')).toBe(true);
    expect(namesCompatible('Mohammed bin Abdullah Al Thani', 'Mohammed bin Abdullah Al-Jadaan')).toBe(false);
    const a = questionAnswer('who did albusaidi meet in riyadh', briefings.ctx);
    expect(a.text.match(/Faisal/g)).toHaveLength(1);
  });
});

describe('one name with an Egyptian "g"', () => {
  it('is the name spelt with "j"', () => {
    expect(transliteratedAlike('Raggi', 'Rajji')).toBe(true);
    expect(transliteratedAlike('Gamal', 'Jamal')).toBe(true);
    expect(namesCompatible('Youssef Raggi', 'Youssef Rajji')).toBe(true);
    expect(namesCompatible('Youssef Raggi', 'Youssef Radi')).toBe(false);
  });
});

describe('who someone is, and a question of them', () => {
  it('answers both, the second of the person the first named', () => {
    const a = questionAnswer('who is youssef raggi and when did lavrov call him, what abt', briefings.ctx);
    expect(a.text).toMatch(/^Youssef raggi is Youssef Rajji, Foreign Minister/i);
    expect(a.text).toContain('Mon 7 Apr 2025');
    expect(a.text).toContain('border');
  });
});

describe('a word before what it names', () => {
  it('is no one: "the tanmia accord" names an accord', () => {
    const a = questionAnswer('when did albusaidi and faisal sign the tanmia accord', briefings.ctx);
    expect(a.text).toContain('Mon 13 Jan 2025');
    expect(a.text.toLowerCase()).not.toContain('tanmia');
  });
});
