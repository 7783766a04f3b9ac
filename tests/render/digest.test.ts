import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { composeDigest } from '../../src/digest/compose.js';
import type { Digest, DigestBriefing } from '../../src/digest/types.js';
import type { Meeting, Participant } from '../../src/extract/types.js';
import {
  buildDigestMessage,
  digestJson,
  DIGEST_OFF_HINT,
  moreCommand,
  renderDigestText,
} from '../../src/render/digest.js';
import { SLACK_LIMITS, type SlackMessage } from '../../src/render/limits.js';
import type { PartialDate } from '../../src/types.js';
import { blocksOf, contextTexts, escapeViolations, limitViolations, loadSeeds, sectionTexts } from './helpers.js';

let seeds: AskContext;
beforeAll(async () => {
  ({ ctx: seeds } = await loadSeeds());
});

const NOW = '2025-07-14T04:00:00Z';
const seedDigest = (localDate: string, since = '2025-06-01T00:00:00Z'): Digest => {
  const firstSeen = new Map([...seeds.index.articles.keys()].map((id) => [id, '2025-07-13T12:00:00Z']));
  return composeDigest({ ctx: seeds, localDate, timezone: 'Asia/Karachi', since, firstSeen, now: NOW })!;
};

function briefing(i: number, over: Partial<DigestBriefing> = {}): DigestBriefing {
  return {
    articleId: `a${i}`,
    file: `a${i}.txt`,
    title: `Briefing ${i}`,
    published: { year: 2024, month: 10, day: 17 },
    lede: `Lede of briefing ${i}.`,
    meetings: 2,
    ...over,
  };
}

function meeting(i: number, over: Partial<Meeting> = {}): Meeting {
  return {
    id: `m${i}`,
    status: 'held',
    kind: 'talks',
    date: { year: 2021, month: 7, day: 14 },
    location: 'Dushanbe',
    participants: [
      { name: 'Shah Mahmood Qureshi', title: 'Foreign Minister', country: 'Pakistan' },
      { name: 'Sergey Lavrov', country: 'Russia' },
    ],
    topics: [],
    sources: [{ articleId: 'a1', file: 'a1.txt', paragraph: 1, sentence: 'They met.' }],
    ...over,
  };
}

const empty = { items: [], more: 0 };
function digest(over: Partial<Digest> = {}): Digest {
  return {
    localDate: '2024-10-17',
    timezone: 'Asia/Karachi',
    newBriefings: empty,
    meetings: empty,
    comingUp: empty,
    onThisDay: empty,
    figures: { briefings: 5, meetings: 15 },
    ...over,
  };
}

const allText = (m: SlackMessage): string => [...sectionTexts(m), ...contextTexts(m)].join('\n');
const headerText = (m: SlackMessage): string => blocksOf(m, 'header')[0]?.text.text ?? '';
const footer = (m: SlackMessage): string => {
  const last = m.blocks[m.blocks.length - 1]!;
  return last.type === 'context' && 'text' in last.elements[0]! ? last.elements[0].text : '';
};

