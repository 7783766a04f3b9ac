import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/calendar.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { buildExtractContext, extractMeetings } from '../../src/extract/extract.js';
import type { Meeting, Participant } from '../../src/extract/types.js';
import { buildLexicon } from '../../src/reference/lexicon.js';
import type { Article, Corpus, PartialDate } from '../../src/types.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const MEETINGS = fileURLToPath(new URL('../fixtures/meetings/', import.meta.url));

const lexicon = buildLexicon();
const ctx = buildExtractContext(lexicon);

/** A participant as a test names it: the name, else "Title of Country" / the organisation. */
const who = (p: Participant): string => p.name ?? [p.title, p.country ?? p.organization].filter(Boolean).join(' of ');
const date = (m: Meeting): string | undefined => (m.date ? formatPartialDate(m.date) : undefined);
const fromFile = (m: Meeting, prefix: string): boolean => m.sources.some((s) => s.file.startsWith(prefix));
const has = (m: Meeting, name: string): boolean => m.participants.some((p) => who(p) === name);

/** The meetings of a file between two participants (by name, or "Title of Country"). */
function between(meetings: Meeting[], prefix: string, a: string, b: string): Meeting[] {
  return meetings.filter((m) => fromFile(m, prefix) && has(m, a) && has(m, b));
}

function only(meetings: Meeting[]): Meeting {
  expect(meetings).toHaveLength(1);
  return meetings[0]!;
}

/** A corpus of briefings parsed from text, as loadCorpus would give it. */
function corpusOf(files: Record<string, string>): Corpus {
  const articles = Object.entries(files).map(([file, raw]) => {
    const { article, warning } = parseArticle(file, raw);
    if (!article) throw new Error(`${file}: ${warning}`);
    return article;
  });
  return { dir: 'test', articles, warnings: [] };
}

const extract = (files: Record<string, string>): Meeting[] => extractMeetings(corpusOf(files), lexicon, ctx);

let seeds: Meeting[] = [];
let fixtures: Meeting[] = [];

beforeAll(async () => {
  seeds = extractMeetings(await loadCorpus(SEEDS), lexicon, ctx);
  fixtures = extractMeetings(await loadCorpus(MEETINGS), lexicon, ctx);
});

