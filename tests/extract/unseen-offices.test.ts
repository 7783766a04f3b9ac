/**
 * More mechanisms for briefings the extractor was never tuned on, each shown with invented sentences: an office and
 * its holder apart ("Ambassador of Chile to the State of Kuwait Rodrigo Pérez"), two offices of one person, initials
 * without dots, guests, people the briefing names more fully, joint verbs, datelines past a page's header, round-up
 * headings and caption galleries.
 */
import { describe, expect, it } from 'vitest';
import { isDataLikeLine } from '../../src/corpus/prose.js';
import { findDates } from '../../src/extract/date-mentions.js';
import { findMentions, spanText } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { formatPartialDate } from '../../src/calendar.js';
import { lexicon, meetingsOf, meetingsOfFiles, pairs, pairsOf, table, who } from './unseen-helpers.js';

/** Each mention of a sentence: its words, and the name, title and country read from them. */
const mentions = (sentence: string): { span: string; name?: string; title?: string; country?: string }[] => {
  const toks = tokenize(sentence);
  return findMentions(toks, table, lexicon)
    .filter((m) => m.kind === 'named' || m.kind === 'unnamed')
    .map((m) => ({
      span: spanText(toks, m.from, m.to),
      ...(m.name ? { name: m.name } : {}),
      ...(m.title ? { title: m.title } : {}),
      ...(m.country ? { country: m.country } : {}),
    }));
};

describe('an office and its holder apart', () => {
  it('reads "Ambassador of Chile to the State of Kuwait Rodrigo Pérez" as one ambassador', () => {
    expect(mentions('The minister received the Ambassador of Chile to the State of Kuwait Rodrigo Pérez.')).toEqual([
      { span: 'The minister', title: 'minister' },
      {
        span: 'the Ambassador of Chile to the State of Kuwait Rodrigo Pérez',
        name: 'Rodrigo Pérez',
        title: 'Ambassador',
        country: 'CHL',
      },
    ]);
  });

  it('reads "the Ambassador of Peru in Nairobi, Ana Quispe" as one ambassador, and Nairobi as no one', () => {
    const [, ambassador] = mentions('The minister met the Ambassador of Peru in Nairobi, Ana Quispe, on Friday.');
    expect(ambassador).toMatchObject({ name: 'Ana Quispe', title: 'Ambassador', country: 'PER' });
  });

  it('reads "Minister of State at the Ministry of Foreign Affairs Dr. Khalid Rahman" as one minister', () => {
    const [minister] = mentions('Minister of State at the Ministry of Foreign Affairs Dr. Khalid Rahman met him.');
    expect(minister).toMatchObject({ name: 'Khalid Rahman', title: 'Minister of State' });
  });

  it('keeps a venue after "at the" apart from the office before it', () => {
    expect(mentions('The Amir received the Chilean Foreign Minister at the Amiri Diwan on Monday.')).toContainEqual({
      span: 'the Chilean Foreign Minister',
      title: 'Foreign Minister',
      country: 'CHL',
    });
  });

  it('finds the meeting with an ambassador so written', () => {
    expect(pairs('Deputy Foreign Minister Omar Haddad received Ambassador of Chile to Jordan Rodrigo Pérez.')).toEqual([
      'Omar Haddad + Rodrigo Pérez',
    ]);
  });
});

describe('two offices of one person', () => {
  it('reads "Deputy Prime Minister – Foreign Minister Erlan Sadykov" as one person', () => {
    expect(mentions('She held talks with Deputy Prime Minister – Foreign Minister Erlan Sadykov.')).toEqual([
      {
        span: 'Deputy Prime Minister – Foreign Minister Erlan Sadykov',
        name: 'Erlan Sadykov',
        title: 'Foreign Minister',
      },
    ]);
  });

  it('reads "Chairman of the Cabinet of Ministers - Head of the Presidential Administration X" as one person', () => {
    const [chair] = mentions(
      'He met Chairman of the Cabinet of Ministers - Head of the Presidential Administration Bakyt Osmonov.',
    );
    expect(chair).toMatchObject({ name: 'Bakyt Osmonov', title: 'Chairman of the Cabinet of Ministers' });
  });

  it('reads "the First Secretary of the Party and President of the Republic, X" as one person', () => {
    const people = mentions(
      'The guest was received by the First Secretary of the Party and President of the Republic, Tomás Rivera.',
    );
    expect(people.map((m) => m.name ?? m.title)).toEqual(['guest', 'Tomás Rivera']);
    expect(people[1]?.span).toMatch(/^the First Secretary/);
  });

  it('reads "Minister of Foreign Affairs and Trade of Hungary" to its country', () => {
    const [, minister] = mentions(
      'The President received Gábor Kis, Minister of Foreign Affairs and Trade of Hungary.',
    );
    expect(minister).toMatchObject({
      name: 'Gábor Kis',
      title: 'Minister of Foreign Affairs and Trade',
      country: 'HUN',
    });
  });
});

