/**
 * Meetings told as part of a series ("their third meeting this year, after talks in Madrid in March"), sessions ahead
 * ("Spain will host the next round, pencilled in for February", "which will be co-chaired by A and B"), gatherings
 * "brought together", and the subject of a reported plan ("A said B is expected in Bogotá for talks with C").
 * Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf, who } from './unseen-helpers.js';

const MAIN = 'Foreign Minister Ana Lopes received her Spanish counterpart José Albares in Lisbon on Thursday.';

describe('a meeting counted in a series', () => {
  it('adds the earlier meetings the sentence lists, each on its day and at its place', () => {
    const text =
      `${MAIN} It was their third meeting this year, after talks in Madrid in March and a session in Brussels in ` +
      'June.';
    expect(rowsOf(meetingsOf(text, '2025-11-14'), true)).toEqual([
      'Ana Lopes + José Albares · 2025-03 · Madrid',
      'Ana Lopes + José Albares · 2025-06 · Brussels',
      'Ana Lopes + José Albares · 2025-11-13 · Lisbon',
    ]);
  });

  it('takes every side of a trilateral, and a list of places set apart by commas', () => {
    const text =
      "Lithuanian Foreign Minister Kęstutis Budrys hosted Estonia's Margus Tsahkna and Latvia's Baiba Braže in " +
      "Vilnius on Thursday. It was the three ministers' fourth trilateral gathering this year, after sessions in " +
      'Tallinn in January, in Riga in June and in Warsaw in August.';
    const rows = rowsOf(meetingsOf(text, '2025-11-14'), true);
    expect(rows).toEqual([
      'Baiba Braže + Kęstutis Budrys + Margus Tsahkna · 2025-01 · Tallinn',
      'Baiba Braže + Kęstutis Budrys + Margus Tsahkna · 2025-06 · Riga',
      'Baiba Braže + Kęstutis Budrys + Margus Tsahkna · 2025-08 · Warsaw',
      'Baiba Braže + Kęstutis Budrys + Margus Tsahkna · 2025-11-13 · Vilnius',
    ]);
  });

  it('reads "the last one having taken place in …" and "The first took place in …"', () => {
    const last =
      `${MAIN} This is the fourth meeting of the two ministers in twelve months, the last one having taken place ` +
      'in Porto in October of last year.';
    expect(rowsOf(meetingsOf(last, '2025-11-14'), true)).toContain('Ana Lopes + José Albares · 2024-10 · Porto');
    const first =
      `${MAIN} It was their second meeting as ministers. The first took place in Madrid on 2 May, a week after ` +
      'Lopes took office.';
    expect(rowsOf(meetingsOf(first, '2025-11-14'), true)).toContain('Ana Lopes + José Albares · 2025-05-02 · Madrid');
  });

  it('adds nothing where no meeting is counted, or where the first is no meeting', () => {
    const after = `${MAIN} The talks came after floods in Porto in March and a strike in Braga in June.`;
    expect(meetingsOf(after, '2025-11-14')).toHaveLength(1);
    const votes = `${MAIN} Two rounds of voting were needed. The first took place in Braga on 4 May.`;
    expect(meetingsOf(votes, '2025-11-14')).toHaveLength(1);
  });
});

describe('a session ahead', () => {
  it('is hosted next by one side: "will host the next round, pencilled in for March in Tallinn"', () => {
    const text =
      "Lithuanian Foreign Minister Kęstutis Budrys hosted Estonia's Margus Tsahkna and Latvia's Baiba Braže in " +
      'Vilnius on Thursday. Estonia will host the next round of the trilateral format, pencilled in for March in ' +
      'Tallinn.';
    const planned = meetingsOf(text, '2025-11-14').filter((m) => m.status === 'planned');
    expect(rowsOf(planned, true)).toEqual(['Baiba Braže + Kęstutis Budrys + Margus Tsahkna · 2026-03 · Tallinn']);
  });

  it('is set for a month: "Their next meeting is set for February in Madrid"', () => {
    const text = `${MAIN} Their next meeting is set for February in Madrid.`;
    const planned = meetingsOf(text, '2025-11-14').filter((m) => m.status === 'planned');
    expect(rowsOf(planned, true)).toEqual(['Ana Lopes + José Albares · 2026-02 · Madrid']);
  });

  it('is chaired by the two named: "which will be co-chaired by A and B, will take place in Puno"', () => {
    const text =
      'The next binational cabinet, which will be co-chaired by President José Jerí and President Rodrigo Paz, will ' +
      'take place in Puno in the first quarter of 2026.';
    const [m] = meetingsOf(text, '2025-11-14');
    expect(m?.participants.map(who).sort()).toEqual(['José Jerí', 'Rodrigo Paz']);
    expect([m?.status, m?.location]).toEqual(['planned', 'Puno']);
  });

  it('is to be co-chaired by the two named, or was chaired by them', () => {
    const ahead =
      'The ministers agreed that the agreement should be signed at the council session in Budapest in November, to ' +
      'be co-chaired by President Aleksandar Vucic and Prime Minister Viktor Orban.';
    expect(rowsOf(meetingsOf(ahead, '2025-03-04'), true)).toEqual([
      'Aleksandar Vucic + Viktor Orban · 2025-11 · Budapest',
    ]);
    const held =
      'The agreement was signed last November in Budapest, at the session of the Strategic Cooperation Council ' +
      'chaired by Prime Minister Viktor Orbán and President Aleksandar Vučić.';
    expect(rowsOf(meetingsOf(held, '2025-03-04'), true)).toEqual([
      'Aleksandar Vučić + Viktor Orbán · 2024-11 · Budapest',
    ]);
  });

  it('brings the two named together', () => {
    const text =
      'The fourth summit will bring together Prime Minister Mark Rutte and the Belgian Prime Minister, Alexander ' +
      'De Croo.';
    const [m] = meetingsOf(text, '2025-11-14');
    expect(m?.participants.map(who).sort()).toEqual(['Alexander De Croo', 'Mark Rutte']);
    expect(m?.status).toBe('planned');
  });
});

describe('a gathering that brought people together', () => {
  it('is one meeting of all those named, with whoever chaired it', () => {
    const held =
      'The first edition brought together President Abdelmadjid Tebboune, President Kais Saied and the President ' +
      'of the Libyan Presidential Council, Mohamed Younes El Menfi, in Tunis on 22 April 2024.';
    expect(rowsOf(meetingsOf(held, '2025-02-01'), true)).toEqual([
      'Abdelmadjid Tebboune + Kais Saied + Mohamed Younes El Menfi · 2024-04-22 · Tunis',
    ]);
    const chaired =
      'The meeting, chaired by Kazakh Foreign Minister Murat Nurtleu, brought together Kyrgyz Foreign Minister ' +
      'Jeenbek Kulubaev and Uzbek Foreign Minister Bakhtiyor Saidov in Astana on Friday.';
    expect(meetingsOf(chaired, '2025-03-15')[0]?.participants.map(who).sort()).toEqual([
      'Bakhtiyor Saidov',
      'Jeenbek Kulubaev',
      'Murat Nurtleu',
    ]);
  });

  it('is no meeting of only some of them, nor of the offices of many countries', () => {
    const some =
      'The talks brought together Secretary Ana Ruiz and Adviser Tom Hale with a delegation led by Minister Ivan ' +
      'Petrov.';
    expect(meetingsOf(some, '2025-03-15').filter((m) => m.participants.length === 2)).toEqual([]);
    const many = 'The summit brought together the leaders of Egypt, Ethiopia, Eritrea and Chad.';
    expect(meetingsOf(many, '2025-03-15')).toEqual([]);
  });
});

describe('a plan reported by someone', () => {
  it('is the plan of the one said to go, not of the one who said it', () => {
    const text =
      'Foreign Minister Ana Lopes said President Lula is expected to travel to Bogotá in March for talks with ' +
      'President Gustavo Petro.';
    const talks = meetingsOf(text, '2025-11-14').filter((m) => m.kind !== 'visit');
    expect(talks.map((m) => m.participants.map(who).sort().join(' + '))).toEqual(['Gustavo Petro + Lula']);
  });
});

describe('a clause about a person in an apposition', () => {
  it('dates the person, not the meeting', () => {
    const text =
      'Fiqi, a former defence minister who took over the foreign portfolio last year, first sat down with Foreign ' +
      'Minister Badr Abdelatty in Cairo on Thursday.';
    expect(rowsOf(meetingsOf(text, '2025-03-15'), true)).toEqual(['Badr Abdelatty + Fiqi · 2025-03-13 · Cairo']);
  });
});

describe('a meeting told in other words', () => {
  it('is a call: "A and B were on the phone with each other"', () => {
    const text =
      'On the evening of 10 March, Prime Minister Andrew Holness and Prime Minister Mia Mottley were on the phone ' +
      'with each other for over an hour.';
    expect(rowsOf(meetingsOf(text, '2025-03-12'), true)).toEqual([
      'Andrew Holness + Mia Mottley · 2025-03-10 · by telephone',
    ]);
  });

  it('was chaired by two, after the words of where it took place', () => {
    const text =
      'The last joint meeting of the two cabinets took place in Bucharest in November 2022, chaired by Prime ' +
      'Minister Nicolae Ciucă and Prime Minister Natalia Gavrilița.';
    expect(rowsOf(meetingsOf(text, '2024-02-06'), true)).toEqual([
      'Natalia Gavrilița + Nicolae Ciucă · 2022-11 · Bucharest',
    ]);
  });

  it('is ahead when "pencilled in for" a month', () => {
    const text =
      'The High Joint Commission, co-chaired by Prime Minister Aziz Akhannouch and Prime Minister Mokhtar Ould ' +
      'Djay, had initially been pencilled in for April in Nouakchott.';
    const [m] = meetingsOf(text, '2025-11-22');
    expect([m?.status, m?.location]).toEqual(['planned', 'Nouakchott']);
  });

  it('is no meeting when denied: "There was no face-to-face meeting between A and B"', () => {
    const text = 'There was no face-to-face meeting between President Aleksandar Vucic and Prime Minister Albin Kurti.';
    expect(meetingsOf(text, '2023-10-27')).toEqual([]);
  });
});