describe('extractMeetings on the seed briefings', () => {
  it('000: the caretaker foreign minister called on President Zhaparov in Bishkek on Wednesday 25 October 2023', () => {
    const m = only(between(seeds, '000', 'Jalil Abbas Jilani', 'Sadyr Zhaparov'));
    expect(m.participants).toEqual([
      { name: 'Jalil Abbas Jilani', title: 'Caretaker Foreign Minister', country: 'Pakistan' },
      { name: 'Sadyr Zhaparov', title: 'President', country: 'Kyrgyzstan' },
    ]);
    expect({ date: date(m), location: m.location, kind: m.kind, status: m.status }).toEqual({
      date: '2023-10-25',
      location: 'Bishkek',
      kind: 'call-on',
      status: 'held',
    });
    expect(m.event).toContain('22nd meeting of the Council of Heads of Government');
    expect(m.dateText).toBe('on Wednesday');
  });

  it('000: he also met SCO Secretary-General Zhang Ming about connectivity, poverty alleviation and energy', () => {
    const m = only(between(seeds, '000', 'Jalil Abbas Jilani', 'Zhang Ming'));
    expect(m.participants[1]).toEqual({ name: 'Zhang Ming', title: 'Secretary-General', organization: 'SCO' });
    expect(m.topics).toEqual(expect.arrayContaining(['connectivity', 'poverty alleviation', 'energy']));
    expect(m.status).toBe('held');
  });

  it('000: he also met his Kyrgyz counterpart, an unnamed Foreign Minister of Kyrgyzstan', () => {
    const m = only(between(seeds, '000', 'Jalil Abbas Jilani', 'Foreign Minister of Kyrgyzstan'));
    expect(m.participants[1]).toEqual({ title: 'Foreign Minister', country: 'Kyrgyzstan' });
  });

  it('000: credits no meeting to the people greetings came from (Arif Alvi, Anwaar-ul-Haq Kakar) or to the CHG attendees', () => {
    const people = new Set(seeds.filter((m) => fromFile(m, '000')).flatMap((m) => m.participants.map(who)));
    expect([...people].sort()).toEqual([
      'Foreign Minister of Kyrgyzstan',
      'Jalil Abbas Jilani',
      'Sadyr Zhaparov',
      'Zhang Ming',
    ]);
  });

  it('001: Ishaq Dar met Besalov Adil, Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan', () => {
    const m = only(between(seeds, '001', 'Ishaq Dar', 'Besalov Adil'));
    expect(m.participants.find((p) => p.name === 'Besalov Adil')).toEqual({
      name: 'Besalov Adil',
      title: 'Deputy Chairman of the Cabinet of Ministers',
      country: 'Kyrgyzstan',
    });
    expect(m.status).toBe('held');
  });

  it('001: Ishaq Dar had an audience with President Tokayev of Kazakhstan at the Akorda', () => {
    const m = only(between(seeds, '001', 'Ishaq Dar', 'Kassym-Jomart Tokayev'));
    expect(m.participants.find((p) => p.name === 'Kassym-Jomart Tokayev')).toEqual({
      name: 'Kassym-Jomart Tokayev',
      title: 'President',
      country: 'Kazakhstan',
    });
    expect(m.venue).toContain('Akorda');
    expect(m.kind).toBe('call-on');
  });

  it('001: Ishaq Dar met Sirajuddin of Tajikistan', () => {
    const m = only(between(seeds, '001', 'Ishaq Dar', 'Sirajuddin'));
    expect(m.participants.find((p) => p.name === 'Sirajuddin')?.country).toBe('Tajikistan');
  });

  it('001: an undated briefing gives no meeting a date, and the hospital visit to a worker is no meeting', () => {
    const ms = seeds.filter((m) => fromFile(m, '001'));
    expect(ms.length).toBeGreaterThanOrEqual(3);
    expect(ms.map(date)).toEqual(ms.map(() => undefined));
    expect(ms.some((m) => has(m, 'Shahzaib'))).toBe(false);
  });

  it('002: Qureshi met Lavrov in Dushanbe on 14 July 2021, and in Bishkek in June 2019 and Moscow in September 2020', () => {
    const ms = between(seeds, '002', 'Shah Mahmood Qureshi', 'Sergey Lavrov');
    expect(ms.map((m) => [date(m), m.location, m.status]).sort()).toEqual([
      ['2019-06', 'Bishkek', 'held'],
      ['2020-09', 'Moscow', 'held'],
      ['2021-07-14', 'Dushanbe', 'held'],
    ]);
    expect(ms.every((m) => m.participants.every((p) => p.title === 'Foreign Minister'))).toBe(true);
    expect(ms.find((m) => date(m) === '2019-06')?.event).toMatch(/Summit/);
  });

  it('002: Qureshi met President Rahmon of Tajikistan in Dushanbe on 14 July 2021', () => {
    const m = only(between(seeds, '002', 'Shah Mahmood Qureshi', 'Emomali Rahmon'));
    expect({ date: date(m), location: m.location, status: m.status }).toEqual({
      date: '2021-07-14',
      location: 'Dushanbe',
      status: 'held',
    });
    expect(m.participants.find((p) => p.name === 'Emomali Rahmon')).toEqual({
      name: 'Emomali Rahmon',
      title: 'President',
      country: 'Tajikistan',
    });
  });

  it('002: the embedded tweets repeat the two meetings of 14 July and add none', () => {
    expect(seeds.filter((m) => fromFile(m, '002'))).toHaveLength(4);
  });

  it('003: Sharif and Mishustin met in Islamabad on 16 October 2024 at the 23rd SCO CHG meeting about trade, energy and connectivity', () => {
    const m = only(between(seeds, '003', 'Muhammad Shehbaz Sharif', 'Mikhail Mishustin'));
    expect(m.participants).toEqual([
      { name: 'Muhammad Shehbaz Sharif', title: 'Prime Minister', country: 'Pakistan' },
      { name: 'Mikhail Mishustin', title: 'Prime Minister', country: 'Russia' },
    ]);
    expect({ date: date(m), location: m.location, event: m.event, status: m.status }).toEqual({
      date: '2024-10-16',
      location: 'Islamabad',
      event: '23rd SCO CHG meeting',
      status: 'held',
    });
    expect(m.venue).toBe('Prime Minister’s House');
    expect(m.topics).toEqual(expect.arrayContaining(['trade', 'energy', 'connectivity']));
  });

  it('003: Commerce Minister Jam Kamal Khan met Mohammad Atabak of Iran on the same occasion', () => {
    const m = only(between(seeds, '003', 'Jam Kamal Khan', 'Mohammad Atabak'));
    expect(m.participants.find((p) => p.name === 'Mohammad Atabak')?.country).toBe('Iran');
    expect(m.status).toBe('held');
  });

  it('004: Imran Khan had talks with Wang Yi at the SCO summit in Dushanbe on 17 September 2021', () => {
    const m = only(between(seeds, '004', 'Imran Khan', 'Wang Yi'));
    expect(m.participants.map((p) => p.country)).toEqual(['Pakistan', 'China']);
    expect({ date: date(m), location: m.location, kind: m.kind, status: m.status }).toEqual({
      date: '2021-09-17',
      location: 'Dushanbe',
      kind: 'talks',
      status: 'held',
    });
    expect(m.event).toMatch(/summit/i);
  });

  it('004: two sessions between Pakistan and China are planned, in September and October 2021', () => {
    const planned = seeds.filter((m) => fromFile(m, '004') && m.status === 'planned');
    expect(planned.map(date).sort()).toEqual(['2021-09', '2021-10']);
    for (const m of planned) {
      expect(m.participants).toEqual([{ country: 'Pakistan' }, { country: 'China' }]);
      expect(m.event).toMatch(/meeting of the/);
    }
  });

  it('gives every seed meeting at least two participants and sources inside the seed files', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(15);
    for (const m of seeds) {
      expect(m.participants.length).toBeGreaterThanOrEqual(2);
      expect(m.sources.length).toBeGreaterThanOrEqual(1);
      for (const s of m.sources) expect(s.file).toMatch(/^00\d_[0-9a-f]+\.txt$/);
    }
  });

  it('gives every meeting a distinct id', () => {
    expect(new Set(seeds.map((m) => m.id)).size).toBe(seeds.length);
  });
});

