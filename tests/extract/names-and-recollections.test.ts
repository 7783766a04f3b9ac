/**
 * Who a sentence is about when its words mislead (a town's name that is a person's, a palace before the verb, a
 * Polynesian name, a people within a country) and meetings told as a question, a guess or a recollection of "their"
 * summit. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, meetingsOfFiles, pairs, pairsOf, rowsOf, who } from './unseen-helpers.js';
import { formatPartialDate } from '../../src/calendar.js';

const told = (text: string, date: string): string[] => rowsOf(meetingsOf(text, date), true);

describe('a question or a guess about a meeting', () => {
  it('reports no meeting asked "whether" it will happen, or guessed to be likely', () => {
    const text =
      'President Ferdinand Marcos Jr. will attend the summit in Kuala Lumpur. Asked whether Marcos would also sit ' +
      'down with US President Donald Trump, the spokesman said nothing was fixed. He said there was "a strong ' +
      'likelihood" that Trump and Chinese President Xi Jinping would meet at some point.';
    expect(pairs(text, '2025-10-24')).toEqual([]);
  });

  it('reports no meeting only wished for ("would very much like to see", "hopes to meet")', () => {
    const text =
      'President Emmanuel Macron told reporters he would very much like to see Chinese Premier Li Qiang before ' +
      'leaving, but no slot was found. Prime Minister Anthony Albanese hopes to meet President Xi Jinping in Rio.';
    expect(pairs(text, '2025-11-23')).toEqual([]);
  });
});

describe('a person behind a misleading word', () => {
  it('reads a bare surname that is also a town as the person the briefing names so', () => {
    const text =
      'UN envoy Maria Angela Holguin arrived in Nicosia for a week of talks. Holguin, who landed in Larnaca on ' +
      'Monday night, met President Nikos Christodoulides on Wednesday at the presidential palace.';
    expect(pairs(text, '2026-01-15')).toEqual(['Maria Angela Holguin + Nikos Christodoulides']);
  });

  it('reads an everyday word opening a sentence as the family name written first ("Shin Won-sik … Shin,")', () => {
    const text =
      'Defence Minister Shin Won-sik arrived in Perth on Monday. Shin, for his part, met Defence Minister Richard ' +
      'Marles in Geelong on Tuesday.';
    expect(pairs(text, '2024-05-01')).toEqual(['Richard Marles + Shin Won-sik']);
  });

  it('takes the one who travelled, not the palace they went to, as the one who met', () => {
    const text =
      'US deputy envoy Morgan Ortagus met President Joseph Aoun in Baabda on Saturday. The US envoy then headed to ' +
      'the Grand Serail to meet Prime Minister Nawaf Salam.';
    expect(pairs(text, '2025-04-07')).toEqual(['Joseph Aoun + Morgan Ortagus', 'Morgan Ortagus + Nawaf Salam']);
  });

  it('reads a name opened by a glottal stop, after "Rt. Hon." or "Hon. Dr", as a name', () => {
    const text =
      'Australian minister Pat Conroy arrived in Nuku’alofa on Monday. The Minister later held talks with the Prime ' +
      'Minister Hon. Dr ʻAisake Valu Eke at his office. On Tuesday he met New Zealand Prime Minister Rt. Hon. ' +
      'Christopher Luxon.';
    expect(pairs(text, '2025-08-20')).toEqual(['Christopher Luxon + Pat Conroy', 'Pat Conroy + ʻAisake Valu Eke']);
  });

  it('gives a leader of a people within another country no country ("Turkish Cypriot leader")', () => {
    const [meeting] = meetingsOf(
      'UN envoy Maria Angela Holguin met Turkish Cypriot leader Tufan Erhurman on Tuesday in the north of the ' +
        'island, her office said.',
      '2026-01-15',
    );
    expect(meeting?.participants.find((p) => p.name === 'Tufan Erhurman')?.country).toBeUndefined();
  });

  it('reads "had spoken with A by phone" as a call', () => {
    const [meeting] = meetingsOf(
      'President Alexander Stubb told reporters on Tuesday that he had spoken with Ukrainian President Volodymyr ' +
        'Zelensky by phone on Monday evening.',
      '2025-10-07',
    );
    expect(meeting && [meeting.kind, formatPartialDate(meeting.date!)]).toEqual(['telephone', '2025-10-06']);
  });
});

describe('names in lists, after regions and as initials', () => {
  it('reads every name of a headline’s list with commas only', () => {
    const raw =
      'The Morning Star Headlines | Nation | World | Business\n\nMarcos to meet Takaichi, Lula, Carney in KL as ' +
      'Philippines takes ASEAN helm\n\nPresident Marcos arrives at the convention centre for the summit in May.' +
      '\n\nPresident Ferdinand Marcos Jr. will hold bilateral meetings with at least five leaders in Kuala Lumpur ' +
      'next week. Japanese Prime Minister Sanae Takaichi, Brazilian President Luiz Inácio Lula da Silva and ' +
      'Canadian Prime Minister Mark Carney have confirmed.';
    expect(pairsOf(meetingsOfFiles(` date 2025-10-24 \n\n${raw}`))).toEqual([
      'Ferdinand Marcos Jr + Luiz Inácio Lula da Silva',
      'Ferdinand Marcos Jr + Mark Carney',
      'Ferdinand Marcos Jr + Sanae Takaichi',
    ]);
  });

  it('starts a name after the region an envoy covers', () => {
    const text = 'US Deputy Special Envoy for the Middle East Morgan Ortagus met President Joseph Aoun in Baabda.';
    expect(pairs(text, '2025-04-07')).toEqual(['Joseph Aoun + Morgan Ortagus']);
  });

  it('reads "H.H." with no name after it as the one the briefing styles His Highness', () => {
    const text =
      'H.H. Sheikh Abdullah bin Zayed Al Nahyan received Syrian Foreign Minister Asaad al-Shaibani in Abu Dhabi ' +
      'today. H.H. recalled his previous meeting with Lebanese Foreign Minister Youssef Rajji in Beirut in January.';
    expect(pairs(text, '2025-05-22')).toEqual([
      'Abdullah bin Zayed Al Nahyan + Asaad al-Shaibani',
      'Abdullah bin Zayed Al Nahyan + Youssef Rajji',
    ]);
  });
});

describe('offices and venues between the verb and the person', () => {
  it('reads a chargé d’affaires received after a venue whose name has a particle', () => {
    const text =
      'President Gustavo Petro received this Monday in the Casa de Nariño the chargé d’affaires of the United ' +
      'States, John McNamara, for almost two hours.';
    expect(told(text, '2025-10-21')).toEqual(['Gustavo Petro + John McNamara · 2025-10-20 · Bogotá']);
  });

  it('takes a named person, not the office set off after their name, as the one who spoke late on a day', () => {
    const text =
      'Massad Boulos, the senior US adviser for Africa, spoke late on Tuesday with the UAE’s foreign minister, ' +
      'Sheikh Abdullah bin Zayed Al Nahyan, according to a readout.';
    const [meeting] = meetingsOf(text, '2025-03-19');
    expect(meeting?.participants.map(who).sort()).toEqual(['Abdullah bin Zayed Al Nahyan', 'Massad Boulos']);
  });

  it('reads "on Monday" in a live page’s entry against the day over the entry', () => {
    const text =
      'Welcome to our live coverage of the diplomacy around the war in Sudan, with the latest from Port Sudan ' +
      'and the region.\n\nMonday, 10 March 2025\n\nEgyptian Foreign Minister Badr Abdelatty met Sudanese ' +
      'army chief Abdel Fattah al-Burhan in Port Sudan on Saturday.';
    expect(told(text, '2025-03-19')).toEqual(['Abdel Fattah al-Burhan + Badr Abdelatty · 2025-03-08 · Port Sudan']);
  });
});

describe('more ways a meeting is told', () => {
  it('reads "sat down separately the same day with" a president-elect, and "was briefed by"', () => {
    const text =
      'In Windhoek on Monday, Chinese Foreign Minister Wang Yi held talks with outgoing President Nangolo Mbumba. ' +
      'Wang also sat down separately the same day with president-elect Netumbo Nandi-Ndaitwah. Later, Wang was ' +
      'briefed by the Chinese ambassador to Namibia, Zhao Weiping, on the uranium projects.';
    expect(pairs(text, '2025-01-09')).toEqual([
      'Nangolo Mbumba + Wang Yi',
      'Netumbo Nandi-Ndaitwah + Wang Yi',
      'Wang Yi + Zhao Weiping',
    ]);
  });

  it('keeps the two people of a joint subject when a word before them is no one', () => {
    const text =
      'The Republic of Congo is the current co-chair of Focac, and Chinese Foreign Minister Wang Yi and Congolese ' +
      'Foreign Minister Jean-Claude Gakosso held talks in Brazzaville the same day.';
    expect(pairs(text, '2025-01-09')).toEqual(['Jean-Claude Gakosso + Wang Yi']);
  });
});

describe('credentials received after words of time and place', () => {
  it('reads each envoy of "received separately the credentials of A; the Ambassador of B; and C"', () => {
    const text =
      'His Majesty King Hamad bin Isa Al Khalifa received new ambassadors at Gudaibiya Palace today. His Majesty ' +
      'the King received separately the credentials of Mr. Park Jong-han, Ambassador of the Republic of Korea; the ' +
      'Ambassador of the Federative Republic of Brazil; and Mr. Ahmed Warsame, Ambassador of Somalia.';
    expect(pairs(text, '2026-02-10')).toEqual([
      'Ahmed Warsame + Hamad bin Isa Al Khalifa',
      'Ambassador of Brazil + Hamad bin Isa Al Khalifa',
      'Hamad bin Isa Al Khalifa + Park Jong-han',
    ]);
  });
});

describe('a subhead over the text that tells the meeting', () => {
  it('takes the kind and place of the meeting from the text, not from the subhead', () => {
    const raw =
      ' date 2025-02-19 \n\nMinisters’ diary\n\nOther news of the week from the ministry, in brief, with the ' +
      'calls and visits of the minister and his deputies.\n\nBayramov, Nurtleu discuss Middle Corridor\n\n' +
      'Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakh Foreign Minister Murat Nurtleu held a phone call on ' +
      'Wednesday about the Middle Corridor.';
    const [meeting] = meetingsOfFiles(raw);
    expect(meeting && [meeting.kind, meeting.location]).toEqual(['telephone', 'by telephone']);
  });
});

describe('a pair’s earlier meeting', () => {
  it('reads "their first summit took place …", "the two leaders’ previous meeting, in …, was …", "the pair last …"', () => {
    const text =
      'South Korean President Moon Jae-in and North Korean leader Kim Jong-un will hold talks in Pyongyang on ' +
      'Tuesday. Their first summit took place at the truce village on April 27. The two leaders’ previous meeting, ' +
      'in Singapore in June, was cordial. The pair last held talks in Beijing in December 2017.';
    expect(told(text, '2018-09-17')).toEqual([
      'Kim Jong-un + Moon Jae-in · 2017-12 · Beijing',
      'Kim Jong-un + Moon Jae-in · 2018-04-27 · no place',
      'Kim Jong-un + Moon Jae-in · 2018-06 · Singapore',
      'Kim Jong-un + Moon Jae-in · 2018-09-18 · Pyongyang',
    ]);
  });

  it('reads no meeting in "following their talks, A and B took part …"', () => {
    const text =
      'President Dina Boluarte held talks with Chinese President Xi Jinping at the Government Palace in Lima on ' +
      'Thursday. Following their talks, Boluarte and Xi took part by video link in the opening of the port.';
    expect(told(text, '2024-11-15')).toEqual(['Dina Boluarte + Xi Jinping · 2024-11-14 · Lima']);
  });
});

describe('a meeting recalled in the words of one side', () => {
  it('reads "“A and I last met in New York in September,” Mr B says" as the meeting of the speaker and A', () => {
    const text =
      'Foreign Minister Tom Hale met Jordanian Foreign Minister Omar Nasser in Amman yesterday for talks on Gaza. ' +
      '"Minister Nasser and I last met in New York in September, during the high-level week," Mr Hale says.';
    expect(rowsOf(meetingsOf(text, '2025-11-26'), true)).toEqual([
      'Omar Nasser + Tom Hale · 2025-09 · New York',
      'Omar Nasser + Tom Hale · 2025-11-25 · Amman',
    ]);
  });

  it('reads "the ministers had held a telephone conversation shortly after …" as the pair\'s call', () => {
    const text =
      'Foreign Minister Iwata Ken held talks with South Korean Foreign Minister Kim Sung-ho in Tokyo today on ' +
      'security and trade. The ministers had held a telephone conversation shortly after Kim took office earlier ' +
      'this month.';
    expect(rowsOf(meetingsOf(text, '2025-07-30'), true)).toEqual([
      'Iwata Ken + Kim Sung-ho · 2025-07 · by telephone',
      'Iwata Ken + Kim Sung-ho · 2025-07-30 · Tokyo',
    ]);
  });
});

describe('meetings recalled one after another', () => {
  it('reads "had met in A on one day and then on the sidelines of … in B on another" as two meetings', () => {
    const text =
      'Foreign Minister Pavel Orlov held talks with Belarusian Foreign Minister Igor Sadov in Moscow today. He ' +
      'recalled that the ministers had met in Minsk on January 23 and then on the sidelines of the CSTO Council of ' +
      'Foreign Ministers in Tashkent on March 21.';
    expect(rowsOf(meetingsOf(text, '2025-04-03'), true)).toEqual([
      'Igor Sadov + Pavel Orlov · 2025-01-23 · Minsk',
      'Igor Sadov + Pavel Orlov · 2025-03-21 · Tashkent',
      'Igor Sadov + Pavel Orlov · 2025-04-03 · Moscow',
    ]);
  });
});
