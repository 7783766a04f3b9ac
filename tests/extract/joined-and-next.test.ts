/**
 * A host "joined by" the others of a group, two named together who "agreed", a next session of the sides just told
 * ("the next round will be held in Washington in June"), and a title-case headline's verbs and objects ("Delivers
 * Written Message") read as no one. Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { rowsOf, meetingsOf, pairs } from './unseen-helpers.js';

describe('a host joined by the others', () => {
  it('is one meeting of all of them', () => {
    const text =
      "Swedish Foreign Minister Tobias Billström was joined in Stockholm on Wednesday by Norway's Espen Barth Eide, " +
      "Denmark's Lars Løkke Rasmussen and Iceland's Thordis Gylfadottir for talks on undersea cables.";
    expect(pairs(text, '2024-05-16')).toEqual([
      'Espen Barth Eide + Lars Løkke Rasmussen + Thordis Gylfadottir + Tobias Billström',
    ]);
  });

  it('is not joined by phone', () => {
    const text =
      'Swedish Foreign Minister Tobias Billström held talks in Stockholm on Wednesday with Norwegian Foreign Minister ' +
      'Espen Barth Eide; he was later joined by video link by Danish Foreign Minister Lars Løkke Rasmussen.';
    expect(pairs(text, '2024-05-16')).not.toContain('Espen Barth Eide + Lars Løkke Rasmussen + Tobias Billström');
  });
});

describe('a host of two for talks, and two sitting down with two', () => {
  it('is one meeting of the three: "hosted A and B in Ankara for talks"', () => {
    const text =
      'Foreign Minister Hakan Fidan hosted Elmedin Konakovic and Marko Djuric at the ministry in Ankara on Friday for ' +
      'talks on regional stability.';
    expect(pairs(text, '2025-01-11')).toEqual(['Elmedin Konakovic + Hakan Fidan + Marko Djuric']);
  });

  it('is not when the talks are with someone else: "left for Caracas for talks with the leaders"', () => {
    const text =
      'Russian Foreign Minister Sergey Lavrov, who held talks with Mauro Vieira in Brasilia on Monday, left on ' +
      'Tuesday for Caracas for talks with President Nicolas Maduro.';
    expect(pairs(text, '2023-04-18')).not.toContain('Mauro Vieira + Nicolas Maduro + Sergey Lavrov');
  });

  it('is one meeting of four when two sit down in a city with two', () => {
    const text =
      'Danish Foreign Minister Lars Løkke Rasmussen and Greenland Foreign Minister Vivian Motzfeldt sat down in ' +
      'Washington on Wednesday with Secretary of State Marco Rubio and Vice President James Vance.';
    expect(pairs(text, '2026-01-15')).toEqual(['James Vance + Lars Løkke Rasmussen + Marco Rubio + Vivian Motzfeldt']);
  });

  it('leaves out officials in attendance', () => {
    const text =
      'Guyanese Foreign Minister Hugh Todd and his Venezuelan counterpart Yvan Gil sat down in Brasilia on Thursday ' +
      'with Brazilian officials in attendance.';
    expect(pairs(text, '2024-01-26')).toEqual(['Hugh Todd + Yvan Gil']);
  });
});

describe('two named together who agreed', () => {
  it('met, as two who discussed', () => {
    const text =
      'Lithuanian Foreign Minister Kestutis Budrys and his Polish counterpart Radoslaw Sikorski, who came to Vilnius ' +
      'on Wednesday, agreed that the defence of the Suwalki corridor must be planned as one operation.';
    expect(rowsOf(meetingsOf(text, '2025-05-15'), true)).toEqual([
      'Kestutis Budrys + Radoslaw Sikorski · 2025-05-14 · Vilnius',
    ]);
  });

  it('leaves whom a sentence of countries that agreed is about to the one who says it', () => {
    const text = [
      'Wisma Putra: Malaysia, Indonesia to speed up boundary talks',
      'JAKARTA: Malaysia and Indonesia have agreed to step up technical talks on the maritime boundary, says Datuk ' +
        'Seri Mohamad Hasan.',
      'The Foreign Minister said he and his Indonesian counterpart Sugiono discussed the matter during their ' +
        'meeting here on Monday.',
    ].join('\n\n');
    expect(pairs(text, '2025-10-14')).toEqual(['Mohamad Hasan + Sugiono']);
  });

  it('did not, when two countries agreed, or one person', () => {
    const text =
      'Foreign Minister Kestutis Budrys said Lithuania and Poland agreed on the need for more air defence. President ' +
      'Gitanas Nauseda agreed that the corridor was vital.';
    expect(pairs(text, '2025-05-15')).toEqual([]);
  });

  it('met, as a headline says of two who agree', () => {
    const text = [
      'Mudavadi, Somali counterpart Fiqi agree on joint border commission',
      'Kenyan Prime Cabinet Secretary Musalia Mudavadi hosted Somali Foreign Minister Ahmed Moallim Fiqi in Nairobi ' +
        'on Tuesday.',
    ].join('\n\n');
    expect(pairs(text, '2025-05-15')).toEqual(['Ahmed Moallim Fiqi + Musalia Mudavadi']);
  });
});

describe('the next session of the sides just told', () => {
  it('is planned, of the same sides, where and when the sentence says', () => {
    const text =
      'Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met in Almaty on ' +
      'Friday to discuss the peace treaty. The next round will be held in Washington in June.';
    expect(rowsOf(meetingsOf(text, '2025-05-14'), true)).toEqual([
      'Ararat Mirzoyan + Jeyhun Bayramov · 2025-05-09 · Almaty',
      'Ararat Mirzoyan + Jeyhun Bayramov · 2025-06 · Washington',
    ]);
  });

  it('is planned of the same sides when it is a round of consultations or talks', () => {
    const text =
      'Saudi Vice Minister of Foreign Affairs Waleed Al-Khuraiji and Kazakh Deputy Foreign Minister Alibek Bakayev ' +
      'held political consultations in Riyadh on Monday. The next round of consultations will be held in Astana in ' +
      'February 2026.';
    expect(rowsOf(meetingsOf(text, '2025-05-14'), true)).toEqual([
      'Alibek Bakayev + Waleed Al-Khuraiji · 2025-05-12 · Riyadh',
      'Alibek Bakayev + Waleed Al-Khuraiji · 2026-02 · Astana',
    ]);
  });

  it('keeps all three sides of a trilateral', () => {
    const text =
      'Lithuanian Foreign Minister Kestutis Budrys hosted his Estonian and Latvian counterparts, Margus Tsahkna and ' +
      'Baiba Braze, in Vilnius on Tuesday for the annual Baltic trilateral. The ministers discussed sanctions. The ' +
      'next trilateral meeting will take place in Tallinn in October.';
    expect(rowsOf(meetingsOf(text, '2025-05-14'), true)).toContain(
      'Baiba Braze + Kestutis Budrys + Margus Tsahkna · 2025-10 · Tallinn',
    );
  });

  it('follows the group, not a bilateral told on its sidelines', () => {
    const text =
      'Lithuanian Foreign Minister Kestutis Budrys hosted his Estonian and Latvian counterparts, Margus Tsahkna and ' +
      'Baiba Braze, in Vilnius on Tuesday for the annual Baltic trilateral. On the sidelines, Budrys held separate ' +
      'talks with Tsahkna on energy. The next meeting will take place in Riga in November.';
    expect(rowsOf(meetingsOf(text, '2025-05-14'), true)).toContain(
      'Baiba Braze + Kestutis Budrys + Margus Tsahkna · 2025-11 · Riga',
    );
  });

  it('is not a summit of an organisation', () => {
    const text =
      'Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met in Almaty on ' +
      'Friday. The next summit of the organisation will take place in Astana in 2026.';
    expect(rowsOf(meetingsOf(text, '2025-05-14'), true)).toEqual([
      'Ararat Mirzoyan + Jeyhun Bayramov · 2025-05-09 · Almaty',
    ]);
  });
});

describe("a title-case headline's verbs and objects", () => {
  it('are no part of a name', () => {
    const text = [
      'Prime Minister and Foreign Minister Meets Saudi Crown Prince, Delivers Written Message from the Amir',
      'Riyadh, February 13 (QNA) - Qatari Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin ' +
        'Abdulrahman bin Jassim Al-Thani met today in Riyadh with Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud.',
    ].join('\n\n');
    const names = pairs(text, '2025-02-13').join(' ');
    expect(names).toContain('Mohammed bin Salman');
    expect(names).not.toMatch(/Delivers|Written|Message/);
  });
});
