import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { formatPartialDate } from '../../src/calendar.js';
import { composeDigest, DIGEST_SECTION_LIMIT, isAhead, ledeOf, type DigestInput } from '../../src/digest/compose.js';
import type { Meeting } from '../../src/extract/types.js';
import type { Article, PartialDate } from '../../src/types.js';
import { loadSeeds } from '../render/helpers.js';

let seeds: AskContext;
beforeAll(async () => {
  ({ ctx: seeds } = await loadSeeds());
  // Composing must not read the clock.
  seeds = {
    ...seeds,
    clock: () => {
      throw new Error('composeDigest read the clock');
    },
  };
});

const ID = {
  jilani: '000_0d5f0c5c4968850b',
  dar: '001_df728569922fd480',
  qureshi: '002_9f8474191b6e5a16',
  sharif: '003_11be3f15fbbdd326',
  khan: '004_f565eaee0c20bcd1',
} as const;
const ALL_IDS = Object.values(ID);

const EARLY = '2025-07-01T00:00:00Z';
const LATE = '2025-07-13T12:00:00Z';
const NOW = '2025-07-14T04:00:00Z';

/** Every seed first seen at EARLY, except those given, first seen at LATE. */
const seenMap = (late: readonly string[] = [], early: readonly string[] = ALL_IDS): Map<string, string> =>
  new Map([...early.map((id): [string, string] => [id, EARLY]), ...late.map((id): [string, string] => [id, LATE])]);

const input = (over: Partial<DigestInput> = {}): DigestInput => ({
  ctx: seeds,
  localDate: '2025-01-02',
  timezone: 'Asia/Karachi',
  firstSeen: seenMap(),
  now: NOW,
  ...over,
});

const dateOf = (m: Meeting): string => (m.date ? formatPartialDate(m.date) : 'undated');
const names = (m: Meeting): string[] => m.participants.map((p) => p.name ?? '?');

describe('composeDigest over the seed corpus: new briefings', () => {
  it('lists only the articles first seen after the last digest, newest first by published date', () => {
    const d = composeDigest(input({ since: '2025-07-12T00:00:00Z', firstSeen: seenMap([ID.khan, ID.sharif]) }))!;
    expect(d.newBriefings.items.map((b) => b.articleId)).toEqual([ID.sharif, ID.khan]);
    expect(d.newBriefings.more).toBe(0);
    const [sharif, khan] = d.newBriefings.items;
    expect(sharif).toMatchObject({
      file: `${ID.sharif}.txt`,
      published: { year: 2024, month: 10, day: 17 },
      meetings: 2,
    });
    expect(khan).toMatchObject({ published: { year: 2021, month: 9, day: 18 }, meetings: 3 });
  });

  it('puts undated briefings last and counts each briefing’s meetings', () => {
    const d = composeDigest(input({ since: '2025-06-01T00:00:00Z' }))!;
    expect(d.newBriefings.items.map((b) => b.articleId)).toEqual([ID.sharif, ID.jilani, ID.khan, ID.qureshi, ID.dar]);
    expect(d.newBriefings.items.map((b) => b.meetings)).toEqual([2, 3, 3, 4, 3]);
    expect(d.newBriefings.items[4]!.published).toBeUndefined();
  });

  it('gives each briefing a one-line lede: the first sentence, without a dateline, clipped at a word', () => {
    const d = composeDigest(input({ since: '2025-06-01T00:00:00Z' }))!;
    const lede = (id: string): string => d.newBriefings.items.find((b) => b.articleId === id)!.lede;
    expect(lede(ID.qureshi)).toBe(
      'Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey Lavrov here on Wednesday (today).',
    );
    expect(lede(ID.dar)).toBe('Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar, has reached Bishkek.');
    expect(lede(ID.sharif)).toMatch(/^Prime Minister Muhammad Shehbaz Sharif/);
    expect(lede(ID.sharif)).not.toContain('ISLAMABAD');
    for (const b of d.newBriefings.items) {
      expect([...b.lede].length).toBeLessThanOrEqual(200);
      expect(b.lede).not.toContain('\n');
      if (b.lede.endsWith('…')) expect(b.lede).toMatch(/[\p{L}\p{N},.)]…$/u);
    }
  });

  it('does not count an article first seen exactly at the last digest, or after now', () => {
    const since = '2025-07-12T00:00:00Z';
    const firstSeen = new Map([
      [ID.jilani, since],
      [ID.dar, '2025-07-14T04:00:01Z'],
      [ID.qureshi, NOW],
      [ID.sharif, 'not a date'],
      ['999_unknown', LATE],
    ]);
    const d = composeDigest(input({ since, firstSeen }))!;
    expect(d.newBriefings.items.map((b) => b.articleId)).toEqual([ID.qureshi]);
  });

  it('without a last digest, counts only what was first seen in the 24 hours before now', () => {
    const firstSeen = new Map([
      [ID.jilani, '2025-07-13T04:00:00Z'],
      [ID.dar, '2025-07-13T04:00:01Z'],
      [ID.khan, '2025-07-14T03:59:59Z'],
      [ID.sharif, EARLY],
    ]);
    const d = composeDigest(input({ firstSeen }))!;
    expect(d.newBriefings.items.map((b) => b.articleId)).toEqual([ID.khan, ID.dar]);
  });

  it('accepts instants with offsets as well as Z', () => {
    const d = composeDigest(
      input({
        since: '2025-07-13T17:00:00+05:00',
        firstSeen: new Map([
          [ID.jilani, '2025-07-13T12:00:01Z'],
          [ID.dar, '2025-07-13T11:59:59Z'],
        ]),
      }),
    )!;
    expect(d.newBriefings.items.map((b) => b.articleId)).toEqual([ID.jilani]);
  });
});

