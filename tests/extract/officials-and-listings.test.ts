/**
 * Meetings told through whose official someone is, offices set off around names, listings of dated items, and the
 * words that deny, guess at or only wish for a meeting. Invented sentences, in the styles of the pages read.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { lexicon, meetingsOf, meetingsOfFiles, pairs, rowsOf, table, who } from './unseen-helpers.js';

const mentionsOf = (sentence: string): string[] =>
  findMentions(tokenize(sentence), table, lexicon).map((m) => m.name ?? `${m.title ?? m.kind} of ${m.country ?? '?'}`);

describe("someone's official, and offices set off around a name", () => {
  it('meets the envoy, not the president whose envoy he is', () => {
    const text =
      "On Tuesday, Prime Minister Elena Varga met with Washington's Balkans envoy Thomas Reed in Budapest. " +
      "Later, President Kofi Mensah received Nigerian President Bola Tinubu's special envoy, Ambassador Musa Ibrahim, " +
      'who brought a letter.';
    expect(pairs(text, '2025-03-13')).toEqual(['Elena Varga + Thomas Reed', 'Kofi Mensah + Musa Ibrahim']);
  });

  it('reads "A\'s phone call with B" as their call', () => {
    const text = "Chancellor Maria Keller's phone call with US President Donald Trump on July 29 ended without a deal.";
    expect(rowsOf(meetingsOf(text, '2025-08-04'), true)).toEqual([
      'Donald Trump + Maria Keller · 2025-07-29 · by telephone',
    ]);
  });

  it('takes "his Croatian colleague" as a counterpart, with his country', () => {
    const meetings = meetingsOf('Defence Minister Ivo Petrov met his Croatian colleague Marko Horvat in Varna.');
    expect(meetings.map((m) => m.participants.map((p) => `${who(p)} (${p.country ?? '?'})`).sort())).toEqual([
      ['Ivo Petrov (?)', 'Marko Horvat (Croatia)'],
    ]);
  });

  it('takes a description set off by commas before the name as that person', () => {
    const text =
      'President Aliya Nurova will travel to Shymkent on Friday, where she is set to hold a meeting with the akim ' +
      'of the region, Daulet Serik, on a logistics hub.';
    expect(pairs(text, '2025-03-05')).toEqual(['Aliya Nurova + Daulet Serik']);
  });

  it('leaves out a body\'s short form in brackets: "the President of the African Development Bank (AfDB), Dr …"', () => {
    const text =
      'Later the same day, President Grace Temba held talks with the President of the African Development Bank ' +
      '(AfDB), Dr Joseph Okoro, who praised the power project.';
    expect(pairs(text, '2025-01-28')).toEqual(['Grace Temba + Joseph Okoro']);
  });

  it('reads "then-President" as the office of the name after it', () => {
    const text = 'In January 2021, President Rafael Duarte met then-President Henri Baptiste on the border.';
    expect(rowsOf(meetingsOf(text, '2025-02-06'))).toEqual(['Henri Baptiste + Rafael Duarte · 2021-01']);
  });

  it('goes on with a list past an office set off after a name', () => {
    const text =
      'General Thet Naing also held separate meetings on Thursday with Lao Prime Minister Sonexay Siphandone, the ' +
      'current ASEAN chair, and Vietnamese Prime Minister Pham Minh Chinh, state media reported.';
    expect(pairs(text, '2024-11-08')).toEqual(['Pham Minh Chinh + Thet Naing', 'Sonexay Siphandone + Thet Naing']);
  });

  it('meets each foreign minister of "the French, German and British foreign ministers", together', () => {
    const text =
      'Also on Tuesday, Foreign Minister Reza Karimi held a joint meeting with the French, German and British ' +
      'foreign ministers and EU foreign policy chief Kaja Kallas.';
    expect(pairs(text, '2025-09-24')).toEqual([
      'Foreign Minister of France + Foreign Minister of Germany + Foreign Minister of United Kingdom + Kaja Kallas + ' +
        'Reza Karimi',
    ]);
  });

  it('adds the host of "talks between A and B hosted by C" to the talks', () => {
    const text =
      'The two neighbours agreed on Wednesday to end their dispute, after talks between Somali President Ali Warsame ' +
      'and Ethiopian Prime Minister Dawit Bekele hosted by Turkish President Recep Tayyip Erdogan in Ankara.';
    expect(pairs(text, '2024-12-12')).toEqual(['Ali Warsame + Dawit Bekele + Recep Tayyip Erdogan']);
  });

  it('reads the two heads of the sides of talks as meeting', () => {
    const text =
      'The Omani side was headed by Sayyid Khalid al Busaidi, Under-Secretary for Political Affairs, while the ' +
      'Korean side was led by Park Min-jun, First Vice Minister. The Azerbaijani delegation was led by Deputy ' +
      'Foreign Minister Elnur Aliyev, the Hungarian one by State Secretary Levente Kovacs.';
    expect(pairs(text, '2025-11-18')).toEqual([
      'Elnur Aliyev + Levente Kovacs',
      'Park Min-jun + Sayyid Khalid al Busaidi',
    ]);
  });
});

describe('read after blind-10 was measured', () => {
  it('reads a call told with its time before "with", a delegation led by an office of several words, and initials', () => {
    const text =
      "President Andreas Nikolaou spoke by telephone late on Thursday with Lebanon's newly elected head of state " +
      'Joseph Aoun. On Friday, Prime Minister Kenji Sato received a courtesy call from a parliamentary delegation ' +
      'from the Philippines led by Senate President Francis Escudero. Foreign Minister Retno LP Marsudi met Wang Yi today.';
    expect(rowsOf(meetingsOf(text, '2025-01-11'))).toEqual([
      'Andreas Nikolaou + Joseph Aoun · 2025-01-09',
      'Francis Escudero + Kenji Sato · 2025-01-10',
      'Retno LP Marsudi + Wang Yi · 2025-01-11',
    ]);
  });
});

describe('"the chancellor" of translated Spanish copy', () => {
  it("is the briefing's foreign minister when it names no chancellor, and a chancellor's title otherwise", () => {
    const text =
      'Foreign Minister Carmen Rojas returned from Brasilia on Tuesday. Back in La Paz yesterday afternoon, the ' +
      'chancellor received the new Ambassador of Germany, Jörg Weidner.';
    expect(pairs(text, '2024-06-12')).toEqual(['Carmen Rojas + Jörg Weidner']);
    const german =
      'Chancellor Olaf Scholz and Foreign Minister Annalena Baerbock flew to Paris on Monday. There the chancellor ' +
      'met President Emmanuel Macron.';
    expect(pairs(german, '2024-06-12')).toEqual(['Emmanuel Macron + Olaf Scholz']);
  });
});

describe('who is named, and who is not', () => {
  it('names no one with an opening word before a preposition ("Back in …", "Known before …")', () => {
    expect(mentionsOf('Back in Europe, Nowak is due to travel to Berlin.')).toEqual(['Nowak']);
    expect(mentionsOf('Known before her election as a hawk, Tanaka said she wanted dialogue.')).not.toContain('Known');
    // A surname that is an everyday word still opens a headline or a wire sentence.
    expect(mentionsOf('Brown to meet Rabuka in Suva')).toEqual(['Brown', 'Rabuka']);
    expect(mentionsOf('Brown on Tuesday met Rabuka.')).toEqual(['Brown', 'Rabuka']);
  });

  it('names no one with a body\'s word joined by "of" ("Chamber of Deputies")', () => {
    expect(
      mentionsOf(
        "Minister Sean Byrne paid a courtesy call on the president of Chile's Chamber of Deputies, Ana Rojas.",
      ),
    ).toEqual(['Sean Byrne', 'president of CHL', 'Ana Rojas']);
  });

  it('sets a state\'s name aside as no one\'s ("lawmakers from Texas")', () => {
    const text =
      'Also on Tuesday, Vice President Mei Chen met a bipartisan group of state legislators from Texas led by State ' +
      'Senator Laura Diaz, with talks focusing on chips.';
    expect(pairs(text, '2025-02-12')).toEqual(['Laura Diaz + Mei Chen']);
  });

  it('reads "the head of the Romanian diplomacy" and "the Portuguese chief of diplomacy" as foreign ministers', () => {
    expect(mentionsOf('On Monday, the head of the Romanian diplomacy had a call with Ion Ceban.')[0]).toBe(
      'foreign minister of ROU',
    );
    expect(mentionsOf('Before the audience, the Portuguese chief of diplomacy held talks with Ana Lucas.')[0]).toBe(
      'foreign minister of PRT',
    );
  });

  it('resolves "she" to the woman the briefing showed a few sentences before, not the man just named', () => {
    const text =
      'US envoy Morgan Ortagus began her tour on Saturday at Baabda Palace, where she held talks with President ' +
      'Joseph Aoun. Aoun stressed that the army alone should hold weapons. The statement gave no details. She later ' +
      'met Parliament Speaker Nabih Berri at his residence.';
    expect(pairs(text, '2025-04-07')).toContain('Morgan Ortagus + Nabih Berri');
  });

  it("sees no one in a page's menu line", () => {
    const files = meetingsOfFiles(
      ' date 2025-05-15 \n\nAGN - Agência Nacional de Notícias | English service | Português | Home\n\nMaputo, 15 May ' +
        '(AGN) - The Portuguese chief of diplomacy held talks with his Mozambican counterpart, Maria Lucas, on ' +
        'Wednesday.',
    );
    expect(files.flatMap((m) => m.participants.map(who))).not.toContain('Agência Nacional de Notícias');
  });
});

describe('meeting words in other shapes', () => {
  it.each([
    ['will meanwhile meet', 'President Ana Kos will meanwhile meet Austrian President Alexander Van der Bellen.'],
    [
      'a working breakfast',
      'Minister Marcelo Ruiz held a working breakfast in Mexico City with Ambassador Graeme Hill.',
    ],
    ['a luncheon for', 'On Monday Foreign Minister Lin Wei-ming hosted a luncheon for Minister Thulisile Dube.'],
    ['saw', 'President Emmanuel Macron saw Prime Minister Luc Frieden shortly before the closing session.'],
    ['a brief encounter', 'Prime Minister Somchai Wongsa had a brief encounter with President Tran Van Minh.'],
    ['went straight into talks', 'Prime Minister Tom Ellis arrived and went straight into talks with Premier Joe Tui.'],
    ['a phone talk', 'Prime Minister Dorin Lupu had a phone talk with the Prime Minister of Romania, Ion Marin.'],
    ['a courtesy visit from', 'Minister Mihai Popa received a courtesy visit from US Ambassador Kent Logan.'],
  ])('reads "%s" as a meeting', (_, sentence) => {
    expect(meetingsOf(sentence)).toHaveLength(1);
  });

  it('reads a proposal or a letter handed to someone as a meeting with them, by whoever handed it', () => {
    const planned =
      'Special Envoy Tom Walsh is expected to travel to Moscow later this week to present the ceasefire proposal to ' +
      'Russian President Vladimir Putin.';
    expect(rowsOf(meetingsOf(planned, '2025-03-12'), true)).toEqual(['Tom Walsh + Vladimir Putin · 2025-03 · Moscow']);
    const held =
      'Foreign Minister Sugiono conveyed the regards of President Prabowo Subianto and handed over a letter from the ' +
      'Indonesian President to Prime Minister Pham Minh Chinh.';
    expect(pairs(held)).toEqual(['Pham Minh Chinh + Sugiono']);
    expect(meetingsOf('President Lara Bento delivered a speech to the nation on Monday.')).toEqual([]);
  });

  it('reads "called" with a person after it as a call, not a name given to someone', () => {
    expect(
      rowsOf(
        meetingsOf('On Thursday, Foreign Minister Hakan Yilmaz called Deputy Prime Minister Ali Raza.', '2026-01-02'),
      ),
    ).toEqual(['Ali Raza + Hakan Yilmaz · 2026-01-01']);
    expect(meetingsOf('President Jorge Milo, who called Lula a "corrupt communist", has yet to meet him.')).toEqual([]);
  });

  it('dates a recollection told with its place and time before "with"', () => {
    const text =
      'Prime Minister Pham Van Long met his Cambodian counterpart on Monday. He recalled his talks in Hanoi in ' +
      'December 2023 with Cambodian Prime Minister Hun Manet.';
    expect(rowsOf(meetingsOf(text, '2025-03-05'), true)).toContain('Hun Manet + Pham Van Long · 2023-12 · Hanoi');
  });

  it('gives each ambassador of a listed credentials ceremony a call on the president', () => {
    const text =
      'President Rumen Radev received the credentials of three new ambassadors in separate ceremonies at the ' +
      'Presidency in Sofia: Kenji Mori of Japan, Paolo Greco of Italy and Lucia Ferraz of Brazil.';
    expect(pairs(text, '2025-03-12')).toEqual([
      'Kenji Mori + Rumen Radev',
      'Lucia Ferraz + Rumen Radev',
      'Paolo Greco + Rumen Radev',
    ]);
  });

  it('dates "this Friday" in the briefing\'s own week, ahead as well as behind', () => {
    const ahead = 'Foreign Minister Yvan Soto is expected to meet Cuban Foreign Minister Ramon Diaz this Friday.';
    expect(rowsOf(meetingsOf(ahead, '2025-03-12'))).toEqual(['Ramon Diaz + Yvan Soto · 2025-03-14']);
    const behind = 'Foreign Minister Yvan Soto met Cuban Foreign Minister Ramon Diaz this Monday.';
    expect(rowsOf(meetingsOf(behind, '2025-03-12'))).toEqual(['Ramon Diaz + Yvan Soto · 2025-03-10']);
  });

  it('keeps a meeting recalled without a day apart from the one the briefing reports', () => {
    const text =
      'Foreign Minister Musa Bello on Tuesday received his Ghanaian counterpart, Kwesi Adjei, in Abuja. Bello ' +
      'recalled his previous talks with Kwesi Adjei, when both ministers agreed to fast-track the highway corridor.';
    expect(rowsOf(meetingsOf(text, '2025-03-13'))).toEqual([
      'Kwesi Adjei + Musa Bello · 2025-03-11',
      'Kwesi Adjei + Musa Bello · no date',
    ]);
  });

  it('skips "the Mausoleum of Mohammed V" as someone visited', () => {
    expect(
      meetingsOf('The Minister Kwame Osei also visited the Mausoleum of Mohammed V, where he laid a wreath.'),
    ).toEqual([]);
  });
});

describe('meetings denied, guessed at or only wished for', () => {
  it.each([
    'The Presidency dismissed reports that President Bola Tinubu held a secret meeting with General Abdourahamane Tiani.',
    'A spokesman denied that Foreign Minister Omar Saleh had met Israeli envoy Dan Levi in Rome.',
    'Baku rejected claims that President Ilham Aliyev had met Nikol Pashinyan in secret.',
    'A website ran a report claiming that Foreign Minister Abbas Araghchi had met US envoy Steve Witkoff.',
    'Commentators speculated that Prime Minister Viktor Orban would meet King Carl XVI Gustaf.',
    'Prime Minister Anwar Ibrahim said a meeting with Prime Minister Sanae Takaichi may be arranged if time permits.',
    'President Gustavo Petro said he asked for a telephone call with President Daniel Noboa.',
  ])('reports no meeting in: %s', (sentence) => {
    expect(meetingsOf(sentence)).toEqual([]);
  });
});

describe('listings of dated items', () => {
  it("dates each item's meeting by its own stamp, and its 'today' by it", () => {
    const text = [
      ' date 2024-02-15 ',
      '',
      'State News Agency | Home | News',
      '',
      '15.02.2024 17:42 President Maia Sandu meets Commissioner Ylva Johansson CHISINAU, 15 Feb - /MOLDPRES/. ' +
        'President Maia Sandu today met European Commissioner Ylva Johansson.',
      '',
      '13.02.2024 12:30 Foreign minister receives US ambassador CHISINAU, 13 Feb - /MOLDPRES/. Deputy Prime ' +
        'Minister Mihai Popa received a courtesy visit from US Ambassador Kent Logan.',
      '',
      '12.02.2024 16:18 Speaker meets Lithuanian counterpart CHISINAU, 12 Feb - /MOLDPRES/. Parliament Speaker ' +
        'Igor Groza today had a meeting with Lithuanian Speaker Viktorija Cmilyte.',
    ].join('\n');
    expect(rowsOf(meetingsOfFiles(text))).toEqual([
      'Igor Groza + Viktorija Cmilyte · 2024-02-12',
      'Kent Logan + Mihai Popa · 2024-02-13',
      'Maia Sandu + Ylva Johansson · 2024-02-15',
    ]);
  });
});

describe('what a story tells around its meetings', () => {
  it('takes "the Presidency announced that" as no one, and the one announced to travel as the one who meets', () => {
    const text =
      'The Presidency announced on Monday that President Ama Owusu will travel to Lomé next week for talks with ' +
      'Togolese President Kossi Mensah on the coastal highway.';
    expect(rowsOf(meetingsOf(text, '2025-04-14'), true)).toEqual(['Ama Owusu + Kossi Mensah · 2025-04 · Lomé']);
  });

  it('reads "for a new round of talks with" as a meeting planned', () => {
    const text =
      'Foreign Minister Karim Haddad will travel to Rabat in May for a new round of talks with Nadia Alaoui.';
    expect(rowsOf(meetingsOf(text, '2025-04-10'), true)).toEqual(['Karim Haddad + Nadia Alaoui · 2025-05 · Rabat']);
  });

  it('gives an undated sentence that goes on with the same two people the day of the meeting told before it', () => {
    const text =
      'President Hedi Mansour received Libyan Foreign Minister Salma Idris on Thursday at Carthage Palace. ' +
      'On Wednesday, Foreign Minister Karim Haddad held talks in Tunis with his Libyan counterpart Salma Idris. ' +
      'Mr Haddad and Ms Idris also agreed to reopen the border crossing before the summer.';
    expect(rowsOf(meetingsOf(text, '2025-03-27'))).toEqual([
      'Hedi Mansour + Salma Idris · 2025-03-27',
      'Karim Haddad + Salma Idris · 2025-03-26',
    ]);
  });

  it('reads a personal envoy as an office, not a man called Personal', () => {
    const text =
      'Earlier this week, Foreign Minister Karim Haddad received in Tunis the Personal Envoy of the Secretary-General ' +
      'for the Sahel, Lars Nyberg, who briefed him on his regional tour.';
    expect(mentionsOf(text)).toContain('Personal Envoy of ?');
    expect(mentionsOf(text)).not.toContain('Personal');
  });
});

describe('envoys counted, then named', () => {
  it('meets each envoy of a "They are …" sentence after a ceremony for a number of envoys', () => {
    const text =
      'President Kofi Mensah on Wednesday received the letters of credence of three new envoys at the Jubilee ' +
      'House in Accra. They are the Ambassador of Chile, Marta Fuentes; the High Commissioner of Kenya, Peter ' +
      'Odhiambo; and the Ambassador of Japan, Kenji Sato.';
    expect(rowsOf(meetingsOf(text, '2025-04-10'), true)).toEqual([
      'Kenji Sato + Kofi Mensah · 2025-04-09 · Accra',
      'Kofi Mensah + Marta Fuentes · 2025-04-09 · Accra',
      'Kofi Mensah + Peter Odhiambo · 2025-04-09 · Accra',
    ]);
  });

  it('meets as many heads of mission as it counts, each opening a sentence after', () => {
    const text =
      "PNG's Prime Minister John Kapi yesterday received courtesy calls from two newly arrived heads of mission at " +
      "his office in Port Moresby. Japan's new Ambassador, Haruto Mori, spoke of the new wharf in Lae. " +
      "Malaysia's High Commissioner, Aminah Yusof, raised palm oil and fisheries.";
    const meetings = meetingsOf(text, '2025-02-27');
    expect(rowsOf(meetings)).toEqual(['Aminah Yusof + John Kapi · 2025-02-26', 'Haruto Mori + John Kapi · 2025-02-26']);
    // "PNG" is Papua New Guinea, when written in capitals.
    expect(meetings[0]!.participants.find((p) => p.name === 'John Kapi')?.country).toBe('Papua New Guinea');
  });
});

describe('officials told by their country and office', () => {
  it('takes "the Thai minister" for the Thai minister just named, not a Thai prime minister named after', () => {
    const text =
      'Deputy Prime Minister Le Van Hai held talks in Hanoi on December 5 with Thai Foreign Minister Somchai ' +
      'Rattanakorn. Later the same day, Prime Minister Tran Quoc Minh received the Thai minister. Minh asked ' +
      'Somchai to convey his regards to Thai Prime Minister Narisa Chaiyot.';
    expect(pairs(text, '2024-12-05')).toEqual([
      'Le Van Hai + Somchai Rattanakorn',
      'Somchai Rattanakorn + Tran Quoc Minh',
    ]);
  });

  it('reads "the Socialist Republic of Viet Nam" as the country of an office, not a part of it', () => {
    const text =
      'President Lidia Ortega received the Deputy Prime Minister of the Socialist Republic of Viet Nam, Pham Van ' +
      'Long, on Wednesday in Havana.';
    const [meeting] = meetingsOf(text, '2025-05-22');
    expect(meeting?.participants.find((p) => p.name === 'Pham Van Long')).toMatchObject({
      title: 'Deputy Prime Minister',
      country: 'Vietnam',
    });
  });
});

describe('"the two" and meetings that did not happen', () => {
  it('drops a meeting reports spoke of that was not confirmed, and takes "the two" for the meeting just told', () => {
    const text =
      'Reports that Foreign Ministers Aram Vardanyan and Elnur Mammadli would meet in Tbilisi this week were not ' +
      'confirmed, and no such meeting took place. Prime Minister Levan Gelashvili is expected to visit Baku in ' +
      'October for talks with President Rauf Huseynov. The two last met in Baku in November 2024.';
    expect(rowsOf(meetingsOf(text, '2025-09-04'), true)).toEqual([
      'Levan Gelashvili + Rauf Huseynov · 2024-11 · Baku',
      'Levan Gelashvili + Rauf Huseynov · 2025-10 · Baku',
    ]);
  });
});

describe('an office set off with "as"', () => {
  it('takes "A, as incoming chairman, will hold talks with B" as a meeting of A', () => {
    const text =
      'The Office of the Prime Minister said Prime Minister Mark Brown, as incoming CARICOM chairman, will hold talks ' +
      'with Spanish Prime Minister Pedro Sánchez on Sunday.';
    expect(pairs(text, '2025-07-03')).toEqual(['Mark Brown + Pedro Sánchez']);
  });
});
