import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { badPeriodMessage, TIMELINE_WHO } from '../../src/ask/messages.js';

interface MeetingJson {
  id: string;
  status: string;
  kind: string;
  date: string | null;
  dateText: string | null;
  location: string | null;
  venue: string | null;
  event: string | null;
  participants: Array<Record<string, string | null>>;
  topics: string[];
  sources: Array<{ articleId: string; file: string; paragraph: number; sentence: string }>;
}

const MEETING_KEYS = [
  'id',
  'status',
  'kind',
  'date',
  'dateText',
  'location',
  'venue',
  'event',
  'participants',
  'topics',
  'sources',
];
const PARTICIPANT_KEYS = ['name', 'title', 'country', 'organization'];
const SOURCE_KEYS = ['articleId', 'file', 'paragraph', 'sentence'];
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Every way a meeting differs from the documented JSON shape. */
function shapeProblems(m: MeetingJson): string[] {
  const p: string[] = [];
  if (JSON.stringify(Object.keys(m)) !== JSON.stringify(MEETING_KEYS))
    p.push(`${m.id}: keys ${Object.keys(m).join(',')}`);
  if (!/^[0-9a-f]{10}$/.test(m.id)) p.push(`${m.id}: id`);
  if (!['held', 'planned'].includes(m.status)) p.push(`${m.id}: status ${m.status}`);
  if (!['talks', 'call-on', 'visit', 'telephone'].includes(m.kind)) p.push(`${m.id}: kind ${m.kind}`);
  if (m.date !== null && !DATE.test(m.date)) p.push(`${m.id}: date ${m.date}`);
  for (const k of ['dateText', 'location', 'venue', 'event'] as const)
    if (m[k] !== null && (typeof m[k] !== 'string' || m[k] === '')) p.push(`${m.id}: ${k}`);
  for (const part of m.participants) {
    if (JSON.stringify(Object.keys(part)) !== JSON.stringify(PARTICIPANT_KEYS))
      p.push(`${m.id}: participant keys ${Object.keys(part).join(',')}`);
    if (Object.values(part).some((v) => v !== null && typeof v !== 'string')) p.push(`${m.id}: participant values`);
  }
  if (!Array.isArray(m.topics) || m.topics.some((t) => typeof t !== 'string')) p.push(`${m.id}: topics`);
  if (m.sources.length === 0) p.push(`${m.id}: no sources`);
  for (const s of m.sources) {
    if (JSON.stringify(Object.keys(s)) !== JSON.stringify(SOURCE_KEYS))
      p.push(`${m.id}: source keys ${Object.keys(s).join(',')}`);
    if (
      s.file.includes('/') ||
      s.file.includes('\\') ||
      !/\.(?:txt|md)$/.test(s.file) ||
      !s.file.startsWith(s.articleId)
    )
      p.push(`${m.id}: file ${s.file}`);
    if (!Number.isInteger(s.paragraph) || s.paragraph < 1) p.push(`${m.id}: paragraph ${s.paragraph}`);
    if (s.sentence.length === 0) p.push(`${m.id}: empty sentence`);
  }
  return p;
}