describe('composeDigest over the seed corpus: meetings of the new briefings', () => {
  it('lists the meetings reported in the new briefings, newest first', () => {
    const d = composeDigest(input({ since: '2025-07-12T00:00:00Z', firstSeen: seenMap([ID.khan, ID.sharif]) }))!;
    expect(d.meetings.items.map(dateOf)).toEqual(['2024-10-16', '2024-10-16', '2021-10', '2021-09-17', '2021-09']);
    expect(
      d.meetings.items.every((m) => m.sources.some((s) => s.articleId === ID.khan || s.articleId === ID.sharif)),
    ).toBe(true);
    expect(d.meetings.more).toBe(0);
  });

  it('keeps undated meetings last and counts what is beyond the section limit', () => {
    const d = composeDigest(input({ since: '2025-06-01T00:00:00Z' }))!;
    expect(d.meetings.items).toHaveLength(DIGEST_SECTION_LIMIT);
    expect(d.meetings.more).toBe(5);
    expect(d.meetings.items.map(dateOf)[0]).toBe('2024-10-16');
    const one = composeDigest(input({ since: '2025-07-12T00:00:00Z', firstSeen: seenMap([ID.dar]) }))!;
    expect(one.meetings.items.map(dateOf)).toEqual(['undated', 'undated', 'undated']);
    expect(one.meetings.items.flatMap(names)).toContain('Ishaq Dar');
  });

  it('has no meetings section when nothing is new', () => {
    const d = composeDigest(input({ since: '2025-07-14T00:00:00Z', localDate: '2025-07-14' }))!;
    expect(d.newBriefings).toEqual({ items: [], more: 0 });
    expect(d.meetings).toEqual({ items: [], more: 0 });
  });
});

describe('composeDigest over the seed corpus: coming up', () => {
  const comingUp = (localDate: string): string[] =>
    composeDigest(input({ localDate, firstSeen: new Map() }))?.comingUp.items.map(dateOf) ?? [];

  it('lists the two planned 004 sessions, soonest first, on 1 September 2021', () => {
    const d = composeDigest(input({ localDate: '2021-09-01', firstSeen: new Map() }))!;
    expect(d.comingUp.items.map(dateOf)).toEqual(['2021-09', '2021-10']);
    expect(d.comingUp.items.every((m) => m.status === 'planned' && m.sources[0]!.articleId === ID.khan)).toBe(true);
  });

  it('drops a month-precision meeting once its month is over, and everything after October 2021', () => {
    expect(comingUp('2021-08-31')).toEqual(['2021-09', '2021-10']);
    expect(comingUp('2021-09-29')).toEqual(['2021-09', '2021-10']);
    expect(comingUp('2021-09-30')).toEqual(['2021-10']);
    expect(comingUp('2021-10-15')).toEqual(['2021-10']);
    expect(comingUp('2021-11-01')).toEqual([]);
    expect(comingUp('2025-07-14')).toEqual([]);
  });

  it('never lists held meetings, however late their date', () => {
    const d = composeDigest(input({ localDate: '2000-01-01', firstSeen: new Map() }))!;
    expect(d.comingUp.items.every((m) => m.status === 'planned')).toBe(true);
    expect(d.comingUp.items).toHaveLength(2);
  });

  it('reads a date as ahead when its last day is after the local date', () => {
    expect(isAhead({ year: 2021, month: 9 }, '2021-09-01')).toBe(true);
    expect(isAhead({ year: 2021, month: 9 }, '2021-09-30')).toBe(false);
    expect(isAhead({ year: 2021 }, '2021-06-15')).toBe(true);
    expect(isAhead({ year: 2021 }, '2021-12-31')).toBe(false);
    expect(isAhead({ year: 2021, month: 9, day: 17 }, '2021-09-17')).toBe(false);
    expect(isAhead({ year: 2021, month: 9, day: 18 }, '2021-09-17')).toBe(true);
  });
});

