import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/reference/lexicon.js';
import { buildExtractContext } from '../../src/extract/extract.js';
import { readSentences } from '../../src/extract/candidates.js';
import { buildTitleTable, findMentions, spanText, type Mention } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';
import type { Article } from '../../src/types.js';

const lexicon = buildLexicon();
const table = buildTitleTable();

/** A mention as the tests compare it: its words as written, and only the attributes it has. */
interface Seen {
  kind: Mention['kind'];
  span: string;
  name?: string;
  title?: string;
  country?: string;
  organization?: string;
}

function mentionsOf(sentence: string): Seen[] {
  const toks = tokenize(sentence);
  return findMentions(toks, table, lexicon).map((m) => ({
    kind: m.kind,
    span: spanText(toks, m.from, m.to),
    ...(m.name !== undefined ? { name: m.name } : {}),
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(m.country !== undefined ? { country: m.country } : {}),
    ...(m.organization !== undefined ? { organization: m.organization } : {}),
  }));
}

const named = (sentence: string, name: string): Seen | undefined =>
  mentionsOf(sentence).find((m) => m.kind === 'named' && m.name === name);

describe('tokenize', () => {
  it('splits a possessive ’s into a token of its own, as the example says', () => {
    expect(tokenize('Pakistan’s FM').map((t) => t.text)).toEqual(['Pakistan', '’s', 'FM']);
  });

  it('keeps hyphens, inner apostrophes and dotted initials (with their last dot) inside a word', () => {
    expect(tokenize("Kassym-Jomart Ma'ruf L.P. CASA-1000").map((t) => t.text)).toEqual([
      'Kassym-Jomart',
      "Ma'ruf",
      'L.P.',
      'CASA-1000',
    ]);
  });

  it('folds diacritics and case in norm and straightens the curly apostrophe', () => {
    const toks = tokenize('Türkiye António Pakistan’s');
    expect(toks.map((t) => t.norm)).toEqual(['turkiye', 'antonio', 'pakistan', "'s"]);
  });

  it('marks words, capitals and punctuation, with offsets that slice back to the text', () => {
    const s = 'Besalov Adil – Deputy Chairman, met with Ishaq Dar 🇵🇰 (today).';
    const toks = tokenize(s);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(toks.find((t) => t.text === '–')).toMatchObject({ word: false, cap: false });
    expect(toks.find((t) => t.text === 'met')).toMatchObject({ word: true, cap: false });
    expect(toks.find((t) => t.text === 'Besalov')).toMatchObject({ word: true, cap: true });
  });

  it('returns no tokens for an empty or blank sentence', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   \n\t ')).toEqual([]);
  });
});