describe('extractMeetings on the meeting fixtures', () => {
  it('merges the Tokayev–Wang Yi meeting reported by Astana Times and Xinhua into one meeting with two sources', () => {
    const ms = fixtures.filter(
      (m) =>
        fromFile(m, 'astana-') &&
        has(m, 'Wang Yi') &&
        m.participants.some((p) => /^Kassym-Jomart Toka/.test(p.name ?? '')),
    );
    const m = only(ms);
    expect(m.sources.map((s) => s.file).sort()).toEqual([
      'astana-times-tokayev-wang-yi.md',
      'astana-xinhua-tokaev-wang-yi.txt',
    ]);
    expect({ date: date(m), location: m.location, status: m.status }).toEqual({
      date: '2024-05-20',
      location: 'Astana',
      status: 'held',
    });
  });

  it('names Lavrov alike whether the briefing writes "Sergei" (TASS) or "Sergey" (New Delhi)', () => {
    const lavrovs = new Set(
      fixtures.flatMap((m) => m.participants.filter((p) => /Lavrov$/.test(p.name ?? '')).map((p) => p.name)),
    );
    expect(lavrovs.size).toBe(1);
  });

  it('keeps President Sadyr Japarov and Chairman Akylbek Japarov apart', () => {
    expect(fixtures.some((m) => has(m, 'Sadyr Japarov') && has(m, 'Hakan Fidan'))).toBe(true);
    expect(fixtures.some((m) => has(m, 'Akylbek Japarov') && has(m, 'Hakan Fidan'))).toBe(true);
    expect(fixtures.some((m) => has(m, 'Sadyr Japarov') && has(m, 'Akylbek Japarov'))).toBe(false);
  });

  const evidence = (prefix: string): string[] =>
    fixtures
      .filter((m) => fromFile(m, prefix))
      .flatMap((m) => m.sources.filter((s) => s.file.startsWith(prefix)).map((s) => s.sentence));

  it.each([
    ['nairobi-costa-angola', 'meet our obligations'],
    ['nairobi-costa-angola', 'would meet every year'],
    ['brasilia-reuters-vieira-mondino', 'have met with criticism'],
    ['brasilia-reuters-vieira-mondino', 'has yet to meet'],
    ['jakarta-asean-kao-kim-hourn', 'has met with criticism'],
    ['riyadh-gcc-ministerial', 'had met with the firm rejection'],
    ['riyadh-gcc-ministerial', 'was attended by'],
    ['opinion-nile-meeting-of-minds', 'should meet again'],
    ['opinion-nile-meeting-of-minds', 'met with the same fate'],
    ['opinion-nile-meeting-of-minds', 'brought together the leaders'],
    ['brussels-european-council', 'meeting of minds'],
    ['brussels-european-council', 'when they meet again in June'],
  ])('%s: "%s" is no meeting', (prefix, phrase) => {
    expect(evidence(prefix).filter((s) => s.includes(phrase))).toEqual([]);
  });

  it('brussels-european-council: the attendee list ending in "met with criticism" is no meeting', () => {
    expect(evidence('brussels-european-council').filter((s) => s.includes('met with criticism'))).toEqual([]);
    expect(fixtures.some((m) => has(m, 'Donald Tusk') && has(m, 'Viktor Orbán'))).toBe(false);
  });

  it('opinion-nile-meeting-of-minds: "they want to meet their obligations" is no meeting', () => {
    expect(evidence('opinion-nile-meeting-of-minds').filter((s) => s.includes('meet their obligations'))).toEqual([]);
  });

  it('dushanbe (undated): resolves only the absolute "in 2022"; "on Thursday" and "next year" give no date', () => {
    const ms = fixtures.filter((m) => fromFile(m, 'dushanbe-'));
    expect(ms.length).toBeGreaterThanOrEqual(3);
    expect(ms.map(date).filter((d) => d !== undefined)).toEqual(['2022']);
    expect(ms.find((m) => date(m) === '2022')?.location).toBe('Tashkent');
  });

  it('opinion-nile (undated): resolves only absolute dates ("in 2019", "in July 2023")', () => {
    const dates = fixtures
      .filter((m) => fromFile(m, 'opinion-nile-') && m.date)
      .map(date)
      .sort();
    expect(dates).toEqual(['2019', '2023-07']);
  });
});