describe('composeDigest over the seed corpus: on this day', () => {
  it('lists the Qureshi meetings of 14 July 2021 on 14 July 2025', () => {
    const d = composeDigest(input({ localDate: '2025-07-14', firstSeen: new Map() }))!;
    expect(d.onThisDay.items.map(dateOf)).toEqual(['2021-07-14', '2021-07-14']);
    expect(d.onThisDay.items.map((m) => names(m).join(' / '))).toEqual([
      'Shah Mahmood Qureshi / Sergey Lavrov',
      'Shah Mahmood Qureshi / Emomali Rahmon',
    ]);
  });

  it('lists Jilani’s Bishkek meetings, Zhaparov among them, on 25 October 2025', () => {
    const d = composeDigest(input({ localDate: '2025-10-25', firstSeen: new Map() }))!;
    expect(d.onThisDay.items.map(dateOf)).toEqual(['2023-10-25', '2023-10-25', '2023-10-25']);
    expect(d.onThisDay.items[0]!.participants.map((p) => p.name)).toEqual(['Jalil Abbas Jilani', 'Sadyr Zhaparov']);
  });

  it('needs an earlier year, the same month and day, and a meeting dated to the day', () => {
    expect(composeDigest(input({ localDate: '2021-07-14', firstSeen: new Map() }))!.onThisDay.items).toEqual([]);
    expect(composeDigest(input({ localDate: '2025-07-15', firstSeen: new Map() }))).toBeUndefined();
    expect(composeDigest(input({ localDate: '2025-06-14', firstSeen: new Map() }))).toBeUndefined();
    // 2019-06 (month precision) and 2020-09 never count.
    expect(composeDigest(input({ localDate: '2025-06-01', firstSeen: new Map() }))).toBeUndefined();
  });
});

describe('composeDigest: figures, never empty, bad input', () => {
  it('gives the corpus figures', () => {
    const d = composeDigest(input({ localDate: '2025-07-14' }))!;
    expect(d.figures).toEqual({ briefings: 5, meetings: 15 });
    expect(d).toMatchObject({ localDate: '2025-07-14', timezone: 'Asia/Karachi' });
  });

  it('is undefined when there is nothing to say', () => {
    expect(composeDigest(input({ localDate: '2025-01-02', since: '2025-07-13T00:00:00Z' }))).toBeUndefined();
    expect(composeDigest(input({ localDate: '2025-01-02', firstSeen: new Map() }))).toBeUndefined();
    expect(composeDigest({ ...input(), ctx: handContext([], []) })).toBeUndefined();
  });

  it('throws on a local date or instant that is not one', () => {
    expect(() => composeDigest(input({ localDate: '2025-02-30' }))).toThrow(RangeError);
    expect(() => composeDigest(input({ localDate: '2025-07' }))).toThrow(RangeError);
    expect(() => composeDigest(input({ now: 'yesterday' }))).toThrow(RangeError);
    expect(() => composeDigest(input({ since: '' }))).toThrow(RangeError);
  });

  it('gives the same digest for the same input', () => {
    const a = input({ localDate: '2025-07-14', since: '2025-06-01T00:00:00Z' });
    expect(composeDigest(a)).toEqual(composeDigest({ ...a, firstSeen: new Map([...a.firstSeen].reverse()) }));
  });
});

// ---- hand-built contexts ----

function article(id: string, published: PartialDate | undefined, texts: Array<string | { heading: string }>): Article {
  return {
    id,
    file: `${id}.txt`,
    title: `Title of ${id}`,
    titleDerived: false,
    published,
    contentHash: id,
    paragraphs: texts.map((t, i) => {
      const text = typeof t === 'string' ? t : t.heading;
      return {
        n: i + 1,
        text,
        heading: typeof t !== 'string',
        sentences:
          typeof t === 'string'
            ? text.split(/(?<=\.)\s+/).map((s) => ({ text: s, start: 0, end: s.length }))
            : [{ text, start: 0, end: text.length }],
      };
    }),
  };
}

function meeting(i: number, over: Partial<Meeting> = {}): Meeting {
  return {
    id: `m${String(i).padStart(3, '0')}`,
    status: 'held',
    kind: 'talks',
    participants: [{ name: `Person ${i}` }, { name: 'Other' }],
    topics: [],
    sources: [{ articleId: 'a1', file: 'a1.txt', paragraph: 1, sentence: 'They met.' }],
    ...over,
  };
}

