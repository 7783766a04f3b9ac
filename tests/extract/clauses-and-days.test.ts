/**
 * Which day each meeting of a sentence was: people met on different days in one sentence, a recollection in a clause
 * of its own, an aside's date, a time stamp under the headline. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, meetingsOfFiles, rowsOf } from './unseen-helpers.js';

describe('people met on different days in one sentence', () => {
  it('gives each person met the day said after them: "met A on Tuesday, and B on Wednesday"', () => {
    const text =
      'UN envoy Maria Elena Ortiz Castillo landed in Nicosia on Monday night. She met Turkish Cypriot leader Tufan ' +
      'Erhurman on Tuesday in the north, and President Nikos Christodoulides on Wednesday at the presidential palace.';
    expect(rowsOf(meetingsOf(text, '2026-01-15'))).toEqual([
      'Maria Elena Ortiz Castillo + Nikos Christodoulides · 2026-01-14',
      'Maria Elena Ortiz Castillo + Tufan Erhurman · 2026-01-13',
    ]);
  });

  it('gives two people joined by "and" the day said after the second', () => {
    const text =
      'Defence Minister Chan Chun Sing met Philippine Defence Secretary Gilberto Teodoro on Saturday, and ' +
      'Australian Deputy Prime Minister Richard Marles and Japanese Defence Minister Minoru Kihara in separate ' +
      'meetings on Sunday.';
    expect(rowsOf(meetingsOf(text, '2025-06-02'))).toEqual([
      'Chan Chun Sing + Gilberto Teodoro · 2025-05-31',
      'Chan Chun Sing + Minoru Kihara · 2025-06-01',
      'Chan Chun Sing + Richard Marles · 2025-06-01',
    ]);
  });

  it('keeps "…, and B said" for B speaking, not a second person met', () => {
    const text =
      'Foreign Minister Ahmed Attaf met Tunisian Foreign Minister Mohamed Ali Nafti on Monday in Algiers, and ' +
      'Prime Minister Nadir Larbaoui said the talks went well.';
    expect(rowsOf(meetingsOf(text, '2025-03-05'))).toEqual(['Ahmed Attaf + Mohamed Ali Nafti · 2025-03-03']);
  });
});

describe('a date that is no meeting’s', () => {
  it('does not split a meeting on a date in an aside or on "this year" beside the meeting’s day', () => {
    const text =
      'Australian Prime Minister Anthony Albanese met South African President Cyril Ramaphosa on Sunday morning, ' +
      'mainly about mining and rugby (the Springboks had beaten the Wallabies twice this year).';
    expect(rowsOf(meetingsOf(text, '2025-11-24'))).toEqual(['Anthony Albanese + Cyril Ramaphosa · 2025-11-23']);
  });

  it('reads a time stamp under the headline as the briefing’s day, not a section’s', () => {
    const raw =
      "The Courier\nThe Region's Leading Daily Newspaper\nNews | Politics | Sport\nFriday, 15 August 2025\n\n" +
      'Politics\n\nNandi-Ndaitwah, Boko agree to fast-track rail link\n\nEliaser Nghilundilua\n2025-08-15 06:30\n' +
      '3 min read\n\nPresident Netumbo Nandi-Ndaitwah welcomes Botswana President Duma Boko at State House ' +
      "yesterday. Photo: Presidency\n\nPresident Netumbo Nandi-Ndaitwah and Botswana's President Duma Boko " +
      'yesterday agreed to speed up the long-delayed railway.\n\nBoko, who was on a one-day working visit, held ' +
      'closed-door talks with Nandi-Ndaitwah at State House in Windhoek, followed by a luncheon.';
    expect(rowsOf(meetingsOfFiles(raw))).toEqual(['Duma Boko + Netumbo Nandi-Ndaitwah · 2025-08-14']);
  });
});

describe('a recollection in a clause of its own', () => {
  it('dates the meeting of the main clause by the occasion, and the recalled one by its own words', () => {
    const text =
      'BISHKEK, 10 August 2023 – Foreign Minister Jeenbek Kulubaev held talks today with Turkmen Foreign Minister ' +
      'Rashid Meredov. Rashid Meredov was also received by President Sadyr Japarov, who recalled his talks with ' +
      'President Serdar Berdimuhamedov during his state visit to Ashgabat in April.';
    expect(rowsOf(meetingsOf(text, '2023-08-10'))).toEqual([
      'Jeenbek Kulubaev + Rashid Meredov · 2023-08-10',
      'Rashid Meredov + Sadyr Japarov · 2023-08-10',
      'Sadyr Japarov + Serdar Berdimuhamedov · 2023-04',
    ]);
  });
});

describe('who met whom in a sentence of several people', () => {
  it('reads "held bilateral talks with A and B" as two meetings, whatever summit the sentence names after', () => {
    const text =
      'President Emmerson Mnangagwa yesterday held bilateral talks with Namibian President Nangolo Mbumba and ' +
      'Mozambican President Filipe Nyusi at State House in Harare, as heads of state continue to arrive for the ' +
      'SADC Summit.';
    expect(rowsOf(meetingsOf(text, '2024-08-16'))).toEqual([
      'Emmerson Mnangagwa + Filipe Nyusi · 2024-08-15',
      'Emmerson Mnangagwa + Nangolo Mbumba · 2024-08-15',
    ]);
  });

  it('reads "hosted a consultative meeting with A, B and C" as one meeting of them all', () => {
    const text =
      'UAE President Mohamed bin Zayed Al Nahyan on Wednesday hosted a consultative meeting in Abu Dhabi with ' +
      "Qatar's Emir Tamim bin Hamad Al Thani, Oman's Sultan Haitham bin Tarik and Jordan's King Abdullah II.";
    expect(rowsOf(meetingsOf(text, '2023-01-19'))).toEqual([
      'Abdullah II + Haitham bin Tarik + Mohamed bin Zayed Al Nahyan + Tamim bin Hamad Al Thani · 2023-01-18',
    ]);
  });

  it('reads leaders in town for a summit as no meeting among them', () => {
    const text =
      'Japanese Prime Minister Sanae Takaichi, Brazilian President Luiz Inácio Lula da Silva and Canadian Prime ' +
      'Minister Mark Carney are in the Malaysian capital for the summit.';
    expect(rowsOf(meetingsOf(text, '2025-10-24'))).toEqual([]);
  });

  it('meets no one whose funeral was the occasion, and reads "discussed with B" as talks with B', () => {
    const text =
      'President Emmerson Mnangagwa, who chairs the bloc, discussed with President Nangolo Mbumba the ' +
      'Trans-Kalahari corridor on Thursday. The two leaders last met in Windhoek in February on the sidelines of ' +
      'the funeral of the late President Hage Geingob.';
    expect(rowsOf(meetingsOf(text, '2024-08-16'))).toEqual([
      'Emmerson Mnangagwa + Nangolo Mbumba · 2024-02',
      'Emmerson Mnangagwa + Nangolo Mbumba · 2024-08-15',
    ]);
  });

  it('dates no meeting by a clause about something else ("the port, which is to open in 2028")', () => {
    const text =
      "Cape Verde's Foreign Minister José Filomeno Monteiro discussed with Moroccan Foreign Minister Nasser Bourita " +
      'the sea link to the port of Dakhla, which is scheduled to enter service in 2028.';
    expect(rowsOf(meetingsOf(text, '2025-05-28'))).toEqual(['José Filomeno Monteiro + Nasser Bourita · no date']);
  });
});

describe('a day told against the meeting before', () => {
  it('"The following day" is the day after it', () => {
    const text =
      'On 19 February 2026, Foreign Minister Vijitha Herath held talks with Indian External Affairs Minister ' +
      'S. Jaishankar in New Delhi. The following day, the Foreign Minister called on Prime Minister Narendra Modi.';
    expect(rowsOf(meetingsOf(text, '2026-02-21'))).toEqual([
      'Narendra Modi + Vijitha Herath · 2026-02-20',
      'S. Jaishankar + Vijitha Herath · 2026-02-19',
    ]);
  });
});
