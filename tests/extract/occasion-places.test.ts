/**
 * Where and when a briefing's meetings took place when their own sentence does not say: the occasion the briefing
 * reports (a summit's or a visit's days, the city its opening names), a dateline whose town the tables do not know,
 * and a venue followed by its city. Invented briefings.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/extract/features.js';
import { formatPartialDate } from '../../src/calendar.js';
import type { Meeting } from '../../src/extract/types.js';
import { ctx, meetingsOf, meetingsOfFiles, who } from './unseen-helpers.js';

/** Each meeting as "A + B · date · place". */
const rows = (meetings: Meeting[]): string[] =>
  meetings
    .map((m) => {
      const names = m.participants.map(who).sort().join(' + ');
      return `${names} · ${m.date ? formatPartialDate(m.date) : '-'} · ${m.location ?? '-'}`;
    })
    .sort();

describe("an occasion's town", () => {
  it("places sidelines meetings in the town the opening forum is named after, not in an organisation's", () => {
    const forum =
      'Foreign Minister Hakan Fidan held a series of meetings on the margins of the fourth Antalya Diplomacy Forum, ' +
      'which closed on Sunday.\n\nFidan met Russian Foreign Minister Sergey Lavrov on Friday.';
    expect(rows(meetingsOf(forum, '2025-04-13'))).toEqual(['Hakan Fidan + Sergey Lavrov · 2025-04-11 · Antalya']);
    const organisation =
      'Foreign Minister Sergey Lavrov held meetings on the sidelines of the Shanghai Cooperation Organisation ' +
      'ministerial on Wednesday.\n\nLavrov met Chinese Foreign Minister Wang Yi on Wednesday.';
    expect(rows(meetingsOf(organisation, '2025-04-10'))).toEqual(['Sergey Lavrov + Wang Yi · 2025-04-09 · -']);
  });
});

