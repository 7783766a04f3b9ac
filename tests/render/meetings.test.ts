import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import type { AskContext } from '../../src/ask/types.js';
import { badPeriodMessage, DATE_NOT_STATED, NO_MEETINGS } from '../../src/ask/messages.js';
import type { Answer, AnswerOf, MeetingItem } from '../../src/ask/types.js';
import type { Meeting, Participant } from '../../src/extract/types.js';
import { createLogger } from '../../src/logger.js';
import { buildContext } from '../../src/main.js';
import { buildAnswerMessage, buildMeetingText, type RenderOptions } from '../../src/render/blocks.js';
import { CSV_ACTION, PAGE_ACTION, SHARE_ACTION, VOTE_ACTION } from '../../src/render/buttons.js';
import { SLACK_LIMITS, type SlackMessage } from '../../src/render/limits.js';
import { KIND_LABELS, meetingDateLabel, meetingPlace, participantParts } from '../../src/render/meetings.js';
import { ANSI_BOLD, renderText, STAR_BOLD } from '../../src/render/text.js';
import type { Citation } from '../../src/types.js';
import {
  blocksOf,
  citation,
  contextTexts,
  escapeViolations,
  limitViolations,
  SEEDS_DIR,
  sectionTexts,
} from './helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await buildContext(
    SEEDS_DIR,
    createLogger(() => {}),
    () => new Date('2026-11-22T12:00:00Z'),
  );
});

const interactive: RenderOptions = { interactive: true };
const MODES: ReadonlyArray<{ opts: RenderOptions; sharer?: string }> = [
  { opts: interactive },
  { opts: { interactive: false, sharedBy: 'U42' }, sharer: 'U42' },
  { opts: { interactive: false } },
  { opts: { interactive: true, feedback: '7c9e6679-7425-40de-944b-e07fc1f90ae7' } },
  { opts: { interactive: false, sharedBy: 'U42', feedback: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }, sharer: 'U42' },
];
const SHORTENED = '_…shortened to fit in one Slack message._';

/**
 * What is wrong with a meetings message. The shared checkers of ./helpers.js know neither the divider before undated
 * meetings nor the `> ` that quotes the evidence (a Slack blockquote, meant to be a bare `>` at the start of a line),
 * so dividers are counted here and the quote marks removed before they look.
 */
function problems(m: SlackMessage, sharer?: string): string[] {
  const count = m.blocks.length > SLACK_LIMITS.blocks ? [`${m.blocks.length} blocks`] : [];
  const blocks = m.blocks
    .filter((b) => b.type !== 'divider')
    .map((b) =>
      b.type === 'section' && b.text ? { ...b, text: { ...b.text, text: b.text.text.replace(/^> /gm, '') } } : b,
    );
  return [...count, ...limitViolations({ ...m, blocks }), ...escapeViolations({ ...m, blocks }, sharer)];
}
const buttonIds = (m: SlackMessage): string[] =>
  blocksOf(m, 'actions').flatMap((b) => b.elements.flatMap((e) => (e.type === 'button' ? [e.action_id ?? ''] : [])));
/** The context block right after the section that holds `text`. */
function contextAfter(m: SlackMessage, text: string): string[] {
  const i = m.blocks.findIndex((b) => b.type === 'section' && b.text?.text.includes(text));
  const next = m.blocks[i + 1];
  if (i < 0 || next?.type !== 'context') throw new Error(`no context after a section with ${text}`);
  return next.elements.flatMap((e) => ('text' in e ? [e.text] : []));
}

const ZHAPAROV_SECTION = [
  '*Wed 25 Oct 2023* · Bishkek · courtesy call',
  '*Jalil Abbas Jilani* (Caretaker Foreign Minister, Pakistan) with *Sadyr Zhaparov* (President, Kyrgyzstan)',
  '_at_ 22nd meeting of the Council of Heads of Government (CHG) of the Shanghai Cooperation Organization',
  'Topics: current state, Kyrgyz-Pakistani bilateral cooperation',
  '> Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov, and exchanged views on the current state and prospects of Kyrgyz-Pakistani bilateral cooperation.',
].join('\n');
const BRIEFING_000 =
  'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of… · Thu 26 Oct 2023 · 000_0d5f0c5c4968850b.txt';