describe('findMentions: named officials with their title, country and organisation', () => {
  const CASES: Array<{ name: string; sentence: string; expected: Omit<Seen, 'kind'> }> = [
    {
      name: 'a military rank before a name is no word of the name ("Colonel Assimi Goïta")',
      sentence: 'Fall was received by Colonel Amadou Keita on Thursday.',
      expected: { span: 'Amadou Keita', name: 'Amadou Keita' },
    },
    {
      name: 'an office, a comma and a name with an office that fits it are one person, of the country said',
      sentence:
        'She was received by the President of the Transition, Head of State of Mali, Colonel Amadou Keita, to whom ' +
        'she handed a message.',
      expected: {
        span: 'the President of the Transition, Head of State of Mali, Colonel Amadou Keita',
        name: 'Amadou Keita',
        title: 'Head of State',
        country: 'MLI',
      },
    },
    {
      name: 'seed 000: "President of Kyrgyzstan Sadyr Zhaparov" takes title and country from "Title of Country Name"',
      sentence:
        'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov, and exchanged views on the current state and prospects of Kyrgyz-Pakistani bilateral cooperation.',
      expected: {
        span: 'President of Kyrgyzstan Sadyr Zhaparov',
        name: 'Sadyr Zhaparov',
        title: 'President',
        country: 'KGZ',
      },
    },
    {
      name: 'seed 000: "Caretaker Foreign Minister Jalil Abbas Jilani" keeps the modifier in the title and has no country',
      sentence:
        'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov.',
      expected: {
        span: 'Caretaker Foreign Minister Jalil Abbas Jilani',
        name: 'Jalil Abbas Jilani',
        title: 'Caretaker Foreign Minister',
      },
    },
    {
      name: 'seed 001: "Kassym-Jomart Tokayev, President of Kazakhstan" reads the title after the name',
      sentence:
        'Senator Ishaq Dar also had an audience with Kassym-Jomart Tokayev, President of Kazakhstan, @ presidential palace Akorda where they talked about expanding cooperation across various sectors Further, he met Sirajuddin Tajikistan FM.',
      expected: {
        span: 'Kassym-Jomart Tokayev, President of Kazakhstan',
        name: 'Kassym-Jomart Tokayev',
        title: 'President',
        country: 'KAZ',
      },
    },
    {
      name: 'seed 001: "Besalov Adil – Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan" reads a dash and a body name in the title',
      sentence:
        'Besalov Adil – Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan, met with Ishaq Dar during his visit.',
      expected: {
        span: 'Besalov Adil – Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan',
        name: 'Besalov Adil',
        title: 'Deputy Chairman of the Cabinet of Ministers',
        country: 'KGZ',
      },
    },
    {
      name: 'seed 001: "Sirajuddin Tajikistan FM" reads "Name Country Title"',
      sentence: 'Further, he met Sirajuddin Tajikistan FM.',
      expected: { span: 'Sirajuddin Tajikistan FM', name: 'Sirajuddin', title: 'FM', country: 'TJK' },
    },
    {
      name: 'seed 002: "his Russian counterpart Sergey Lavrov" is a named counterpart with a country',
      sentence:
        'Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey Lavrov here on Wednesday (today).',
      expected: {
        span: 'his Russian counterpart Sergey Lavrov',
        name: 'Sergey Lavrov',
        title: 'counterpart',
        country: 'RUS',
      },
    },
    {
      name: 'seed 003: "Iranian Minister for Industry, Mining, and Trade, Mohammad Atabak" keeps the whole portfolio list',
      sentence:
        'Relatedly, Commerce Minister Jam Kamal Khan held a meeting with Iranian Minister for Industry, Mining, and Trade, Mohammad Atabak.',
      expected: {
        span: 'Iranian Minister for Industry, Mining, and Trade, Mohammad Atabak',
        name: 'Mohammad Atabak',
        title: 'Minister for Industry, Mining, and Trade',
        country: 'IRN',
      },
    },
    {
      name: 'seed 003: "Commerce Minister Jam Kamal Khan" reads a portfolio before "Minister"',
      sentence:
        'Relatedly, Commerce Minister Jam Kamal Khan held a meeting with Iranian Minister for Industry, Mining, and Trade, Mohammad Atabak.',
      expected: { span: 'Commerce Minister Jam Kamal Khan', name: 'Jam Kamal Khan', title: 'Commerce Minister' },
    },
    {
      name: 'seed 000: "SCO Secretary-General Zhang Ming" takes the organisation, not a country',
      sentence:
        'Meanwhile, Foreign Minister Jilani also met SCO Secretary-General Zhang Ming and discussed areas of critical and practical cooperation.',
      expected: {
        span: 'SCO Secretary-General Zhang Ming',
        name: 'Zhang Ming',
        title: 'Secretary-General',
        organization: 'SCO',
      },
    },
    {
      name: 'seed 004: "State Councilor and Foreign Minister Wang Yi" joins two titles with "and"',
      sentence:
        'Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi at the Shanghai Cooperation Organization summit in Dushanbe.',
      expected: {
        span: 'State Councilor and Foreign Minister Wang Yi',
        name: 'Wang Yi',
        title: 'State Councilor and Foreign Minister',
      },
    },
    {
      name: 'seed 004: "Pakistani Prime Minister Imran Khan" takes the country from a demonym',
      sentence:
        'Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi.',
      expected: {
        span: 'Pakistani Prime Minister Imran Khan',
        name: 'Imran Khan',
        title: 'Prime Minister',
        country: 'PAK',
      },
    },
    {
      name: 'seed 001: "Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar" reads a possessive country and a comma',
      sentence: 'Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar, has reached Bishkek.',
      expected: {
        span: 'Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar',
        name: 'Ishaq Dar',
        title: 'Foreign Minister and Deputy Prime Minister',
        country: 'PAK',
      },
    },
    {
      name: 'seed 003: "Prime Minister of Russian Federation, Mikhail Mishustin" reads a two-word country name',
      sentence:
        'ISLAMABAD: Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail Mishustin on Wednesday agreed to pursue robust dialogue.',
      expected: {
        span: 'Prime Minister of Russian Federation, Mikhail Mishustin',
        name: 'Mikhail Mishustin',
        title: 'Prime Minister',
        country: 'RUS',
      },
    },
    {
      name: '"President of the Kyrgyz Republic Sadyr Japarov" reads "of the Demonym Republic"',
      sentence:
        'President of the Kyrgyz Republic Sadyr Japarov received Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan on Tuesday.',
      expected: {
        span: 'President of the Kyrgyz Republic Sadyr Japarov',
        name: 'Sadyr Japarov',
        title: 'President',
        country: 'KGZ',
      },
    },
    {
      name: '"Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan" reads a country with diacritics',
      sentence:
        'President of the Kyrgyz Republic Sadyr Japarov received Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan on Tuesday.',
      expected: {
        span: 'Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan',
        name: 'Hakan Fidan',
        title: 'Minister of Foreign Affairs',
        country: 'TUR',
      },
    },
    {
      name: '"Timor-Leste\'s Foreign Minister Bendito dos Santos Freitas" reads a hyphenated country and a name particle',
      sentence:
        "Later in the day he held talks with Timor-Leste's Foreign Minister Bendito dos Santos Freitas on the country's roadmap to full membership.",
      expected: {
        span: "Timor-Leste's Foreign Minister Bendito dos Santos Freitas",
        name: 'Bendito dos Santos Freitas',
        title: 'Foreign Minister',
        country: 'TLS',
      },
    },
    {
      name: '"Retno L.P. Marsudi" keeps initials inside the name',
      sentence:
        'ASEAN Secretary-General Dr. Kao Kim Hourn paid a courtesy call on Indonesian Foreign Minister Retno L.P. Marsudi at the Ministry of Foreign Affairs in Pejambon on Tuesday.',
      expected: {
        span: 'Indonesian Foreign Minister Retno L.P. Marsudi',
        name: 'Retno L.P. Marsudi',
        title: 'Foreign Minister',
        country: 'IDN',
      },
    },
    {
      name: '"ASEAN Secretary-General Dr. Kao Kim Hourn" lets an honorific stand between title and name',
      sentence:
        'ASEAN Secretary-General Dr. Kao Kim Hourn paid a courtesy call on Indonesian Foreign Minister Retno L.P. Marsudi.',
      expected: {
        span: 'ASEAN Secretary-General Dr. Kao Kim Hourn',
        name: 'Kao Kim Hourn',
        title: 'Secretary-General',
        organization: 'ASEAN',
      },
    },
    {
      name: '"Ursula von der Leyen" keeps the lower-case particles, with "European Commission" as organisation',
      sentence:
        'European Commission President Ursula von der Leyen spoke by phone with Ukrainian President Volodymyr Zelenskyy on Thursday evening.',
      expected: {
        span: 'European Commission President Ursula von der Leyen',
        name: 'Ursula von der Leyen',
        title: 'President',
        organization: 'EC',
      },
    },
    {
      name: '"Abdel Fattah el-Sisi" keeps an "el-" prefixed word in the name',
      sentence:
        "Egyptian President Abdel Fattah el-Sisi and Ethiopian Prime Minister Abiy Ahmed have met often enough to know each other's positions by heart.",
      expected: {
        span: 'Egyptian President Abdel Fattah el-Sisi',
        name: 'Abdel Fattah el-Sisi',
        title: 'President',
        country: 'EGY',
      },
    },
    {
      name: '"Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu" joins a modified title and a second one',
      sentence:
        'Russian Foreign Minister Sergei Lavrov had a telephone conversation with Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu on Wednesday.',
      expected: {
        span: 'Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu',
        name: 'Murat Nurtleu',
        title: 'Deputy Prime Minister and Foreign Minister',
        country: 'KAZ',
      },
    },
    {
      name: "\"The Islamic Emirate's Minister of Foreign Affairs\" is Afghanistan's, not the Emirates'",
      sentence: "The Islamic Emirate's Minister of Foreign Affairs Mawlawi Amir Khan Muttaqi hosted the meeting.",
      expected: {
        span: "The Islamic Emirate's Minister of Foreign Affairs Mawlawi Amir Khan Muttaqi",
        name: 'Mawlawi Amir Khan Muttaqi',
        title: 'Minister of Foreign Affairs',
        country: 'AFG',
      },
    },
    {
      name: '"Luís Montenegro" keeps a surname that is a country\'s name',
      sentence: 'The Portuguese Prime Minister, Luís Montenegro, was received by President José Maria Neves.',
      expected: {
        span: 'The Portuguese Prime Minister, Luís Montenegro',
        name: 'Luís Montenegro',
        title: 'Prime Minister',
        country: 'PRT',
      },
    },
    {
      name: '"K. P. Sharma Oli" keeps both spaced initials in the name',
      sentence: 'On May 31, Rahmon is expected to meet with Nepalese Prime Minister K. P. Sharma Oli.',
      expected: {
        span: 'Nepalese Prime Minister K. P. Sharma Oli',
        name: 'K. P. Sharma Oli',
        title: 'Prime Minister',
        country: 'NPL',
      },
    },
    {
      name: '"US Director of National Intelligence Tulsi Gabbard": a director and the portfolio, before the name',
      sentence: 'Modi first met US Director of National Intelligence Tulsi Gabbard at Blair House.',
      expected: {
        span: 'US Director of National Intelligence Tulsi Gabbard',
        name: 'Tulsi Gabbard',
        title: 'Director of National Intelligence',
        country: 'USA',
      },
    },
    {
      name: '"The Secretary and EAM Jaishankar" is two people: a lone office named with "the", and the EAM',
      sentence:
        'The Secretary and EAM Jaishankar reviewed the work of the bilateral trade dialogue during the call on Friday.',
      expected: { span: 'EAM Jaishankar', name: 'Jaishankar', title: 'EAM' },
    },
    {
      name: '"The President of the ECOWAS Commission, Dr. Omar Alieu Touray" takes the organisation from "of the X Commission"',
      sentence:
        'The President of the ECOWAS Commission, Dr. Omar Alieu Touray, paid a courtesy call on President Bola Ahmed Tinubu at the Presidential Villa.',
      expected: {
        span: 'The President of the ECOWAS Commission, Dr. Omar Alieu Touray',
        name: 'Omar Alieu Touray',
        title: 'President',
        organization: 'ECOWAS',
      },
    },
    {
      name: '"the Ambassador of Japan to ASEAN, Kiya Masahiko," joins an unnamed official and the name after it',
      sentence: 'On Monday he received the Ambassador of Japan to ASEAN, Kiya Masahiko, at the ASEAN Secretariat.',
      expected: {
        span: 'the Ambassador of Japan to ASEAN, Kiya Masahiko',
        name: 'Kiya Masahiko',
        title: 'Ambassador',
        country: 'JPN',
      },
    },
    {
      name: 'invented: "Dr. Vivian Balakrishnan, Foreign Minister of Singapore" reads "Name, Title of Country"',
      sentence: 'Dr. Vivian Balakrishnan, Foreign Minister of Singapore, arrived in Jakarta on Sunday.',
      expected: {
        span: 'Vivian Balakrishnan, Foreign Minister of Singapore',
        name: 'Vivian Balakrishnan',
        title: 'Foreign Minister',
        country: 'SGP',
      },
    },
    {
      name: 'invented: "Chinese Premier Li Qiang" reads a short name and the title "Premier"',
      sentence: 'Chinese Premier Li Qiang received the visiting delegation in Beijing.',
      expected: { span: 'Chinese Premier Li Qiang', name: 'Li Qiang', title: 'Premier', country: 'CHN' },
    },
    {
      name: 'invented: "Angola\'s Foreign Minister Ana Costa" reads a straight-apostrophe possessive',
      sentence: "Angola's Foreign Minister Ana Costa held talks with her Kenyan counterpart on Monday.",
      expected: {
        span: "Angola's Foreign Minister Ana Costa",
        name: 'Ana Costa',
        title: 'Foreign Minister',
        country: 'AGO',
      },
    },
  ];

  it.each(CASES)('$name', ({ sentence, expected }) => {
    expect(named(sentence, expected.name!)).toEqual({ kind: 'named', ...expected });
  });

  it('finds both officials of a "A called on B" sentence, in order', () => {
    const ms = mentionsOf(
      'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov.',
    );
    expect(ms.map((m) => [m.kind, m.name])).toEqual([
      ['named', 'Jalil Abbas Jilani'],
      ['named', 'Sadyr Zhaparov'],
    ]);
  });

  it('gives a bare surname ("Lavrov congratulated …") no title or country', () => {
    expect(named('Lavrov congratulated his Kazakh colleague on the start of the chairmanship.', 'Lavrov')).toEqual({
      kind: 'named',
      span: 'Lavrov',
      name: 'Lavrov',
    });
  });

  it('seed 004: reads "State Councilor and Foreign Minister Wang Yi" as one mention, with no stray "Councilor"', () => {
    const sentence =
      'Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi at the Shanghai Cooperation Organization summit in Dushanbe on September 17, 2021 local time, where Wang Yi was attending.';
    expect(mentionsOf(sentence).map((m) => m.name)).toEqual(['Imran Khan', 'Wang Yi', 'Wang Yi']);
  });

  it('reads "State Councilor Wang Yi" as Wang Yi titled State Councilor', () => {
    expect(
      mentionsOf('Imran Khan met State Councilor Wang Yi at the SCO summit.')
        .filter((m) => m.kind !== 'group')
        .map((m) => [m.kind, m.name, m.title]),
    ).toEqual([
      ['named', 'Imran Khan', undefined],
      ['named', 'Wang Yi', 'State Councilor'],
    ]);
  });

  it('reads "Afghan Foreign Minister Amir Khan Muttaqi" as one named foreign minister', () => {
    expect(
      named('Afghan Foreign Minister Amir Khan Muttaqi arrived in Islamabad on Sunday.', 'Amir Khan Muttaqi'),
    ).toMatchObject({ title: 'Foreign Minister', country: 'AFG' });
  });
});