describe("an occasion's days", () => {
  it('takes the occasion from the first sentences past a photo caption, its acronym in brackets before its city', () => {
    const text =
      'FILE - Prime Minister Jeremiah Manele speaks to reporters in Canberra, July 10, 2025.\n\nPrime Minister ' +
      'Jeremiah Manele has held a series of bilateral meetings on the margins of the 54th Pacific Islands Forum ' +
      'Leaders Meeting (PIFLM) in Honiara this week.\n\nOn Tuesday, PM Manele met with Australian Prime Minister ' +
      'Anthony Albanese.\n\nOn Wednesday, the Prime Minister held talks with Fiji Prime Minister Sitiveni Rabuka.';
    expect(rows(meetingsOf(text, '2025-09-12'))).toEqual([
      'Anthony Albanese + Jeremiah Manele · 2025-09-09 · Honiara',
      'Jeremiah Manele + Sitiveni Rabuka · 2025-09-10 · Honiara',
    ]);
  });

  it("places each day's meetings of a conference at its city, from the opening sentence", () => {
    const text =
      'Estonian Foreign Minister Margus Tsahkna held a series of bilateral meetings at the security conference in ' +
      'Munich this weekend.\n\nOn Friday, Tsahkna met Polish Foreign Minister Radoslaw Sikorski to discuss air ' +
      'defence.\n\nOn Saturday morning, Tsahkna held talks with Moldovan Foreign Minister Mihai Popsoi on energy.';
    expect(rows(meetingsOf(text, '2025-02-16'))).toEqual([
      'Margus Tsahkna + Mihai Popsoi · 2025-02-15 · Munich',
      'Margus Tsahkna + Radoslaw Sikorski · 2025-02-14 · Munich',
    ]);
  });

  it('stops at a day placed elsewhere: a tour moves on', () => {
    const text =
      'Irish Foreign Minister Simon Harris held talks in Amman on Monday with Jordanian Foreign Minister Ayman ' +
      'Safadi.\n\nOn Tuesday, Harris met Lebanese Prime Minister Nawaf Salam in Beirut.\n\nOn Wednesday, Harris ' +
      'held talks with Lebanese President Joseph Aoun on the peacekeeping mission.';
    expect(rows(meetingsOf(text, '2025-03-06'))).toEqual([
      'Ayman Safadi + Simon Harris · 2025-03-03 · Amman',
      'Joseph Aoun + Simon Harris · 2025-03-05 · -',
      'Nawaf Salam + Simon Harris · 2025-03-04 · Beirut',
    ]);
  });

  it("gives a plan of the visit's next days its city when the visitor met someone there", () => {
    const text =
      'COLOMBO, June 10 (Reuters) - Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Sri ' +
      'Lankan Foreign Minister Vijitha Herath in Colombo on Tuesday.\n\nJaishankar is scheduled to call on Prime ' +
      'Minister Harini Amarasuriya on Wednesday.';
    expect(rows(meetingsOf(text, '2025-06-10'))).toContain(
      'Harini Amarasuriya + Subrahmanyam Jaishankar · 2025-06-11 · Colombo',
    );
  });

  it("leaves a trip ahead without the dateline's city when no one has met anyone yet", () => {
    const text =
      'SEOUL, Sept. 17 (Yonhap) -- President Moon Jae-in will fly to the North on Tuesday for talks with its ' +
      'leader.\n\nForeign Minister Kang Kyung-wha held a phone conversation with U.S. Secretary of State Mike ' +
      'Pompeo on Sunday.\n\nMoon and North Korean leader Kim Jong-un will hold their first round of talks on ' +
      'Tuesday afternoon.';
    const moon = meetingsOf(text, '2018-09-17').find((m) => m.participants.some((p) => p.name === 'Kim Jong-un'));
    expect(moon?.location).toBeUndefined();
  });

  it("takes the city of a visit the opening names, not the reporter's dateline", () => {
    const text =
      "YEREVAN, MARCH 13, ARMENPRESS. Armenia's Foreign Minister Ararat Mirzoyan, who is on a working visit to " +
      'Brussels, held talks on March 12 with EU foreign policy chief Kaja Kallas.\n\nEarlier on Wednesday the ' +
      'Armenian minister met European Commissioner Marta Kos.';
    const kos = meetingsOf(text, '2025-03-13').find((m) => m.participants.some((p) => p.name === 'Marta Kos'));
    expect(kos?.location).toBe('Brussels');
  });

  it('does not take a place the talks were about ("the crisis in Gaza") for the occasion', () => {
    const text =
      'Saudi Foreign Minister Prince Faisal bin Farhan held separate meetings on Wednesday with Ghanaian Foreign ' +
      'Minister Shirley Ayorkor Botchwey and Peruvian Foreign Minister Elmer Schialer.\n\nThe talks covered the ' +
      'humanitarian situation in Gaza and investment.';
    for (const m of meetingsOf(text, '2024-10-31')) expect(m.location).not.toBe('Gaza');
  });
});

describe('a dateline whose town the tables do not know', () => {
  it('still dates the briefing when it names its agency', () => {
    const text =
      '(ANSA) - PORTOFINO, MAY 3 - Italian Foreign Minister Antonio Tajani met Greek Foreign Minister Giorgos ' +
      "Gerapetritis on Friday on the sidelines of the group's 2024 meeting of foreign ministers.";
    const [meeting] = meetingsOfFiles(text);
    expect(meeting?.date && formatPartialDate(meeting.date)).toBe('2024-05-03');
  });
});

describe('a dateline on its own line under a masthead', () => {
  it('dates and places the briefing, in the one year its headline names', () => {
    const raw =
      'Andes Wire - Regional News Agency\nLima, Nov. 16 (ANDES).\n\nAPEC 2024: Peru hosts leaders for talks\n\n' +
      "On Friday, Peru's President Dina Boluarte met Japanese Prime Minister Shigeru Ishiba on the margins of the " +
      'forum.';
    const [meeting] = meetingsOfFiles(raw);
    expect(meeting && formatPartialDate(meeting.date!)).toBe('2024-11-15');
    expect(meeting?.location).toBe('Lima');
  });
});

