/**
 * Questions that ask of an occasion by its name rather than of someone ("when was the East Asia Summit held?",
 * "whens the gulf-central asia summit happening?"), of countries joined by a hyphen in their short forms
 * ("the aus-india defence ministers"), and of offices of two countries ("the indian and australian defence ministers").
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'vientiane.txt': [
    '---\ntitle: Leaders meet in Laos\ndate: 2024-10-12\n---',
    'Japanese Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos Jr on the ' +
      'sidelines of the East Asia Summit in Vientiane on Friday, discussing maritime security.',
  ].join('\n\n'),
  'doha.txt': [
    '---\ntitle: Qatar and Uzbekistan widen ties\ndate: 2025-03-20\n---',
    'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Uzbek Foreign Minister Bakhtiyor Saidov in Doha on ' +
      'Tuesday to talk about investment and flights.',
    'The second Gulf-Central Asia summit, first planned for Samarkand in May, has been put off until the autumn, ' +
      'officials in Tashkent said.',
  ].join('\n\n'),
  'bishkek.txt': [
    '---\ntitle: Prime ministers gather in Kyrgyzstan\ndate: 2025-11-18\n---',
    'Kyrgyz Prime Minister Adylbek Kasymaliev met Tajik Prime Minister Kokhir Rasulzoda in Bishkek on Monday on the ' +
      'sidelines of the Council of Heads of Government of the Shanghai Cooperation Organization.',
  ].join('\n\n'),
  'delhi.txt': [
    '---\ntitle: India and Australia hold 2+2 dialogue\ndate: 2023-11-21\n---',
    'External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh received Australian Foreign Minister ' +
      'Penny Wong and Defence Minister Richard Marles in New Delhi on Monday for the second 2+2 dialogue.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('an occasion asked of by its name', () => {
  it('answers when it was held from the meetings held at it', () => {
    const a = questionAnswer('when was the east asia summit held?', briefings.ctx);
    expect(a.text).toContain('11 Oct 2024');
    expect(a.text).toContain('Vientiane');
  });

  it('says no meeting is reported at it, and quotes the sentence that names it', () => {
    const a = questionAnswer('whens the gulf-central asia summit happening?', briefings.ctx);
    expect(a.text).toMatch(/^The briefings report no meeting at the gulf-central asia summit\./);
    expect(a.text).toContain('put off until the autumn');
  });

  it('says so of someone whose meetings were at other occasions', () => {
    const a = questionAnswer('when is saidov going to the gulf-central asia summit?', briefings.ctx);
    expect(a.text).toMatch(/^The briefings report no meeting of Bakhtiyor Saidov at the gulf-central asia summit/);
  });

  it('does not say so of a meeting at that occasion named otherwise', () => {
    const a = questionAnswer('when did kasymaliev meet rasulzoda at the SCO summit?', briefings.ctx);
    expect(a.text).toMatch(/^Adylbek Kasymaliev met Kokhir Rasulzoda on Mon 17 Nov 2025/);
  });

  it('leaves "the meeting" alone to the thread', () => {
    expect(questionAnswer('when was the meeting held?', briefings.ctx).question.filter.at).toBeUndefined();
  });
});

describe('offices of two countries', () => {
  it('reads a short form joined to a country by a hyphen as that country', () => {
    const a = questionAnswer('when did the aus-india defence ministers meet?', briefings.ctx);
    expect(a.text).toMatch(/^Richard Marles met Rajnath Singh/);
    expect(a.text).toContain('20 Nov 2023');
  });

  it('names the holders of the office asked, not the first of each country', () => {
    const a = questionAnswer('when did the indian and australian defence ministers meet?', briefings.ctx);
    expect(a.text).toMatch(/^Rajnath Singh met Richard Marles/);
    expect(a.text).not.toContain('Jaishankar');
  });
});