describe('findMentions: two offices in a list are two people', () => {
  it('keeps "the Prime Minister, Foreign Minister A and Defence Minister B" three people', () => {
    const found = mentionsOf(
      'The talks were attended by the Prime Minister, Foreign Minister Ana Lopes and Defence ' + 'Minister Rui Costa.',
    );
    expect(found.map((m) => m.name ?? m.title)).toEqual(['Prime Minister', 'Ana Lopes', 'Rui Costa']);
  });
});

describe('findMentions: words that name no one who met', () => {
  const names = (sentence: string): string[] =>
    findMentions(tokenize(sentence), table, lexicon).map((m) => m.name ?? `(${m.title ?? m.kind})`);

  it('reads an office, "and", a name as two people ("PM and Ali discuss …")', () => {
    expect(names('PM and Ali discuss energy at Diplomatic Centre')).toEqual(['(PM)', 'Ali']);
  });

  it('gives no office across a comma to a name that owns what follows ("…, Sa\'ar\'s office says")', () => {
    expect(names("Sa'ar spoke with Hungarian Foreign Minister Peter Szijjarto, Sa'ar's office says.")).toEqual([
      "Sa'ar",
      'Peter Szijjarto',
      "Sa'ar",
    ]);
  });

  it('takes no photographer a caption credits, and no agency a dateline credits in brackets', () => {
    expect(names('Lula and Boric during their bilateral meeting in Belém — Foto: Ricardo Stuckert/PR')).toEqual([
      'Lula',
      'Boric',
      'Belém',
    ]);
    expect(names('RIYADH, Oct. 22 (Saba) - Chairman Rashad Al-Alimi will head to Cairo on Thursday.')).toEqual([
      'Rashad Al-Alimi',
    ]);
  });
});