describe('names written in other ways', () => {
  it('keeps initials without dots inside the name: "N K Bhandari", "K P Sharma Oli"', () => {
    expect(mentions('Foreign Minister N K Bhandari met former prime minister K P Sharma Oli.')).toEqual([
      { span: 'Foreign Minister N K Bhandari', name: 'N K Bhandari', title: 'Foreign Minister' },
      { span: 'former prime minister K P Sharma Oli', name: 'K P Sharma Oli', title: 'former prime minister' },
    ]);
  });

  it('keeps two initials run together inside the name ("KP Sharma Oli"), and "PM", "US", "EU" out of it', () => {
    expect(
      mentions('Prime Minister KP Sharma Oli met PM Ali Khan, US Secretary Jo Park and EU envoy Ana Ruiz.'),
    ).toEqual([
      { span: 'Prime Minister KP Sharma Oli', name: 'KP Sharma Oli', title: 'Prime Minister' },
      { span: 'PM Ali Khan', name: 'Ali Khan', title: 'PM' },
      { span: 'US Secretary Jo Park', name: 'Jo Park', title: 'Secretary', country: 'USA' },
      { span: 'EU envoy Ana Ruiz', name: 'Ana Ruiz', title: 'envoy' },
    ]);
  });

  it('reads "Amb." as an honorific, not a name', () => {
    expect(mentions('The Minister of Foreign Affairs, Amb. Musa Bello, received him.')).toEqual([
      {
        span: 'The Minister of Foreign Affairs, Amb. Musa Bello',
        name: 'Musa Bello',
        title: 'Minister of Foreign Affairs',
      },
    ]);
  });
});

describe('the guest', () => {
  it('is the one official of that country the briefing named before', () => {
    expect(
      pairs(
        'Foreign Minister Ana Ortiz held talks today with the Vice President of Vietnam, Tran Thi Mai. Later, the ' +
          'Vietnamese guest was received at the Palace of the Revolution by President Luis Ferrer, who recalled ' +
          'his talks with the party leader of Vietnam, Nguyen Van Long.',
      ),
      // The talks recalled are a meeting too, of no known date.
    ).toEqual(['Ana Ortiz + Tran Thi Mai', 'Luis Ferrer + Nguyen Van Long', 'Luis Ferrer + Tran Thi Mai']);
  });

  it('is no one in "the state guest house"', () => {
    expect(mentions('They held talks at the state guest house Padma.').filter((m) => m.title)).toEqual([]);
  });
});

describe('people the briefing names more fully', () => {
  it('follows "she" to the person of the briefing a surname fits, though the corpus has two of that surname', () => {
    const meetings = meetingsOfFiles(
      ' date 2025-03-05 \n\nForeign Minister Ana Ruiz arrived in Suva on Monday. Deputy Minister Tomás Vega joined ' +
        'her. Ruiz made her first trip to Fiji in December, when she met Prime Minister Jone Waqa in Suva.',
      ' date 2025-02-01 \n\nPresident Carlos Ruiz held talks with President Omar Diallo in Dakar.',
    );
    expect(pairsOf(meetings)).toEqual(['Ana Ruiz + Jone Waqa', 'Carlos Ruiz + Omar Diallo']);
  });

  it('reads a short name two people of the briefing share as neither, never as someone of another briefing', () => {
    const meetings = meetingsOfFiles(
      ' date 2025-04-22 \n\nForeign Minister Cem Aksoy met Prime Minister Sheikh Mohammed bin Khalid Al Sabah in ' +
        'Kuwait City. He was later received by Crown Prince Mohammed bin Fahd. Aksoy and Sheikh Mohammed had last ' +
        'seen each other in Ankara in March.',
      ' date 2025-04-01 \n\nForeign Minister Mohamed Ali Ben Salah had a phone call with Foreign Minister Cem Aksoy.',
    );
    expect(pairsOf(meetings).filter((p) => p.includes('Ben Salah'))).toEqual(['Cem Aksoy + Mohamed Ali Ben Salah']);
  });
});

