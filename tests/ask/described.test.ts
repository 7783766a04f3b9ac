/**
 * "Who is X?": beside the office and country read from the meetings, the briefing's own words of them, which hold
 * what the office alone does not ("the Kuwaiti envoy for the Yemen file", "Chair of the Islamic Development Bank").
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { describedAs, saysMore } from '../../src/ask/described.js';
import { questionAnswer, useBriefings } from '../helpers.js';

/** The description of the name in a sentence. */
const of = (sentence: string, name: string): string | undefined => {
  const at = sentence.indexOf(name);
  return describedAs(sentence, at, at + name.length);
};

describe('the words a sentence gives someone beside their name', () => {
  it('are the phrase before a comma when the name opens its own part, styles and all', () => {
    const s =
      'In Sanaa, the minister on Monday hosted the Kuwaiti envoy for the Yemen file, Sheikh Nasser Al-Sabah, ' +
      'who arrived on Sunday.';
    expect(of(s, 'Nasser Al-Sabah')).toBe('the Kuwaiti envoy for the Yemen file, Sheikh Nasser Al-Sabah');
  });

  it('are a title after the name, not a clause that follows it', () => {
    const s =
      'The president also received Dr Karim Haddou, Chair of the Islamic Development Bank (IsDB), who is in ' +
      'town for a forum.';
    expect(of(s, 'Karim Haddou')).toBe('Dr Karim Haddou, Chair of the Islamic Development Bank (IsDB)');
  });

  it('take in a title split by commas, and stop at the verb before it', () => {
    const s = 'He met the Minister of Foreign Affairs, Cooperation and Togolese Abroad, Komi Adjovi, in Lomé.';
    expect(of(s, 'Komi Adjovi')).toBe('the Minister of Foreign Affairs, Cooperation and Togolese Abroad, Komi Adjovi');
  });

  it('are none when a plural office describes a list of names', () => {
    const s = 'The presidents of Ghana and Togo, John Mahama and Faure Gnassingbé, met in Lomé on Friday.';
    expect(of(s, 'John Mahama')).toBeUndefined();
  });

  it('leave out a dateline the sentence was not split from', () => {
    const s = 'June 3 / GNA /. The Ghanaian envoy to the Sahel states, Kwame Asante, arrived in Bamako.';
    expect(of(s, 'Kwame Asante')).toBe('The Ghanaian envoy to the Sahel states, Kwame Asante');
    const t = 'TAMALE - The regional minister for the north, Kwame Asante, opened the border post on Monday.';
    expect(of(t, 'Kwame Asante')).toBe('The regional minister for the north, Kwame Asante');
  });

  it('begin after "and his" and after "an audience to"', () => {
    const s = 'Foreign Minister Anna Berg and her Latvian counterpart Janis Ozols spoke to reporters.';
    expect(of(s, 'Janis Ozols')).toBe('her Latvian counterpart Janis Ozols');
    const t = 'The king granted an audience to H.E. Mr. Tomas Lind, Head of the EU Delegation.';
    expect(of(t, 'Tomas Lind')).toBe('H.E. Mr. Tomas Lind, Head of the EU Delegation');
  });

  it('are an office before the name after a comma, not the part of the sentence before it', () => {
    const s = 'The talks must start "as early as possible", Foreign Minister Georg Georgiev said in Sofia.';
    expect(of(s, 'Georg Georgiev')).toBe('Foreign Minister Georg Georgiev');
  });

  it('are nothing of a name in a list of names', () => {
    const s = 'Present were the ministers of the Baltic states – Margus Tsahkna, Baiba Braze, Kestutis Budrys.';
    expect(of(s, 'Baiba Braze')).toBeUndefined();
    expect(of(s, 'Kestutis Budrys')).toBeUndefined();
  });

  it('are nothing when the sentence gives only the name', () => {
    expect(of('Later, Tomas Lind left for Brussels.', 'Tomas Lind')).toBeUndefined();
  });
});

describe('a description', () => {
  it('says more than the office read only when it has a word the office and name lack', () => {
    expect(saysMore('SCO Secretary-General Zhang Ming', 'Zhang Ming Secretary-General, SCO')).toBe(false);
    expect(saysMore('the Saudi envoy for the Lebanese file, Prince Yazid', 'Yazid Envoy, Saudi Arabia')).toBe(true);
  });
});

const ARTICLES: Record<string, string> = {
  'sanaa.txt': [
    '---\ntitle: Yemeni minister hosts Kuwaiti envoy\ndate: 2025-05-13\n---',
    'SANAA, May 13 - Yemeni Foreign Minister Saleh Bin Ahmed on Monday received the Kuwaiti envoy for the Yemen ' +
      'file, Sheikh Nasser Al-Sabah, who arrived on Sunday for his second visit this year.',
    'They discussed the prisoner exchange and the reopening of roads around Taiz.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('who someone is', () => {
  it("is told with the briefing's own words of them, which say what the office read does not", () => {
    const a = questionAnswer('who is nasser al-sabah?', briefings.ctx);
    expect(a.text).toMatch(/^Nasser al-sabah is .*, named in one briefing\./);
    expect(a.text).toContain('A briefing writes “the Kuwaiti envoy for the Yemen file, Sheikh Nasser Al-Sabah”.');
  });
});