async function meetingsJson(argv: string[]): Promise<MeetingJson[]> {
  const { code, out, err } = await cli([...argv, '--json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  const json = JSON.parse(out) as { meetings: MeetingJson[] };
  expect(Object.keys(json)).toEqual(['meetings']);
  return json.meetings;
}

describe('briefbot meetings --json', () => {
  it('prints the four meetings with Russia, newest first, with exactly the documented keys', async () => {
    const meetings = await meetingsJson(['meetings', 'with', 'Russia']);
    expect(meetings.map((m) => m.date)).toEqual(['2024-10-16', '2021-07-14', '2020-09', '2019-06']);
    expect(meetings.flatMap(shapeProblems)).toEqual([]);
    expect(meetings[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{10}$/),
      status: 'held',
      kind: 'talks',
      date: '2024-10-16',
      dateText: 'on Wednesday',
      location: 'Islamabad',
      venue: 'Prime Minister’s House',
      event: '23rd SCO CHG meeting',
      participants: [
        { name: 'Muhammad Shehbaz Sharif', title: 'Prime Minister', country: 'Pakistan', organization: null },
        { name: 'Mikhail Mishustin', title: 'Prime Minister', country: 'Russia', organization: null },
      ],
      topics: expect.arrayContaining([
        'trade',
        'industry',
        'energy',
        'connectivity',
        'science',
        'technology',
        'education',
        'BRICS',
        'direct flights',
      ]),
      sources: [
        {
          articleId: '003_11be3f15fbbdd326',
          file: '003_11be3f15fbbdd326.txt',
          paragraph: 1,
          sentence: expect.stringMatching(
            /^ISLAMABAD: Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail Mishustin/,
          ),
        },
      ],
    });
    expect(meetings[1]!.sources.map((s) => [s.file, s.paragraph])).toEqual([
      ['002_9f8474191b6e5a16.txt', 1],
      ['002_9f8474191b6e5a16.txt', 2],
    ]);
    expect(meetings[2]).toMatchObject({ venue: null, event: null, dateText: 'in September 2020', location: 'Moscow' });
  });

  it('prints every seed meeting at once (no pages), undated ones last with date null', async () => {
    const meetings = await meetingsJson(['meetings']);
    expect(meetings).toHaveLength(15);
    expect(meetings.flatMap(shapeProblems)).toEqual([]);
    expect(meetings.slice(-3).map((m) => m.date)).toEqual([null, null, null]);
    expect(meetings.slice(-3).every((m) => m.dateText === null)).toBe(true);
    const planned = meetings.filter((m) => m.status === 'planned');
    expect(planned.map((m) => [m.date, m.participants])).toEqual([
      [
        '2021-10',
        [
          { name: null, title: null, country: 'Pakistan', organization: null },
          { name: null, title: null, country: 'China', organization: null },
        ],
      ],
      [
        '2021-09',
        [
          { name: null, title: null, country: 'Pakistan', organization: null },
          { name: null, title: null, country: 'China', organization: null },
        ],
      ],
    ]);
    const zhang = meetings.find((m) => m.participants.some((p) => p.name === 'Zhang Ming'))!;
    expect(zhang.participants[1]).toEqual({
      name: 'Zhang Ming',
      title: 'Secretary-General',
      country: null,
      organization: 'SCO',
    });
  });

  it('prints a timeline oldest first', async () => {
    const meetings = await meetingsJson(['timeline', 'Lavrov']);
    expect(meetings.map((m) => m.date)).toEqual(['2019-06', '2020-09', '2021-07-14']);
  });

  it('reads another corpus with --corpus, dates at every precision: YYYY-MM-DD, YYYY-MM, YYYY and null', async () => {
    const meetings = await meetingsJson(['meetings', '--corpus', 'tests/fixtures/meetings']);
    expect(meetings.length).toBeGreaterThan(20);
    expect(meetings.flatMap(shapeProblems)).toEqual([]);
    expect(new Set(meetings.map((m) => (m.date === null ? 'null' : m.date.replace(/\d/g, 'D'))))).toEqual(
      new Set(['DDDD-DD-DD', 'DDDD-DD', 'DDDD', 'null']),
    );
    expect(meetings.some((m) => m.sources.some((s) => s.file.endsWith('.md')))).toBe(true);
    expect(meetings.some((m) => m.sources.some((s) => s.articleId.startsWith('00')))).toBe(false);

    const mirziyoev = await meetingsJson(['meetings', 'with', 'Mirziyoev', '--corpus', 'tests/fixtures/meetings']);
    // Met in 2022 and on a day the briefing does not give; the state visit accepted for next year is planned.
    expect(mirziyoev.map((m) => [m.date, m.status, m.sources[0]!.file])).toEqual([
      ['2022', 'held', 'dushanbe-rahmon-mirziyoev-undated.txt'],
      [null, 'held', 'dushanbe-rahmon-mirziyoev-undated.txt'],
      [null, 'planned', 'dushanbe-rahmon-mirziyoev-undated.txt'],
    ]);
  });

  it('prints {"meetings":[]} and exits 0 when nothing matches', async () => {
    const { code, out } = await cli(['meetings', 'with', 'Lavrov', 'in', 'Islamabad', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ meetings: [] });
  });

  it.each([
    [['meetings', 'during', 'blah'], badPeriodMessage('blah')],
    [['timeline'], TIMELINE_WHO],
  ])('exits 1 with a JSON error for %j', async (argv, message) => {
    const { code, out } = await cli([...argv, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ error: message });
  });
});

describe('briefbot meetings as text', () => {
  it('prints the meetings with their citations, names marked with stars when not on a terminal', async () => {
    const { code, out } = await cli(['timeline', 'Lavrov']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Timeline of Lavrov — 3 meetings');
    expect(lines).toContain('*June 2019* · Bishkek · talks');
    expect(lines).toContain(
      '  *Shah Mahmood Qureshi* (Foreign Minister, Pakistan) with *Sergey Lavrov* (Foreign Minister, Russia)',
    );
    expect(out).toMatch(/^ {2}\[1\] .* · Wed 14 Jul 2021 · 002_9f8474191b6e5a16\.txt · ¶13$/m);
    expect(out).not.toMatch(/More: type "more"/);
  });
});

describe('briefbot meetings --json on briefings unlike the seeds', () => {
  const RELEASE =
    ' date 2025-03-06 Minister welcomes Uruguay’s foreign minister\n\nHon. Dr Amina Yusuf\nMinister of Foreign ' +
    'Affairs of Nigeria\n\nToday I welcomed Uruguay’s Minister of Foreign Affairs, Lucia Ferreira, to Abuja for talks ' +
    'on trade and air links.\n\nOn Tuesday I spoke by phone with Foreign Minister Tanvir Rahim about the shipping ' +
    'corridor.\n\nMinister Ferreira will call on President Bola Tinubu at the State House tomorrow.\n';
  const READOUT =
    'DHAKA, Mar 7 (BSS) - Foreign Minister Tanvir Rahim held separate bilateral meetings with his counterparts ' +
    'from Peru, Ghana and Bosnia and Herzegovina on the sidelines of the Indian Ocean Conference on Thursday.\n\n' +
    'A meeting between Rahim and the Maldivian foreign minister was called off at the last minute.\n';

  it('shows the new meetings with their kind and each side’s country, or null when no briefing gives it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-unseen-'));
    try {
      writeFileSync(join(dir, 'abuja-release.txt'), RELEASE);
      writeFileSync(join(dir, 'dhaka-readout.txt'), READOUT);
      const env = { BRIEFBOT_CORPUS: dir, BRIEFBOT_DB: join(dir, 'db', 'briefbot.db') };
      const { code, out } = await cli(['meetings', '--json'], env);
      expect(code).toBe(0);
      const meetings = (JSON.parse(out) as { meetings: MeetingJson[] }).meetings;
      expect(meetings.flatMap(shapeProblems)).toEqual([]);
      const seen = meetings.map((m) => ({
        kind: m.kind,
        status: m.status,
        date: m.date,
        who: m.participants.map((p) => `${p.name ?? p.title} (${p.country ?? p.organization ?? 'unknown'})`),
      }));
      expect(seen).toEqual(
        expect.arrayContaining([
          {
            kind: 'talks',
            status: 'held',
            date: '2025-03-06',
            who: ['Amina Yusuf (Nigeria)', 'Lucia Ferreira (Uruguay)'],
          },
          {
            kind: 'telephone',
            status: 'held',
            date: '2025-03-04',
            who: ['Amina Yusuf (Nigeria)', 'Tanvir Rahim (unknown)'],
          },
          {
            kind: 'call-on',
            status: 'planned',
            date: '2025-03-07',
            // Received at home by a guest from elsewhere: the host is of the country the meeting is in.
            who: ['Lucia Ferreira (Uruguay)', 'Bola Tinubu (Nigeria)'],
          },
          ...['Peru', 'Ghana', 'Bosnia and Herzegovina'].map((country) => ({
            kind: 'talks',
            status: 'held',
            // The readout's dateline gives no year and it has no date line: "on Thursday" stays undated.
            date: null,
            who: ['Tanvir Rahim (unknown)', `Foreign Minister (${country})`],
          })),
        ]),
      );
      expect(meetings).toHaveLength(6);
      expect(out).not.toMatch(/Maldiv/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