describe('findMentions: unnamed officials', () => {
  const CASES: Array<{ name: string; sentence: string; expected: Omit<Seen, 'kind'> }> = [
    {
      name: 'seed 000: "his Kyrgyz counterpart" is an unnamed counterpart of Kyrgyzstan',
      sentence:
        'The foreign minister also had an “extremely productive” meeting with his Kyrgyz counterpart wherein the two sides agreed on a mechanism.',
      expected: { span: 'his Kyrgyz counterpart', title: 'counterpart', country: 'KGZ' },
    },
    {
      name: 'seed 000: "The foreign minister" is an unnamed foreign minister without a country',
      sentence: 'The foreign minister also had an “extremely productive” meeting with his Kyrgyz counterpart.',
      expected: { span: 'The foreign minister', title: 'foreign minister' },
    },
    {
      name: 'seed 000: "The Kyrgyz leader" is an unnamed leader of Kyrgyzstan',
      sentence:
        'The Kyrgyz leader noted that Pakistan occupied an important place in the system of international and regional relations.',
      expected: { span: 'The Kyrgyz leader', title: 'leader', country: 'KGZ' },
    },
    {
      name: 'seed 000: "the Kyrgyz head of state" is an unnamed head of state',
      sentence:
        'Jalil Abbas Jilani conveyed warm words of greetings to the Kyrgyz head of state from President Arif Alvi.',
      expected: { span: 'the Kyrgyz head of state', title: 'head of state', country: 'KGZ' },
    },
    {
      name: 'seed 003: "The Russian prime minister" in lower case is an unnamed prime minister of Russia',
      sentence:
        'The Russian prime minister expressed his desire to further bolster the existing cooperation between Russia and Pakistan to next level.',
      expected: { span: 'The Russian prime minister', title: 'prime minister', country: 'RUS' },
    },
    {
      name: 'invented: "the Ambassador of Japan" reads "Title of Country"',
      sentence: 'The minister later received the Ambassador of Japan at the ministry.',
      expected: { span: 'the Ambassador of Japan', title: 'Ambassador', country: 'JPN' },
    },
    {
      name: 'nairobi: "her Kenyan counterpart" is an unnamed counterpart of Kenya',
      sentence: "Angola's Foreign Minister Ana Costa held talks with her Kenyan counterpart on Monday.",
      expected: { span: 'her Kenyan counterpart', title: 'counterpart', country: 'KEN' },
    },
    {
      name: 'seed 000: "The secretary-general" is an unnamed secretary-general',
      sentence: 'The secretary-general assured full support during the chairmanship.',
      expected: { span: 'The secretary-general', title: 'secretary-general' },
    },
  ];

  it.each(CASES)('$name', ({ sentence, expected }) => {
    expect(mentionsOf(sentence).find((m) => m.kind === 'unnamed' && m.span === expected.span)).toEqual({
      kind: 'unnamed',
      ...expected,
    });
  });
});