describe('more ways of saying it', () => {
  it('reads "co-chaired a meeting … with his counterpart" and "will travel … to co-chair … with" as talks', () => {
    const meetings = meetingsOf(
      'On Saturday, Foreign Secretary Arjun Mehta co-chaired a meeting of the Joint Working Group on power with his ' +
        'Nepalese counterpart Sita Karki. Mehta will travel to Colombo next month to co-chair the Joint Commission ' +
        'with Foreign Minister Dilan Perera.',
    );
    expect(meetings.map((m) => [m.participants.map(who).sort().join(' + '), m.status])).toEqual([
      ['Arjun Mehta + Sita Karki', 'held'],
      ['Arjun Mehta + Dilan Perera', 'planned'],
    ]);
  });

  it('reads "A and B last saw each other in C" as a meeting of the two', () => {
    expect(pairs('Prime Minister Ana Ruiz and President Omar Diallo last saw each other in Rome in January.')).toEqual([
      'Ana Ruiz + Omar Diallo',
    ]);
  });

  it('reads "have just wrapped up a bilateral" as talks', () => {
    expect(pairs('Prime Minister Ana Ruiz and President Omar Diallo have just wrapped up a bilateral.')).toEqual([
      'Ana Ruiz + Omar Diallo',
    ]);
  });

  it('reads "received Wednesday at the Palace the Deputy Prime Minister …, X" as the person received', () => {
    expect(
      pairs(
        'ALGIERS - President Karim Saadi received Wednesday at El Mouradia Palace the Deputy Prime Minister and ' +
          'Minister of Foreign Affairs of Slovenia, Mojca Kralj, who is on an official visit.',
        '2025-06-12',
      ),
    ).toEqual(['Karim Saadi + Mojca Kralj']);
  });
});