describe('Block Kit of seed meetings answers', () => {
  it('shows "meetings in Bishkek during 2023" as a summary and a section and context per meeting', () => {
    const m = buildAnswerMessage(ask('meetings in Bishkek during 2023', ctx), interactive);
    expect(m.text).toBe('Meetings in Bishkek, 2023-01-01 to 2023-12-31: 3 meetings');
    expect(m.blocks.map((b) => b.type)).toEqual([
      'section',
      'section',
      'context',
      'section',
      'context',
      'section',
      'context',
      'actions',
    ]);
    expect(sectionTexts(m)[0]).toBe('*Meetings in Bishkek, 2023-01-01 to 2023-12-31* — 3 meetings');
    expect(sectionTexts(m)).toContain(ZHAPAROV_SECTION);
    expect(buttonIds(m)).toEqual([SHARE_ACTION, CSV_ACTION]);
    expect(problems(m)).toEqual([]);
  });

  it('gives the date basis and the citation of a meeting in the context under it', () => {
    const m = buildAnswerMessage(ask('meetings in Bishkek during 2023', ctx), interactive);
    expect(contextAfter(m, 'Sadyr Zhaparov')).toEqual([
      "date from 'on Wednesday', article dated Thu 26 Oct 2023",
      `[1] ${BRIEFING_000} · ¶1`,
    ]);
    expect(contextAfter(m, 'Zhang Ming')).toEqual([
      'date not stated; same occasion as the meeting of Wed 25 Oct 2023 in the same briefing',
      `[2] ${BRIEFING_000} · ¶8`,
    ]);
  });

  it('shows an unnamed participant by title and country, saying the name was not given', () => {
    const m = buildAnswerMessage(ask('meetings in Bishkek during 2023', ctx), interactive);
    expect(sectionTexts(m).join('\n')).toContain(
      '*Jalil Abbas Jilani* (Caretaker Foreign Minister, Pakistan) with *Foreign Minister of Kyrgyzstan* (name not given)',
    );
  });

  it('shows the place with the venue, the kind of meeting, the event and the topics', () => {
    const m = buildAnswerMessage(ask('meetings with Russia', ctx), interactive);
    expect(sectionTexts(m)[0]).toBe('*Meetings with Russia* — 4 meetings');
    const mishustin = sectionTexts(m)[1]!.split('\n');
    expect(mishustin.slice(0, 4)).toEqual([
      '*Wed 16 Oct 2024* · Islamabad, Prime Minister’s House · talks',
      '*Muhammad Shehbaz Sharif* (Prime Minister, Pakistan) with *Mikhail Mishustin* (Prime Minister, Russia)',
      '_at_ 23rd SCO CHG meeting',
      'Topics: trade, industry, energy, connectivity, science, technology, education, cooperation, United Nations, Shanghai Cooperation Organization, direct flights, investment, BRICS',
    ]);
    expect(mishustin[4]).toMatch(
      /^> ISLAMABAD: Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail Mishustin/,
    );
    expect(
      sectionTexts(m)
        .slice(2)
        .map((s) => s.split('\n')[0]),
    ).toEqual([
      '*Wed 14 Jul 2021* · Dushanbe · talks',
      '*September 2020* · Moscow · talks',
      '*June 2019* · Bishkek · talks',
    ]);
  });

  it('cites every source of a meeting, numbered in order', () => {
    const m = buildAnswerMessage(ask('meetings with Russia', ctx), interactive);
    const cited = contextTexts(m).filter((t) => t.startsWith('['));
    expect(cited.map((t) => t.slice(0, t.indexOf(']') + 1))).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]']);
    expect(contextAfter(m, 'here on Wednesday (today)')).toEqual([
      "date from 'on Wednesday (today)', article dated Wed 14 Jul 2021",
      expect.stringMatching(/^\[2\] .* · Wed 14 Jul 2021 · 002_9f8474191b6e5a16\.txt · ¶1$/),
      expect.stringMatching(/^\[3\] .* · 002_9f8474191b6e5a16\.txt · ¶2$/),
    ]);
  });

  it('marks planned meetings "(planned)" and gives the future-tense basis', () => {
    const m = buildAnswerMessage(ask('meetings planned', ctx), interactive);
    const sections = sectionTexts(m);
    expect(sections[1]).toMatch(
      /^\*October 2021 \(planned\)\* · talks\n\*Pakistan\* \(name not given\) with \*China\* \(name not given\)\n_at_ 15th meeting of the China-Pakistan Joint Economic and Trade Commission\n> /,
    );
    expect(sections[2]).toMatch(/^\*September 2021 \(planned\)\* · talks\n/);
    expect(contextTexts(m)).toContain("date 'in October' (future tense), year from the article dated Sat 18 Sep 2021");
  });

  it('puts one "Date not stated" divider before the undated meetings, on the page where they start', () => {
    const page1 = buildAnswerMessage(ask('meetings with Pakistan', ctx, 1), interactive);
    expect(blocksOf(page1, 'divider')).toHaveLength(0);
    expect(sectionTexts(page1)[0]).toBe('*Meetings with Pakistan* — 14 meetings · page 1 of 2');
    expect(buttonIds(page1)).toEqual([SHARE_ACTION, `${PAGE_ACTION}_next`, CSV_ACTION]);

    const page2 = buildAnswerMessage(ask('meetings with Pakistan', ctx, 2), interactive);
    expect(buttonIds(page2)).toEqual([SHARE_ACTION, `${PAGE_ACTION}_prev`, CSV_ACTION]);
    expect(blocksOf(page2, 'divider')).toHaveLength(1);
    const at = page2.blocks.findIndex((b) => b.type === 'divider');
    expect(page2.blocks[at + 1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `*${DATE_NOT_STATED}*` }],
    });
    const before = page2.blocks
      .slice(0, at)
      .filter((b) => b.type === 'section')
      .slice(1);
    const after = page2.blocks.slice(at).filter((b) => b.type === 'section');
    expect(before.every((b) => b.type === 'section' && !b.text?.text.startsWith('*date not stated*'))).toBe(true);
    expect(after).toHaveLength(3);
    expect(after.every((b) => b.type === 'section' && b.text?.text.startsWith('*date not stated*'))).toBe(true);
    expect(problems(page2)).toEqual([]);
  });

  it('shows an undated meeting without a basis: the context holds its citation only', () => {
    const m = buildAnswerMessage(ask('meetings with Tokayev', ctx), interactive);
    expect(sectionTexts(m)[1]).toMatch(
      /^\*date not stated\* · presidential palace Akorda · courtesy call\n\*Ishaq Dar\* \(Foreign Minister and Deputy Prime Minister, Pakistan\) with \*Kassym-Jomart Tokayev\* \(President, Kazakhstan\)\n/,
    );
    expect(contextAfter(m, 'Kassym-Jomart Tokayev')).toEqual([
      expect.stringMatching(
        /^\[1\] Ishaq Dar Key Diplomatic Visit to Bishkek · undated · 001_df728569922fd480\.txt · ¶7$/,
      ),
    ]);
  });

  it('lists a timeline oldest first under "Timeline of …"', () => {
    const m = buildAnswerMessage(ask('timeline Lavrov', ctx), interactive);
    expect(sectionTexts(m)[0]).toBe('*Timeline of Lavrov* — 3 meetings');
    expect(
      sectionTexts(m)
        .slice(1)
        .map((s) => s.split('\n')[0]),
    ).toEqual([
      '*June 2019* · Bishkek · talks',
      '*September 2020* · Moscow · talks',
      '*Wed 14 Jul 2021* · Dushanbe · talks',
    ]);
    expect(sectionTexts(m)[1]).toContain('_at_ Shanghai Cooperation Organization (SCO) Summit');
  });

  it('says no meeting matches, naming the filter, when nothing does', () => {
    const m = buildAnswerMessage(ask('meetings with Lavrov in Islamabad', ctx), interactive);
    expect(sectionTexts(m)).toEqual([
      `${NO_MEETINGS}: Meetings with Lavrov, in Islamabad. Try fewer filters, or \`/brief search\` for any mention.`,
    ]);
    expect(buttonIds(m)).not.toContain(`${PAGE_ACTION}_next`);
  });

  it('shows a bad period as a warning without buttons', () => {
    const m = buildAnswerMessage(ask('meetings during blah', ctx), interactive);
    expect(m.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: `:warning: ${badPeriodMessage('blah')}` } },
    ]);
  });

  it('shares a meetings answer without buttons, saying who shared which command', () => {
    const m = buildAnswerMessage(ask('meetings with Russia', ctx), { interactive: false, sharedBy: 'U42' });
    expect(contextTexts(m)[0]).toBe('<@U42> shared `/brief meetings with Russia`');
    expect(blocksOf(m, 'actions')).toHaveLength(0);
    expect(problems(m, 'U42')).toEqual([]);
  });

  it('gives a shared meetings answer with an id Export CSV, 👍 and 👎, but neither Share nor paging', () => {
    const m = buildAnswerMessage(ask('meetings with Pakistan', ctx), {
      interactive: false,
      sharedBy: 'U42',
      feedback: 'answer-1',
    });
    expect(buttonIds(m)).toEqual([CSV_ACTION, `${VOTE_ACTION}_up`, `${VOTE_ACTION}_down`]);
    const [csv, up, down] = blocksOf(m, 'actions')[0]!.elements as { value?: string; text?: { text: string } }[];
    expect(JSON.parse(csv!.value!)).toEqual({ c: 'meetings with Pakistan', p: 1 });
    expect([up!.text!.text, down!.text!.text]).toEqual(['👍', '👎']);
    expect([up!.value, down!.value]).toEqual(['{"a":"answer-1"}', '{"a":"answer-1"}']);
  });

  it('offers no Export CSV when no meeting matches', () => {
    const m = buildAnswerMessage(ask('meetings in Atlantis', ctx), { interactive: true, feedback: 'answer-1' });
    expect(buttonIds(m)).toEqual([SHARE_ACTION, `${VOTE_ACTION}_up`, `${VOTE_ACTION}_down`]);
  });
});

