/**
 * What stands between a meeting verb and the person met (adjuncts with nouns, a delegation and its leader), people
 * described before their names in lists and in their clauses, organisations and countries written at length, and
 * more ways of reporting calls and plans. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, meetingsOfFiles, pairs, who } from './unseen-helpers.js';
import { formatPartialDate } from '../../src/calendar.js';

describe('adjuncts between the verb and the person met', () => {
  it('reads past "on the same day" and "at the ministry\'s headquarters in Riyadh on Tuesday"', () => {
    const text =
      'Chilean Foreign Minister Alberto van Klaveren received his Peruvian counterpart in Santiago. Van Klaveren ' +
      'also received on the same day the Minister of Foreign Affairs of Ecuador, Gabriela Sommerfeld, for talks. ' +
      'Saudi Deputy Minister Waleed Elkhereiji received at the ministry’s headquarters in Riyadh on Tuesday the ' +
      'Ambassador of Brazil to the Kingdom.';
    expect(pairs(text)).toEqual(
      expect.arrayContaining([
        'Alberto van Klaveren + Gabriela Sommerfeld',
        'Ambassador of Brazil + Waleed Elkhereiji',
      ]),
    );
  });

  it('does not take a noun before any preposition for an adjunct ("met reporters in Kyiv, …")', () => {
    const text = 'Dutch Foreign Minister Caspar Veldkamp met reporters in Kyiv, Foreign Minister Andrii Sybiha said.';
    expect(pairs(text)).toEqual([]);
  });

  it('does not take a possessor after the adjuncts for the person met', () => {
    const text =
      'Indonesian Foreign Minister Sugiono met Chinese Foreign Minister Wang Yi on Thursday, their first talks since ' +
      'the two held talks in Beijing during President Prabowo Subianto’s first trip abroad.';
    expect(pairs(text)).toEqual(['Sugiono + Wang Yi']);
  });

  it('reads the leader of a delegation as the person met, after adjuncts too', () => {
    const text =
      'Ghanaian Vice President Jane Opoku-Agyemang on Monday received a delegation of the ECOWAS Commission led by ' +
      'its President, Omar Alieu Touray, at Jubilee House. Meanwhile, Afghan Deputy Prime Minister Abdul Ghani ' +
      'Baradar met on Tuesday in Kabul with a delegation led by Kazakhstan’s Minister of Trade, Arman Shakkaliyev.';
    expect(pairs(text)).toEqual(['Abdul Ghani Baradar + Arman Shakkaliyev', 'Jane Opoku-Agyemang + Omar Alieu Touray']);
  });

  it('reads an office led into by "the new" after "a courtesy call from"', () => {
    const [m] = meetingsOf(
      'Samoan Prime Minister Fiame Naomi Mataafa on Monday received a courtesy call from the new Australian High ' +
        'Commissioner to Samoa, Emily Luck, at her office in Apia.',
    );
    expect(m && [m.participants.map(who).join(' + '), m.kind, m.location]).toEqual([
      'Fiame Naomi Mataafa + Emily Luck',
      'call-on',
      'Apia',
    ]);
  });
});

describe('people described before their names', () => {
  it('lists the last person described and set off by a comma, with a rank', () => {
    const text =
      'Thai Prime Minister Paetongtarn Shinawatra met Cambodia’s Prime Minister Hun Manet, Laos’s Prime Minister ' +
      'Sonexay Siphandone and Myanmar’s military leader, Senior General Min Aung Hlaing, in separate meetings.';
    expect(pairs(text)).toEqual([
      'Hun Manet + Paetongtarn Shinawatra',
      'Min Aung Hlaing + Paetongtarn Shinawatra',
      'Paetongtarn Shinawatra + Sonexay Siphandone',
    ]);
  });

  it('reads "his Ghanaian counterpart, President John Mahama" as one person', () => {
    const text =
      'Nigerian President Bola Ahmed Tinubu spoke on phone with his Ghanaian counterpart, President John Mahama, ' +
      'on Tuesday.';
    const [m] = meetingsOf(text);
    expect(m && [m.participants.map(who).join(' + '), m.kind, m.date && formatPartialDate(m.date)]).toEqual([
      'Bola Ahmed Tinubu + John Mahama',
      'telephone',
      '2025-03-04',
    ]);
  });

  it('reads a description that opens a clause as the person the briefing is about', () => {
    const text =
      'Colombian Foreign Minister Laura Sarabia will visit Quito and Lima next week. On Monday the cabinet member ' +
      'will meet Ecuadorian Foreign Minister Gabriela Sommerfeld at the Carondelet Palace.';
    const m = meetingsOf(text).find((x) => x.participants.some((p) => p.name === 'Gabriela Sommerfeld'));
    expect(m && [m.participants.map(who).join(' + '), m.status, m.date && formatPartialDate(m.date)]).toEqual([
      'Laura Sarabia + Gabriela Sommerfeld',
      'planned',
      '2025-03-10',
    ]);
  });

  it('keeps "the two" a group, not a description', () => {
    const text =
      'In Rome on Saturday, Antonio Tajani met his Greek counterpart, Giorgos Gerapetritis. The two first met at ' +
      'the Munich Security Conference in February 2024.';
    const dates = meetingsOf(text)
      .map((m) => (m.date ? formatPartialDate(m.date) : '-'))
      .sort();
    expect(dates).toEqual(['2024-02', '2025-03-01']);
  });

  it('reads a name after "in the" and a country’s word as a place, not the person who met', () => {
    const text =
      'Mexican President Claudia Sheinbaum attended the summit. During her short stay in the Canadian Rockies, the ' +
      'president held a bilateral meeting with Prime Minister Mark Carney.';
    expect(pairs(text)).toEqual(['Claudia Sheinbaum + Mark Carney']);
  });
});

describe('countries and organisations written at length', () => {
  it('reads "the People’s Republic of China" and a hyphenated organisation name in offices', () => {
    const text =
      'Pakistani Foreign Minister Ishaq Dar received Ambassador of the People’s Republic of China Jiang Zaidong on ' +
      'Monday. Turkmen President Serdar Berdimuhamedov received Secretary General of the Organization for Security ' +
      'and Co-operation in Europe Feridun Sinirlioğlu on Tuesday.';
    const sides = meetingsOf(text).map((m) => m.participants.map((p) => `${who(p)}/${p.country ?? p.organization}`));
    expect(sides).toEqual([
      ['Ishaq Dar/Pakistan', 'Jiang Zaidong/China'],
      ['Serdar Berdimuhamedov/Turkmenistan', 'Feridun Sinirlioğlu/OSCE'],
    ]);
  });

  it('splits "the foreign ministers of Chad and the Central African Republic" into two meetings', () => {
    const text =
      'Qatari Minister of State Mohammed Al-Khulaifi met separately with the foreign ministers of Chad and the ' +
      'Central African Republic in Doha on Wednesday.';
    expect(pairs(text)).toEqual([
      'Foreign Minister of Central African Republic + Mohammed Al-Khulaifi',
      'Foreign Minister of Chad + Mohammed Al-Khulaifi',
    ]);
  });

  it('gives a counterpart from a country the one official of that country the briefing names', () => {
    const text =
      'Moroccan Foreign Minister Nasser Bourita held separate talks with his counterparts from the Gambia and Cabo ' +
      'Verde on Tuesday. The meeting with Cabo Verde’s José Filomeno Monteiro covered maritime links.';
    expect(pairs(text)).toContain('José Filomeno Monteiro + Nasser Bourita');
  });

  it('keeps the full stop of "Jr." with the name before "and"', () => {
    const text =
      'Philippine President Ferdinand Marcos Jr. and Vietnamese Prime Minister Pham Minh Chinh hold talks on the ' +
      'sidelines of the summit in Kuala Lumpur today.';
    expect(pairs(text)).toEqual(['Ferdinand Marcos Jr + Pham Minh Chinh']);
  });
});

describe('more ways of reporting calls and plans', () => {
  it('reads "in a March 28 telephone call with" as a call on that day', () => {
    const text =
      'Separately, Kyrgyz President Sadyr Japarov discussed the summit in a February 27 telephone call with Tajik ' +
      'President Emomali Rahmon.';
    const [m] = meetingsOf(text);
    expect(m && [m.kind, m.date && formatPartialDate(m.date)]).toEqual(['telephone', '2025-02-27']);
  });

  it('reads "will receive" and "is expected to be received by" as planned meetings', () => {
    const text =
      'Italian Foreign Minister Antonio Tajani will receive Egyptian Foreign Minister Badr Abdelatty in Rome on ' +
      'Monday. Abdelatty is then expected to be received by President Sergio Mattarella at the Quirinale.';
    const planned = meetingsOf(text).filter((m) => m.status === 'planned');
    expect(planned.map((m) => m.participants.map(who).sort().join(' + ')).sort()).toEqual([
      'Antonio Tajani + Badr Abdelatty',
      'Badr Abdelatty + Sergio Mattarella',
    ]);
  });

  it('reads "the two ministers agreed to co-chair the next meeting … in Ankara" as their planned meeting', () => {
    const text =
      'Jordanian Foreign Minister Ayman Safadi held talks with his Turkish counterpart Hakan Fidan in Amman on ' +
      'Wednesday. The two ministers agreed to co-chair the next meeting of their joint planning group in Ankara.';
    const planned = meetingsOf(text).filter((m) => m.status === 'planned');
    expect(planned.map((m) => [m.participants.map(who).sort().join(' + '), m.location])).toEqual([
      ['Ayman Safadi + Hakan Fidan', 'Ankara'],
    ]);
  });
});

describe('calls, audiences and passives written other ways', () => {
  it('reads a verb, a person and "in a telephone call" as a call between the two', () => {
    const text =
      'On Thursday, Cypriot Foreign Minister Constantinos Kombos briefed Greek Foreign Minister Giorgos ' +
      'Gerapetritis in a telephone call.';
    const [m] = meetingsOf(text);
    expect(m && [m.participants.map(who).join(' + '), m.kind]).toEqual([
      'Constantinos Kombos + Giorgos Gerapetritis',
      'telephone',
    ]);
  });

  it('does not read a call that another person had as one with the speaker', () => {
    const text =
      'Armenian Foreign Minister Ararat Mirzoyan said Georgian Prime Minister Irakli Kobakhidze had raised the ' +
      'matter in a phone call with Azerbaijani officials.';
    expect(pairs(text)).toEqual([]);
  });

  it('reads "granted an audience at Government Palace to" an official of a Community', () => {
    const text =
      'On Monday, Bolivian President Luis Arce granted an audience at Government Palace to the Secretary-General ' +
      'of the Andean Community (CAN), Gonzalo Gutiérrez Reinel.';
    expect(pairs(text)).toEqual(['Gonzalo Gutiérrez Reinel + Luis Arce']);
  });

  it('reads "was then received by" and "a telephone conversation took place between"', () => {
    const text =
      'Libyan Foreign Minister Najla Mangoush was then received by Italian Prime Minister Mario Draghi at Palazzo ' +
      'Chigi. In the evening, a telephone conversation took place between Turkmen Foreign Minister Rashid Meredov ' +
      'and Pakistani Foreign Minister Ishaq Dar.';
    expect(pairs(text)).toEqual(['Ishaq Dar + Rashid Meredov', 'Mario Draghi + Najla Mangoush']);
  });

  it('reads an undersecretary as an office before the name', () => {
    const text =
      'On Monday, Tunisian Foreign Minister Mohamed Ali Nafti met with Italian Undersecretary of State for Foreign ' +
      'Affairs Maria Tripodi in Tunis.';
    expect(pairs(text)).toEqual(['Maria Tripodi + Mohamed Ali Nafti']);
  });

  it('reads "the first summit between A and B, which is expected to be held …" as planned', () => {
    const text =
      'Officials have begun talks on the date of the first summit between South Korean President Lee Jae Myung ' +
      'and US President Donald Trump, which is expected to be held at the White House.';
    const [m] = meetingsOf(text);
    expect(m && [m.participants.map(who).join(' + '), m.status]).toEqual(['Lee Jae Myung + Donald Trump', 'planned']);
  });
});

describe('dates, places and kinds from the rest of the sentence and the briefing', () => {
  it('dates each part of a sentence between semicolons by its own date', () => {
    const text =
      'On Monday Kao Kim Hourn received the Ambassador of Japan to ASEAN, Kiya Masahiko, at the Secretariat; on ' +
      'Wednesday morning he was received by Indonesian Vice President Ma’ruf Amin at the palace.';
    const dates = meetingsOf(text, '2024-05-09').map((m) => [
      m.participants.map(who).join(' + '),
      m.date && formatPartialDate(m.date),
    ]);
    expect(dates).toEqual([
      ['Kao Kim Hourn + Kiya Masahiko', '2024-05-06'],
      ['Kao Kim Hourn + Ma’ruf Amin', '2024-05-08'],
    ]);
  });

  it('reads talks the clause says were by phone or by video link as a call, with no place', () => {
    const text =
      'In Berlin, German Foreign Minister Johann Wadephul and his Chinese counterpart Wang Yi agreed in a phone ' +
      'call on Monday to reschedule the trip.';
    const [m] = meetingsOf(text);
    expect(m && [m.kind, m.location]).toEqual(['telephone', 'by telephone']);
  });

  it('gives an undated briefing’s meetings of one person the place one of them names, and the dateline’s', () => {
    const text =
      'DAKAR – Moroccan Foreign Minister Nasser Bourita was received by Senegalese President Bassirou Diomaye Faye ' +
      'at the Presidential Palace in Dakar. Mr Bourita was later received by Prime Minister Ousmane Sonko.';
    const places = meetingsOf(text, '')
      .map((m) => [m.participants.map(who).sort().join(' + '), m.location])
      .sort();
    expect(places).toEqual([
      ['Bassirou Diomaye Faye + Nasser Bourita', 'Dakar'],
      ['Nasser Bourita + Ousmane Sonko', 'Dakar'],
    ]);
  });
});

describe('pronouns and the gender a briefing shows', () => {
  it('gives "she" to the woman named before, not to the man last spoken of', () => {
    const text =
      'Argentine Foreign Minister Diana Mondino received her Chilean counterpart Alberto Vargas in Buenos Aires on ' +
      'Monday. Mr Vargas praised the talks. On Tuesday she met Uruguayan Foreign Minister Omar Paganini.';
    expect(pairs(text)).toEqual(['Alberto Vargas + Diana Mondino', 'Diana Mondino + Omar Paganini']);
  });

  it('does not read "called her by telephone" as the caller’s own gender', () => {
    const text =
      'US President Donald Trump called her by telephone on Tuesday, Mexican President Claudia Sheinbaum said. ' +
      'Mr Trump later met Canadian Prime Minister Mark Carney; he also met Indian Prime Minister Narendra Modi.';
    expect(pairs(text)).toContain('Donald Trump + Narendra Modi');
  });
});

describe('unnamed counterparts', () => {
  it('makes the counterpart of a holder of several offices, foreign affairs among them, a foreign minister', () => {
    const text =
      "Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi held " +
      'talks with his Somali counterpart in Nairobi on Tuesday. The Somali minister later paid a courtesy call on ' +
      'President William Ruto at State House.';
    expect(pairs(text)).toEqual([
      'Foreign Minister of Somalia + Musalia Mudavadi',
      'Foreign Minister of Somalia + William Ruto',
    ]);
  });
});

describe('a group named, then its members', () => {
  it('reads the members after "the Nordic foreign ministers —" and a joint breakfast as one meeting', () => {
    const text =
      'EU foreign policy chief Kaja Kallas sat down with the Nordic foreign ministers — Finland’s Elina ' +
      'Valtonen, Sweden’s Maria Malmer Stenergard and Denmark’s Lars Løkke Rasmussen — for a joint ' +
      'breakfast on Monday.';
    expect(pairs(text)).toEqual(['Elina Valtonen + Kaja Kallas + Lars Løkke Rasmussen + Maria Malmer Stenergard']);
  });

  it('reads "A and B met together with C" as one meeting of the three', () => {
    const text =
      'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met together with US ' +
      'President Donald Trump at the White House on Friday.';
    expect(pairs(text)).toEqual(['Donald Trump + Ilham Aliyev + Nikol Pashinyan']);
  });

  it('reads colleagues welcomed for a working dinner as one meeting', () => {
    const text =
      'Polish Foreign Minister Radosław Sikorski welcomed his French and German colleagues, Jean-Noël Barrot and ' +
      'Johann Wadephul, for a working dinner in Warsaw on Monday.';
    expect(pairs(text)).toEqual(['Jean-Noël Barrot + Johann Wadephul + Radosław Sikorski']);
  });
});

describe('the year of a dateline that gives none', () => {
  const dateline =
    'TUNIS, Feb. 11 (TAP) - Tunisian President Kais Saied received Algerian Foreign Minister Ahmed Attaf.';
  const dateOf = (later: string): string | undefined => {
    const [m] = meetingsOfFiles(`${dateline}\n\n${later}\n`);
    return m?.date && formatPartialDate(m.date);
  };

  it('takes the one year the story states further down', () => {
    expect(dateOf('It is the Algerian minister’s first trip abroad in 2025.')).toBe('2025-02-11');
  });

  it('takes no year that lies ahead or that dates an earlier meeting', () => {
    expect(dateOf('The two countries will hold elections scheduled for 2026.')).toBeUndefined();
    expect(dateOf('The two ministers last met in December 2019 in Algiers.')).toBeUndefined();
  });
});

describe('whom a sentence is about', () => {
  it('does not make the person met in an opening "In his talks with …" the subject of the next "he"', () => {
    const text =
      'Ethiopian Foreign Minister Taye Atske Selassie held talks on Thursday. In his talks with Kenya’s Musalia ' +
      'Mudavadi, the minister focused on the LAPSSET corridor. He also met Algerian Foreign Minister Ahmed Attaf.';
    expect(pairs(text)).toContain('Ahmed Attaf + Taye Atske Selassie');
  });
});

describe('dates of clauses about a person', () => {
  it('does not date a meeting by ", who took office in May," about one of its people', () => {
    const text =
      'Polish Foreign Minister Radosław Sikorski hosted German Foreign Minister Johann Wadephul, who took office in ' +
      'May, in Warsaw on Monday.';
    const [m] = meetingsOf(text, '2025-06-10');
    expect(m?.date && formatPartialDate(m.date)).toBe('2025-06-09');
  });
});

describe('where an undated briefing’s meetings are', () => {
  it('puts them where the opening says its people are visiting, before the dateline’s city', () => {
    const text =
      'LAGOS – Nigerian President Bola Tinubu, who is on a working visit to Addis Ababa, met Ethiopian Prime ' +
      'Minister Abiy Ahmed.\n\nLater, Mr Tinubu received Ivorian President Alassane Ouattara.';
    const places = meetingsOfFiles(text).map((m) => [m.participants.map(who).sort().join(' + '), m.location]);
    expect(places).toEqual([
      ['Abiy Ahmed + Bola Tinubu', 'Addis Ababa'],
      ['Alassane Ouattara + Bola Tinubu', 'Addis Ababa'],
    ]);
  });
});

describe('no meeting and no one', () => {
  it('reads no meeting in "a possible meeting between A and B"', () => {
    const text =
      'Asked about a possible meeting between Russian Foreign Minister Sergey Lavrov and US Secretary of State ' +
      'Marco Rubio in Istanbul, the spokeswoman said nothing had been scheduled.';
    expect(pairs(text)).toEqual([]);
  });

  it('reads a stadium, a partnership and a virtual meeting for what they are', () => {
    const text =
      'Kenyan Foreign Minister Musalia Mudavadi held a virtual meeting with the British Minister for Africa, Lord ' +
      'Collins, on the Kenya-UK Strategic Partnership. Later Azerbaijani President Ilham Aliyev received Pakistani ' +
      'Prime Minister Shehbaz Sharif at the Baku Olympic Stadium.';
    const found = meetingsOf(text).map((m) => [m.participants.map(who).sort().join(' + '), m.kind]);
    expect(found).toEqual([
      ['Lord Collins + Musalia Mudavadi', 'telephone'],
      ['Ilham Aliyev + Shehbaz Sharif', 'talks'],
    ]);
  });
});

describe('credentials', () => {
  it('reads an envoy presenting credentials, and a head of state receiving those of several, as calls', () => {
    const text =
      'New Danish Ambassador Lars Bo Larsen presented his credentials to Philippine President Ferdinand Marcos Jr. ' +
      'on Wednesday. Kazakh President Kassym-Jomart Tokayev on Thursday received the credentials of the new ' +
      'ambassadors of Chile and Ghana.';
    const calls = meetingsOf(text).map((m) => [m.participants.map(who).sort().join(' + '), m.kind]);
    expect(calls).toEqual([
      ['Ferdinand Marcos Jr + Lars Bo Larsen', 'call-on'],
      ['Kassym-Jomart Tokayev + New Ambassador of Chile', 'call-on'],
      ['Kassym-Jomart Tokayev + New Ambassador of Ghana', 'call-on'],
    ]);
  });
});

describe('meetings in a clause about a person', () => {
  it('gives a meeting in ", who as then … hosted B," to the person the clause is about', () => {
    const text =
      'Marcelo Ebrard, who as then Mexican foreign minister hosted Guatemalan Foreign Minister Sandra Jovel in ' +
      'Mexico City in 2019, will travel to Washington on Thursday.';
    expect(pairs(text)).toEqual(['Marcelo Ebrard + Sandra Jovel']);
  });
});

describe('abbreviated given names', () => {
  it('does not end a sentence at "Ma." in "Ma. Theresa Lazaro"', () => {
    const text =
      'On Wednesday, Indonesian Foreign Minister Sugiono met Philippine Foreign Affairs Secretary Ma. Theresa ' +
      'Lazaro in Kuala Lumpur.';
    expect(pairs(text)).toEqual(['Ma. Theresa Lazaro + Sugiono']);
  });
});