describe('extractMeetings on invented briefings', () => {
  it('never dates a meeting of an undated briefing from a relative phrase, but reads an absolute date', () => {
    const ms = extract({
      'undated.txt': [
        'President Emomali Rahmon held talks with Uzbek President Shavkat Mirziyoev on Thursday in Dushanbe, where the two leaders discussed water and energy cooperation.',
        'Foreign Minister Sirojiddin Muhriddin will meet Kazakh Foreign Minister Murat Nurtleu next week in Astana, officials said.',
        'President Emomali Rahmon spoke by phone with Russian President Vladimir Putin yesterday and discussed regional security.',
        'Foreign Minister Sirojiddin Muhriddin met Chinese Foreign Minister Wang Yi in Beijing last month, on the sidelines of a forum.',
        'Foreign Minister Sirojiddin Muhriddin met Indian External Affairs Minister S. Jaishankar in New Delhi on 12 March 2023.',
      ].join('\n\n'),
    });
    expect(ms).toHaveLength(5);
    const dated = ms.filter((m) => m.date);
    expect(dated.map((m) => [date(m), m.dateText])).toEqual([['2023-03-12', '12 March 2023']]);
    for (const m of ms.filter((x) => !x.date)) {
      expect(m.dateText).toBeUndefined();
      expect(m.dateBasis).toBeUndefined();
    }
    expect(ms.find((m) => has(m, 'Murat Nurtleu'))?.status).toBe('planned');
    expect(ms.find((m) => has(m, 'Vladimir Putin'))).toMatchObject({ kind: 'telephone', location: 'by telephone' });
  });

  const DATED =
    ' date 2024-03-06 ISLAMABAD: Prime Minister Shehbaz Sharif met Russian Prime Minister Mikhail Mishustin on Monday and discussed trade, energy and connectivity between the two countries at length.\n\n';

  it.each([
    [
      'a negated "did not meet"',
      'Foreign Minister Ishaq Dar did not meet Indian External Affairs Minister S. Jaishankar at the conference.',
      'S. Jaishankar',
    ],
    [
      'a modal "should meet"',
      'Foreign Minister Ishaq Dar should meet Chinese Foreign Minister Wang Yi soon, analysts said.',
      'Wang Yi',
    ],
    [
      'a modal "could meet"',
      'Foreign Minister Ishaq Dar could meet Chinese Foreign Minister Wang Yi soon, analysts said.',
      'Wang Yi',
    ],
  ])('reports no meeting for %s', (_label, sentence, person) => {
    const ms = extract({ 'dated.txt': DATED + sentence });
    expect(ms.some((m) => has(m, person))).toBe(false);
    expect(ms.some((m) => has(m, 'Mikhail Mishustin'))).toBe(true);
  });

  it('reads a planned meeting: "is scheduled to meet … on Friday in Ankara"', () => {
    const ms = extract({
      'dated.txt': `${DATED}Prime Minister Shehbaz Sharif is scheduled to meet Turkish President Recep Tayyip Erdogan on Friday in Ankara.`,
    });
    expect(ms.find((m) => has(m, 'Recep Tayyip Erdogan'))).toMatchObject({
      status: 'planned',
      location: 'Ankara',
      date: { year: 2024, month: 3, day: 8 },
    });
  });

  it('reads "was received by" with the guest first and the host second', () => {
    const ms = extract({
      'dated.txt': `${DATED}Foreign Minister Ishaq Dar was received by Saudi Crown Prince Mohammed bin Salman in Riyadh on Saturday.`,
    });
    const m = ms.find((x) => has(x, 'Mohammed bin Salman'));
    expect(m?.participants.map(who)).toEqual(['Ishaq Dar', 'Mohammed bin Salman']);
    expect(m).toMatchObject({ status: 'held', location: 'Riyadh', date: { year: 2024, month: 3, day: 2 } });
  });

  it.each([
    [
      'refused to meet',
      'Foreign Minister Ishaq Dar refused to meet Indian External Affairs Minister S. Jaishankar this week.',
    ],
    [
      'declined to meet',
      'Foreign Minister Ishaq Dar declined to meet Indian External Affairs Minister S. Jaishankar this week.',
    ],
  ])('reports no meeting for a negated "%s"', (_label, sentence) => {
    expect(extract({ 'dated.txt': DATED + sentence }).some((m) => has(m, 'S. Jaishankar'))).toBe(false);
  });

  it('reports no meeting for "met with criticism from opposition leader Omar Ayub Khan"', () => {
    const ms = extract({
      'dated.txt': `${DATED}Prime Minister Shehbaz Sharif met with criticism from opposition leader Omar Ayub Khan over the budget, the newspaper said.`,
    });
    expect(ms.some((m) => has(m, 'Omar Ayub Khan'))).toBe(false);
  });

  it('reads "Both prime ministers met again on Tuesday" as a second meeting of the same two', () => {
    const ms = extract({ 'dated.txt': `${DATED}Both prime ministers met again on Tuesday.` });
    expect(
      ms
        .filter((m) => has(m, 'Mikhail Mishustin'))
        .map(date)
        .sort(),
    ).toEqual(['2024-03-04', '2024-03-05']);
  });

  it('reads "The prime ministers met again on Thursday" as a meeting of the same two', () => {
    const ms = extract({ 'dated.txt': `${DATED}The prime ministers met again on Thursday.` });
    expect(ms.filter((m) => has(m, 'Mikhail Mishustin'))).toHaveLength(2);
  });

  it('keeps "Sharif reviewed Pakistan-Russia ties and then met Mishustin" as a Sharif–Mishustin meeting', () => {
    const ms = extract({
      'dated.txt':
        ' date 2024-03-06 Prime Minister Shehbaz Sharif reviewed Pakistan-Russia ties and then met Russian Prime Minister Mikhail Mishustin on Monday in Islamabad. The two leaders also discussed trade, energy and regional security.',
    });
    expect(ms.some((m) => has(m, 'Shehbaz Sharif') && has(m, 'Mikhail Mishustin'))).toBe(true);
  });

  it('dates "accepted an invitation … to visit Beijing in June" in the coming June', () => {
    const ms = extract({
      'dated.txt': `${DATED}Prime Minister Shehbaz Sharif accepted an invitation from Chinese President Xi Jinping to visit Beijing in June.`,
    });
    expect(ms.find((m) => has(m, 'Xi Jinping'))).toMatchObject({
      status: 'planned',
      kind: 'visit',
      date: { year: 2024, month: 6 },
    });
  });
});