describe('dates and datelines', () => {
  const dateOf = (sentence: string, article: string): string | undefined => {
    const found = findDates(sentence, { year: 2025, month: 3, day: Number(article) })[0]?.resolved?.date;
    return found ? formatPartialDate(found) : undefined;
  };

  it('takes the year in which "Wednesday, 19 March" is a Wednesday', () => {
    expect(dateOf('Ruiz is expected in Paris next Wednesday, 19 March, for talks with Diallo.', '14')).toBe(
      '2025-03-19',
    );
  });

  it('reads "in February last year" and "last year in June" as months of the year before', () => {
    expect(dateOf('The two last held talks in Nairobi in February last year.', '14')).toBe('2024-02');
    expect(dateOf('They met last year in June, in Rome.', '14')).toBe('2024-06');
    expect(dateOf('In January, last year’s summit was held in Rome.', '14')).toBe('2025-01');
  });

  it('reads "on the 12th" as a day of the dateline’s month, or of the month before when it is yet to come', () => {
    expect(dateOf('On the 12th, the minister received his Georgian counterpart.', '14')).toBe('2025-03-12');
    expect(dateOf('They met on the 20th, officials said.', '14')).toBe('2025-02-20');
    expect(dateOf('He chaired the 12th round of talks.', '14')).toBeUndefined();
  });

  it('dates a lead with no date of its own by its dateline, not by a meeting of the day before', () => {
    const meetings = meetingsOf(
      'NEW YORK, September 25. Foreign Minister Aziz Karimov held separate meetings with Foreign Minister Ana ' +
        'Ruiz of Peru and Foreign Minister Omar Diallo of Senegal.\n\nYesterday, Karimov met with UN ' +
        'Secretary-General António Guterres.',
      '2025-09-25',
    );
    expect(meetings.map((m) => [m.participants.map(who).sort().join(' + '), m.date?.day])).toEqual([
      ['Ana Ruiz + Aziz Karimov', 25],
      ['Aziz Karimov + Omar Diallo', 25],
      ['António Guterres + Aziz Karimov', 24],
    ]);
  });

  it('reads a round-up’s weekday heading as that day', () => {
    expect(dateOf('**Monday.** The ministers convened in Paris for a working dinner.', '14')).toBe('2025-03-10');
    expect(dateOf('Thursday: the envoy was received in the Kremlin.', '14')).toBe('2025-03-13');
  });

  it('reads a dateline written "February 16/2025" and one below a page’s menus and time stamp', () => {
    const [enaStyle] = meetingsOfFiles(
      'Addis Ababa, February 16/2025 (ENA) Prime Minister Ayele Tesfaye today held discussions with President ' +
        'Omar Diallo of Senegal on regional security.',
    );
    expect([enaStyle?.location, enaStyle?.date && formatPartialDate(enaStyle.date)]).toEqual([
      'Addis Ababa',
      '2025-02-16',
    ]);
    const [kunaStyle] = meetingsOfFiles(
      'Tuesday, 12 August 2025 | Agency\nHome | Politics | Economy\n-----\n\nMinister meets counterpart\n' +
        'Published: 03/11/2024 14:22\n\nCAIRO, Nov 3 (Agency) -- Foreign Minister Salem Al-Mutairi held talks ' +
        'here on Sunday with his Egyptian counterpart Karim Fahmy on the war in Lebanon.',
    );
    expect(kunaStyle?.location).toBe('Cairo');
  });
});

describe('more datelines', () => {
  it('reads "CITY, MONTH DAY, AGENCY.", "City. DAY Month. REPORT by AGENCY." and "City /AGENCY/."', () => {
    const at = (line: string): string | undefined => {
      const [m] = meetingsOfFiles(
        `---\ntitle: Talks\ndate: 2025-03-13\n---\n\n${line} Foreign Minister Ana Ruiz met Foreign Minister Omar ` +
          'Diallo of Senegal today.',
      );
      return m?.location;
    };
    expect(at('YEREVAN, MARCH 13, ARMENPRESS.')).toBe('Yerevan');
    expect(at('Baku. 18 November. REPORT by APA.')).toBe('Baku');
    expect(at('Ulaanbatar /MONTSAME/.')).toBe('Ulaanbaatar');
  });

  it('dates an undated briefing by its dateline’s day and the one year its headline names', () => {
    const [m] = meetingsOfFiles(
      '---\ntitle: "COP 2024: Minister holds meetings"\n---\n\nBaku. 18 November. REPORT by APA.\n\n' +
        'On Sunday, Foreign Minister Ali Karimov met Foreign Minister Ana Ruiz of Peru.',
    );
    expect(m?.date).toEqual({ year: 2024, month: 11, day: 17 });
  });
});

describe('caption galleries', () => {
  it('reads a numbered caption as prose, not as data', () => {
    expect(
      isDataLikeLine('[1/8] Prime Minister Ana Ruiz (right) shakes hands with President Omar Diallo before talks.'),
    ).toBe(false);
    expect(isDataLikeLine('[1, 2, 3]')).toBe(true);
  });
});

describe('a dropped verb', () => {
  it('reads "Minister A separate meetings with his counterparts from B and C" as meetings with each', () => {
    expect(
      pairs(
        'On the same day, Foreign Minister Aziz Karimov separate meetings with his counterparts from Egypt and Qatar.',
      ),
    ).toEqual(['Aziz Karimov + Foreign Minister of Egypt', 'Aziz Karimov + Foreign Minister of Qatar']);
  });

  it('reads "Prime Minister A a video call with B" as a call', () => {
    const [m] = meetingsOf('Separately, Prime Minister Bat Dorj a video call with Prime Minister Kenji Sato of Japan.');
    expect([m?.kind, m?.participants.map(who).sort()]).toEqual(['telephone', ['Bat Dorj', 'Kenji Sato']]);
  });
});

