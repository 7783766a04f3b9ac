/**
 * Who came along with the one who met ("accompanied by business leaders", "and two MPs"), the airport a minister
 * landed at before a call: none of them met anyone; a Tongan name typed with an apostrophe for its glottal stop; and
 * an office at a country's ministry ("Minister of State at Qatar's Ministry of Foreign Affairs"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, pairs } from './unseen-helpers.js';

describe('those who came along', () => {
  it('are not the subject when set off by "accompanied by"', () => {
    const text =
      'Fijian Prime Minister Sitiveni Rabuka, accompanied by business leaders from Suva, held talks with Samoan ' +
      'Prime Minister La’auli Leuatea Schmidt in Apia on Tuesday.';
    expect(pairs(text)).toEqual(['La’auli Leuatea Schmidt + Sitiveni Rabuka']);
  });

  it('are no name when they are members of parliament ("and two MPs")', () => {
    const text =
      'Australian Foreign Minister Penny Wong and two MPs met Vanuatu Prime Minister Jotham Napat in Port Vila ' +
      'on Wednesday.';
    expect(pairs(text)).toEqual(['Jotham Napat + Penny Wong']);
  });
});

describe('a place landed at', () => {
  it('is no person before the office set off after it', () => {
    const text =
      'Japanese Foreign Minister Takeshi Iwaya arrived in Fiji on Sunday. Shortly after landing at Nausori, the ' +
      'Japanese foreign minister called on President Ratu Naiqama Lalabalavu at State House.';
    expect(pairs(text)).toEqual(['Ratu Naiqama Lalabalavu + Takeshi Iwaya']);
  });
});

describe('a glottal stop typed as an apostrophe', () => {
  it('starts the name after an office', () => {
    const text =
      "Winston Peters, New Zealand's foreign minister, held talks with Tonga's Prime Minister 'Aisake Eke on " +
      "Friday in Nuku'alofa.";
    expect(pairs(text)).toEqual(['Aisake Eke + Winston Peters']);
  });

  it('is still a quote after a word of saying', () => {
    const text =
      "Winston Peters met Tonga's Prime Minister Aisake Eke on Friday in Nuku'alofa and said 'Wellington will " +
      "stay a partner'.";
    expect(pairs(text)).toEqual(['Aisake Eke + Winston Peters']);
  });
});

describe('an office at a ministry named by its country', () => {
  it.each([
    "Mohammed Al-Khulaifi, Minister of State at Qatar's Ministry of Foreign Affairs",
    'Mohammed Al-Khulaifi, Minister of State at the Qatari Foreign Ministry',
  ])('is of that country: "%s"', (written) => {
    const [m] = meetingsOf(`Kenyan Foreign Minister Musalia Mudavadi met ${written}, in Nairobi on Tuesday.`);
    expect(m?.participants.find((p) => p.name === 'Mohammed Al-Khulaifi')?.country).toBe('Qatar');
  });

  it('is of no country when the place after "at" is no ministry ("Minister of State at the talks")', () => {
    const [m] = meetingsOf(
      'Kenyan Foreign Minister Musalia Mudavadi met Mohammed Al-Khulaifi, Minister of State at ' +
        'the Qatari talks in Nairobi on Tuesday.',
    );
    expect(m?.participants.find((p) => p.name === 'Mohammed Al-Khulaifi')?.country).toBeUndefined();
  });
});