/** A hand-built meeting. */
function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    status: 'held',
    kind: 'talks',
    date: { year: 2023, month: 10, day: 25 },
    dateText: 'on Wednesday',
    dateBasis: "from 'on Wednesday', article dated Thu 26 Oct 2023",
    location: 'Bishkek',
    participants: [
      { name: 'Jalil Abbas Jilani', title: 'Caretaker Foreign Minister', country: 'Pakistan' },
      { name: 'Sadyr Zhaparov', title: 'President', country: 'Kyrgyzstan' },
    ],
    topics: ['trade'],
    sources: [
      { articleId: '001_abc', file: '001_abc.txt', paragraph: 3, sentence: 'Jilani called on Zhaparov on Wednesday.' },
    ],
    ...over,
  };
}

/** A hand-built meetings answer: each meeting cites one citation per source, numbered from 1. */
function meetingsAnswer(
  meetings: Meeting[],
  over: Partial<AnswerOf<'meetings'>> & { command?: string; notice?: string } = {},
): Answer {
  let n = 0;
  const citations: Citation[] = [];
  const items: MeetingItem[] = meetings.map((m) => ({
    meeting: m,
    citations: m.sources.map((s) => {
      n += 1;
      citations.push(citation(n, { articleId: s.articleId, file: s.file, paragraph: s.paragraph }));
      return n;
    }),
  }));
  return {
    kind: 'meetings',
    command: 'meetings in Bishkek',
    description: 'Meetings in Bishkek',
    timeline: false,
    items,
    citations,
    page: 1,
    pageCount: 1,
    total: items.length,
    ...over,
  };
}