describe('the headline', () => {
  const file = (title: string, body: string): string => `---\ntitle: "${title}"\ndate: 2025-07-03\n---\n\n${body}`;

  it('reports a meeting the text only implies, cited as the headline', () => {
    const [m, ...rest] = meetingsOfFiles(
      file(
        'Sato, Dorj discuss rail link in video call',
        'Prime Minister Kenji Sato told reporters that the proposals of President Bat Dorj on the rail link were welcome.',
      ),
    );
    expect(rest).toEqual([]);
    expect([m?.participants.map(who).sort(), m?.sources[0]?.paragraph]).toEqual([['Bat Dorj', 'Kenji Sato'], 0]);
  });

  it('is the same meeting as the text’s report of the same people, with the text’s date and source', () => {
    const meetings = meetingsOfFiles(
      file(
        'Sato Receives Dorj, Discusses Rail Link',
        'On Thursday, Prime Minister Kenji Sato received President Bat Dorj.',
      ),
    );
    expect(meetings.map((m) => [m.participants.map(who).sort().join(' + '), m.sources.length])).toEqual([
      ['Bat Dorj + Kenji Sato', 1],
    ]);
    expect([meetings[0]?.date, meetings[0]?.sources[0]?.paragraph]).toEqual([{ year: 2025, month: 7, day: 3 }, 1]);
  });

  it('adds no meeting with someone it does not name: "Minister Meets Egyptian Counterpart"', () => {
    expect(
      pairsOf(
        meetingsOfFiles(file('Minister Meets Egyptian Counterpart', 'Foreign Minister Ana Ruiz spoke to reporters.')),
      ),
    ).toEqual([]);
  });
});

describe('where a meeting took place', () => {
  const placeOf = (text: string): string | undefined => meetingsOf(text)[0]?.location;

  it('takes the city a clause opens with ", where", not the one flown from or on to', () => {
    expect(
      placeOf(
        'Foreign Minister Cem Aksoy flew in from Riyadh, where on Monday he held talks with Prime Minister Ana Ruiz.',
      ),
    ).toBe('Riyadh');
    expect(placeOf('President Omar Diallo received Ana Ruiz, who had flown in from Bangkok, at his office.')).toBe(
      undefined,
    );
    expect(
      placeOf('Minister Ana Ruiz called on President Omar Diallo on Wednesday before flying to Jaffna.'),
    ).toBeUndefined();
  });

  it('reads the city of a seat of government: "at the Akorda", "in the Kremlin", "at Qasr Al Shati"', () => {
    expect(placeOf('President Omar Diallo received Minister Ana Ruiz at the Akorda on Wednesday.')).toBe('Astana');
    expect(placeOf('Envoy Ana Ruiz was received by President Omar Diallo in the Kremlin late in the evening.')).toBe(
      'Moscow',
    );
    expect(placeOf('President Omar Diallo received at Qasr Al Shati today Minister Ana Ruiz.')).toBe('Abu Dhabi');
  });

  it('writes a city as the briefing does when only accents set it apart, and knows Washington', () => {
    expect(placeOf('President Omar Diallo met Minister Ana Ruiz in Belém on Thursday.')).toBe('Belém');
    expect(placeOf('President Omar Diallo met Minister Ana Ruiz in Washington on Thursday.')).toBe('Washington');
    expect(placeOf('President Omar Diallo met Minister Ana Ruiz in Tashkant on Thursday.')).toBe('Tashkent');
  });
});

describe('two planned meetings in one sentence', () => {
  it('reads "is scheduled to hold talks with the … government’s acting foreign minister, Amir X, and to call on Y"', () => {
    const meetings = meetingsOf(
      'In the Afghan capital, Foreign Minister Omar Baig is scheduled to hold talks with the interim Afghan ' +
        "government's acting foreign minister, Amir Khan Rahimi, and to call on Afghanistan's acting prime minister " +
        'Mohammad Nabi Saidi.',
    );
    expect(meetings.map((m) => [m.participants.map(who).join(' + '), m.status, m.kind])).toEqual([
      ['Omar Baig + Amir Khan Rahimi', 'planned', 'talks'],
      ['Omar Baig + Mohammad Nabi Saidi', 'planned', 'call-on'],
    ]);
  });
});

