/**
 * Meetings of three or more people, as briefings write them: one who joins others for a meeting, a list of leaders
 * who hold a meeting of their group, "A and B, together with C, met", a person named twice in one list, and a
 * second predicate of a sentence's first subject; and more ways of saying it: "a meeting was held between", an office
 * of a country before "Sheikh", a recalled meeting of "the two leaders", a courtesy call received. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, meetingsOfFiles, pairs, pairsOf, rowsOf, who } from './unseen-helpers.js';
import { formatPartialDate } from '../../src/calendar.js';

describe('meetings of three or more', () => {
  it('reads "joined A and B for a trilateral meeting" as one meeting of the three', () => {
    const text =
      'Georgian Foreign Minister Maka Botchorishvili joined her Armenian and Azerbaijani counterparts, Ararat ' +
      'Mirzoyan and Jeyhun Bayramov, for a trilateral meeting on regional transit on Tuesday.';
    expect(pairs(text)).toEqual(['Ararat Mirzoyan + Jeyhun Bayramov + Maka Botchorishvili']);
  });

  it('reads "hosted an informal trilateral meeting … with A and B" as one meeting of the three', () => {
    const text =
      'Chinese Foreign Minister Wang Yi hosted an informal trilateral meeting on Wednesday in Beijing with ' +
      'Pakistani Foreign Minister Ishaq Dar and Afghan acting Foreign Minister Amir Khan Muttaqi.';
    expect(pairs(text)).toEqual(['Amir Khan Muttaqi + Ishaq Dar + Wang Yi']);
  });

  it('reads "hosted A, B and C" as one meeting of the four, but envoys presenting credentials each apart', () => {
    const text =
      'Finnish Foreign Minister Elina Valtonen hosted Lars Lokke Rasmussen of Denmark, Maria Malmer Stenergard of ' +
      'Sweden and Espen Barth Eide of Norway in Helsinki on Monday.';
    expect(pairs(text, '2025-03-11')).toEqual([
      'Elina Valtonen + Espen Barth Eide + Lars Lokke Rasmussen + Maria Malmer Stenergard',
    ]);
    const credentials =
      'Finnish President Alexander Stubb received the letters of credence of Ambassador Jan Novak of Slovakia, ' +
      'Ambassador Peter Horvath of Hungary and Ambassador Ana Silva of Portugal in Helsinki on Monday.';
    expect(pairs(credentials, '2025-03-11')).toHaveLength(3);
  });

  it('does not make a companion of "join A for a meeting with B" a side of a meeting with A', () => {
    const text =
      'Czech Prime Minister Petr Fiala will join Foreign Minister Jan Lipavsky in Kyiv on Friday for a meeting ' +
      'with Ukrainian President Volodymyr Zelensky.';
    expect(pairs(text)).not.toContain('Jan Lipavsky + Petr Fiala');
  });

  it('reads a list of leaders who "are due to hold an IBSA leaders\' meeting" as their meeting', () => {
    const text =
      "On Sunday Brazil's President Luiz Inácio Lula da Silva, India's Prime Minister Narendra Modi and host " +
      'Cyril Ramaphosa are due to hold an IBSA leaders meeting before the closing session.';
    expect(pairs(text)).toEqual(['Cyril Ramaphosa + Luiz Inácio Lula da Silva + Narendra Modi']);
  });

  it('joins "A and B, together with C" into one list of those who met', () => {
    const text =
      'Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban, together with Slovak Prime ' +
      'Minister Robert Fico, met in Budapest on Monday to discuss energy supplies.';
    expect(pairs(text)).toEqual(['Aleksandar Vucic + Robert Fico + Viktor Orban']);
  });

  it('reads two ministers who "sat down with their counterparts, A and B" as one meeting of the four', () => {
    const text =
      'Foreign Minister Lena Park and Defence Minister Oh Min-jae sat down with their Canadian counterparts, ' +
      'Foreign Minister Claire Dubois and Defence Minister Ian Ross, in Ottawa on Tuesday.';
    expect(pairs(text)).toEqual(['Claire Dubois + Ian Ross + Lena Park + Oh Min-jae']);
  });

  it('gives each side of two its country, when the briefing pairs two countries and one side is of one', () => {
    const text =
      'The foreign and defence ministers of New Zealand and Mexico met in Wellington on Tuesday. Foreign Minister ' +
      'Lena Park and Defence Minister Tom Reid sat down with their Mexican counterparts, Foreign Minister Claudia ' +
      'Ruiz and Defence Minister Ivan Soto, for the talks.';
    const [four] = meetingsOf(text, '2025-05-01').filter((m) => m.participants.length === 4);
    expect(four?.participants.map((p) => `${who(p)} ${p.country}`).sort()).toEqual([
      'Claudia Ruiz Mexico',
      'Ivan Soto Mexico',
      'Lena Park New Zealand',
      'Tom Reid New Zealand',
    ]);
  });

  it('reads talks "with A and B, who are on a visit" as one meeting, but not when held separately', () => {
    const together =
      'President Omar Diallo held talks on Monday in Dakar with Prime Minister Ana Ferreira of Portugal and EU ' +
      'Commissioner Jutta Berg, who are on a working visit.';
    expect(pairs(together)).toEqual(['Ana Ferreira + Jutta Berg + Omar Diallo']);
    const apart =
      'President Omar Diallo separately received Prime Minister Ana Ferreira of Portugal and EU Commissioner ' +
      'Jutta Berg, who are in Dakar for the forum.';
    expect(pairs(apart)).toEqual(['Ana Ferreira + Omar Diallo', 'Jutta Berg + Omar Diallo']);
  });

  it('counts an office named beside its holder in a list once', () => {
    const earlier =
      ' date 2025-02-01 \n\nSerbian President Aleksandar Vucic met Hungarian Prime Minister Viktor Orban in ' +
      'Belgrade on Friday.';
    const text =
      ' date 2025-03-06 \n\nThe leaders of Serbia and Hungary, Aleksandar Vucic and Viktor Orban, together with ' +
      'Slovak Prime Minister Robert Fico, met in Budapest on Monday to discuss energy supplies.';
    expect(pairsOf(meetingsOfFiles(earlier, text))).toEqual([
      'Aleksandar Vucic + Robert Fico + Viktor Orban',
      'Aleksandar Vucic + Viktor Orban',
    ]);
  });

  it('gives a second predicate after ", and is set to" to the sentence\'s first subject', () => {
    const text =
      "Indian External Affairs Minister Subrahmanyam Jaishankar flies to Tokyo on Monday for the Quad ministers' " +
      "meeting, alongside U.S. Secretary of State Antony Blinken and Australia's Foreign Minister Penny Wong, and " +
      'is set to hold bilateral talks with Japanese Foreign Minister Yoko Kamikawa on the margins.';
    expect(pairs(text)).toContain('Subrahmanyam Jaishankar + Yoko Kamikawa');
    expect(pairs(text)).not.toContain('Antony Blinken + Penny Wong + Yoko Kamikawa');
  });
});

describe('more ways of saying it', () => {
  it('reads "a tete-a-tete meeting was held between A and the Emir of Qatar Sheikh B"', () => {
    const text =
      'A tete-a-tete meeting was held between Kazakh President Kassym-Jomart Tokayev and the Emir of Qatar ' +
      'Sheikh Tamim bin Hamad Al Thani in Astana on Monday.';
    const [meeting] = meetingsOf(text);
    expect(pairsOf(meetingsOf(text))).toEqual(['Kassym-Jomart Tokayev + Tamim bin Hamad Al Thani']);
    expect(meeting?.participants.find((p) => p.name === 'Tamim bin Hamad Al Thani')).toMatchObject({
      title: 'Emir',
      country: 'Qatar',
    });
  });

  it('reads "the two leaders … recalled their previous meeting in Astana in July" as that meeting', () => {
    const text =
      'Azerbaijani President Ilham Aliyev received Pakistani Prime Minister Shehbaz Sharif in Baku on Tuesday.\n\n' +
      'The two leaders discussed investment projects and recalled their previous meeting in Astana in July 2024.';
    const rows = meetingsOf(text, '2024-11-14').map((m) => `${m.date ? formatPartialDate(m.date) : '-'} ${m.location}`);
    expect(rows.sort()).toEqual(['2024-07 Astana', '2024-11-12 Baku']);
  });

  it('does not make "the two leaders" meet in a clause about someone else ("which Brazil will host")', () => {
    const text =
      'UAE President Mohamed bin Zayed received Brazilian President Luiz Inacio Lula da Silva on Monday.\n\nThe ' +
      'two leaders discussed preparations for COP30, which Brazil will host in Belem in November.';
    expect(meetingsOf(text)).toHaveLength(1);
  });

  it('reads "received a courtesy call from" as a call in person', () => {
    const [meeting] = meetingsOf(
      'Malaysian Foreign Minister Mohamad Hasan received a courtesy call from the Ambassador of Kazakhstan to ' +
        'Malaysia Daniyar Sarsenov on Monday.',
    );
    expect(meeting?.kind).toBe('call-on');
  });

  it('reads "NATO Secretary General Mark Rutte" as one person, not a rank "General" before a name', () => {
    expect(
      pairs('Armenian Foreign Minister Ararat Mirzoyan met NATO Secretary General Mark Rutte on Tuesday.'),
    ).toEqual(['Ararat Mirzoyan + Mark Rutte']);
  });

  it('reads "the Brazilian chancellor" as the foreign minister the briefing names', () => {
    const text =
      "Brazil's Minister of Foreign Affairs Mauro Vieira held talks in Rio de Janeiro on Monday.\n\nThe Brazilian " +
      'chancellor also met Indonesian Foreign Minister Sugiono on Tuesday.';
    expect(pairs(text)).toContain('Mauro Vieira + Sugiono');
  });

  it('reads "the Italian minister" opening a sentence as the minister the briefing is about', () => {
    const text =
      'Foreign Minister Antonio Tajani chaired the ministerial meeting in Rome on Thursday.\n\nThe Italian minister ' +
      'then met Japanese Foreign Minister Yoko Kamikawa on the sidelines.';
    expect(pairs(text)).toEqual(['Antonio Tajani + Yoko Kamikawa']);
  });

  it('keeps a counterpart described by office apart from the minister the briefing is about', () => {
    const text =
      'Foreign Minister Abdullah bin Zayed chaired a session in Abu Dhabi on Monday.\n\nHe later received the ' +
      'Foreign Minister of Paraguay.';
    expect(pairs(text)).toEqual(['Abdullah bin Zayed + Foreign Minister of Paraguay']);
  });

  it('reads "A and B discussed …" as their meeting, and not "the two discussed" or "discussed … with"', () => {
    expect(
      pairs(
        'Kazakh President Kassym-Jomart Tokayev and EU foreign policy chief Kaja Kallas discussed energy on Monday.',
      ),
    ).toEqual(['Kaja Kallas + Kassym-Jomart Tokayev']);
    expect(pairs('The two sides discussed trade and transit on Monday.')).toEqual([]);
    expect(pairs('Kazakh President Kassym-Jomart Tokayev discussed energy with his advisers on Monday.')).toEqual([]);
  });

  it('reads "will pay a state visit … at the invitation of B" as a planned visit of the two', () => {
    const [meeting] = meetingsOf(
      'Algerian President Abdelmadjid Tebboune will pay a state visit to Italy on July 23 at the invitation of ' +
        'Italian Prime Minister Giorgia Meloni.',
      '2025-07-01',
    );
    expect(meeting && pairsOf([meeting])).toEqual(['Abdelmadjid Tebboune + Giorgia Meloni']);
    expect(meeting).toMatchObject({ status: 'planned', kind: 'visit' });
  });

  it('reads a region as no one, and an office "for" a region before a name as that person\'s', () => {
    const text =
      'Armenian Foreign Minister Ararat Mirzoyan also met EU Special Representative for the South Caucasus and the ' +
      'crisis in Georgia Magdalena Grono on Tuesday.';
    expect(pairs(text)).toEqual(['Ararat Mirzoyan + Magdalena Grono']);
    expect(pairs('Indonesian Foreign Minister Sugiono met the Indo-Pacific envoy on Tuesday.')).toEqual([]);
  });

  it('reads a meeting that "could not take place" as none', () => {
    const text =
      'A meeting between Indian External Affairs Minister Subrahmanyam Jaishankar and the Foreign Minister of ' +
      'Ecuador, which had been scheduled for 18 March, could not take place.';
    expect(pairs(text, '2025-03-20')).toEqual([]);
  });

  it('reads "At the invitation of A, Norwegian Foreign Minister B will pay a visit" as B\'s planned visit to A', () => {
    const [meeting] = meetingsOf(
      'At the invitation of Wang Yi, Norwegian Foreign Minister Espen Barth Eide will pay an official visit to China ' +
        'on Dec. 10, the spokesperson said.',
      '2024-12-05',
    );
    expect(meeting && pairsOf([meeting])).toEqual(['Espen Barth Eide + Wang Yi']);
    expect(meeting?.participants.find((p) => p.name === 'Wang Yi')?.country).not.toBe('Norway');
    expect(meeting).toMatchObject({ status: 'planned', kind: 'visit' });
  });

  it('reads a short name given after a full one (\'Prachanda\', "known as Tok Mat") as that person', () => {
    const text =
      "Indian Foreign Secretary Vinay Kwatra called on Nepal's Prime Minister Pushpa Kamal Dahal 'Prachanda' on " +
      'Sunday.\n\nPrachanda told the Indian diplomat that ties were strong, and later met Chinese Ambassador ' +
      'Chen Song.';
    expect(pairs(text)).toEqual(['Chen Song + Pushpa Kamal Dahal', 'Pushpa Kamal Dahal + Vinay Kwatra']);
    const dashed =
      'Trade Minister Datuk Seri Abdul Rahman Yusof - better known as Pak Man - held talks with Thai Commerce ' +
      'Minister Suchart Chomklin on Monday.';
    expect(pairs(dashed)).toEqual(['Abdul Rahman Yusof + Suchart Chomklin']);
  });

  it('reads "counterparts from A, B and C: X, Y and Z, respectively" as a meeting with each named one', () => {
    const text =
      'Turkish Foreign Minister Hakan Fidan met separately with his counterparts from Pakistan, Palestine and ' +
      'Georgia: Deputy Prime Minister Ishaq Dar, Varsen Aghabekian Shahin and Maka Bochorishvili, respectively.';
    expect(pairs(text)).toEqual([
      'Hakan Fidan + Ishaq Dar',
      'Hakan Fidan + Maka Bochorishvili',
      'Hakan Fidan + Varsen Aghabekian Shahin',
    ]);
  });

  it('gives "his meeting with B" to the sentence\'s subject, and reads "A and Parliament Speaker B" as a list', () => {
    const told =
      'Japanese Foreign Minister Takeshi Iwaya called Korean Foreign Minister Cho Hyun on Thursday.\n\nIwaya told ' +
      'Cho about his meeting with US Secretary of State Marco Rubio in Washington a day earlier.';
    expect(pairs(told)).toContain('Marco Rubio + Takeshi Iwaya');
    expect(pairs(told)).not.toContain('Cho Hyun + Marco Rubio');
    const list =
      'In Beirut, Iranian Foreign Minister Abbas Araqchi met caretaker Prime Minister Najib Mikati and Parliament ' +
      'Speaker Nabih Berri on Friday.';
    expect(pairs(list)).toEqual(['Abbas Araqchi + Nabih Berri', 'Abbas Araqchi + Najib Mikati']);
  });
});

describe('a group meeting told again as pairs', () => {
  it('reads "A hosted the meeting with B and C" after the trilateral as the trilateral, not two more meetings', () => {
    const text =
      'The foreign ministers of Kenya, Uganda and Tanzania held their fourth trilateral meeting in Nairobi on ' +
      'Tuesday. Kenyan Foreign Minister Amina Wekesa hosted the meeting with Ugandan Foreign Minister Okello ' +
      'Mugisha and Tanzanian Foreign Minister Rehema Mushi. The Ugandan minister also had separate bilateral talks ' +
      'with Wekesa on the same day.';
    expect(rowsOf(meetingsOf(text))).toEqual([
      'Amina Wekesa + Okello Mugisha + Rehema Mushi · 2025-03-04',
      'Amina Wekesa + Okello Mugisha · 2025-03-04',
    ]);
  });
});

describe('a group met, counted and told of before', () => {
  const RECEIVED =
    'President Bassirou Diomaye Faye received Foreign Minister Ama Mensah of Ghana, Foreign Minister Idrissa Kane ' +
    'of Gambia and Foreign Minister Luis Cabral of Guinea-Bissau in Dakar on Monday.';

  it('is those the briefing named, with the one who met them', () => {
    const text = `${RECEIVED} Foreign Minister Yassine Fall later held talks with the three ministers on the corridor.`;
    expect(pairs(text, '2025-06-10')).toContain('Ama Mensah + Idrissa Kane + Luis Cabral + Yassine Fall');
  });

  it('is no one when the briefing named fewer of that office', () => {
    const text = `${RECEIVED} Foreign Minister Yassine Fall later held talks with the four ministers on the corridor.`;
    expect(pairs(text, '2025-06-10').some((p) => p.includes('Yassine Fall'))).toBe(false);
  });
});