describe('findMentions: pronouns and groups', () => {
  it.each([
    ['He', 'He emphasized great opportunities for increasing the volume of mutual trade between the countries.'],
    ['She', 'She met the minister in Nairobi.'],
    ['he', 'In this meeting, he urged SCO member states to condemn the atrocities.'],
  ])('reads "%s" as a pronoun', (word, sentence) => {
    expect(
      mentionsOf(sentence)
        .filter((m) => m.kind === 'pronoun')
        .map((m) => m.span),
    ).toEqual([word]);
  });

  it('does not read the determiner "his" as a pronoun', () => {
    expect(mentionsOf('He conveyed his greetings to the Kyrgyz people.').map((m) => [m.kind, m.span])).toEqual([
      ['pronoun', 'He'],
    ]);
  });

  it.each([
    [
      'Both sides',
      'Both sides expressed a mutual desire to build stronger economic, political, and educational relations.',
    ],
    ['The two', 'The two last met on March 5 in Melbourne, during the ASEAN-Australia Special Summit.'],
    ['They', 'They discussed trade and energy.'],
    ['they', 'The head of state says they are ready to promptly resolve visa problems.'],
    ['two countries', 'Both leaders also agreed on lingual exchanges among the two countries.'],
    [
      'two sides',
      'The foreign minister also had a meeting with his Kyrgyz counterpart wherein the two sides agreed on a mechanism.',
    ],
  ])('reads "%s" as a group', (span, sentence) => {
    expect(
      mentionsOf(sentence)
        .filter((m) => m.kind === 'group')
        .map((m) => m.span),
    ).toContain(span);
  });

  it.each([
    [
      'prime ministers',
      'During a meeting at the Prime Minister’s House on the margins of the 23rd SCO CHG meeting, both prime ministers discussed the entire spectrum of bilateral cooperation.',
    ],
    [
      'Foreign Ministers',
      'He was speaking at a meeting with the President of Tajikistan Emomali Rahmon along with Foreign Ministers of SCO member states in Dushanbe on Wednesday.',
    ],
    ['leaders', 'UN Secretary-General António Guterres joined the 27 leaders for lunch on Thursday.'],
  ])('reads the plural title "%s" as a titled group, not a person', (title, sentence) => {
    const groups = mentionsOf(sentence).filter((m) => m.kind === 'group');
    expect(groups.map((m) => m.title)).toContain(title);
    expect(mentionsOf(sentence).some((m) => m.kind === 'unnamed' && m.title === title)).toBe(false);
  });

  it('includes "both" in the span of "both prime ministers"', () => {
    expect(
      mentionsOf('Both prime ministers met again on Tuesday.')
        .filter((m) => m.kind === 'group')
        .map((m) => m.span),
    ).toEqual(['Both prime ministers']);
  });
});

