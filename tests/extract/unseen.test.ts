/**
 * Mechanisms for briefings the extractor was never tuned on, each shown with invented sentences: adjuncts between a
 * verb and the person met, ministries with long portfolios, a name followed by its office, people who sit down for
 * talks, the country a speaker stands for, and no country guessed from others the article names.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { lexicon, meetingsOf, meetingsOfFiles, pairs, table, who } from './unseen-helpers.js';

describe('the person met after when, where and how', () => {
  it('finds the guest after a date and a place between the verb and the name', () => {
    const [m] = meetingsOf(
      'Foreign Minister Tanvir Rahim received on Tuesday, 4 March 2025, in Dhaka, Ambassador Lucia Ferreira, ' +
        'Minister of Foreign Affairs of Uruguay, who is on a working visit.',
    );
    expect(m?.participants.map(who)).toEqual(['Tanvir Rahim', 'Lucia Ferreira']);
    expect(m?.location).toBe('Dhaka');
  });

  it('finds the caller after "a phone call on Saturday from"', () => {
    const [m] = meetingsOf(
      'Foreign Minister Tanvir Rahim had received a phone call on Saturday from Foreign Minister Ahmed Salem of Oman.',
    );
    expect(m?.kind).toBe('telephone');
    expect(m?.participants.map(who).sort()).toEqual(['Ahmed Salem', 'Tanvir Rahim']);
  });

  it('does not read past a clause to someone else', () => {
    expect(
      pairs('Foreign Minister Tanvir Rahim met on Tuesday the delegation that accompanied Ambassador Lucia Ferreira.'),
    ).toEqual([]);
  });
});

describe('offices written out', () => {
  const mentions = (sentence: string) =>
    findMentions(tokenize(sentence), table, lexicon).map((m) => ({ name: m.name, title: m.title, country: m.country }));

  it('keeps a ministry with a list of portfolios in the title', () => {
    expect(
      mentions('Minister of Foreign Affairs, Regional Integration and Togolese Abroad Robert Koffi spoke first.')[0],
    ).toEqual({
      name: 'Robert Koffi',
      title: 'Minister of Foreign Affairs, Regional Integration and Togolese Abroad',
      country: undefined,
    });
  });

  it('gives a bare name the office written after it: "Name, Poland\'s foreign minister,"', () => {
    expect(mentions('Marta Nowicka, Poland’s foreign minister, arrived in the morning.')[0]).toEqual({
      name: 'Marta Nowicka',
      title: 'foreign minister',
      country: 'POL',
    });
  });
});

describe('people who sit down together', () => {
  it('reads "A and B sat down for talks" as talks between them', () => {
    expect(
      pairs(
        'Foreign Minister Marta Nowicka and Foreign Minister Oleh Kravets have sat down for talks at the ministry.',
      ),
    ).toEqual(['Marta Nowicka + Oleh Kravets']);
  });
});

describe('the country a person stands for', () => {
  const countries = (text: string): Record<string, string | undefined> =>
    Object.fromEntries(meetingsOf(text).flatMap((m) => m.participants.map((p) => [who(p), p.country])));

  it('takes it from the person stating that country’s stand', () => {
    const text =
      'Prime Minister Omar Farid held talks with Foreign Minister Li Wen on Monday. ' +
      'Farid reaffirmed Egypt’s commitment to the partnership. ' +
      'Li Wen conveyed the greetings of the Chinese leadership to the prime minister.';
    expect(countries(text)).toEqual({ 'Omar Farid': 'Egypt', 'Li Wen': 'China' });
  });

  it('leaves it unknown rather than take another country the article names', () => {
    const text =
      'Prime Minister Omar Farid held talks with Foreign Minister Li Wen on Monday. ' +
      'Farid praised Egypt’s role in the region and welcomed investment from Kenya and Peru.';
    expect(countries(text)).toEqual({ 'Omar Farid': undefined, 'Li Wen': undefined });
  });
});

describe('a release in its author’s words', () => {
  const release = (body: string): string => `Hon. Dr Amina Yusuf\nMinister of Foreign Affairs of Nigeria\n\n${body}`;

  it('reads "I" as the author named at the top', () => {
    expect(
      pairs(
        release(
          'Today I welcomed Ghana’s Minister of Foreign Affairs, Kwame Asante, to Abuja. ' +
            'On Monday I spoke by phone with Foreign Minister Lucia Ferreira of Uruguay about our trade.',
        ),
      ),
    ).toEqual(['Amina Yusuf + Kwame Asante', 'Amina Yusuf + Lucia Ferreira']);
  });

  it('does not take a quoted "I" for the author', () => {
    expect(
      pairs(release('“I met Foreign Minister Lucia Ferreira of Uruguay last year,” a diplomat recalled.')),
    ).toEqual([]);
  });

  it('does not take "US" for "us"', () => {
    expect(pairs('Foreign Minister Tanvir Rahim met US Secretary of State Mark Dawson in Dhaka on Tuesday.')).toEqual([
      'Mark Dawson + Tanvir Rahim',
    ]);
  });
});

describe('offices and pairs in other words', () => {
  it('reads a portfolio before the office: "Foreign Affairs Secretary"', () => {
    expect(
      pairs('Foreign Affairs Secretary Ana Reyes spoke by phone with Foreign Minister Lucia Ferreira of Uruguay.'),
    ).toEqual(['Ana Reyes + Lucia Ferreira']);
  });

  it('reads "A and the visiting B agreed" and "A and B last sat down together" as talks', () => {
    expect(
      pairs('Foreign Minister Ana Reyes and visiting Foreign Minister Tran Van Long yesterday agreed to add flights.'),
    ).toEqual(['Ana Reyes + Tran Van Long']);
    expect(
      pairs('Foreign Minister Ana Reyes and Foreign Minister Tran Van Long last sat down together in January.'),
    ).toEqual(['Ana Reyes + Tran Van Long']);
  });
});

describe('meetings that did not happen', () => {
  it.each([
    'A meeting between Foreign Minister Ana Reyes and Foreign Minister Tran Van Long was called off on Tuesday.',
    'A meeting between Foreign Minister Ana Reyes and Foreign Minister Tran Van Long did not take place.',
    'A meeting between Foreign Minister Ana Reyes and Foreign Minister Tran Van Long has still not taken place.',
    'Foreign Minister Ana Reyes had sought a meeting with Foreign Minister Tran Van Long but was turned down.',
    'The palace ruled out a bilateral meeting between President Ana Reyes and President Tran Van Long this week.',
    'A meeting between President Ana Reyes and President Tran Van Long, sought for months, remains elusive.',
    'A separate meeting between President Ana Reyes and President Tran Van Long is not on the schedule at this time.',
    'President Ana Reyes said she hoped to meet President Tran Van Long in the near future.',
  ])('drops "%s"', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});

describe('more ways of naming', () => {
  it('reads a plural possessive and a bare "Secretary of Foreign Affairs"', () => {
    expect(
      meetingsOf(
        'Foreign Minister Tanvir Rahim welcomed the Philippines’ Secretary of Foreign Affairs, Ana Reyes, to Dhaka.',
      )[0]?.participants.map((p) => [p.name, p.country]),
    ).toEqual([
      // The host of a guest from elsewhere, in Dhaka: of Bangladesh.
      ['Tanvir Rahim', 'Bangladesh'],
      ['Ana Reyes', 'Philippines'],
    ]);
  });

  it('reads "the EAM" as the External Affairs Minister and an initial without its dot', () => {
    const text =
      'External Affairs Minister S Kumar arrived on Thursday. ' +
      'On Friday, the EAM exchanged views with UK Foreign Secretary Mark Dawson, and met Foreign Minister Ana Reyes.';
    expect(pairs(text)).toEqual(['Ana Reyes + S Kumar', 'Mark Dawson + S Kumar']);
  });

  it('does not read a dateline as a person: "Tashkant — President …"', () => {
    const [m] = meetingsOf('Tashkant — President Aziz Karimov today received Foreign Minister Ana Reyes.');
    expect(m?.participants.map(who)).toEqual(['Aziz Karimov', 'Ana Reyes']);
    expect(m?.location).toBe('Tashkent');
  });

  it('meets "my counterparts from" a list of countries in a release', () => {
    const text =
      'Hon. Dr Amina Yusuf\nMinister of Foreign Affairs of Nigeria\n\n' +
      'Last week I met my counterparts from Peru, Chile and Japan to discuss trade.';
    expect(pairs(text)).toEqual([
      'Amina Yusuf + Foreign Minister of Chile',
      'Amina Yusuf + Foreign Minister of Japan',
      'Amina Yusuf + Foreign Minister of Peru',
    ]);
    // The author's own country is not taken from "Chile and Japan".
    expect(meetingsOf(text).every((m) => m.participants[0]?.country === 'Nigeria')).toBe(true);
  });
});

describe('the dateline’s date', () => {
  it('dates an undated briefing: "ABU DHABI, 14th January, 2025 (WAM) -- … received today"', () => {
    const [m] = meetingsOfFiles(
      'ABU DHABI, 14th January, 2025 (WAM) -- Foreign Minister Omar Saeed received today Foreign Minister ' +
        'Lucia Ferreira of Uruguay.',
    );
    expect(m?.date).toEqual({ year: 2025, month: 1, day: 14 });
    expect(m?.location).toBe('Abu Dhabi');
  });

  it('is no meeting date: "DHAKA, Dec 10 (BSS) - … on Monday" in a briefing dated 10 December', () => {
    const [m] = meetingsOf(
      'DHAKA, Dec 10 (BSS) - Foreign Minister Tanvir Rahim met Foreign Minister Lucia Ferreira of Uruguay on Monday.',
      '2024-12-10',
    );
    expect(m?.date).toEqual({ year: 2024, month: 12, day: 9 });
    expect(m?.sources[0]?.sentence).toMatch(/^DHAKA, Dec 10 \(BSS\) - Foreign Minister/);
  });
});

describe('a sentence whose verb was dropped', () => {
  const dropped =
    'On Monday, Foreign Minister Tanvir Rahim several visiting ministers on the sidelines of the forum, among them ' +
    'Foreign Minister Lucia Ferreira of Uruguay and Foreign Minister Kwame Asante of Ghana.';

  it('reports meetings when the next sentence speaks of them', () => {
    expect(pairs(`${dropped} The meetings focused on shipping.`)).toEqual([
      'Kwame Asante + Tanvir Rahim',
      'Lucia Ferreira + Tanvir Rahim',
    ]);
  });

  it('reports none when nothing backs it, or when the sentence has a verb of its own', () => {
    expect(pairs(dropped)).toEqual([]);
    expect(
      pairs(
        'Foreign Minister Tanvir Rahim said Foreign Minister Lucia Ferreira of Uruguay was welcome. ' +
          'The talks focused on shipping.',
      ),
    ).toEqual([]);
  });
});

describe('names with no office written', () => {
  it('keeps a full name as a side, never a lone capitalised word', () => {
    expect(
      pairs('Juan Ramón de la Fuente held a working meeting this Wednesday at the ministry with Lucia Ferreira.'),
    ).toEqual(['Juan Ramón de la Fuente + Lucia Ferreira']);
    expect(pairs('Good met Lucia Ferreira on Tuesday.')).toEqual([]);
  });

  it('reads a Spanish "canciller" as a foreign minister', () => {
    const [m] = meetingsOf('The Guatemalan canciller was then received at the National Palace by President Ana Ruiz.');
    expect(m?.participants.map((p) => [p.title, p.country])).toEqual([
      ['Canciller', 'Guatemala'],
      ['President', undefined],
    ]);
  });
});

describe('quoted posts and long lists', () => {
  it('reads a quoted post as a meeting of its writer, dated by the day it was posted', () => {
    const text =
      'Foreign Minister Tanvir Rahim spent three days at the regional forum. ' +
      '“Met Uruguay’s Foreign Minister Lucia Ferreira this morning. Shipping links were on the table,” Rahim ' +
      'posted on X on Thursday.';
    const [m] = meetingsOf(text, '2025-03-08');
    expect(m?.participants.map(who)).toEqual(['Tanvir Rahim', 'Lucia Ferreira']);
    expect(m?.date).toEqual({ year: 2025, month: 3, day: 6 });
  });

  it('shares "his counterparts from Thailand, the Philippines and Laos" out one each', () => {
    expect(
      pairs('Foreign Minister Tanvir Rahim also met his counterparts from Thailand, the Philippines and Laos.'),
    ).toEqual([
      'Foreign Minister of Laos + Tanvir Rahim',
      'Foreign Minister of Philippines + Tanvir Rahim',
      'Foreign Minister of Thailand + Tanvir Rahim',
    ]);
  });

  it('keeps "Antony Blinken, Ms. Kamikawa" two people', () => {
    const names = findMentions(
      tokenize('Talks with Secretary of State Antony Blinken, Ms. Kamikawa and Penny Wong.'),
      table,
      lexicon,
    ).map((m) => m.name);
    expect(names).toEqual(['Antony Blinken', 'Kamikawa', 'Penny Wong']);
  });
});

describe('tours', () => {
  it('meets each leader at the stop and on the day the itinerary gives', () => {
    const [hanoi, jakarta] = meetingsOf(
      'Prime Minister Kenji Sato will visit Hanoi on 12 May and Jakarta on 14 May for talks with Vietnamese Prime ' +
        'Minister Tran Van Long and Indonesian President Budi Santoso.',
      '2025-05-06',
    );
    expect([hanoi?.participants[1]?.name, hanoi?.location, hanoi?.date, hanoi?.status]).toEqual([
      'Tran Van Long',
      'Hanoi',
      { year: 2025, month: 5, day: 12 },
      'planned',
    ]);
    expect([jakarta?.participants[1]?.name, jakarta?.location, jakarta?.date]).toEqual([
      'Budi Santoso',
      'Jakarta',
      { year: 2025, month: 5, day: 14 },
    ]);
  });

  it('does not read the month of May as "may"', () => {
    expect(
      pairs('Foreign Minister Ana Reyes flies to Lima on 14 May for talks with Foreign Minister Tran Van Long.'),
    ).toEqual(['Ana Reyes + Tran Van Long']);
    expect(pairs('Foreign Minister Ana Reyes may meet Foreign Minister Tran Van Long next week.')).toEqual([]);
  });
});

describe('calls from a list', () => {
  it('reads "calls from A and from B" as a call with each', () => {
    expect(
      pairs(
        'Foreign Minister Ana Reyes received two separate calls on Saturday from Foreign Minister Tran Van Long and ' +
          'from Foreign Minister Lucia Ferreira of Uruguay.',
      ),
    ).toEqual(['Ana Reyes + Tran Van Long', 'Ana Reyes + Lucia Ferreira'].sort());
  });

  it('finds the dateline under a headline written as a paragraph of its own', () => {
    const [m] = meetingsOfFiles(
      'Ministers to meet in January as treaty talks begin\n\nMOSCOW, December 10, 2018 (TASS) – Foreign Minister ' +
        'Sergey Lavrov on Monday received Foreign Minister Walid al-Muallem at the ministry.',
    );
    expect([m?.date, m?.location]).toEqual([{ year: 2018, month: 12, day: 10 }, 'Moscow']);
  });
});

describe('compounds of two names', () => {
  it('reads "the Moon-Kim summit" as no person, so "Moon" stays the president', () => {
    expect(
      findMentions(tokenize('Officials confirmed plans for the Moon-Kim summit.'), table, lexicon).flatMap((m) =>
        m.name ? [m.name] : [],
      ),
    ).toEqual([]);
  });
});

describe('plural meeting nouns and the office as written', () => {
  it('reads "separate telephone conversations with his counterparts from A and B" as a call with each', () => {
    const text =
      'Foreign Minister Tanvir Rahim held separate telephone conversations on Monday with his counterparts from ' +
      'Oman and Kenya about shipping in the Red Sea.';
    expect(pairs(text)).toEqual([
      'Foreign Minister of Kenya + Tanvir Rahim',
      'Foreign Minister of Oman + Tanvir Rahim',
    ]);
    expect(meetingsOf(text).every((m) => m.kind === 'telephone')).toBe(true);
  });

  it('reads "the EAM" as the one External Affairs Minister, not the foreign minister last named', () => {
    const text =
      'External Affairs Minister S Kumar arrived in Lima on Thursday. ' +
      'Peru’s Foreign Minister Luis Prado opened the conference and spoke of the lithium market. ' +
      'On Friday, the EAM had bilateral exchanges with Chilean Foreign Minister Ana Reyes.';
    expect(pairs(text)).toEqual(['Ana Reyes + S Kumar']);
  });
});

describe('lists of counterparts', () => {
  it('reads a list with each office written after its name as one meeting with each', () => {
    const text =
      'On the margins of the forum, the minister, Ana Reyes, held bilateral meetings with Mr. Tomas Berg, Minister ' +
      'of Foreign Affairs of Norway, Ms. Leila Haddad, Foreign Minister of Tunisia, and Prince Karim Al Sabah, ' +
      'Minister of Foreign Affairs of Kuwait.';
    const found = meetingsOf(text);
    expect(found.map((m) => m.participants.map(who).sort().join(' + ')).sort()).toEqual([
      'Ana Reyes + Karim Al Sabah',
      'Ana Reyes + Leila Haddad',
      'Ana Reyes + Tomas Berg',
    ]);
    // Each keeps the country written after their own name, not the one before.
    const haddad = found.flatMap((m) => m.participants).find((p) => p.name === 'Leila Haddad');
    expect(haddad?.country).toBe('Tunisia');
  });

  it('reads items set off by semicolons, with honorifics and an organisation after the office', () => {
    const text =
      'President Amara Diallo met with President Jonas Mbeki of the Republic of Namibia; Dr. Lin Wei, ' +
      'Secretary-General of the Association of Southeast Asian Nations (ASEAN); and Carla Ortiz, Minister of ' +
      'Foreign Affairs of the Republic of Chile.';
    expect(pairs(text)).toEqual(['Amara Diallo + Carla Ortiz', 'Amara Diallo + Jonas Mbeki', 'Amara Diallo + Lin Wei']);
  });

  it('reads a last item described before its name: "and the head of the Kyrgyz Foreign Ministry, Name"', () => {
    const text =
      'Foreign Minister Ana Reyes on Wednesday held meetings with Chinese Foreign Minister Li Wen and the head of ' +
      'the Kyrgyz Foreign Ministry, Bakyt Osmonov, in Tashkent.';
    expect(pairs(text)).toEqual(['Ana Reyes + Bakyt Osmonov', 'Ana Reyes + Li Wen']);
  });
});

describe('recollections and spellings', () => {
  it('reads "President A and B recalled their talks in Minsk in May 2018" as that past meeting of both', () => {
    const text =
      'President Emil Rahmanov received President Ivan Petrenko in Dushanbe on Thursday. ' +
      'President Emil Rakhmanov and Ivan Petrenko recalled their talks in Minsk in May 2018 and praised the growth ' +
      'of trade.';
    const found = meetingsOf(text, '2025-03-07');
    expect(found.map((m) => [m.participants.map(who).join(' + '), m.date, m.location])).toEqual([
      ['Emil Rahmanov + Ivan Petrenko', { year: 2025, month: 3, day: 6 }, 'Dushanbe'],
      ['Emil Rahmanov + Ivan Petrenko', { year: 2018, month: 5 }, 'Minsk'],
    ]);
  });
});

describe('a meeting recalled in the possessive', () => {
  it('reads "A recalled his talks with B in Doha in February 2023" as that past meeting', () => {
    const text =
      'The Emir of Qatar Hamad Al Thani met President Emil Rahmanov in Baku on Wednesday. ' +
      'The Emir recalled his talks with President Emil Rahmanov in Doha in February 2023.';
    const found = meetingsOf(text, '2024-11-14').map((m) => [m.date, m.location]);
    expect(found).toContainEqual([{ year: 2023, month: 2 }, 'Doha']);
  });
});

describe('a day before the meeting reported before', () => {
  const dates = (text: string): Map<string, unknown> =>
    new Map(meetingsOf(text, '2025-03-06').map((m) => [m.participants.map(who).sort().join(' + '), m.date]));

  it('dates "a day earlier" by the meeting before it, not by the briefing', () => {
    const found = dates(
      'Foreign Minister Tanvir Rahim received Foreign Minister Ana Reyes in Dhaka on 4 March. ' +
        'A day earlier, Rahim held a video call with Foreign Minister Tomas Berg of Norway.',
    );
    expect(found.get('Ana Reyes + Tanvir Rahim')).toEqual({ year: 2025, month: 3, day: 4 });
    expect(found.get('Tanvir Rahim + Tomas Berg')).toEqual({ year: 2025, month: 3, day: 3 });
  });

  it('reads "had spoken by phone the previous day with" as a call the day before', () => {
    const found = dates(
      'Foreign Minister Tanvir Rahim received Foreign Minister Ana Reyes in Dhaka on 4 March. ' +
        'He had spoken by phone the previous day with Foreign Minister Leila Haddad of Tunisia.',
    );
    expect(found.get('Leila Haddad + Tanvir Rahim')).toEqual({ year: 2025, month: 3, day: 3 });
  });
});

describe('a lead that names no one', () => {
  it('dates the meetings that follow by the day the lead reports', () => {
    const text =
      'President Amara Diallo today received at the palace a number of heads of state attending the forum. ' +
      'In separate meetings, President Diallo met with President Jonas Mbeki of Namibia and with Carla Ortiz, ' +
      'Minister of Foreign Affairs of Chile.';
    const found = meetingsOf(text, '2025-01-14');
    expect(found.map((m) => m.participants.map(who).join(' + ')).sort()).toEqual([
      'Amara Diallo + Carla Ortiz',
      'Amara Diallo + Jonas Mbeki',
    ]);
    expect(found.map((m) => m.date)).toEqual([
      { year: 2025, month: 1, day: 14 },
      { year: 2025, month: 1, day: 14 },
    ]);
  });
});

describe('the occasion’s place', () => {
  it('places the day’s meetings at the dateline’s city: "BAKU, Azerbaijan, November 13."', () => {
    const text =
      'BAKU, Azerbaijan, November 13. President Emil Rahmanov today held meetings with President Ana Reyes of Chile ' +
      'and Prime Minister Tomas Berg of Norway. Later, President Rahmanov received the President of Tunisia, ' +
      'Leila Haddad, at the conference venue.';
    const found = meetingsOf(text, '2024-11-13');
    expect(found).toHaveLength(3);
    expect(found.map((m) => m.location)).toEqual(['Baku', 'Baku', 'Baku']);
  });

  it('reads a city written in two words as the table’s one: "Ha Noi (VNA) –"', () => {
    const [m] = meetingsOf(
      'Ha Noi (VNA) – Prime Minister Tran Van Minh received Foreign Minister Ana Reyes on May 12. The two ' +
        'sides agreed to open more direct flights and to raise trade in rice and coffee.',
      '2025-05-13',
    );
    expect([m?.participants.map(who), m?.location]).toEqual([['Tran Van Minh', 'Ana Reyes'], 'Hanoi']);
  });

  it('takes no city from a demonym: "Chilean" is not Chillán', () => {
    const [m] = meetingsOf('Vice Minister Kim Jin-ho met a visiting Chilean deputy minister, Ana Reyes, on Tuesday.');
    expect(m?.location).toBeUndefined();
  });
});

describe('invitations', () => {
  const visits = (text: string): string[] =>
    meetingsOf(text, '2025-03-06')
      .filter((m) => m.kind === 'visit')
      .map((m) => `${m.participants.map(who).sort().join(' + ')} · ${m.status} · ${m.location ?? '-'}`);

  it('reads an accepted invitation as a planned visit, accepted in the sentence or the next', () => {
    expect(
      visits(
        'Minister Ana Reyes met Minister Tomas Berg in Lima on Monday. Minister Berg invited Minister Reyes to pay an ' +
          'official visit to Oslo in the autumn. The invitation was accepted with gratitude.',
      ),
    ).toEqual(['Ana Reyes + Tomas Berg · planned · Oslo']);
    expect(visits('Ana Reyes accepted Tomas Berg’s invitation to visit Oslo at a mutually convenient time.')).toEqual([
      'Ana Reyes + Tomas Berg · planned · Oslo',
    ]);
  });

  it('reads an invitation nobody accepted as no visit, and a declaration as no person', () => {
    expect(visits('Foreign Minister Ana Reyes extended an invitation to Tomas Berg to visit Chile.')).toEqual([]);
    expect(
      meetingsOf('Minister Ana Reyes recalled the Alma-Ata Declaration and met Minister Tomas Berg on Monday.').flatMap(
        (m) => m.participants.map(who),
      ),
    ).not.toContain('Alma-Ata Declaration');
  });
});

describe('people who will sit down together, and trips ahead', () => {
  it('reads "A and B will hold their first round of talks" as planned talks and "are to hold a video call" as a call', () => {
    const [talks] = meetingsOf(
      'President Ana Reyes and Prime Minister Tomas Berg will hold their first round of talks on Friday.',
    );
    expect([talks?.status, talks?.kind]).toEqual(['planned', 'talks']);
    const [call] = meetingsOf('Minister Ana Reyes and Foreign Minister Tomas Berg are to hold a video call on Sunday.');
    expect([call?.status, call?.kind]).toEqual(['planned', 'telephone']);
  });

  it('reads "is scheduled to travel to Riyadh on Monday for talks with" as planned, and "in Cairo his counterpart"', () => {
    const [trip] = meetingsOf(
      'Minister Ana Reyes is scheduled to travel to Riyadh on Monday for talks with Foreign Minister Tomas Berg.',
    );
    expect([trip?.status, trip?.location]).toEqual(['planned', 'Riyadh']);
    expect(
      pairs('Foreign Minister Ana Reyes received on Sunday in Cairo his Jordanain counterpart Tomas Berg for talks.'),
    ).toEqual(['Ana Reyes + Tomas Berg']);
  });

  it('reads "had earlier held talks" with no date as the day of the briefing’s occasion', () => {
    const found = meetingsOf(
      'Minister Ana Reyes was received by President Tomas Berg in Algiers on Sunday. Reyes had earlier held talks ' +
        'with her counterpart Leila Haddad at the foreign ministry.',
      '2025-04-07',
    );
    expect(found.map((m) => m.date)).toEqual([
      { year: 2025, month: 4, day: 6 },
      { year: 2025, month: 4, day: 6 },
    ]);
  });
});

describe('venues, advisers and offices of others', () => {
  it('reads "received at the Akorda today A, B and C" as a meeting with each, not with the palace', () => {
    expect(
      pairs(
        'President Amara Diallo received at the Akorda today Chinese Ambassador Li Wen, Turkish Foreign Minister ' +
          'Tomas Berg and Uzbekistan’s Minister of Investment, Industry and Trade Leila Haddad.',
      ),
    ).toEqual(['Amara Diallo + Leila Haddad', 'Amara Diallo + Li Wen', 'Amara Diallo + Tomas Berg']);
  });

  it('reads "Foreign Affairs Adviser" as an office in a list', () => {
    expect(
      pairs(
        'Foreign Minister Ana Reyes held bilateral meetings with Omani Foreign Minister Said Al Harthy and ' +
          'Bangladesh’s Foreign Affairs Adviser Md Karim Hossain.',
      ),
    ).toEqual(['Ana Reyes + Md Karim Hossain', 'Ana Reyes + Said Al Harthy']);
  });

  it('gives no one the office of the person spoken to: "Talking to the Turkish minister, A recalled …"', () => {
    const found = meetingsOf(
      'President Amara Diallo of Senegal received Turkish Foreign Minister Tomas Berg on Monday. Talking to the ' +
        'Turkish minister, Amara Diallo recalled his talks with President Emil Rahmanov in Ankara in May 2022.',
    );
    const diallo = found.flatMap((m) => m.participants).filter((p) => p.name === 'Amara Diallo');
    expect(diallo.length).toBeGreaterThan(0);
    expect(diallo.every((p) => p.country === 'Senegal')).toBe(true);
  });
});

describe('a lead with no date under a dated dateline', () => {
  it('dates it by the dateline, apart from the pair’s meeting recalled later', () => {
    const found = meetingsOf(
      'Astana, 5 March (Kazinform) – President Amara Diallo held talks with President Emil Rahmanov, who arrived ' +
        'on an official visit. The two presidents last met in Bishkek in October 2023.',
      '2025-03-06',
    );
    expect(found.map((m) => [m.date, m.location])).toEqual([
      [{ year: 2025, month: 3, day: 5 }, 'Astana'],
      [{ year: 2023, month: 10 }, 'Bishkek'],
    ]);
  });
});

describe('counterparts named after their countries', () => {
  it('reads "A and his French and German counterparts, B and C, met together" as one meeting, a country each', () => {
    const [m] = meetingsOf(
      'Poland’s Foreign Minister Jan Nowak and his French and German counterparts, Pierre Dubois and Anna Weber, ' +
        'met together on Monday at a chateau near Paris.',
    );
    expect(m?.participants.map((p) => `${who(p)} (${p.country})`)).toEqual([
      'Jan Nowak (Poland)',
      'Pierre Dubois (France)',
      'Anna Weber (Germany)',
    ]);
  });

  it('reads "will host her French and Polish counterparts, B and C, for a meeting" as one planned meeting', () => {
    const found = meetingsOf(
      'Minister Ana Reyes will host her French and Polish counterparts, Pierre Dubois and Jan Nowak, for a meeting ' +
        'in Berlin on Friday.',
    );
    expect(found.map((m) => [m.participants.map(who).join(' + '), m.status, m.location])).toEqual([
      ['Ana Reyes + Pierre Dubois + Jan Nowak', 'planned', 'Berlin'],
    ]);
  });
});

describe('"His Highness" standing alone', () => {
  it('is the person the briefing styles so, not the dignitary named last', () => {
    const text =
      'President His Highness Sheikh Khalid bin Rashid today received President Amara Diallo at the palace. The ' +
      'meeting was attended by H.E. Omar Saleh, Minister of State. Earlier, His Highness received Leila Haddad, ' +
      'Minister of Foreign Affairs of Tunisia.';
    expect(pairs(text, '2025-01-14')).toEqual(['Amara Diallo + Khalid bin Rashid', 'Khalid bin Rashid + Leila Haddad']);
  });
});

describe('a royal style for the office-holder', () => {
  it('reads "Prince Faisal" as the briefing’s foreign minister, though the corpus spells him two ways', () => {
    const found = meetingsOfFiles(
      ` date 2024-10-31 \n\nSaudi Foreign Minister Prince Faisal bin Khalid held talks with Foreign Minister Ana ` +
        `Reyes in Riyadh on Wednesday. Yesterday, Prince Faisal received a phone call from Egyptian Foreign ` +
        `Minister Omar Saleh.`,
      ` date 2025-02-21 \n\nOn 20 February, the minister held bilateral meetings with Prince Faisal bin Khalid Al ` +
        `Saud, Minister of Foreign Affairs of Saudi Arabia, in Johannesburg.`,
    );
    const calls = found.filter((m) => m.kind === 'telephone').map((m) => m.participants.map(who).sort().join(' + '));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^(?:Prince )?Faisal bin Khalid.* \+ Omar Saleh$/);
  });
});

describe('a surname the corpus finds ambiguous', () => {
  it('is followed as the one person of the briefing it fits: "Youssouf will travel …; he is to hold talks"', () => {
    const text =
      'The Chairperson of the Commission, Mahmoud Ali Youssouf, today received Foreign Minister Ana Reyes. On ' +
      'Wednesday, Minister Reyes was received by Prime Minister Tomas Berg at his office. Youssouf will travel next ' +
      'week to the region. According to his office, he is scheduled to hold talks with President Leila Haddad in ' +
      'Tunis on Monday.';
    const found = meetingsOfFiles(
      ` date 2025-03-20 \n\n${text}`,
      ` date 2025-02-16 \n\nPresident Amara Diallo held a bilateral meeting with the AU Commission Chairperson, ` +
        `Mahmoud Ali Youssouf, and with Ambassador Omar Youssouf of Djibouti on Saturday.`,
    );
    const haddad = found.find((m) => m.participants.some((p) => p.name === 'Leila Haddad'));
    expect(haddad?.participants.map(who)).toEqual(['Mahmoud Ali Youssouf', 'Leila Haddad']);
  });
});

describe('an undated briefing whose opening gives a full date', () => {
  it('reads its other days against that date, and never a page header’s', () => {
    const found = meetingsOfFiles(
      'Sunday, 12 January 2031 | Lagos 31°C | Subscribe\n\nForeign Minister Ana Reyes left Lima on Sunday, ' +
        'November 9, 2025, for a tour of the region, the ministry said. She will be received by President Tomas ' +
        'Berg in Quito on Monday. A day before leaving, Reyes hosted Foreign Minister Leila Haddad of Tunisia in Lima ' +
        'on Saturday.',
    );
    const byName = new Map(found.map((m) => [m.participants.map(who).sort().join(' + '), m.date]));
    expect(byName.get('Ana Reyes + Tomas Berg')).toEqual({ year: 2025, month: 11, day: 10 });
    expect(byName.get('Ana Reyes + Leila Haddad')).toEqual({ year: 2025, month: 11, day: 8 });
  });
});