describe('datelines and link rows', () => {
  it('reads a dateline ended by three dashes ("Muscat, 8 May (ONA) ---")', () => {
    const raw =
      'Thursday, 08 May 2025 | 10 Dhu al-Qadah 1446 AH\n\nMuscat, 8 May (ONA) --- Omani Foreign Minister Badr ' +
      'Albusaidi received a phone call today from Iranian Foreign Minister Abbas Araghchi in the year 2025.';
    const [meeting] = meetingsOfFiles(raw);
    expect(meeting?.date && formatPartialDate(meeting.date)).toBe('2025-05-08');
  });

  it('drops a row of links to other stories, so that its headlines give no one an office', () => {
    const raw =
      ' date 2025-02-11 \n\nForeign Minister Mohamed Ali Nafti held talks with Algerian Foreign Minister ' +
      'Ahmed Attaf in Tunis on Tuesday.\n\n> Nafti, Chinese ambassador discuss cooperation in the health sector > ' +
      'Tunisia, Algeria to hold a business forum in Tabarka';
    const [meeting] = meetingsOfFiles(raw);
    expect(meeting?.participants.find((p) => p.name === 'Mohamed Ali Nafti')?.country).toBeUndefined();
  });

  it('reads "Nafti, Chinese ambassador discuss …" as two sides, not a name and its office', () => {
    const text =
      'Foreign Minister Mohamed Ali Nafti met Algerian Foreign Minister Ahmed Attaf in Tunis on Tuesday.' +
      '\n\nNafti, Chinese ambassador discuss cooperation in the health sector, the ministry said in a statement.';
    const nafti = meetingsOf(text, '2025-02-12').flatMap((m) =>
      m.participants.filter((p) => p.name?.includes('Nafti')),
    );
    expect(nafti.length).toBeGreaterThan(0);
    expect(nafti.every((p) => p.country === undefined)).toBe(true);
  });
});

describe('a venue followed by its city', () => {
  it('is in the city written after it, not in the city the venue table knows', () => {
    const found = findPlaces('talks held at the Itamaraty Palace in Rio de Janeiro on Monday', ctx.findPlace);
    expect(found.map((f) => f.place.name)).toEqual(['Rio de Janeiro']);
  });
});

describe("a live blog's subheads", () => {
  it('reads a subhead with a word of meeting as a sentence where it stands', () => {
    const text =
      'Europe live: Kallas in the South Caucasus\n\nThe EU foreign policy chief Kaja Kallas is spending the day ' +
      'in Yerevan, with talks planned across the government.\n\n14:35 – Pashinyan receives Kallas\n\nThe ' +
      'Armenian prime minister Nikol Pashinyan thanked the EU for its monitoring mission along the border.';
    expect(
      meetingsOf(text, '2025-07-10').map((m) =>
        m.participants
          .map((p) => p.name)
          .sort()
          .join(' + '),
      ),
    ).toEqual(['Kaja Kallas + Nikol Pashinyan']);
  });
});

describe('a capital named by its country', () => {
  it('reads "in the Afghan capital" as Kabul and "the Belgian capital" as Brussels', () => {
    const found = (text: string): string[] => findPlaces(text, ctx.findPlace).map((f) => f.place.name);
    expect(found('In the Afghan capital, the minister is to hold talks with his counterpart.')).toEqual(['Kabul']);
    expect(found('His programme in the Belgian capital continues on Friday.')).toEqual(['Brussels']);
    expect(found('He praised the capital markets in the region.')).toEqual([]);
  });
});

describe('an envoy at their post', () => {
  it("places an ambassador's call on the host country's official in its capital, a phone call nowhere", () => {
    const text =
      'Turkmen Foreign Minister Rashid Meredov received the newly appointed Ambassador of the Republic of Korea ' +
      'Park Ji-hoon, who presented a copy of his credentials.';
    expect(meetingsOfFiles(text).map((m) => m.location)).toEqual(['Ashgabat']);
    const call = 'Turkmen Foreign Minister Rashid Meredov spoke by phone with Korean Ambassador Park Ji-hoon.';
    expect(meetingsOfFiles(call).map((m) => m.location)).toEqual(['by telephone']);
  });
});