describe('in the first person', () => {
  it('reads "I" in a quote as the official who speaks it, over the quote’s paragraphs', () => {
    const meetings = meetingsOf(
      'The Deputy Prime Minister and Minister for Foreign Affairs, Ana Ruiz, is in Jordan today.\n\n' +
        'Speaking in Amman, the minister said:\n\n' +
        '"This morning I met Foreign Minister Omar Haddad of Jordan. We discussed aid to Gaza.\n\n' +
        'I also spoke by phone with Prime Minister Karim Nasser of Lebanon."\n\n' +
        'I met nobody else, wrote a reader.',
    );
    expect(pairsOf(meetings)).toEqual(['Ana Ruiz + Karim Nasser', 'Ana Ruiz + Omar Haddad']);
  });

  it('finds the author of a release whose header writes the name in capitals', () => {
    const meetings = meetingsOfFiles(
      'SENATOR THE HON ANA RUIZ\nMinister for Foreign Affairs\n\nMEDIA RELEASE\n\n' +
        'Yesterday I held a bilateral meeting with Secretary of State Omar Haddad in Washington.',
    );
    expect(pairsOf(meetings)).toEqual(['Ana Ruiz + Omar Haddad']);
  });
});

describe('whom "she" and a shared surname mean', () => {
  it('keeps "she" for the minister the briefing follows, past a sentence that opens with "She" and names another', () => {
    expect(
      pairs(
        'Foreign Minister Sita Rana was granted an audience by the Sultan of Oman on Sunday. She conveyed the ' +
          'greetings of President Ram Thapa. On Monday, she exchanged views with Foreign Minister Anil Mehta of India.',
      ),
    ).toEqual(['Anil Mehta + Sita Rana', 'Sita Rana + Sultan of Oman']);
  });

  it('reads a surname two people of the briefing share as the one it follows', () => {
    expect(
      pairs(
        'Foreign Minister Sita Rana met Foreign Minister Anil Mehta of India on Sunday and recalled the visit of ' +
          'former prime minister Ram Rana to Delhi. Rana and Mehta had first met in New York in September last year.',
      ),
      // The visit recalled is the former prime minister's.
    ).toEqual(['Anil Mehta + Sita Rana', 'Anil Mehta + Sita Rana', 'India + Ram Rana']);
  });
});

describe('names beside offices and bodies', () => {
  it('starts the name where the office ends: "UN High Commissioner for Human Rights Volker Türk"', () => {
    expect(mentions('She will hold talks with UN High Commissioner for Human Rights Volker Türk.')).toEqual([
      {
        span: 'UN High Commissioner for Human Rights Volker Türk',
        name: 'Volker Türk',
        title: 'High Commissioner for Human Rights',
      },
    ]);
  });

  it('reads a body before its office as no one: "Arab League chief", "Kremlin spokesman"', () => {
    expect(mentions('Kuwaiti FM meets Egyptian counterpart, Arab League chief in Cairo').map((m) => m.span)).toEqual([
      'Kuwaiti FM',
      'Egyptian counterpart',
    ]);
    expect(mentions('Kremlin spokesman Dmitry Peskov said so.').map((m) => m.name)).toEqual(['Dmitry Peskov']);
  });
});

describe('a joint meeting chaired', () => {
  it('reads "chaired a joint meeting with A and Gen B" as one meeting of the three, with no rank in the name', () => {
    expect(
      pairs(
        "On Wednesday, Foreign Minister Ana Ruiz chaired a joint meeting with Uganda's Foreign Minister Gen Peter " +
          "Okello and Tanzania's Foreign Minister Juma Said on trade.",
      ),
    ).toEqual(['Ana Ruiz + Juma Said + Peter Okello']);
  });
});