describe('Block Kit of hand-built meetings answers', () => {
  it('writes one meeting as date · place · kind, who with whom, event, topics and the evidence as a quote', () => {
    const m = meeting({ venue: 'Ala Archa', event: 'SCO summit', topics: ['trade', 'energy'] });
    expect(buildMeetingText({ meeting: m, citations: [1] }, m.sources[0]!.sentence)).toBe(
      [
        '*Wed 25 Oct 2023* · Bishkek, Ala Archa · talks',
        '*Jalil Abbas Jilani* (Caretaker Foreign Minister, Pakistan) with *Sadyr Zhaparov* (President, Kyrgyzstan)',
        '_at_ SCO summit',
        'Topics: trade, energy',
        '> Jilani called on Zhaparov on Wednesday.',
      ].join('\n'),
    );
  });

  it('leaves out the place, event, topics and quote when there are none', () => {
    const m = meeting({ location: undefined, topics: [], sources: [] });
    expect(buildMeetingText({ meeting: m, citations: [] }, undefined)).toBe(
      '*Wed 25 Oct 2023* · talks\n*Jalil Abbas Jilani* (Caretaker Foreign Minister, Pakistan) with *Sadyr Zhaparov* (President, Kyrgyzstan)',
    );
  });

  it.each<[Meeting['kind'], string]>([
    ['talks', 'talks'],
    ['call-on', 'courtesy call'],
    ['visit', 'visit'],
    ['telephone', 'telephone call'],
  ])('names a meeting of kind %j "%s"', (kind, label) => {
    expect(KIND_LABELS[kind]).toBe(label);
    expect(buildMeetingText({ meeting: meeting({ kind }), citations: [] }, undefined).split('\n')[0]).toBe(
      `*Wed 25 Oct 2023* · Bishkek · ${label}`,
    );
  });

  it('lists three or more participants as the first with the others', () => {
    const m = meeting({
      participants: [
        { name: 'A One' },
        { name: 'B Two', title: 'President' },
        { name: 'C Three', organization: 'SCO', country: 'China' },
      ],
    });
    expect(buildMeetingText({ meeting: m, citations: [] }, undefined).split('\n')[1]).toBe(
      '*A One* (country unknown) with *B Two* (President, country unknown), *C Three* (SCO)',
    );
  });

  it.each<[Participant, { name: string; role: string }]>([
    [
      { title: 'Foreign Minister', country: 'Kyrgyzstan' },
      { name: 'Foreign Minister of Kyrgyzstan', role: 'name not given' },
    ],
    [
      { title: 'Secretary-General', organization: 'SCO', country: 'China' },
      { name: 'Secretary-General of SCO', role: 'name not given' },
    ],
    [{ country: 'China' }, { name: 'China', role: 'name not given' }],
    [{ title: 'President' }, { name: 'President', role: 'name not given' }],
    [{}, { name: 'unnamed official', role: 'name not given' }],
    [
      { name: 'Sergey Lavrov', title: 'Foreign Minister', country: 'Russia' },
      { name: 'Sergey Lavrov', role: 'Foreign Minister, Russia' },
    ],
    [{ name: 'Sergey Lavrov' }, { name: 'Sergey Lavrov', role: 'country unknown' }],
    [
      { name: 'Jam Kamal Khan', title: 'Commerce Minister' },
      { name: 'Jam Kamal Khan', role: 'Commerce Minister, country unknown' },
    ],
  ])('writes participant %j as %j', (p, expected) => {
    expect(participantParts(p)).toEqual(expected);
  });

  it('writes the date at its own precision, "date not stated" when there is none, "(planned)" when planned', () => {
    expect(meetingDateLabel(meeting({ date: { year: 2021, month: 9 } }))).toBe('September 2021');
    expect(meetingDateLabel(meeting({ date: { year: 2022 } }))).toBe('2022');
    expect(meetingDateLabel(meeting({ date: undefined }))).toBe('date not stated');
    expect(meetingDateLabel(meeting({ status: 'planned', date: { year: 2021, month: 10 } }))).toBe(
      'October 2021 (planned)',
    );
    expect(meetingDateLabel(meeting({ status: 'planned', date: undefined }))).toBe('date not stated (planned)');
    expect(meetingPlace(meeting({ location: 'by telephone' }))).toBe('by telephone');
    expect(meetingPlace(meeting({ location: undefined, venue: undefined }))).toBeUndefined();
  });

  it('shows the basis first in the context, then the citations, a link to the source when there is one', () => {
    const a = meetingsAnswer([meeting()], {});
    if (a.kind !== 'meetings') throw new Error('meetings');
    a.citations[0] = { ...a.citations[0]!, url: 'https://example.org/briefing' };
    const m = buildAnswerMessage(a, interactive);
    expect(contextTexts(m)).toEqual([
      "date from 'on Wednesday', article dated Thu 26 Oct 2023",
      '[1] Title 1 · Wed 14 Jul 2021 · 001_abc.txt · ¶3 · <https://example.org/briefing|source>',
    ]);
  });

  it('keeps a context to ten elements when a meeting has many sources', () => {
    const sources = Array.from({ length: 12 }, (_, i) => ({
      articleId: `a${i}`,
      file: `a${i}.txt`,
      paragraph: i + 1,
      sentence: `Sentence ${i}.`,
    }));
    const m = buildAnswerMessage(meetingsAnswer([meeting({ sources })]), interactive);
    const [context] = blocksOf(m, 'context');
    expect(context!.elements).toHaveLength(10);
    expect(context!.elements[0]).toMatchObject({ text: "date from 'on Wednesday', article dated Thu 26 Oct 2023" });
    expect(context!.elements[9]).toMatchObject({ text: expect.stringMatching(/^\[9\] /) });
  });

  it('escapes hostile participant names, titles, places, events, topics, evidence and bases', () => {
    const hostile = meeting({
      participants: [
        { name: '<!channel> & co', title: '<@U123>', country: 'A&B' },
        { title: '<!here>', country: '<#C1>' },
      ],
      location: '<https://evil.example|click>',
      venue: 'Hall > 2',
      event: 'Summit <!everyone> & friends',
      topics: ['a & b', '<script>'],
      dateBasis: "from '<tomorrow>' & more",
      sources: [{ articleId: '001_abc', file: '<b>.txt', paragraph: 1, sentence: '<!channel> said 1 < 2 & 3 > 2.' }],
    });
    const a = meetingsAnswer([hostile], {
      description: 'Meetings with <!channel> & <@U1>',
      command: 'meetings with <!channel>',
    });
    for (const { opts, sharer } of MODES) {
      const m = buildAnswerMessage(a, opts);
      expect(problems(m, sharer)).toEqual([]);
    }
    const m = buildAnswerMessage(a, interactive);
    const section = sectionTexts(m)[1]!;
    expect(section).toContain(
      '*&lt;!channel&gt; &amp; co* (&lt;@U123&gt;, A&amp;B) with *&lt;!here&gt; of &lt;#C1&gt;* (name not given)',
    );
    expect(section).toContain('· &lt;https://evil.example|click&gt;, Hall &gt; 2 ·');
    expect(section).toContain('_at_ Summit &lt;!everyone&gt; &amp; friends');
    expect(section).toContain('Topics: a &amp; b, &lt;script&gt;');
    expect(section).toContain('> &lt;!channel&gt; said 1 &lt; 2 &amp; 3 &gt; 2.');
    expect(sectionTexts(m)[0]).toBe('*Meetings with &lt;!channel&gt; &amp; &lt;@U1&gt;* — 1 meeting');
    expect(contextTexts(m)).toContain("date from '&lt;tomorrow&gt;' &amp; more");
    expect(m.text).toBe('Meetings with &lt;!channel&gt; &amp; &lt;@U1&gt;: 1 meeting');
  });

  it('clips long names, places, events, topics and evidence, each to its own length', () => {
    const long = (word: string, n: number): string => Array.from({ length: n }, () => word).join(' ');
    const m = meeting({
      participants: [{ name: long('Name', 60), title: long('Title', 60), country: 'Pakistan' }, { name: 'B' }],
      location: long('Place', 60),
      event: long('Event', 100),
      topics: [long('topic', 200)],
      sources: [{ articleId: 'a', file: 'a.txt', paragraph: 1, sentence: long('word', 200) }],
    });
    const lines = buildMeetingText({ meeting: m, citations: [] }, m.sources[0]!.sentence).split('\n');
    const name = /^\*([^*]+)\* \(([^)]+)\)/.exec(lines[1]!)!;
    expect([...name[1]!].length).toBeLessThanOrEqual(80);
    expect(name[1]).toMatch(/…$/);
    expect([...name[2]!].length).toBeLessThanOrEqual(120);
    expect(lines[2]!.length).toBeLessThanOrEqual('_at_ '.length + 200);
    expect(lines[3]!.length).toBeLessThanOrEqual('Topics: '.length + 400);
    expect(lines[4]!.length).toBeLessThanOrEqual('> '.length + 300);
    expect(lines[4]).toMatch(/…$/);
  });

  it('fits 30 meetings of long texts in one message: at most 50 blocks and 12 000 characters, a note, the buttons last', () => {
    const big = (i: number): Meeting =>
      meeting({
        id: `m${i}`,
        date: i < 25 ? { year: 2020 + (i % 5), month: 1 + (i % 12) } : undefined,
        dateBasis: `as written: '${'in the second half of the year '.repeat(20)}'`,
        location: `City ${i} `.repeat(30),
        venue: 'Hall & Annex '.repeat(30),
        event: `<Event ${i}> `.repeat(100),
        participants: Array.from({ length: 6 }, (_, j) => ({
          name: `Person ${i}-${j} `.repeat(20),
          title: 'Deputy Chairman of the Cabinet of Ministers '.repeat(5),
          country: 'Kyrgyzstan',
        })),
        topics: Array.from({ length: 40 }, (_, j) => `topic & theme ${j}`),
        sources: Array.from({ length: 12 }, (_, j) => ({
          articleId: `a${i}-${j}`,
          file: `${'f'.repeat(200)}.txt`,
          paragraph: j + 1,
          sentence: 'A very long sentence <with> & markup. '.repeat(80),
        })),
      });
    const a = meetingsAnswer(
      Array.from({ length: 30 }, (_, i) => big(i)),
      { page: 2, pageCount: 3, total: 90 },
    );
    if (a.kind !== 'meetings') throw new Error('meetings');
    a.citations.forEach((c) =>
      Object.assign(c, { title: 'A long <title> & more '.repeat(20), url: 'https://example.org/a' }),
    );
    for (const { opts, sharer } of MODES) {
      const m = buildAnswerMessage(a, opts);
      expect(problems(m, sharer)).toEqual([]);
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(contextTexts(m)).toContain(SHORTENED);
      const votes = opts.feedback ? [`${VOTE_ACTION}_up`, `${VOTE_ACTION}_down`] : [];
      if (opts.interactive) {
        expect(m.blocks[m.blocks.length - 1]!.type).toBe('actions');
        expect(buttonIds(m)).toEqual([
          SHARE_ACTION,
          `${PAGE_ACTION}_prev`,
          `${PAGE_ACTION}_next`,
          CSV_ACTION,
          ...votes,
        ]);
      } else if (opts.feedback) {
        expect(m.blocks[m.blocks.length - 1]!.type).toBe('actions');
        expect(buttonIds(m)).toEqual([CSV_ACTION, ...votes]);
      }
    }
  });

  it('stays within the limits and escaped for generated hostile meetings', () => {
    const SPECIAL = [
      '<!channel>',
      '<!here>',
      '<@U123>',
      '<#C1>',
      '<https://evil.example|x>',
      '<',
      '>',
      '&',
      '&amp;',
      '*',
      '_',
      '`',
      '😀',
      '\u202e',
      'Lavrov',
      ' ',
    ];
    const hostile = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.array(fc.constantFrom(...SPECIAL), { maxLength: 30 }).map((ws) => ws.join('')),
      fc.string({ unit: fc.constantFrom('<', '>', '&', ' ', 'a', ';', 'amp'), minLength: 500, maxLength: 3000 }),
    );
    const opt = fc.option(hostile, { nil: undefined });
    const participant = fc.record({ name: opt, title: opt, country: opt, organization: opt });
    const source = fc.record({
      articleId: hostile,
      file: hostile,
      paragraph: fc.integer({ min: 1, max: 999 }),
      sentence: hostile,
    });
    const arbMeeting = fc
      .record({
        status: fc.constantFrom('held' as const, 'planned' as const),
        kind: fc.constantFrom('talks' as const, 'call-on' as const, 'visit' as const, 'telephone' as const),
        dated: fc.boolean(),
        dateBasis: opt,
        location: opt,
        venue: opt,
        event: opt,
        participants: fc.array(participant, { minLength: 1, maxLength: 5 }),
        topics: fc.array(hostile, { maxLength: 5 }),
        sources: fc.array(source, { minLength: 1, maxLength: 12 }),
      })
      .map(({ dated, ...m }): Meeting => ({
        id: 'x',
        ...m,
        ...(dated ? { date: { year: 2021, month: 7, day: 14 } } : {}),
      }));
    fc.assert(
      fc.property(
        fc.array(arbMeeting, { minLength: 1, maxLength: 12 }),
        hostile,
        fc.integer({ min: 1, max: 5 }),
        (meetings, description, page) => {
          const a = meetingsAnswer(meetings, { description, command: description, page, pageCount: 5, total: 40 });
          for (const { opts, sharer } of MODES) {
            const m = buildAnswerMessage(a, opts);
            const found = problems(m, sharer);
            if (found.length > 0) throw new Error(found.slice(0, 5).join('\n'));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('console text of meetings answers', () => {
  it('shows "meetings in Bishkek during 2023" with each meeting, its basis and citation indented under it', () => {
    const lines = renderText(ask('meetings in Bishkek during 2023', ctx), STAR_BOLD).split('\n');
    expect(lines[0]).toBe('Meetings in Bishkek, 2023-01-01 to 2023-12-31 — 3 meetings');
    const at = lines.indexOf('*Wed 25 Oct 2023* · Bishkek · courtesy call');
    expect(lines.slice(at - 1, at + 7)).toEqual([
      '',
      '*Wed 25 Oct 2023* · Bishkek · courtesy call',
      '  *Jalil Abbas Jilani* (Caretaker Foreign Minister, Pakistan) with *Sadyr Zhaparov* (President, Kyrgyzstan)',
      '  at 22nd meeting of the Council of Heads of Government (CHG) of the Shanghai Cooperation Organization',
      '  topics: current state, Kyrgyz-Pakistani bilateral cooperation',
      '  "Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov, and exchanged views on the current state and prospects of Kyrgyz-Pakistani bilateral cooperation."',
      "  date from 'on Wednesday', article dated Thu 26 Oct 2023",
      `  [1] ${BRIEFING_000} · ¶1`,
    ]);
    expect(lines).toContain(
      '  *Jalil Abbas Jilani* (Caretaker Foreign Minister, Pakistan) with *Foreign Minister of Kyrgyzstan* (name not given)',
    );
    expect(lines.join('\n')).not.toMatch(/More: type "more"/);
  });

  it('marks planned meetings and puts "Date not stated" once before the undated ones', () => {
    const planned = renderText(ask('meetings planned', ctx), STAR_BOLD).split('\n');
    expect(planned).toContain('*October 2021 (planned)* · talks');
    expect(planned).toContain('  *Pakistan* (name not given) with *China* (name not given)');
    const all = renderText(ask('meetings with Pakistan', ctx, 2), STAR_BOLD).split('\n');
    expect(all.filter((l) => l === `— ${DATE_NOT_STATED} —`)).toHaveLength(1);
    const divider = all.indexOf(`— ${DATE_NOT_STATED} —`);
    expect(all.slice(divider).filter((l) => l.startsWith('*date not stated*'))).toHaveLength(3);
    expect(all.slice(0, divider).filter((l) => l.startsWith('*date not stated*'))).toHaveLength(0);
  });

  it('says how to see the next page', () => {
    const text = renderText(ask('meetings with Pakistan', ctx, 1), STAR_BOLD);
    expect(text.split('\n')[0]).toBe('Meetings with Pakistan — 14 meetings · page 1 of 2');
    expect(text).toMatch(/More: type "more" for page 2\.$/);
  });

  it('bolds dates and names with ANSI on a terminal', () => {
    const text = renderText(ask('timeline Lavrov', ctx), ANSI_BOLD);
    expect(text).toContain('\u001b[1mJune 2019\u001b[22m · Bishkek · talks');
    expect(text).toContain(
      '  \u001b[1mShah Mahmood Qureshi\u001b[22m (Foreign Minister, Pakistan) with \u001b[1mSergey Lavrov\u001b[22m (Foreign Minister, Russia)',
    );
  });

  it('says no meeting matches, and shows errors with "!"', () => {
    expect(renderText(ask('meetings with Lavrov in Islamabad', ctx), STAR_BOLD)).toBe(
      `${NO_MEETINGS}: Meetings with Lavrov, in Islamabad.`,
    );
    expect(renderText(ask('meetings during blah', ctx), STAR_BOLD)).toBe(`! ${badPeriodMessage('blah')}`);
  });

  it('strips escape sequences, control characters and bidi overrides from meeting text', () => {
    const evil = meeting({
      participants: [{ name: 'Evil\u001b[2J Name', title: 'Min\u0007ister', country: 'Pa\u202ekistan' }],
      event: 'Summit\u001b]0;pwned\u0007',
      topics: ['tr\u0000ade'],
      location: 'Bish\u0008kek',
      dateBasis: 'basis\u001b[31m red',
      sources: [{ articleId: 'a', file: 'a\u001b[1m.txt', paragraph: 1, sentence: 'Said \u202ethis\u202c.' }],
    });
    const text = renderText(meetingsAnswer([evil], { description: 'Meetings \u001b[31mred' }), STAR_BOLD);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('*Wed 25 Oct 2023* · Bishkek · talks');
    expect(text).toContain('  *Evil Name* (Minister, Pakistan)');
    expect(text).toContain('  at Summit');
    expect(text).toContain('  topics: trade');
    expect(text).toContain('  "Said this."');
    expect(text).toContain('  date basis red');
    expect(text.split('\n')[0]).toBe('Meetings red — 1 meeting');
  });
});
