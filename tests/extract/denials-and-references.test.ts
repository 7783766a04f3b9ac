/**
 * Meetings a sentence reports and then denies, and the people "the President" or "the PM" means in a briefing that
 * names several holders of that office. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, meetingsOfFiles, pairs, who } from './unseen-helpers.js';
import { formatPartialDate } from '../../src/calendar.js';

describe('a meeting denied later in its sentence', () => {
  it('drops a meeting that "did not materialise" or "was not planned", and greetings with no meeting held', () => {
    const text =
      'Zambian President Hakainde Hichilema was in Luanda for the summit on Monday. Reports had said that Hichilema ' +
      'would meet Angolan President Joao Lourenco on the margins, but the meeting did not materialise as Lourenco ' +
      'left early. A spokesman said a meeting between Hichilema and Namibian President Netumbo Nandi-Ndaitwah, ' +
      'announced by some outlets, was not planned. Hichilema and Congolese President Felix Tshisekedi shook hands ' +
      'before the group photo, but no bilateral meeting was held between the two.';
    expect(pairs(text, '2025-08-20')).toEqual([]);
  });

  it('keeps a meeting when a later, different meeting of the sentence is the one called off', () => {
    const text =
      'The Zambian leader had a long day. President Hakainde Hichilema held talks with Angolan President Joao ' +
      'Lourenco on Monday, but a planned meeting with Congolese President Felix Tshisekedi was cancelled. ' +
      'Hichilema met Botswana President Duma Boko on Tuesday, though a second session with Tshisekedi did not take ' +
      'place.';
    expect(pairs(text, '2025-08-20')).toEqual(['Duma Boko + Hakainde Hichilema', 'Hakainde Hichilema + Joao Lourenco']);
  });
});

describe('"the President" in a briefing that names several presidents', () => {
  it('is the president the briefing is about, even right after a sentence about another president', () => {
    const text =
      'President Bassirou Diomaye Faye held talks with Mauritanian President Mohamed Ould Ghazouani in Nouakchott ' +
      'on Monday. Ghazouani said the two countries would finish the gas project this year. The President also met ' +
      'Moroccan Prime Minister Aziz Akhannouch on Monday, the presidency said.';
    expect(pairs(text, '2025-08-20')).toEqual([
      'Aziz Akhannouch + Bassirou Diomaye Faye',
      'Bassirou Diomaye Faye + Mohamed Ould Ghazouani',
    ]);
  });
});

describe('a sentence opened by the meeting, its subject named after', () => {
  it('reads "Meeting (with) A …, B said" and "Receiving A, B …" as B meeting A', () => {
    const text =
      'Mongolian President Ukhnaagiin Khurelsukh is on a visit to Japan. Meeting with Japanese Prime Minister ' +
      'Shigeru Ishiba on Tuesday, President Khurelsukh said Mongolia values its partnership with Japan. Meeting ' +
      'Japanese Foreign Minister Takeshi Iwaya later that day, Khurelsukh raised the mining projects. Receiving the ' +
      'Mongolian leader on Wednesday, Chief Cabinet Secretary Yoshimasa Hayashi praised the mining projects.';
    expect(pairs(text, '2025-03-06')).toEqual([
      'Shigeru Ishiba + Ukhnaagiin Khurelsukh',
      'Takeshi Iwaya + Ukhnaagiin Khurelsukh',
      'Ukhnaagiin Khurelsukh + Yoshimasa Hayashi',
    ]);
  });

  it('reads "In his meeting today with A, B …" as B meeting A today', () => {
    const text =
      'Georgian Foreign Minister Maka Botchorishvili is in Vienna for the OSCE council. In her meeting today with ' +
      'OSCE Secretary General Feridun Sinirlioglu, Botchorishvili spoke about the occupied regions.';
    const [m, ...rest] = meetingsOf(text, '2025-03-06');
    expect(rest).toEqual([]);
    expect(m!.participants.map(who).sort()).toEqual(['Feridun Sinirlioglu', 'Maka Botchorishvili']);
    expect(m!.date && formatPartialDate(m!.date)).toBe('2025-03-06');
  });
});

describe('a meeting recalled after another in one sentence', () => {
  it('keeps the date and city of the recalled talks for those talks only', () => {
    const text =
      'Kazakh President Kassym-Jomart Tokayev received Turkish Foreign Minister Hakan Fidan in Astana today. ' +
      'Talking to the Turkish minister in Astana, Tokayev recalled his talks with President Recep Tayyip Erdogan in ' +
      'Ankara in May 2022.';
    const byPair = new Map(meetingsOf(text, '2025-03-06').map((m) => [m.participants.map(who).sort().join(' + '), m]));
    const fidan = byPair.get('Hakan Fidan + Kassym-Jomart Tokayev');
    expect([...byPair.keys()].sort()).toEqual([
      'Hakan Fidan + Kassym-Jomart Tokayev',
      'Kassym-Jomart Tokayev + Recep Tayyip Erdogan',
    ]);
    expect([fidan!.date && formatPartialDate(fidan!.date), fidan!.location]).toEqual(['2025-03-06', 'Astana']);
  });
});

describe('people and bodies', () => {
  it('takes a surname spelt exactly so over one that only sounds alike', () => {
    const text =
      "[Photo: Prime Minister Sione Lauina Mata'afa with guests in Apia. Photo: Losa Tavita Matafeo]\n\nOn " +
      "Monday, the Commonwealth Secretary-General, Shirley Botchwey, paid a courtesy call on Mata'afa to discuss " +
      'the summit.';
    expect(pairs(text, '2025-03-06')).toEqual(["Shirley Botchwey + Sione Lauina Mata'afa"]);
  });

  it('gives the body named after "of" to an office such as "Secretary-General of the United Nations"', () => {
    const text =
      'Chilean President Gabriel Boric met the Secretary-General of the United Nations, António Guterres, in ' +
      'Santiago on Monday. With Guterres, the Chilean president discussed climate finance.';
    const [m, ...rest] = meetingsOf(text, '2025-03-06');
    expect(rest).toEqual([]);
    const guterres = m!.participants.find((p) => p.name === 'António Guterres');
    expect([guterres?.organization, guterres?.country]).toEqual(['UN', undefined]);
  });
});

describe('"he" after an office named earlier in its sentence', () => {
  it('is that office\'s holder, and a paper named after "the" is no one', () => {
    const text =
      'Bangladeshi Prime Minister Sheikh Hasina will leave on Sunday for a tour of the Gulf. Foreign Minister Hasan ' +
      'Mahmud and Commerce Minister Tipu Munshi will accompany her. According to the schedule shared with The Daily ' +
      'Sun, the prime minister will first travel to Doha, where she is due to meet Emir Sheikh Tamim bin Hamad Al ' +
      'Thani on Monday.';
    expect(pairs(text, '2025-03-06')).toEqual(['Sheikh Hasina + Tamim bin Hamad Al Thani']);
  });
});

describe('a name with its country after "of"', () => {
  it('splits "A of Australia, B of Japan and C of the Philippines" and reads a four-way meeting as one', () => {
    const text =
      'Later that day, Indian Defence Minister Rajnath Singh met his counterparts Penny Wong of Australia, Col ' +
      'Minoru Kihara of Japan and Gilberto Teodoro of the Philippines in a four-way meeting in Singapore.';
    const [m, ...rest] = meetingsOf(text, '2025-06-01');
    expect(rest).toEqual([]);
    expect(m!.participants.map((p) => `${who(p)}: ${p.country}`).sort()).toEqual([
      'Gilberto Teodoro: Philippines',
      'Minoru Kihara: Japan',
      'Penny Wong: Australia',
      'Rajnath Singh: India',
    ]);
  });

  it('takes no one from a paper named "The … of Myanmar"', () => {
    const text =
      'The Global New Light of Myanmar reported the visit. Chinese Foreign Minister Wang Yi met Senior General Min ' +
      'Aung Hlaing in Nay Pyi Taw on Wednesday.';
    expect(meetingsOf(text, '2025-06-01').flatMap((m) => m.participants.map((p) => `${who(p)}: ${p.country}`))).toEqual(
      ['Wang Yi: China', 'Min Aung Hlaing: undefined'],
    );
  });
});

describe('a second bare verb after "and" in a plan', () => {
  it('reads "will attend … and meet A", "and hold talks with B" as planned, "the premier" as prime minister', () => {
    const text =
      'Prime Minister Sheikh Hasina will leave on Sunday on a three-nation tour. In Doha, the premier will attend ' +
      'the donors’ forum and meet Emir Tamim bin Hamad Al Thani on May 26. She will then go to Abu Dhabi, where ' +
      'she will open a trade fair and hold talks with President Mohamed bin Zayed on May 28.';
    const found = meetingsOf(text, '2025-05-24').map(
      (m) => `${m.participants.map(who).join(' + ')} ${m.status} ${m.date && formatPartialDate(m.date)}`,
    );
    expect(found.sort()).toEqual([
      'Sheikh Hasina + Mohamed bin Zayed planned 2025-05-28',
      'Sheikh Hasina + Tamim bin Hamad Al Thani planned 2025-05-26',
    ]);
  });
});

describe('welcomes, headlines and datelines further down a page', () => {
  it('takes no meeting from a welcome at the airport, and keeps talks held later that day', () => {
    const text =
      'Chinese Foreign Minister Wang Yi arrived in Islamabad on Monday. He was received at Nur Khan Airbase by ' +
      'Deputy Foreign Minister Ahmed Khan. Wang later held talks with Pakistani Foreign Minister Ishaq Dar.';
    expect(pairs(text, '2025-03-06')).toEqual(['Ishaq Dar + Wang Yi']);
  });

  it('reads a later item\'s dateline as no date of its meeting, and "A and B to meet on Friday" as ahead', () => {
    const page = [
      'date: 2025-10-28',
      'Croatian Prime Minister Andrej Plenković spoke about the budget in Zagreb on Tuesday.',
      '---',
      'Plenković and Golob to meet at Brdo on Friday',
      'ZAGREB, Oct 28 (Hina) - Prime Minister Andrej Plenković will meet with his Slovenian counterpart Robert ' +
        'Golob at Brdo pri Kranju on Friday, the government said on Tuesday.',
    ].join('\n\n');
    const found = meetingsOfFiles(page).map(
      (m) => `${m.participants.map(who).join(' + ')} ${m.status} ${m.date && formatPartialDate(m.date)}`,
    );
    expect(found).toEqual(['Andrej Plenković + Robert Golob planned 2025-10-31']);
  });

  it('reads "Putin to hold talks with A" as a plan, and "went to Bishkek to hold talks" as held', () => {
    const plan = 'Russian President Vladimir Putin to hold talks with Kyrgyz President Sadyr Japarov on Thursday';
    const held =
      'Russian President Vladimir Putin went to Bishkek to hold talks with President Sadyr Japarov on Monday.';
    expect(
      meetingsOf(`${held}\n\n${plan}`, '2025-10-28')
        .map((m) => `${m.status} ${m.date && formatPartialDate(m.date)}`)
        .sort(),
    ).toEqual(['held 2025-10-27', 'planned 2025-10-30']);
  });
});

describe('"the head of state" and "the Vietnamese leader"', () => {
  it('is the leader the briefing named first, not someone of no office named last', () => {
    const text =
      'Kyrgyz President Sadyr Japarov received Turkish President Recep Tayyip Erdogan in Bishkek on Monday. Japarov ' +
      'also received Ruslan Kazakbaev of the forum. Kazakbaev praised the hosts. Later, the head of state ' +
      'met with the Mongolian president.';
    expect(pairs(text, '2025-03-06')).toEqual(
      expect.arrayContaining(['President of Mongolia + Sadyr Japarov', 'Recep Tayyip Erdogan + Sadyr Japarov']),
    );
    expect(pairs(text, '2025-03-06').some((p) => p.includes('Kazakbaev + President of Mongolia'))).toBe(false);
  });

  it('is the one leader of no known country when the briefing names the country only so', () => {
    const text =
      'State President Luong Cuong is attending the summit in Lima. On Friday, the Vietnamese leader met with ' +
      'Chilean President Gabriel Boric.';
    const [m, ...rest] = meetingsOf(text, '2025-03-06');
    expect(rest).toEqual([]);
    expect(m!.participants.map((p) => `${who(p)}: ${p.country}`).sort()).toEqual([
      'Gabriel Boric: Chile',
      'Luong Cuong: Vietnam',
    ]);
  });
});

describe('trips, hosts and short meetings', () => {
  it('takes the town after "travel to" for no one, and an office "of the …, Name" for the name', () => {
    const text =
      'UN envoy Hanna Tetteh is expected to travel to Sirtica later this week to meet the commander of the ' +
      'eastern-based forces, Khalifa Haftar, sources said.';
    expect(pairs(text, '2025-03-06')).toEqual(['Hanna Tetteh + Khalifa Haftar']);
  });

  it('keeps the traveller as the one who meets after "before flying to X to hold talks with"', () => {
    const text =
      'New Zealand Foreign Minister Winston Peters will meet Fiji’s Prime Minister Sitiveni Rabuka in Suva on ' +
      'Tuesday, before flying to Rarotonga to hold talks with Cook Islands Prime Minister Mark Brown on Thursday.';
    expect(pairs(text, '2025-03-06')).toEqual(['Mark Brown + Winston Peters', 'Sitiveni Rabuka + Winston Peters']);
  });

  it('reads "hosted A and B for the meeting" as one meeting, and "a quick pull-aside with" as talks', () => {
    const text =
      'Kazakh President Kassym-Jomart Tokayev hosted Kyrgyz President Sadyr Japarov and Uzbek President Shavkat ' +
      'Mirziyoyev in Astana on Monday for what officials called a landmark summit. Tokayev also grabbed a quick ' +
      'pull-aside with Turkish President Recep Tayyip Erdogan.';
    expect(pairs(text, '2025-03-06')).toEqual([
      'Kassym-Jomart Tokayev + Recep Tayyip Erdogan',
      'Kassym-Jomart Tokayev + Sadyr Japarov + Shavkat Mirziyoyev',
    ]);
  });
});

describe('photo captions', () => {
  it('join the meeting the text reports, not one recalled from long before, and date nothing of their own', () => {
    const page = [
      'date: 2024-02-18',
      'Ethiopian Prime Minister Abiy Ahmed held talks with Brazilian President Luiz Inácio Lula da Silva in Addis ' +
        'Ababa on February 16.',
      'The two leaders had last met in Johannesburg in August of last year.',
      '[Photo caption: Prime Minister Abiy Ahmed welcomes President Lula da Silva at the palace.]',
    ].join('\n\n');
    const found = meetingsOfFiles(page).map((m) => `${m.date && formatPartialDate(m.date)} ${m.sources.length}`);
    expect(found.sort()).toEqual(['2023-08 1', '2024-02-16 2']);
  });
});

describe('a clause about a person', () => {
  it('dates the person, not the meeting, after "whom" as after "who"', () => {
    const text =
      'On April 22, Georgian Foreign Minister Maka Botchorishvili held a video call with Chinese Foreign Minister ' +
      'Wang Yi.\n\nOn the same day, President Mikheil Kavelashvili, whom parliament elected in December 2024, ' +
      'received the credentials of the new Japanese ambassador, Akira Mizutani.';
    const kavelashvili = meetingsOf(text, '2025-04-24').find((m) =>
      m.participants.some((p) => p.name === 'Akira Mizutani'),
    );
    expect(kavelashvili?.date && formatPartialDate(kavelashvili.date)).toBe('2025-04-22');
  });
});

describe('a meeting in a ", where" clause', () => {
  it("takes the clause's own day over a vaguer one before it", () => {
    const text =
      'Pakistani Deputy Prime Minister Ishaq Dar returned on Friday. The talks come after Dar’s visit to Beijing ' +
      'earlier this week, where on Wednesday he sat down with Chinese Foreign Minister Wang Yi for talks.';
    const [m] = meetingsOf(text, '2025-05-24');
    expect(m?.date && formatPartialDate(m.date)).toBe('2025-05-21');
  });

  it('takes the date of its own clause after ", and", not that of the visit before it', () => {
    const text =
      'Prime Minister Mark Carney hosted Mexican President Claudia Sheinbaum in Ottawa on Tuesday. Carney paid a ' +
      'first visit to Mexico in September 2025, and the two leaders met again at the G20 in Johannesburg in November.';
    const dates = meetingsOf(text, '2026-02-12').map((m) => m.date && formatPartialDate(m.date));
    expect(dates).toContain('2025-11');
  });
});

describe('the place of a meeting', () => {
  it('reads the dateline under a short standfirst, and no city of what was discussed', () => {
    const page = [
      'date: 2024-09-27',
      'Saudi minister holds flurry of talks in New York',
      'Gaza and a two-state roadmap dominate the agenda',
      'NEW YORK: Saudi Foreign Minister Prince Faisal bin Farhan held nearly a dozen meetings this week on the ' +
        'sidelines of the 79th session of the UN General Assembly, officials said on Friday.',
      'The minister began the week on Tuesday with a meeting with UN Secretary-General Antonio Guterres.',
      'On Wednesday, the Saudi minister met Brazil’s Foreign Minister Mauro Vieira, with the two touching on ' +
        'Brazil’s G20 presidency and the COP30 talks in Belem.',
    ].join('\n\n');
    const [m] = meetingsOfFiles(page).filter((x) => x.participants.some((p) => p.name === 'Mauro Vieira'));
    expect(m?.location).toBe('New York');
  });
});

describe("the place of a briefing's occasion", () => {
  it('is the city its lead puts the occasion in, "on the sidelines of … in San Francisco"', () => {
    const page = [
      'date: 2023-11-16',
      'NEWS.VN - State President Vo Van Thuong had bilateral meetings with a number of leaders on the sidelines of ' +
        'the APEC Economic Leaders’ Week in San Francisco, the United States.',
      'On November 15, President Thuong met with Chilean President Gabriel Boric and discussed trade in farm goods.',
    ].join('\n\n');
    expect(meetingsOfFiles(page).map((m) => m.location)).toEqual(['San Francisco']);
  });
});

describe('an event held in one city every time', () => {
  it('places a meeting on its sidelines there, and not one only "ahead of the vote at" it', () => {
    const munich =
      'Ukrainian Foreign Minister Andrii Sybiha held talks with Chinese Foreign Minister Wang Yi on the sidelines ' +
      'of the Munich Security Conference on Friday.';
    const vote =
      'Cuban Foreign Minister Bruno Rodríguez held separate meetings with his counterparts from Bolivia and ' +
      'Nicaragua ahead of the vote at the UN General Assembly.';
    expect(meetingsOf(munich, '2025-02-16').map((m) => m.location)).toEqual(['Munich']);
    expect(meetingsOf(vote, '2025-02-16').map((m) => m.location)).toEqual([undefined, undefined]);
  });
});

describe('offices a country names in its own language', () => {
  it('reads "Tánaiste", "Taoiseach" and "Lyonchhen" as offices, not as people', () => {
    const text =
      'Saudi Foreign Minister Prince Faisal bin Farhan held separate meetings on Thursday with Slovenia’s Tanja ' +
      'Fajon and Ireland’s Tánaiste and Foreign Minister Micheál Martin. Indian External Affairs Minister S ' +
      'Jaishankar called on Lyonchhen Tshering Tobgay in Thimphu on Friday.';
    expect(pairs(text, '2025-03-08')).toEqual([
      'Micheál Martin + Prince Faisal bin Farhan',
      'Prince Faisal bin Farhan + Tanja Fajon',
      'S Jaishankar + Tshering Tobgay',
    ]);
  });
});

describe('a group met, then its members one a line', () => {
  it('reads each official of the list as met by the sentence’s subject', () => {
    const page = [
      'date: 2025-11-19',
      'Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Sabah received on Tuesday at Bayan Palace the credentials of a ' +
        'number of newly appointed ambassadors to the State of Kuwait.',
      'The ambassadors who presented their credentials were:',
      '- Helga Berg, Ambassador of the Kingdom of Norway.',
      '- The Ambassador of the Republic of Chile.',
      '- Tomas Novak, Ambassador of the Czech Republic.',
    ].join('\n\n');
    const met = meetingsOfFiles(page).map((m) => `${m.participants.map(who).join(' + ')} ${m.kind}`);
    expect(met.sort()).toEqual([
      'Sheikh Sabah Khalid Al-Sabah + Ambassador of Chile call-on',
      'Sheikh Sabah Khalid Al-Sabah + Helga Berg call-on',
      'Sheikh Sabah Khalid Al-Sabah + Tomas Novak call-on',
    ]);
  });
});

describe('a description between the subject and the verb', () => {
  it('takes no one named in ", the first … since A," for the one who met', () => {
    const text =
      'US Secretary of State Marco Rubio arrived in Georgetown on Thursday. Rubio, the first US Secretary of State ' +
      'to visit Guyana since Mike Pompeo in 2020, held talks with President Irfaan Ali.';
    expect(pairs(text, '2025-03-28')).toEqual(['Irfaan Ali + Marco Rubio']);
  });
});

describe('counterparts in other words', () => {
  it('reads "his homologue of Brazil, Name" and a foreign secretary\'s counterparts as foreign ministers', () => {
    const call =
      'Colombian President Gustavo Petro spoke to reporters on Monday. On Sunday, Petro had spoken by telephone ' +
      'with his homologue of Brazil, Luiz Inácio Lula da Silva, who expressed his solidarity.';
    expect(pairs(call, '2025-03-04')).toEqual(['Gustavo Petro + Luiz Inácio Lula da Silva']);
    const plan =
      'Philippine Foreign Affairs Secretary Ma. Theresa Lazaro will also have separate meetings with her ' +
      'counterparts from Vietnam and Indonesia, a spokeswoman said.';
    expect(pairs(plan, '2025-03-04')).toEqual([
      'Foreign Minister of Indonesia + Ma. Theresa Lazaro',
      'Foreign Minister of Vietnam + Ma. Theresa Lazaro',
    ]);
  });
});

describe('a trip ahead in the present tense', () => {
  it('dates "is expected in Berlin on Thursday for talks" and "travels on to Boston on Friday" ahead, there', () => {
    const berlin =
      'Chinese Foreign Minister Wang Yi held talks with EU foreign policy chief Kaja Kallas in Brussels on ' +
      'Wednesday. On Thursday Wang is expected in Berlin for talks with German Foreign Minister Johann Wadephul over ' +
      'the trade dispute with Lithuania.';
    const boston =
      'Irish Prime Minister Micheál Martin met US President Donald Trump in Washington on Wednesday. On Friday the ' +
      'Taoiseach travels on to Boston, where he is due to meet the Governor of Massachusetts, Maura Healey.';
    const found = [...meetingsOf(berlin, '2025-07-02'), ...meetingsOf(boston, '2025-07-02')].map(
      (m) => `${m.participants.map(who).join(' + ')} ${m.status} ${m.date && formatPartialDate(m.date)} ${m.location}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Wang Yi + Johann Wadephul planned 2025-07-03 Berlin',
        'Micheál Martin + Maura Healey planned 2025-07-04 Boston',
      ]),
    );
  });
});