describe('findMentions: names that are no people', () => {
  it.each([
    [
      '"Prime Minister’s House" (a building)',
      'During a meeting at the Prime Minister’s House on the margins of the 23rd SCO CHG meeting, both prime ministers discussed the entire spectrum of bilateral cooperation.',
    ],
    [
      '"Shanghai Cooperation Organization" (an organisation)',
      'Both sides agreed to enhance cooperation at multilateral forums, including the United Nations and the Shanghai Cooperation Organization.',
    ],
    [
      '"PM Office Media Wing" (a press office)',
      'The ministers noted the momentum, PM Office Media Wing said in a press release.',
    ],
    ['"ISLAMABAD" (a dateline in capitals)', 'ISLAMABAD: The talks were described as productive by officials.'],
    [
      '"Council of Heads of Government (CHG)" (a body)',
      'The meeting took place on the sidelines of the 22nd meeting of the Council of Heads of Government (CHG) of the Shanghai Cooperation Organization being held in Bishkek.',
    ],
  ])('finds no person in %s', (_label, sentence) => {
    const people = mentionsOf(sentence).filter((m) => m.kind === 'named' || m.kind === 'unnamed');
    expect(people.filter((m) => m.name !== 'Bishkek')).toEqual([]);
  });

  it('reads "ISLAMABAD:" as no name while still finding the prime minister after it', () => {
    expect(mentionsOf('ISLAMABAD: Prime Minister Muhammad Shehbaz Sharif met the press.').map((m) => m.name)).toEqual([
      'Muhammad Shehbaz Sharif',
    ]);
  });

  it('reads a city after "in", "at" or "to" as no one', () => {
    expect(mentionsOf('The talks were held in Dushanbe on Wednesday.')).toEqual([]);
    const named = mentionsOf('Aliyev flew to Kuala Lumpur, where he met Anwar.').filter((m) => m.kind === 'named');
    expect(named.map((m) => m.name)).toEqual(['Aliyev', 'Anwar']);
  });

  it('gives a city ("Dushanbe") no title, country or organisation, and readSentences drops it as a place', () => {
    const sentence = 'Dushanbe hosted the talks on Wednesday.';
    expect(mentionsOf(sentence)).toEqual([{ kind: 'named', span: 'Dushanbe', name: 'Dushanbe' }]);
    const article: Article = {
      id: 'a',
      file: 'a.txt',
      title: 'a',
      titleDerived: true,
      contentHash: 'x',
      paragraphs: [
        { n: 1, text: sentence, heading: false, sentences: [{ text: sentence, start: 0, end: sentence.length }] },
      ],
    };
    const [read] = readSentences(article, buildExtractContext(lexicon));
    expect(read?.mentions).toEqual([]);
  });

  it.each([
    ['"Global South" (everyday words)', 'She spoke up for the Global South at the forum and met the press.'],
    ['"Political Bureau" (a body)', 'He sits on the Political Bureau and met the envoy on Tuesday.'],
    ['"Lagos Daily" (a city and a word)', 'The minister told Lagos Daily that she had met her counterpart.'],
    ['"(L)" of a caption', 'President Amara Diallo (L) shakes hands with the envoy.'],
    ['"Whether" opening a sentence', 'Whether Ndiaye will attend remains unclear, officials said.'],
    ['a participle opening a sentence', 'Receiving the delegation, the minister praised the talks.'],
    ['an everyday word before a comma', 'Overall, the minister praised the talks with the delegation.'],
    ['"Elsewhere" opening a sentence', 'Elsewhere in the region, the minister met the delegation.'],
  ])('reads %s as no one, and keeps the real names beside them', (_label, sentence) => {
    const names = mentionsOf(sentence)
      .filter((m) => m.kind === 'named')
      .map((m) => m.name);
    expect(names).toEqual(names.filter((n) => n === 'Amara Diallo' || n === 'Ndiaye'));
    expect(names.length).toBe(/Diallo|Ndiaye/.test(sentence) ? 1 : 0);
  });

  it('reads a middle initial inside the name: "Ferdinand R. Marcos Jr." and "Maria Theresa P. Lazaro"', () => {
    expect(
      named('She called on H.E. Mr. Ferdinand R. Marcos Jr. at the palace.', 'Ferdinand R. Marcos Jr'),
    ).toBeDefined();
    expect(named('He met Maria Theresa P. Lazaro in Manila.', 'Maria Theresa P. Lazaro')).toBeDefined();
  });

  it('keeps a surname that is also an everyday word ("Moon", "Tusk") and such words after a title', () => {
    expect(named('Moon later met the envoy.', 'Moon')).toBeDefined();
    expect(named('Tusk hosted the chancellor on Tuesday.', 'Tusk')).toBeDefined();
    expect(named('She met President Hope Young in the capital.', 'Hope Young')?.title).toBe('President');
  });

  it.each([
    ['Kyrgyz-Pakistani', 'They exchanged views on the prospects of Kyrgyz-Pakistani bilateral cooperation.'],
    ['Pakistan-Russia', 'They noted the positive momentum in Pakistan-Russia relations.'],
  ])('reads the country pair "%s" as no person', (_pair, sentence) => {
    expect(mentionsOf(sentence).filter((m) => m.kind === 'named')).toEqual([]);
  });
});