describe('buildDigestMessage over seed digests', () => {
  it('has a header with the local date in words, the non-empty sections in order, and a footer', () => {
    const m = buildDigestMessage(seedDigest('2025-07-14'));
    expect(m.blocks[0]!.type).toBe('header');
    expect(headerText(m)).toBe('Briefing digest · Mon 14 Jul 2025');
    const sections = sectionTexts(m);
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      '*New briefings* (5)',
      '*Meetings reported* (15)',
      '*On this day* (2)',
    ]);
    expect(sections[0]).toContain(
      '• *Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey…* — Wed 14 Jul 2021 · 4 meetings\nForeign Minister Shah Mahmood Qureshi held a meeting',
    );
    expect(sections[0]).toContain('• *Ishaq Dar Key Diplomatic Visit to Bishkek* — undated · 3 meetings');
    expect(sections[2]).toContain(
      '• *Wed 14 Jul 2021* (4 years ago) · Dushanbe — *Shah Mahmood Qureshi* with *Sergey Lavrov*',
    );
    expect(contextTexts(m)).toContain('and 5 more — `/brief meetings until 2021-07-14`');
    expect(footer(m)).toBe(`5 briefings · 15 meetings in the corpus · Asia/Karachi · ${DIGEST_OFF_HINT}`);
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'section', 'context']);
    expect(m.text).toBe('Briefing digest · Mon 14 Jul 2025: new briefings 5, meetings reported 15, on this day 2');
    expect(limitViolations(m)).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
  });

  it('shows coming up on 1 September 2021 with the planned sessions', () => {
    const m = buildDigestMessage(seedDigest('2021-09-01', '2025-07-14T00:00:00Z'));
    expect(headerText(m)).toBe('Briefing digest · Wed 1 Sep 2021');
    expect(sectionTexts(m)).toEqual([
      '*Coming up* (2)\n• *September 2021 (planned)* — *Pakistan* with *China* · _10th meeting of the Joint Cooperation Committee of the CPEC_\n' +
        '• *October 2021 (planned)* — *Pakistan* with *China* · _15th meeting of the China-Pakistan Joint Economic and Trade Commission_',
    ]);
  });

  it('shows Jilani and Zhaparov on 25 October', () => {
    const m = buildDigestMessage(seedDigest('2025-10-25', '2025-07-14T00:00:00Z'));
    expect(sectionTexts(m)[0]).toMatch(
      /^\*On this day\* \(3\)\n• \*Wed 25 Oct 2023\* \(2 years ago\) · Bishkek — \*Jalil Abbas Jilani\* with \*Sadyr Zhaparov\*/,
    );
  });
});

