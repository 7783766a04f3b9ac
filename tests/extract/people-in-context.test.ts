/**
 * Who is who when a briefing writes people in shorthand: initials for given names, a surname opening a sentence that
 * is also an everyday word, an office and a name joined by "and", someone's predecessor. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, pairs, pairsOf, rowsOf } from './unseen-helpers.js';

describe('people written in shorthand', () => {
  it('takes "KP Sharma Oli" and "PM Oli" for the Khadga Prasad Sharma Oli of the caption', () => {
    const text =
      '[Photo] Prime Minister Khadga Prasad Sharma Oli arrives in Beijing on Monday. Prime Minister KP Sharma Oli ' +
      'met Chinese Premier Li Qiang on Tuesday. Earlier on Tuesday, PM Oli called on Zhao Leji at the Great Hall.';
    expect(rowsOf(meetingsOf(text, '2024-12-04'))).toEqual([
      'Khadga Prasad Sharma Oli + Li Qiang · 2024-12-03',
      'Khadga Prasad Sharma Oli + Zhao Leji · 2024-12-03',
    ]);
  });

  it('reads a surname that is an everyday word, opening a sentence, as the person the briefing named so', () => {
    const text =
      'Prime Minister Kamla Persad-Bissessar hosted Guyanese President Irfaan Ali on Wednesday. He was met at the ' +
      'airport by Foreign Minister Sean Sobers. Sobers, meanwhile, has had a busy week. On Monday he held a video ' +
      'call with Barbados Foreign Minister Kerrie Symmonds.';
    const found = pairs(text, '2025-08-21');
    expect(found).toContain('Kerrie Symmonds + Sean Sobers');
    expect(found).not.toContain('Kamla Persad-Bissessar + Kerrie Symmonds');
  });

  it('gives a meeting with "Takaichi\'s predecessor, Shigeru Ishiba" to Ishiba, not Takaichi', () => {
    const text =
      'Prime Minister Sanae Takaichi will meet President Xi Jinping on Friday. In Lima in November 2024, Xi met ' +
      "Takaichi's predecessor, Shigeru Ishiba.";
    expect(rowsOf(meetingsOf(text, '2025-10-29'))).toEqual([
      'Sanae Takaichi + Xi Jinping · 2025-10-31',
      'Shigeru Ishiba + Xi Jinping · 2024-11',
    ]);
  });

  it('gives a list of names after a list of offices each its office and country, in order', () => {
    const text =
      'On Thursday, Foreign Minister Ian Borg held separate meetings with the foreign ministers of Armenia, ' +
      'Azerbaijan and Moldova – Ararat Mirzoyan, Jeyhun Bayramov and Mihai Popșoi.';
    const meetings = meetingsOf(text, '2024-12-06');
    expect(pairs(text, '2024-12-06')).toEqual([
      'Ararat Mirzoyan + Ian Borg',
      'Ian Borg + Jeyhun Bayramov',
      'Ian Borg + Mihai Popșoi',
    ]);
    const countries = meetings.flatMap((m) =>
      m.participants.filter((p) => p.name !== 'Ian Borg').map((p) => p.country),
    );
    expect(countries.sort()).toEqual(['Armenia', 'Azerbaijan', 'Moldova']);
  });

  it('reads no headline verb ("Leaked", "Meet") as the first word of a name', () => {
    const text =
      'Leaked Paetongtarn–Hun Sen call shakes coalition\n\nPrime Minister Paetongtarn Shinawatra spoke by phone ' +
      'with Malaysian Prime Minister Anwar Ibrahim on Thursday morning. Paetongtarn held a phone call with Hun Sen on Sunday.';
    expect(pairs(text, '2025-06-19')).toEqual([
      'Anwar Ibrahim + Paetongtarn Shinawatra',
      'Hun Sen + Paetongtarn Shinawatra',
    ]);
  });
});

describe('meetings told around other words', () => {
  it('takes the leader of a delegation met after a venue and its district, not the district', () => {
    const text =
      'On Monday, Minister Sylvestre Radegonde held bilateral talks at Maison Quéau de Quinssy, Mont Fleuri, with a ' +
      'delegation from the United Arab Emirates led by the Minister of State, Sheikh Shakhboot bin Nahyan Al Nahyan.';
    expect(pairs(text, '2024-05-15')).toEqual(['Shakhboot bin Nahyan Al Nahyan + Sylvestre Radegonde']);
  });

  it('reads "whom he had last met in Kyiv in September" as an earlier meeting of the two', () => {
    const text =
      'On Thursday in Valletta, Foreign Minister Ian Borg met Ukrainian Foreign Minister Andrii Sybiha, whom he had ' +
      'last met in Kyiv in September.';
    expect(rowsOf(meetingsOf(text, '2024-12-06'), true)).toEqual([
      'Andrii Sybiha + Ian Borg · 2024-09 · Kyiv',
      'Andrii Sybiha + Ian Borg · 2024-12-05 · Valletta',
    ]);
  });

  it('reads "the two leaders first met as heads of state in Harare in January" as their meeting', () => {
    const text =
      "President Duma Boko spoke by phone on Sunday with Zimbabwe's President Emmerson Mnangagwa. The two leaders " +
      'first met as heads of state in Harare in January.';
    expect(rowsOf(meetingsOf(text, '2025-04-09'), true)).toEqual([
      'Duma Boko + Emmerson Mnangagwa · 2025-01 · Harare',
      'Duma Boko + Emmerson Mnangagwa · 2025-04-06 · by telephone',
    ]);
  });

  it('reads "had a first phone conversation on May 27" as a call of the two on that day', () => {
    const text =
      'President Nicușor Dan met President Maia Sandu in Chisinau on Tuesday. The two presidents had a first phone ' +
      'conversation on May 27, when Sandu congratulated him on his election.';
    expect(rowsOf(meetingsOf(text, '2025-06-11'), true)).toEqual([
      'Maia Sandu + Nicușor Dan · 2025-05-27 · by telephone',
      'Maia Sandu + Nicușor Dan · 2025-06-10 · Chisinau',
    ]);
  });

  it('reads "will on Thursday, 13 March 2025, host" as a planned meeting, one with its subhead\'s', () => {
    const text =
      'Minister Lamola to host Ghanaian counterpart for Joint Permanent Commission\n\nThe Minister of International ' +
      'Relations and Cooperation, Mr Ronald Lamola, will on Thursday, 13 March 2025, host the Minister for Foreign ' +
      'Affairs of the Republic of Ghana, Hon. Samuel Okudzeto Ablakwa, in Pretoria.';
    expect(rowsOf(meetingsOf(text, '2025-03-12'), true)).toEqual([
      'Ronald Lamola + Samuel Okudzeto Ablakwa · 2025-03-13 · Pretoria',
    ]);
  });

  it('dates a call told after another meeting word by its own clause', () => {
    const text =
      'Prime Minister Modi will meet President Donald Trump at the White House on Thursday. The two leaders last met ' +
      'in person in Ahmedabad in February 2020, though they spoke by phone on January 27 this year.';
    expect(rowsOf(meetingsOf(text, '2025-02-12'))).toContain('Donald Trump + Modi · 2025-01-27');
  });

  it('reads "sat down together with A and B" as one meeting of the three', () => {
    const text =
      'On Tuesday President Claudia Sheinbaum sat down together with the President of the European Commission, ' +
      'Ursula von der Leyen, and the President of the European Council, António Costa.';
    expect(pairs(text, '2025-06-18')).toEqual(['António Costa + Claudia Sheinbaum + Ursula von der Leyen']);
  });

  it('adds whoever hosted the meeting to it ("in a meeting hosted by the Emir of Qatar")', () => {
    const text =
      'President Paul Kagame travelled to Doha and met President Félix Tshisekedi on March 18 in a meeting hosted by ' +
      'the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.';
    expect(pairs(text, '2025-06-20')).toEqual(['Félix Tshisekedi + Paul Kagame + Tamim bin Hamad Al Thani']);
  });

  it('reads "his Japanese and Canadian counterparts, A and B" after a sentence about another, as the minister\'s', () => {
    const text =
      'Foreign Minister Antonio Tajani opened the day with a meeting with Ukrainian Foreign Minister Dmytro Kuleba. ' +
      'Kuleba asked for more air defence. The Italian minister then held separate meetings with his Japanese and ' +
      'Canadian counterparts, Yoko Kamikawa and Mélanie Joly.';
    const meetings = meetingsOf(text, '2024-04-19');
    expect(pairsOf(meetings)).toEqual([
      'Antonio Tajani + Dmytro Kuleba',
      'Antonio Tajani + Mélanie Joly',
      'Antonio Tajani + Yoko Kamikawa',
    ]);
    const country = (name: string): string | undefined =>
      meetings.flatMap((m) => m.participants).find((p) => p.name === name)?.country;
    expect([country('Yoko Kamikawa'), country('Mélanie Joly')]).toEqual(['Japan', 'Canada']);
  });

  it('follows "the head of Polish diplomacy" to Kyiv: "There he is due to be received by A and, separately, …"', () => {
    const text =
      'Foreign Minister Radosław Sikorski of Poland hosted his French counterpart on Monday. Ukrainian Foreign ' +
      'Minister Andrii Sybiha joined them by video link. The head of Polish diplomacy will travel to Kyiv on ' +
      'Thursday. There he is due to be received by President Volodymyr Zelensky and, separately, hold talks with ' +
      'Sybiha, the ministry said.';
    const rows = rowsOf(meetingsOf(text, '2025-06-10'), true);
    expect(rows).toContain('Radosław Sikorski + Volodymyr Zelensky · 2025-06-12 · Kyiv');
    expect(rows).toContain('Andrii Sybiha + Radosław Sikorski · 2025-06-12 · Kyiv');
  });

  it('dates the items of a listing page by their own title blocks, dated to the minute', () => {
    const rule = '-----------------------------------------------------------------\n';
    const text = [
      'President of Russia | Events | News',
      `${rule}Meeting with President of Kyrgyzstan Sadyr Japarov\nOctober 10, 2025, 16:05\nDushanbe`,
      'On the sidelines of the summit, Vladimir Putin met with President of the Kyrgyz Republic Sadyr Japarov.',
      `${rule}Meeting with President of Azerbaijan Ilham Aliyev\nOctober 9, 2025, 19:40\nDushanbe`,
      'Vladimir Putin met with President of the Republic of Azerbaijan Ilham Aliyev.',
      'Vladimir Putin: Mr Aliyev, I am glad to see you.',
      `${rule}Telephone conversation with President of Belarus Alexander Lukashenko\nOctober 7, 2025, 10:20`,
      'Alexander Lukashenko congratulated Vladimir Putin on his birthday by telephone.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text, '2025-10-10'))).toEqual([
      'Alexander Lukashenko + Vladimir Putin · 2025-10-07',
      'Ilham Aliyev + Vladimir Putin · 2025-10-09',
      'Sadyr Japarov + Vladimir Putin · 2025-10-10',
    ]);
  });

  it("dates the readouts of an archive page by the date ending each one's title", () => {
    const text = [
      'U.S. DEPARTMENT of STATE\nHome > Office of the Spokesperson > Readouts > March 2025',
      "Secretary Rubio's Travel to Brussels\nMEDIA NOTE\nOFFICE OF THE SPOKESPERSON\nMARCH 31, 2025",
      'Secretary of State Marco Rubio will travel to Brussels on April 3 for the NATO ministerial.',
      "Secretary Rubio's Meeting with Japanese Foreign Minister Iwaya\nREADOUT\nOFFICE OF THE SPOKESPERSON\nMARCH 13, 2025",
      'The below is attributable to the Spokesperson:',
      'Secretary of State Marco Rubio met today with Japanese Foreign Minister Takeshi Iwaya in Charlevoix.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text, '2025-03-31'))).toEqual(['Marco Rubio + Takeshi Iwaya · 2025-03-13']);
  });

  it('reads "Recalling his meeting with A in Vientiane in July, B said" as their earlier meeting', () => {
    const text =
      'Foreign Minister Wang Yi held talks in Beijing with Cambodian Foreign Minister Sok Chenda Sophea on Tuesday. ' +
      'Recalling his meeting with Sok Chenda Sophea in Vientiane in July, Wang Yi said ties were strong.';
    expect(rowsOf(meetingsOf(text, '2024-12-05'), true)).toEqual([
      'Sok Chenda Sophea + Wang Yi · 2024-07 · Vientiane',
      'Sok Chenda Sophea + Wang Yi · 2024-12-03 · Beijing',
    ]);
  });

  it('reads "their first meeting since the leader\'s visit to Moscow in November 2022" as that earlier meeting', () => {
    const text =
      'President Miguel Díaz-Canel met President Vladimir Putin in Kazan on Wednesday. It was their first ' +
      "face-to-face meeting since the Cuban leader's official visit to Moscow in November 2022.";
    expect(rowsOf(meetingsOf(text, '2024-10-23'), true)).toEqual([
      'Miguel Díaz-Canel + Vladimir Putin · 2022-11 · Moscow',
      'Miguel Díaz-Canel + Vladimir Putin · 2024-10-23 · Kazan',
    ]);
  });

  it('reads "…, when he and Lavrov signed a plan" as a meeting of the two then', () => {
    const text =
      'Foreign Minister Sergey Lavrov met Malian Foreign Minister Abdoulaye Diop in Moscow on Wednesday. Diop last ' +
      'visited Moscow in November 2023, when he and Lavrov signed a plan of consultations.';
    expect(rowsOf(meetingsOf(text, '2024-10-09'))).toEqual([
      'Abdoulaye Diop + Sergey Lavrov · 2023-11',
      'Abdoulaye Diop + Sergey Lavrov · 2024-10-09',
    ]);
  });

  it('gives no side the country of other talks its sentence names ("briefed him on Iran-US talks")', () => {
    const text =
      'On Sunday, Foreign Minister Abdullah Al-Yahya received a phone call from Iranian Foreign Minister Abbas ' +
      'Araghchi, who briefed him on the latest round of Iran-US talks in Muscat.';
    const [meeting] = meetingsOf(text, '2025-04-14');
    expect(meeting?.participants.find((p) => p.name === 'Abdullah Al-Yahya')?.country).toBeUndefined();
  });
});

describe("one person's country through a briefing", () => {
  const OPENING =
    'Prime Minister Tavita Oloa held a series of meetings with visiting leaders on the sidelines of the summit.';
  const LATER = 'On the same day, Mr. Oloa held talks with Indian Prime Minister Narendra Modi.';
  const countryOf = (...sentences: string[]): (string | undefined)[] =>
    meetingsOf([OPENING, ...sentences, LATER].join(' '), '2024-10-11')
      .filter((m) => m.participants.some((p) => p.name === 'Narendra Modi'))
      .flatMap((m) => m.participants.filter((p) => p.name === 'Tavita Oloa').map((p) => p.country));

  it('is the one two other meetings of the briefing give, for a meeting that names only the surname', () => {
    const first = 'On October 9, the Samoan Prime Minister met Vietnamese Prime Minister Pham Minh Chinh.';
    const second = 'On October 10, the Samoan Prime Minister held talks with Chinese Premier Li Qiang.';
    expect(countryOf(first, second)).toEqual(['Samoa']);
  });

  it('is not given from a single meeting, which could be a slip', () => {
    expect(countryOf('On October 9, the Samoan Prime Minister met Vietnamese Prime Minister Pham Minh Chinh.')).toEqual(
      [undefined],
    );
  });
});
