/**
 * Two people named together as the subject of what they did ("A and B conferred for three hours", a headline's "A and
 * B review …"), the country of officials a national agency names without one, foreign ministers' titles in their
 * countries' own words, and one name in two spellings. Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { coreTitle } from '../../src/extract/people.js';
import { namesCompatible } from '../../src/text/names.js';
import { meetingsOf, meetingsOfFiles, pairs, rowsOf, who } from './unseen-helpers.js';

describe('two people named together as the subject of a verb in the past', () => {
  it('met: "A and B conferred for three hours", "A and her Burundian counterpart, B, launched"', () => {
    expect(
      rowsOf(
        meetingsOf(
          'Foreign Minister Maria Lindqvist and her Estonian counterpart Jaan Kask conferred for three hours in ' +
            'Tallinn on Tuesday about ferry links.',
          '2025-04-10',
        ),
      ),
    ).toEqual(['Jaan Kask + Maria Lindqvist · 2025-04-08']);
    expect(
      pairs(
        'President Samia Suluhu Hassan and her Burundian counterpart, Évariste Ndayishimiye, jointly launched the ' +
          'works on the railway in Kigoma yesterday.',
      ),
    ).toEqual(['Samia Suluhu Hassan + Évariste Ndayishimiye']);
  });

  it('did not meet when they only attended, fell out, or one of them is only "he"', () => {
    const text = [
      'Foreign Minister Maria Lindqvist of Sweden and Prime Minister Jaan Kask of Estonia attended the opening of ' +
        'the fair.',
      'President Ilham Aliyev and Prime Minister Nikol Pashinyan clashed over the border at the assembly in New York.',
      'Estonian Foreign Minister Margus Tsahkna said he and Andrii Sybiha opened a clinic in Lviv last year.',
    ];
    for (const t of text) expect(pairs(t, '2025-04-10')).toEqual([]);
  });
});

describe('two people who open a headline, and its verb in the present', () => {
  it('met: "A and B review the CEMAC agenda"', () => {
    const raw =
      '---\ntitle: Paul Biya and Brice Clotaire Oligui Nguema review the CEMAC agenda\ndate: 2025-06-03\n---\n\n' +
      'The two heads of state spoke of the regional bank and of the road to Kribi.';
    expect(meetingsOfFiles(raw).map((m) => m.participants.map(who).sort().join(' + '))).toEqual([
      'Brice Clotaire Oligui Nguema + Paul Biya',
    ]);
  });

  it('did not meet when a noun follows them ("A and B meetings"), or when they do not open it', () => {
    for (const title of [
      'Boric closes his summit week with Lula and Sánchez meetings',
      'Shaibani in Beirut: talks with Nawaf Salam and Joseph Aoun focus on detainees',
    ]) {
      const raw = `---\ntitle: ${title}\ndate: 2025-06-03\n---\n\nThe visit went on into the evening.`;
      expect(
        meetingsOfFiles(raw).filter((m) => m.participants.length === 2 && m.participants.every((p) => p.name)),
      ).toEqual([]);
    }
  });
});

describe('a national news agency’s own officials', () => {
  it('are of the agency’s country when it names them with none', () => {
    const raw =
      'ENA Ethiopian News Agency\nHome | Politics | Economy\n\n' +
      'Addis Ababa, February 17/2025 (ENA) Foreign Minister Gedion Timothewos held talks with Kenyan Foreign ' +
      'Minister Musalia Mudavadi on the sidelines of the AU summit.';
    const [m] = meetingsOfFiles(raw);
    expect(m?.participants.find((p) => p.name === 'Gedion Timothewos')?.country).toBe('Ethiopia');
  });

  it('are only the one the report opens with, not a host it names later', () => {
    const raw =
      'Ghana News Agency\nHome | Politics | Economy\n\n' +
      'Accra, May 14, 2025 (GNA) - Foreign Minister Samuel Okudzeto Ablakwa called on President Bola Ahmed Tinubu ' +
      'at the State House in Abuja on Tuesday.';
    const [m] = meetingsOfFiles(raw);
    const countries = Object.fromEntries(m?.participants.map((p) => [who(p), p.country]) ?? []);
    expect(countries['Samuel Okudzeto Ablakwa']).toBe('Ghana');
    expect(countries['Bola Ahmed Tinubu']).not.toBe('Ghana');
  });

  it('are of no country in a paper that is no agency of one', () => {
    const raw =
      'The Capital Courier\nHome | Politics | Economy\n\n' +
      'Addis Ababa, February 17/2025 - Foreign Minister Gedion Timothewos held talks with Kenyan Foreign ' +
      'Minister Musalia Mudavadi on the sidelines of the AU summit.';
    const [m] = meetingsOfFiles(raw);
    expect(m?.participants.find((p) => p.name === 'Gedion Timothewos')?.country).toBeUndefined();
  });
});

describe('a foreign minister’s title in the words of their country', () => {
  it('is a foreign minister', () => {
    for (const title of [
      'Federal Minister for European and International Affairs',
      'Minister for Europe and Foreign Affairs',
      'Minister of Foreign and European Affairs',
      'Minister of External Relations',
    ])
      expect(coreTitle(title)).toBe('foreign minister');
    expect(coreTitle('Minister of International Relations and Cooperation')).toBe('foreign minister and cooperation');
  });

  it('is not a junior minister’s, nor a minister for Europe alone', () => {
    expect(coreTitle('Minister of State for Foreign Affairs')).not.toBe('foreign minister');
    expect(coreTitle('Minister of European Affairs')).not.toBe('foreign minister');
    expect(coreTitle('Minister of International Trade')).not.toBe('foreign minister');
  });
});

describe('one name in two spellings', () => {
  it('is one person when its words differ by "y" for "i" only: "Abdel-Ati", "Abdel Aty"', () => {
    expect(namesCompatible('Badr Abdel-Ati', 'Badr Abdel Aty')).toBe(true);
    expect(namesCompatible('Badr Abdel Ati', 'Badr Abdel Ali')).toBe(false);
  });
});

describe('who is said of someone between commas', () => {
  it('is not the one who met: "A, a longtime adviser of President B, met C"', () => {
    expect(
      pairs(
        'Foreign Minister Ahmed Attaf, a longtime adviser of President Abdelmadjid Tebboune, met Prime Minister ' +
          'Kamel Madouri on Monday.',
      ),
    ).toEqual(['Ahmed Attaf + Kamel Madouri']);
  });
});

describe('a day of the week before a time stamp', () => {
  it('is no name: "… receives Indonesian Foreign Minister Tue 21-01-2025 19:44"', () => {
    const raw =
      'WAM - Emirates News Agency\nHome > Emirates > Abdullah bin Zayed receives Indonesian Foreign Minister\n\n' +
      'Abdullah bin Zayed receives Indonesian Foreign Minister\nTue 21-01-2025 19:44\n\n' +
      'ABU DHABI, 21st January, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, ' +
      'received the Minister of Foreign Affairs of Indonesia in Abu Dhabi today.\n\nThe Indonesian minister and his ' +
      'host reviewed trade and investment.';
    const names = meetingsOfFiles(raw).flatMap((m) => m.participants.map(who));
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain('Tue');
  });
});

describe('an adverb that opens a sentence before a surname', () => {
  it('is no part of the name: "Afterwards Wadephul was received by …"', () => {
    const text =
      'German Foreign Minister Johann Wadephul arrived in Luxembourg on Monday for talks with his counterpart ' +
      'Xavier Bettel. Afterwards Wadephul was received by Prime Minister Luc Frieden at the Hotel de Bourgogne.';
    expect(pairs(text, '2025-06-17')).toEqual(['Johann Wadephul + Luc Frieden', 'Johann Wadephul + Xavier Bettel']);
  });
});