describe('buildDigestMessage over hand-built digests', () => {
  it('says how many more there are and which command lists them', () => {
    const planned = (i: number): Meeting =>
      meeting(i, { status: 'planned', date: { year: 2026, month: 1 + (i % 12) } });
    const d = digest({
      newBriefings: { items: [briefing(1), briefing(2)], more: 3 },
      meetings: {
        items: [
          meeting(1, { date: { year: 2024, month: 10, day: 16 } }),
          meeting(2, { date: { year: 2020, month: 9 } }),
        ],
        more: 4,
      },
      comingUp: { items: Array.from({ length: 10 }, (_, i) => planned(i)), more: 15 },
      onThisDay: { items: [meeting(3, { date: { year: 2019, month: 10, day: 17 } })], more: 2 },
    });
    const m = buildDigestMessage(d);
    expect(headerText(m)).toBe('Briefing digest · Thu 17 Oct 2024');
    expect(contextTexts(m).filter((t) => t.startsWith('and '))).toEqual([
      'and 3 more — `/brief sources`',
      'and 4 more — `/brief meetings until 2020-09`',
      'and 15 more — `/brief meetings planned`',
      'and 2 more — `/brief meetings until 2019-10-17`',
    ]);
    expect(sectionTexts(m).map((s) => s.split('\n')[0])).toEqual([
      '*New briefings* (5)',
      '*Meetings reported* (6)',
      '*Coming up* (25)',
      '*On this day* (3)',
    ]);
    expect(sectionTexts(m)[1]).toContain(
      '• *Wed 16 Oct 2024* · Dushanbe — *Shah Mahmood Qureshi* with *Sergey Lavrov*',
    );
    expect(renderDigestText(d)).toContain('  and 15 more — /brief meetings planned');
  });

  it('points to the one new briefing for the rest of its meetings', () => {
    const d = digest({ newBriefings: { items: [briefing(7)], more: 0 }, meetings: { items: [meeting(1)], more: 12 } });
    expect(moreCommand(d, 'meetings', 1)).toBe('/brief source a7');
    expect(moreCommand(digest({ onThisDay: { items: [], more: 3 } }), 'onThisDay', 0)).toBe(
      '/brief meetings before 2024-10-17',
    );
  });

  it('leaves out empty sections', () => {
    const m = buildDigestMessage(digest({ onThisDay: { items: [meeting(1)], more: 0 } }));
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(allText(m)).not.toContain('and 0 more');
  });

  it('names a meeting without people or place plainly, and at most four people', () => {
    const people: Participant[] = Array.from({ length: 7 }, (_, i) => ({ name: `P${i}` }));
    const m = buildDigestMessage(
      digest({
        comingUp: {
          items: [
            meeting(1, { status: 'planned', date: { year: 2025 }, location: undefined, participants: [] }),
            meeting(2, { participants: people }),
          ],
          more: 0,
        },
      }),
    );
    expect(sectionTexts(m)[0]).toBe(
      '*Coming up* (2)\n• *2025 (planned)*\n• *Wed 14 Jul 2021* · Dushanbe — *P0* with *P1*, *P2*, *P3* and 3 others',
    );
  });

  it('escapes hostile titles, ledes, names, places, events and timezones', () => {
    const hostile = '<!channel> & <@U123> <https://evil.example|click> &amp; *x*';
    const d = digest({
      timezone: '<!here>&',
      newBriefings: { items: [briefing(1, { title: hostile, lede: hostile, articleId: '<!everyone>' })], more: 0 },
      meetings: {
        items: [
          meeting(1, {
            location: hostile,
            venue: '&lt;',
            event: hostile,
            participants: [
              { name: hostile, title: '<#C1>' },
              { title: '<b>', country: '&' },
            ],
          }),
        ],
        more: 3,
      },
      onThisDay: { items: [meeting(2, { participants: [{ name: hostile }] })], more: 1 },
    });
    const m = buildDigestMessage(d);
    expect(escapeViolations(m)).toEqual([]);
    expect(limitViolations(m)).toEqual([]);
    expect(sectionTexts(m)[0]).toContain('*&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(allText(m)).not.toMatch(/<[!@#h]/);
    expect(footer(m)).toContain('&lt;!here&gt;&amp;');
  });

  it('stays within Slack’s limits for a huge digest, keeping the footer and counting what it leaves out', () => {
    const big = (i: number): string => `${'Ω & <b> '.repeat(3)}${'x'.repeat(3000)} ${i}`;
    const many = (n: number, f: (i: number) => Meeting): Meeting[] => Array.from({ length: n }, (_, i) => f(i));
    const hugeMeeting = (i: number): Meeting =>
      meeting(i, {
        location: big(i),
        venue: big(i),
        event: big(i),
        topics: [big(i)],
        participants: Array.from({ length: 30 }, (_, j) => ({ name: big(j), title: big(j), country: big(j) })),
      });
    const d = digest({
      newBriefings: {
        items: Array.from({ length: 100 }, (_, i) => briefing(i, { title: big(i), lede: big(i) })),
        more: 900,
      },
      meetings: { items: many(100, hugeMeeting), more: 50 },
      comingUp: { items: many(100, (i) => ({ ...hugeMeeting(i), status: 'planned' })), more: 0 },
      onThisDay: { items: many(100, hugeMeeting), more: 7 },
    });
    const m = buildDigestMessage(d);
    expect(limitViolations(m)).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(footer(m)).toContain(DIGEST_OFF_HINT);
    expect(contextTexts(m).join('\n')).not.toContain('shortened');
    expect(headerText(m)).toBe('Briefing digest · Thu 17 Oct 2024');
    // Every section is still there, and what it shows plus "and N more" is its total.
    const sections = sectionTexts(m).join('\n');
    const contexts = contextTexts(m);
    const heads = [...sections.matchAll(/^\*([A-Za-z ]+)\* \((\d+)\)$/gm)].map((x) => [x[1], Number(x[2])]);
    expect(heads).toEqual([
      ['New briefings', 1000],
      ['Meetings reported', 150],
      ['Coming up', 100],
      ['On this day', 107],
    ]);
    const bullets = sections
      .split(/^\*[A-Za-z ]+\* \(\d+\)$/m)
      .slice(1)
      .map((part) => (part.match(/^• /gm) ?? []).length);
    const more = contexts.filter((t) => t.startsWith('and ')).map((t) => Number(/^and (\d+) more/.exec(t)![1]));
    expect(bullets.map((b, i) => b + more[i]!)).toEqual([1000, 150, 100, 107]);
    expect(bullets.every((b) => b >= 1)).toBe(true);
  });

  it('keeps every random digest within limits and escaped (property)', () => {
    const SPECIAL = [
      '<!channel>',
      '<!here>',
      '<@U123>',
      '<#C1>',
      '<https://x.example|y>',
      '<',
      '>',
      '&',
      '&amp;',
      '*',
      '_',
      '`',
      '😀',
      '\u202e',
      '\ud800',
      ' ',
    ];
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.constantFrom(...SPECIAL), { maxLength: 40 }).map((xs) => xs.join('')),
      fc.string({ maxLength: 3 }).map((s) => s.repeat(1500)),
    );
    const date: fc.Arbitrary<PartialDate | undefined> = fc.option(
      fc
        .record({
          year: fc.integer({ min: 1990, max: 2040 }),
          month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
          day: fc.integer({ min: 1, max: 28 }),
        })
        .map(({ year, month, day }) => (month === undefined ? { year } : { year, month, day })),
      { nil: undefined },
    );
    const participant: fc.Arbitrary<Participant> = fc.record({
      name: fc.option(text, { nil: undefined }),
      title: fc.option(text, { nil: undefined }),
      country: fc.option(text, { nil: undefined }),
    });
    const meetingArb: fc.Arbitrary<Meeting> = fc
      .record({
        status: fc.constantFrom('held' as const, 'planned' as const),
        date,
        location: fc.option(text, { nil: undefined }),
        event: fc.option(text, { nil: undefined }),
        participants: fc.array(participant, { maxLength: 8 }),
      })
      .map((r) => meeting(0, r));
    const section = <T>(arb: fc.Arbitrary<T>) =>
      fc.record({ items: fc.array(arb, { maxLength: 12 }), more: fc.nat(1000) });
    const briefingArb = fc
      .record({ title: text, lede: text, published: date, meetings: fc.nat(50), articleId: text })
      .map((r) => briefing(0, r));
    const digestArb = fc.record({
      localDate: fc.constantFrom('2024-10-17', '2025-02-28', '2000-01-01'),
      timezone: text,
      newBriefings: section(briefingArb),
      meetings: section(meetingArb),
      comingUp: section(meetingArb),
      onThisDay: section(meetingArb),
      figures: fc.record({ briefings: fc.nat(), meetings: fc.nat() }),
    });
    fc.assert(
      fc.property(digestArb, (d) => {
        const m = buildDigestMessage(d);
        const problems = [...limitViolations(m), ...escapeViolations(m)];
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
        expect(m.blocks[0]!.type).toBe('header');
        expect(footer(m)).toContain(DIGEST_OFF_HINT);
        expect(contextTexts(m).join('\n')).not.toContain('shortened');
        expect(() => JSON.stringify(digestJson(d))).not.toThrow();
        expect(typeof renderDigestText(d)).toBe('string');
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderDigestText', () => {
  it('writes the digest as plain text with every section and the footer', () => {
    expect(renderDigestText(seedDigest('2025-07-14'))).toMatchInlineSnapshot(`
      "Briefing digest · Mon 14 Jul 2025

      New briefings (5)
        Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail… — Thu 17 Oct 2024 · 2 meetings
          Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail Mishustin on Wednesday agreed to pursue robust dialogue and cooperation in areas of trade, industry, energy,…
        Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of… — Thu 26 Oct 2023 · 3 meetings
          Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov, and exchanged views on the current state and prospects of Kyrgyz-Pakistani bilateral…
        Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign… — Sat 18 Sep 2021 · 3 meetings
          Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi at the Shanghai Cooperation Organization summit in Dushanbe on September 17, 2021 local time,…
        Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey… — Wed 14 Jul 2021 · 4 meetings
          Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey Lavrov here on Wednesday (today).
        Ishaq Dar Key Diplomatic Visit to Bishkek — undated · 3 meetings
          Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar, has reached Bishkek.

      Meetings reported (15)
        Wed 16 Oct 2024 · Islamabad, Prime Minister’s House — Muhammad Shehbaz Sharif with Mikhail Mishustin · 23rd SCO CHG meeting
        Wed 16 Oct 2024 · Islamabad — Jam Kamal Khan with Mohammad Atabak
        Wed 25 Oct 2023 · Bishkek — Jalil Abbas Jilani with Sadyr Zhaparov · 22nd meeting of the Council of Heads of Government (CHG) of the Shanghai Cooperation Organization
        Wed 25 Oct 2023 · Bishkek — Jalil Abbas Jilani with Zhang Ming
        Wed 25 Oct 2023 · Bishkek — Jalil Abbas Jilani with Foreign Minister of Kyrgyzstan
        October 2021 (planned) — Pakistan with China · 15th meeting of the China-Pakistan Joint Economic and Trade Commission
        Fri 17 Sep 2021 · Dushanbe — Imran Khan with Wang Yi · Shanghai Cooperation Organization summit
        September 2021 (planned) — Pakistan with China · 10th meeting of the Joint Cooperation Committee of the CPEC
        Wed 14 Jul 2021 · Dushanbe — Shah Mahmood Qureshi with Sergey Lavrov
        Wed 14 Jul 2021 · Dushanbe — Shah Mahmood Qureshi with Emomali Rahmon
        and 5 more — /brief meetings until 2021-07-14

      On this day (2)
        Wed 14 Jul 2021 (4 years ago) · Dushanbe — Shah Mahmood Qureshi with Sergey Lavrov
        Wed 14 Jul 2021 (4 years ago) · Dushanbe — Shah Mahmood Qureshi with Emomali Rahmon

      5 briefings · 15 meetings in the corpus · Asia/Karachi · Turn this off with /brief digest off"
    `);
  });

  it('strips terminal escapes and bidi overrides from article text', () => {
    const text = renderDigestText(
      digest({
        newBriefings: {
          items: [briefing(1, { title: '\u001b[31mRed\u001b[0m \u202eevil', lede: 'a\u0007b' })],
          more: 0,
        },
      }),
    );
    expect(text).toContain('  Red evil — Thu 17 Oct 2024 · 2 meetings\n    ab');
    expect(text).not.toMatch(/[\u001b\u202e\u0007]/);
  });
});

describe('digestJson', () => {
  it('gives every key, dates at their precision and null when undated', () => {
    const d = digest({
      newBriefings: { items: [briefing(1), briefing(2, { published: undefined })], more: 4 },
      comingUp: {
        items: [
          meeting(1, { status: 'planned', date: { year: 2021, month: 9 } }),
          meeting(2, { status: 'planned', date: { year: 2022 } }),
        ],
        more: 0,
      },
      onThisDay: { items: [meeting(3, { date: undefined })], more: 0 },
    });
    const json = JSON.parse(JSON.stringify(digestJson(d)));
    expect(json).toMatchObject({
      localDate: '2024-10-17',
      timezone: 'Asia/Karachi',
      figures: { briefings: 5, meetings: 15 },
      newBriefings: {
        items: [
          {
            articleId: 'a1',
            file: 'a1.txt',
            title: 'Briefing 1',
            published: '2024-10-17',
            lede: 'Lede of briefing 1.',
            meetings: 2,
          },
          { published: null },
        ],
        more: 4,
      },
      meetings: { items: [], more: 0 },
      comingUp: {
        items: [
          { id: 'm1', status: 'planned', date: '2021-09', location: 'Dushanbe', venue: null, event: null },
          { date: '2022' },
        ],
        more: 0,
      },
      onThisDay: { items: [{ date: null }], more: 0 },
    });
    expect(json.comingUp.items[0].participants[1]).toEqual({
      name: 'Sergey Lavrov',
      title: null,
      country: 'Russia',
      organization: null,
    });
  });

  it('round-trips a seed digest through JSON', () => {
    const json = digestJson(seedDigest('2025-07-14')) as {
      newBriefings: { items: Array<{ published: string | null }> };
      onThisDay: { items: Array<{ date: string }> };
    };
    expect(json.newBriefings.items.map((b) => b.published)).toEqual([
      '2024-10-17',
      '2023-10-26',
      '2021-09-18',
      '2021-07-14',
      null,
    ]);
    expect(json.onThisDay.items.map((m) => m.date)).toEqual(['2021-07-14', '2021-07-14']);
  });
});
