import { beforeAll, describe, expect, it } from 'vitest';
import { ask, EXPORT_PAGE_SIZES } from '../../src/ask/answer.js';
import type { AnswerOf, AskContext } from '../../src/ask/types.js';
import { formatPartialDate } from '../../src/calendar.js';
import type { Meeting } from '../../src/extract/types.js';
import { csvField, csvFileName, csvRows, meetingsCsv } from '../../src/render/csv.js';
import { csvRecords, parseCsv } from '../csv.js';
import { citation, loadSeeds } from './helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ({ ctx } = await loadSeeds());
});

/** Every meeting a command finds, as an export asks for them. */
function exported(text: string): AnswerOf<'meetings'> {
  const a = ask(text, ctx, 1, EXPORT_PAGE_SIZES);
  if (a.kind !== 'meetings') throw new Error(`${text}: ${a.kind}`);
  return a;
}

describe('csvField', () => {
  it.each([
    ['Bishkek', 'Bishkek'],
    ['Dar, Ishaq', '"Dar, Ishaq"'],
    ['the “SCO” and "CASA"', '"the “SCO” and ""CASA"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes numbers as they are, and nothing for an unknown value', () => {
    expect(csvField(7)).toBe('7');
    expect(csvField(undefined)).toBe('');
  });

  it('ends every row with CRLF, and a spreadsheet reads back what was written', () => {
    const rows = [
      ['a', 'b, c', 'd "e"'],
      ['line\r\nbreak', '', 'x'],
    ];
    const text = csvRows(rows);
    expect(text).toBe('a,"b, c","d ""e"""\r\n"line\r\nbreak",,x\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('meetingsCsv over the seeds', () => {
  it('writes one row per meeting with Pakistan, all 14 of them, under one header, in the answer’s order', () => {
    const answer = exported('meetings with Pakistan');
    const text = meetingsCsv(answer);
    const [header] = parseCsv(text);
    expect(header).toEqual([
      'date',
      'status',
      'kind',
      'participants',
      'place',
      'event',
      'topics',
      'source_1_file',
      'source_1_paragraph',
      'source_1_url',
      'source_2_file',
      'source_2_paragraph',
      'source_2_url',
    ]);
    const rows = csvRecords(text);
    expect(rows).toHaveLength(14);
    expect(new Set(parseCsv(text).map((r) => r.length))).toEqual(new Set([header!.length]));
    expect(rows.map((r) => r.date)).toEqual(
      answer.items.map((i) => (i.meeting.date ? formatPartialDate(i.meeting.date) : '')),
    );
    expect(rows.every((r) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(r.source_1_file!))).toBe(true);
    // A meeting reported twice has both sources, each in its own columns; the others leave them empty.
    const twice = rows[answer.items.findIndex((i) => i.citations.length === 2)]!;
    expect(twice.source_2_file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect([twice.source_2_file, twice.source_2_paragraph]).not.toEqual([
      twice.source_1_file,
      twice.source_1_paragraph,
    ]);
    expect(rows.filter((r) => r.source_2_file === '')).toHaveLength(
      answer.items.filter((i) => i.citations.length === 1).length,
    );
  });

  it('gives each participant with title and country, the place with its venue, the event and the topics', () => {
    const [row] = csvRecords(meetingsCsv(exported('meetings at SCO summit')));
    expect(row).toMatchObject({
      status: 'held',
      kind: 'talks',
      participants: 'Imran Khan (Prime Minister, Pakistan) | Wang Yi (State Councilor and Foreign Minister, China)',
    });
    expect(row!.event).toMatch(/Shanghai Cooperation Organization/);
    const timeline = csvRecords(meetingsCsv(exported('timeline Lavrov')));
    expect(timeline.map((r) => r.date)).toEqual(['2019-06', '2020-09', '2021-07-14']);
    expect(timeline.map((r) => r.place)).toEqual(['Bishkek', 'Moscow', 'Dushanbe']);
  });

  it('writes the header alone when nothing matches', () => {
    expect(parseCsv(meetingsCsv(exported('meetings in Atlantis')))).toHaveLength(1);
  });
});

describe('meetingsCsv over hand-built meetings', () => {
  const meeting = (over: Partial<Meeting>): Meeting => ({
    id: 'm1',
    status: 'planned',
    kind: 'telephone',
    participants: [{ title: 'Foreign Minister', country: 'Kyrgyzstan' }],
    topics: [],
    sources: [],
    ...over,
  });

  it('numbers the columns of each source, as many as the meeting with the most needs, with URL and headline', () => {
    const answer: AnswerOf<'meetings'> = {
      kind: 'meetings',
      description: 'Meetings',
      timeline: false,
      page: 1,
      pageCount: 1,
      total: 2,
      items: [
        { meeting: meeting({ topics: ['trade, transit', 'water'] }), citations: [1, 2] },
        { meeting: meeting({ id: 'm2', date: { year: 2024 }, location: '=cmd|calc', event: 'x "y"' }), citations: [3] },
      ],
      citations: [
        citation(1, { file: 'a.md', paragraph: 0, url: 'https://example.org/a?x=1,2' }),
        citation(2, { file: 'b, c.txt', paragraph: 4 }),
        citation(3, { file: 'd.txt', paragraph: 2 }),
      ],
    };
    const text = meetingsCsv(answer);
    const [header, first, second] = parseCsv(text);
    expect(header!.slice(7)).toEqual([
      'source_1_file',
      'source_1_paragraph',
      'source_1_url',
      'source_2_file',
      'source_2_paragraph',
      'source_2_url',
    ]);
    expect(first).toEqual([
      '',
      'planned',
      'telephone call',
      'Foreign Minister of Kyrgyzstan (name not given)',
      '',
      '',
      'trade, transit | water',
      'a.md',
      'headline',
      'https://example.org/a?x=1,2',
      'b, c.txt',
      '4',
      '',
    ]);
    expect(second).toEqual([
      '2024',
      'planned',
      'telephone call',
      'Foreign Minister of Kyrgyzstan (name not given)',
      "'=cmd|calc",
      'x "y"',
      '',
      'd.txt',
      '2',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('csvFileName', () => {
  it.each([
    ['Meetings with Russia', 'briefbot-meetings-with-russia-2026-11-22.csv'],
    ['Timeline of Lavrov', 'briefbot-timeline-of-lavrov-2026-11-22.csv'],
    [
      'Meetings in Dušanbe, 2023-01-01 to 2023-12-31',
      'briefbot-meetings-in-dusanbe-2023-01-01-to-2023-12-31-2026-11-22.csv',
    ],
    ['<!channel> ../../etc', 'briefbot-channel-etc-2026-11-22.csv'],
    ['Встречи', 'briefbot-meetings-2026-11-22.csv'],
    [`Meetings with ${'x'.repeat(200)}`, `briefbot-meetings-with-${'x'.repeat(46)}-2026-11-22.csv`],
  ])('names the file of %j %j', (description, name) => {
    expect(csvFileName(description, '2026-11-22')).toBe(name);
  });
});