describe('lists and receptions', () => {
  it('keeps "…, the newly elected Chairperson of …, X, and Y" in one list of people met', () => {
    expect(
      pairs(
        "President Ade Bello on Saturday held bilateral meetings with Ghana's President Kofi Mensah, the newly " +
          'elected Chairperson of the African Union Commission, Ali Hassan, and Ethiopian Prime Minister Dawit Bekele.',
      ),
    ).toEqual(['Ade Bello + Ali Hassan', 'Ade Bello + Dawit Bekele', 'Ade Bello + Kofi Mensah']);
  });

  it('reads "hosted separate receptions for A and B" as a meeting with each', () => {
    expect(
      pairs(
        'Prime Minister Tran Van Minh hosted separate receptions for Foreign Minister Ana Ruiz of Peru and ' +
          'Foreign Minister Omar Diallo of Senegal.',
      ),
    ).toEqual(['Ana Ruiz + Tran Van Minh', 'Omar Diallo + Tran Van Minh']);
  });

  it('follows no hyphenated region as a person: "the Indo-Pacific" is no one "he" can be', () => {
    expect(
      pairs('Indo-Pacific security dominated the forum. He also met Foreign Minister Wang Tao of China on Thursday.'),
    ).toEqual([]);
  });
});

describe('the place of a meeting held, and places of other days', () => {
  const placeOf = (text: string): string | undefined => meetingsOf(text)[0]?.location;

  it('takes no city a delegation is to visit after the meeting, but the city a guest was welcomed to', () => {
    expect(
      placeOf(
        'Foreign Minister Ana Ruiz held a bilateral meeting with Foreign Minister Ivan Petrov of Russia on ' +
          'Thursday, discussing the planned visit of business delegations to Jakarta.',
      ),
    ).toBeUndefined();
    expect(
      placeOf('Foreign Minister Ana Ruiz welcomed Foreign Minister Omar Diallo of Senegal to Wellington for talks.'),
    ).toBe('Wellington');
  });

  it('takes no place from a next sentence about another day', () => {
    const meetings = meetingsOf(
      'Foreign Minister Ana Ruiz on Tuesday received her Ghanaian counterpart, Ama Mensah. The talks were the ' +
        'first since the Accra summit in October 2023 took place in Accra.',
    );
    expect(meetings.map((m) => [m.date?.year, m.location])).toEqual([[2025, undefined]]);
  });

  it('reads a dateline alone on its line: "Baku, Azerbaijan, November 12 (Trend)"', () => {
    const [m] = meetingsOfFiles(
      '---\ntitle: Leaders meet\ndate: 2024-11-12\n---\n\nBaku, Azerbaijan, November 12 (Trend)\n\n' +
        'President Ali Karimov met with President ' +
        'Omar Diallo of Senegal today. The two leaders recalled their previous meeting in Astana in July.',
    );
    expect(m?.location).toBe('Baku');
  });
});

describe('dates given by headings', () => {
  it('dates the items of a readout archive by the date heading above each', () => {
    const meetings = meetingsOfFiles(
      '---\ntitle: Readouts\ndate: 2025-03-20\n---\n\nThe readouts of the month follow.\n\n## March 3, 2025\n\n' +
        'Secretary Ana Ruiz met Foreign Minister Omar Diallo of Senegal.\n\n## March 17, 2025\n\n' +
        'Secretary Ana Ruiz spoke with Foreign Minister Ivan Petrov of Russia. On the same day, Secretary Ana Ruiz ' +
        'met Foreign Minister Kofi Mensah of Ghana.',
    );
    expect(meetings.map((m) => [m.participants.map(who).sort().join(' + '), m.date?.day])).toEqual([
      ['Ana Ruiz + Omar Diallo', 3],
      ['Ana Ruiz + Ivan Petrov', 17],
      ['Ana Ruiz + Kofi Mensah', 17],
    ]);
  });
});

describe('a peer', () => {
  it('is a counterpart: the person named after it is the one met, not the demonym before it', () => {
    const text =
      'Foreign Minister Ines Castro of Uruguay and her Paraguayan peer Ramon Duarte agreed on Tuesday to open a ' +
      'second border crossing on the river.';
    const [m] = meetingsOf(text, '2025-05-08');
    expect(m?.participants.map(who)).toEqual(['Ines Castro', 'Ramon Duarte']);
    expect(m?.participants[1]?.title).toBe('Foreign Minister');
  });
});