/** Sentences of the seeds, for the generator. */
const SEED_SENTENCES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(SEEDS + f, 'utf8').split(/(?<=[.!?])\s+/))
  .map((s) => s.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').trim())
  .filter((s) => s.length >= 20 && s.length <= 700);

const WORDS = [
  'met',
  'met with',
  'held talks with',
  'called on',
  'had an audience with',
  'was received by',
  'will meet',
  'spoke by phone with',
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Secretary-General',
  'counterpart',
  'his',
  'the',
  'of',
  'and',
  'both sides',
  'the two',
  'they',
  'He',
  'Kyrgyz',
  'Pakistan’s',
  "Russia's",
  'Sadyr',
  'Japarov',
  'Zhaparov',
  'Sergey',
  'Lavrov',
  'Kassym-Jomart',
  'Dr.',
  'L.P.',
  'el-Sisi',
  'von der',
  'on Wednesday',
  'in Bishkek',
  'here',
  'next week',
  'in June 2019',
  'yesterday',
  'on the sidelines of the SCO summit',
  'at the Prime Minister’s House',
  ',',
  '.',
  '–',
  '—',
  '@',
  '(',
  ')',
  '“',
  '”',
  '"',
  ';',
  ':',
  'ISLAMABAD:',
  '🇵🇰',
  'Türkiye',
  'ﬁ',
  '\u200b',
  '\u00a0',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const sentence = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 3, arbitrary: fc.array(word, { maxLength: 30 }).map((ws) => ws.join(' ')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...SEED_SENTENCES), word)
      .map(([s, w]) => `${s.slice(0, s.length / 2)} ${w} ${s.slice(s.length / 2)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...SEED_SENTENCES), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(', and ', ' ', '; '),
      )
      .map(([ss, sep]) => ss.map((s) => s.replace(/[.!?]$/, '')).join(sep)),
  },
);

const published: fc.Arbitrary<PartialDate | undefined> = fc.option(
  fc.oneof(
    fc.record({
      year: fc.integer({ min: 1990, max: 2035 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    fc.record({ year: fc.integer({ min: 1990, max: 2035 }), month: fc.integer({ min: 1, max: 12 }) }),
  ),
  { nil: undefined },
);

const generatedArticle = fc
  .record({
    paragraphs: fc.array(
      fc.record({ sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }), heading: fc.boolean() }),
      { minLength: 1, maxLength: 5 },
    ),
    published,
  })
  .map(({ paragraphs, published: date }): Article => ({
    id: 'prop',
    file: 'prop.txt',
    title: 'Generated briefing',
    titleDerived: true,
    contentHash: '0'.repeat(64),
    ...(date ? { published: date } : {}),
    paragraphs: paragraphs.map((p, i) => {
      let at = 0;
      const sentences = p.sentences.map((text) => {
        const s = { text, start: at, end: at + text.length };
        at += text.length + 1;
        return s;
      });
      return { n: i + 1, text: p.sentences.join(' '), sentences, heading: p.heading && i > 0 };
    }),
  }));

describe('extractMeetings on generated briefings', () => {
  it('never throws, and every meeting has two or more participants and sources that quote a sentence of a paragraph', () => {
    fc.assert(
      fc.property(generatedArticle, (article) => {
        const meetings = extractMeetings({ dir: 'prop', articles: [article], warnings: [] }, lexicon, ctx);
        for (const m of meetings) {
          expect(m.participants.length).toBeGreaterThanOrEqual(2);
          expect(['held', 'planned']).toContain(m.status);
          expect(['talks', 'call-on', 'visit', 'telephone']).toContain(m.kind);
          expect(m.sources.length).toBeGreaterThanOrEqual(1);
          for (const s of m.sources) {
            expect(s.articleId).toBe(article.id);
            expect(s.file).toBe(article.file);
            const p = article.paragraphs.find((x) => x.n === s.paragraph);
            expect(p).toBeDefined();
            // A subhead read as a sentence is quoted whole.
            if (p!.heading) expect(s.sentence).toBe(p!.text);
            else expect(p!.sentences.map((x) => x.text)).toContain(s.sentence);
          }
          if (m.date) expect(formatPartialDate(m.date)).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** A paragraph with no meeting in it, so that a one-sentence test briefing is long enough to be one. */
const FILLER =
  'Trade between the regions grew by a tenth last year, according to figures published by the statistics office, ' +
  'and officials expect the growth to continue as new rail links and border crossings open over the coming years.';

describe('lists of countries and of people', () => {
  const meetingsIn = (text: string): string[] =>
    extractMeetings(corpusOf({ 'list.txt': ` date 2025-03-06 \n\n${text}\n\n${FILLER}\n` }), lexicon, ctx)
      .map((m) => m.participants.map(who).sort().join(' + '))
      .sort();

  it('meets each counterpart of a list of countries apart, the unnamed official of each', () => {
    expect(
      meetingsIn(
        'Kyrgyz Foreign Minister Jeenbek Kulubaev held separate bilateral meetings with his counterparts ' +
          'from Peru, Ghana and Bosnia and Herzegovina in Geneva on Wednesday.',
      ),
    ).toEqual([
      'Foreign Minister of Bosnia and Herzegovina + Jeenbek Kulubaev',
      'Foreign Minister of Ghana + Jeenbek Kulubaev',
      'Foreign Minister of Peru + Jeenbek Kulubaev',
    ]);
  });

  it('keeps a listed subject of three together, and meets each of two objects "separately"', () => {
    expect(
      meetingsIn(
        'The leaders of France, Germany and Italy met Serbian President Aleksandar Vucic and Kosovo Prime Minister ' +
          'Albin Kurti separately in Brussels on Thursday.',
      ),
    ).toEqual([
      'Albin Kurti + Leader of France + Leader of Germany + Leader of Italy',
      'Aleksandar Vucic + Leader of France + Leader of Germany + Leader of Italy',
    ]);
  });
});

describe('one verb, many counterparts', () => {
  const meetingsIn = (text: string): string[] =>
    extractMeetings(corpusOf({ 'many.txt': ` date 2025-03-06 \n\n${text}\n\n${FILLER}\n` }), lexicon, ctx)
      .map((m) => m.participants.map(who).sort().join(' + '))
      .sort();

  it('meets each person of a list apart, unless the text says they met together', () => {
    const held =
      'Pakistani Foreign Minister Ishaq Dar held meetings with ASEAN Secretary-General Kao Kim Hourn, Kenyan';
    expect(meetingsIn(`${held} President William Ruto and the Emir of Qatar on Tuesday.`)).toEqual([
      'Emir of Qatar + Ishaq Dar',
      'Ishaq Dar + Kao Kim Hourn',
      'Ishaq Dar + William Ruto',
    ]);
    expect(meetingsIn(`${held} President William Ruto and the Emir of Qatar together on Tuesday.`)).toEqual([
      'Emir of Qatar + Ishaq Dar + Kao Kim Hourn + William Ruto',
    ]);
  });

  it('ends a list at its "and": a name after a bare comma is someone else', () => {
    expect(
      meetingsIn(
        'President Claudia Sheinbaum will visit Guatemala next week to meet her counterpart Bernardo Arévalo, ' +
          'Foreign Minister Juan Ramón de la Fuente announced on Friday.',
      ),
    ).toEqual(['Bernardo Arévalo + Claudia Sheinbaum']);
  });
});