describe('misspelt countries', () => {
  it('reads a country name one or two letters off as the country of the official it names', () => {
    expect(mentionsOf('He met the Foreign Minister of Kazakstan, Murat Nurtleu.')).toContainEqual(
      expect.objectContaining({ name: 'Murat Nurtleu', country: 'KAZ' }),
    );
    expect(mentionsOf("Uzbekstan's Foreign Minister Bakhtiyor Saidov arrived.")).toContainEqual(
      expect.objectContaining({ name: 'Bakhtiyor Saidov', country: 'UZB' }),
    );
  });

  it('takes no person or city for a misspelt country', () => {
    const seen = mentionsOf('Indira Germain flew from Granada to meet President Sadyr Japarov.');
    expect(seen.map((m) => m.country).filter(Boolean)).toEqual([]);
  });
});

describe('a plural title shared out over a list of countries', () => {
  it('is one unnamed official of each country, and no country is taken for a name', () => {
    expect(mentionsOf('He met his counterparts from Peru, Ghana and Bosnia and Herzegovina.')).toEqual([
      { kind: 'pronoun', span: 'He' },
      { kind: 'unnamed', span: 'his counterparts from Peru', title: 'counterpart', country: 'PER' },
      { kind: 'unnamed', span: 'Ghana', title: 'counterpart', country: 'GHA' },
      { kind: 'unnamed', span: 'Bosnia and Herzegovina', title: 'counterpart', country: 'BIH' },
    ]);
  });

  it('reads "the foreign ministers of Chile and Peru" as two foreign ministers', () => {
    const seen = mentionsOf('The foreign ministers of Chile and Peru met in Lima.');
    expect(seen.filter((m) => m.kind === 'unnamed')).toEqual([
      { kind: 'unnamed', span: 'The foreign ministers of Chile', title: 'Foreign Minister', country: 'CHL' },
      { kind: 'unnamed', span: 'Peru', title: 'Foreign Minister', country: 'PER' },
    ]);
  });

  it('ends the list where a country starts someone else ("Chile\'s President")', () => {
    const seen = mentionsOf("He met the foreign ministers of Peru, Chile's President Gabriel Boric and others.");
    expect(seen).toContainEqual(expect.objectContaining({ kind: 'group', country: 'PER' }));
    expect(seen).toContainEqual(expect.objectContaining({ name: 'Gabriel Boric', country: 'CHL' }));
    expect(seen.filter((m) => m.kind === 'unnamed')).toEqual([]);
  });
});