function handContext(articles: Article[], meetings: Meeting[]): AskContext {
  const countByArticle = new Map<string, number>();
  for (const m of meetings)
    for (const id of new Set(m.sources.map((s) => s.articleId)))
      countByArticle.set(id, (countByArticle.get(id) ?? 0) + 1);
  return {
    index: { articles: new Map(articles.map((a) => [a.id, a])) },
    meetings: { meetings, countByArticle },
    warnings: [],
    clock: () => {
      throw new Error('composeDigest read the clock');
    },
  } as unknown as AskContext;
}

describe('composeDigest over hand-built contexts', () => {
  it('shows at most ten items a section and counts the rest', () => {
    const planned = Array.from({ length: 25 }, (_, i) =>
      meeting(i, { status: 'planned', date: { year: 2026, month: 1 + (i % 12), ...(i % 2 ? { day: 1 + i } : {}) } }),
    );
    const held = Array.from({ length: 25 }, (_, i) => meeting(100 + i, { date: { year: 2000 + i, month: 3, day: 5 } }));
    const d = composeDigest({
      ctx: handContext([], [...planned, ...held]),
      localDate: '2025-03-05',
      timezone: 'UTC',
      firstSeen: new Map(),
      now: NOW,
    })!;
    expect(d.comingUp.items).toHaveLength(DIGEST_SECTION_LIMIT);
    expect(d.comingUp.more).toBe(15);
    const coming = d.comingUp.items.map(dateOf);
    expect(coming).toEqual([...coming].sort());
    expect(coming[0]).toBe('2026-01');
    expect(d.onThisDay.items).toHaveLength(DIGEST_SECTION_LIMIT);
    expect(d.onThisDay.more).toBe(15);
    expect(d.onThisDay.items.map((m) => m.date!.year)).toEqual([
      2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015,
    ]);
    expect(d.figures).toEqual({ briefings: 0, meetings: 50 });
  });

  it('limits new briefings and their meetings to ten each, newest first', () => {
    const articles = Array.from({ length: 25 }, (_, i) =>
      article(`a${String(i).padStart(2, '0')}`, i < 20 ? { year: 2000 + i } : undefined, [
        `Lede ${i}. Second sentence.`,
      ]),
    );
    const meetings = articles.map((a, i) =>
      meeting(i, {
        date: { year: 2000 + i, month: 1, day: 1 },
        sources: [{ articleId: a.id, file: a.file, paragraph: 1, sentence: '' }],
      }),
    );
    const firstSeen = new Map(articles.map((a) => [a.id, LATE]));
    const d = composeDigest({
      ctx: handContext(articles, meetings),
      localDate: '2025-07-14',
      timezone: 'UTC',
      since: EARLY,
      firstSeen,
      now: NOW,
    })!;
    expect(d.newBriefings.items.map((b) => b.articleId)).toEqual([
      'a19',
      'a18',
      'a17',
      'a16',
      'a15',
      'a14',
      'a13',
      'a12',
      'a11',
      'a10',
    ]);
    expect(d.newBriefings.more).toBe(15);
    expect(d.newBriefings.items[0]).toMatchObject({ lede: 'Lede 19.', meetings: 1, title: 'Title of a19' });
    expect(d.meetings.items.map((m) => m.date!.year)).toEqual([
      2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015,
    ]);
    expect(d.meetings.more).toBe(15);
  });

  it('takes the lede from the first paragraph that is not a heading, clipped to about 200 characters at a word', () => {
    const long = `${'Word '.repeat(80).trim()}. Next.`;
    const a = article('h1', undefined, [{ heading: 'Diplomatic Engagements' }, long]);
    expect(ledeOf(a)).toBe(`${'Word '.repeat(39).trim()}…`);
    expect(ledeOf(article('h2', undefined, [{ heading: 'Only a heading' }]))).toBe('');
    expect(ledeOf(article('h3', undefined, ['BISHKEK: The talks began. Then more.']))).toBe('The talks began.');
  });

  it('lists a meeting once when several new briefings report it', () => {
    const a = article('a1', { year: 2024 }, ['One.']);
    const b = article('a2', { year: 2023 }, ['Two.']);
    const m = meeting(1, {
      date: { year: 2023, month: 5, day: 2 },
      sources: [
        { articleId: 'a1', file: 'a1.txt', paragraph: 1, sentence: '' },
        { articleId: 'a2', file: 'a2.txt', paragraph: 1, sentence: '' },
      ],
    });
    const d = composeDigest({
      ctx: handContext([a, b], [m]),
      localDate: '2025-01-01',
      timezone: 'UTC',
      since: EARLY,
      firstSeen: new Map([
        ['a1', LATE],
        ['a2', LATE],
      ]),
      now: NOW,
    })!;
    expect(d.meetings.items).toEqual([m]);
    expect(d.newBriefings.items.map((x) => x.meetings)).toEqual([1, 1]);
  });
});
