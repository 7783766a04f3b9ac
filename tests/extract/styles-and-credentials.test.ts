/**
 * Names written with their styles ("Dato' Seri", "Tan Sri", "Samdech", "Professor", a rank after an office) and
 * credentials ceremonies told as real readouts tell them. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterPeople } from '../../src/extract/people.js';
import { meetingsOf, pairs, rowsOf } from './unseen-helpers.js';

describe('a name with the styles that open it', () => {
  it('is the name without "Dato\' Seri Utama Haji"', () => {
    const text =
      'Minister Abdulla Khaleel held a telephone conversation with the Foreign Minister of Malaysia, ' +
      "Dato' Seri Utama Haji Mohamad Hasan, on the haze season.";
    expect(pairs(text)).toEqual(['Abdulla Khaleel + Mohamad Hasan']);
  });

  it('stands, as styles alone, for the one styled so', () => {
    const text = [
      'Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of Cambodia, arrived in Kuala Lumpur on Monday.',
      'Samdech Thipadei then held talks with Prime Minister Anwar Ibrahim on the border ceasefire.',
    ].join(' ');
    expect(pairs(text)).toEqual(['Anwar Ibrahim + Hun Manet']);
  });

  it('keeps a Bhutanese "Lyonpo" before initials, which no name follows alone', () => {
    const text =
      "Foreign Adviser Md Touhid Hossain held talks with Bhutan's Foreign Minister Lyonpo DN Dhungyel in Thimphu.";
    expect(pairs(text)).toEqual(['Lyonpo DN Dhungyel + Md Touhid Hossain']);
  });

  it('is the name without "Samdech …" or "Tan Sri"', () => {
    const text =
      'Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of Cambodia, met Tan Sri Rahim Noor in Kuala ' +
      'Lumpur on Monday.';
    expect(pairs(text)).toEqual(['Hun Manet + Rahim Noor']);
  });

  it('keeps the office written before "Professor" and ends the name at the comma after it', () => {
    const text =
      "Ghana's Foreign Minister Samuel Ablakwa arrived in Lome on Tuesday. He held talks with Togo's Minister of " +
      'Foreign Affairs, Professor Robert Dussey, on the Abidjan-Lagos corridor highway.';
    expect(pairs(text)).toEqual(['Robert Dussey + Samuel Ablakwa']);
  });

  it('takes the office written before a rank: "Assistant Foreign Minister …, Ambassador A"', () => {
    const [meeting] = meetingsOf(
      "On Monday, Foreign Minister Mahmoud Kombo held talks in Dodoma with Kuwait's Assistant Foreign Minister " +
        'for African Affairs, ' +
        'Ambassador Sami Al-Rasheed, on the new embassy.',
    );
    const guest = meeting?.participants.find((p) => p.name === 'Sami Al-Rasheed');
    expect(guest).toMatchObject({ country: 'Kuwait', title: 'Assistant Foreign Minister for African Affairs' });
  });
});

describe('a credentials ceremony', () => {
  it('meets each envoy named after "Those who presented their credentials were"', () => {
    const text = [
      'President Samia Suluhu Hassan yesterday received letters of credence from three new ambassadors at State',
      'House in Dodoma. Those who presented their credentials were Ambassador Lena Holm of Sweden, Ambassador',
      'Tariq Mansoor of Pakistan and Ambassador Ana Ribeiro of Brazil.',
    ].join(' ');
    expect(pairs(text, '2024-11-21')).toEqual([
      'Ana Ribeiro + Samia Suluhu Hassan',
      'Lena Holm + Samia Suluhu Hassan',
      'Samia Suluhu Hassan + Tariq Mansoor',
    ]);
  });

  it('meets each envoy named after "Presenting their credentials were"', () => {
    const text = [
      'President Mohamed Muizzu received the credentials of two non-resident heads of mission on Wednesday.',
      'Presenting their credentials were the Ambassador of the Republic of Chile, Her Excellency Ms Paula Reyes;',
      'and the Ambassador of the Kingdom of Norway, His Excellency Mr Lars Berg.',
    ].join(' ');
    expect(pairs(text, '2024-01-25')).toEqual(['Lars Berg + Mohamed Muizzu', 'Mohamed Muizzu + Paula Reyes']);
  });

  it('reads "credential letters" of the ambassadors of a list of countries, then their names', () => {
    const text = [
      'President Daniel Chapo yesterday received in Maputo the credential letters of the new ambassadors of Spain',
      'and Chile. The Spanish ambassador Luis Ortega presented his letters first, followed by the Chilean ambassador',
      'Paula Reyes.',
    ].join(' ');
    expect(rowsOf(meetingsOf(text, '2025-07-10'))).toEqual([
      'Daniel Chapo + Luis Ortega · 2025-07-09',
      'Daniel Chapo + Paula Reyes · 2025-07-09',
    ]);
  });

  it('reads "Ambassadors Extraordinary and Plenipotentiary" of states named in full as one envoy each', () => {
    const text = [
      'On November 17, President Ukhnaagiin Khurelsukh received the letters of credence of the Ambassadors',
      'Extraordinary and Plenipotentiary of the Republic of Kazakhstan and the Socialist Republic of Viet Nam.',
      'Ambassador of Kazakhstan Mr. Arman Seitov spoke of the transit corridor. Ambassador of Viet Nam Mr. Tran',
      'Van Long raised direct flights.',
    ].join(' ');
    expect(pairs(text, '2026-11-18')).toEqual([
      'Arman Seitov + Ukhnaagiin Khurelsukh',
      'Tran Van Long + Ukhnaagiin Khurelsukh',
    ]);
  });
});

describe('a group recalled by its office', () => {
  it('"the two heads of state last met" are the two presidents of the briefing', () => {
    const text = [
      'President Alexander Stubb hosted his Polish counterpart Andrzej Duda in Helsinki on Tuesday.',
      'The two heads of state last met in July at the NATO summit in Washington.',
    ].join(' ');
    expect(rowsOf(meetingsOf(text, '2024-10-24'))).toEqual([
      'Alexander Stubb + Andrzej Duda · 2024-07',
      'Alexander Stubb + Andrzej Duda · 2024-10-22',
    ]);
  });
});

describe('a trilateral told by its offices and recalled by its count', () => {
  const text = [
    'ISLAMABAD: The foreign ministers of Pakistan, Iran and Turkey on Tuesday agreed to open a rail corridor, in',
    'their second trilateral meeting. Deputy Prime Minister and Foreign Minister Ishaq Dar hosted Iranian FM',
    'Abbas Araghchi and Turkish FM Hakan Fidan at the Foreign Office. The format was launched in Tehran in January,',
    'and the three ministers met again in Ankara in April 2026.',
  ].join(' ');

  it('is of the one foreign minister the briefing names with no country, of the country it is filed from', () => {
    expect(rowsOf(meetingsOf(text, '2026-06-10'))).toContain('Abbas Araghchi + Hakan Fidan + Ishaq Dar · 2026-06-09');
  });

  it('is met again by "the three ministers"', () => {
    expect(rowsOf(meetingsOf(text, '2026-06-10'))).toContain('Abbas Araghchi + Hakan Fidan + Ishaq Dar · 2026-04');
  });
});

describe('people of two briefings whose names only sound alike', () => {
  it('stay two people when no word of the names is written the same', () => {
    const { people } = clusterPeople([
      { name: 'Mohammed Al-Hassan' },
      { name: 'Mohamad Hasan', title: 'Foreign Minister', country: 'MYS' },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Mohammed Al-Hassan', 'Mohamad Hasan']);
  });

  it('are one person when a word is written the same', () => {
    const { people } = clusterPeople([
      { name: 'Sergey Viktorovich Lavrov' },
      { name: 'Sergei Lavrov', title: 'Foreign Minister' },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Sergey Viktorovich Lavrov']);
  });
});
