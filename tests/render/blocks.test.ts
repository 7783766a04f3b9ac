import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { ask } from '../../src/ask/answer.js';
import {
  HELP_LINES,
  NO_SUGGESTION_TIPS,
  NOTHING_MATCHED,
  PARTIAL_MATCH,
  SOURCE_WHICH,
} from '../../src/ask/messages.js';
import type { Answer } from '../../src/ask/types.js';
import {
  buildAnswerMessage,
  buildCitationText,
  buildNoticeMessage,
  chunkLines,
  mentionUser,
  splitAtSpaces,
} from '../../src/render/blocks.js';
import { decodeButtonValue, encodeButtonValue, PAGE_ACTION, SHARE_ACTION } from '../../src/render/buttons.js';
import { blockChars, fitMessage, SLACK_LIMITS, type SlackMessage } from '../../src/render/limits.js';
import { clipMrkdwn, escapeSlack, excerptMrkdwn, slackLink } from '../../src/render/mrkdwn.js';
import { clipText } from '../../src/text/clip.js';
import {
  blocksOf,
  citation,
  contextTexts,
  escapeViolations,
  item,
  limitViolations,
  loadSeeds,
  searchAnswer,
  sectionTexts,
  type Block,
} from './helpers.js';

let ctx: AskContext;
let logs: string[];
beforeAll(async () => {
  ({ ctx, logs } = await loadSeeds());
});

const seedAnswer = (text: string, page = 1): Answer => ask(text, ctx, page);
const interactive = { interactive: true } as const;
const buttons = (m: SlackMessage) =>
  blocksOf(m, 'actions').flatMap((b) => b.elements.filter((e) => e.type === 'button'));
const SHORTENED = '_…shortened to fit in one Slack message._';

describe('buildAnswerMessage with seed answers', () => {
  it('loads the seed corpus without warnings', () => {
    expect(logs).toEqual([]);
  });

  it('shows a search for CASA-1000 as a summary, the matching passage with the hit in bold, and its citation', () => {
    const m = buildAnswerMessage(seedAnswer('/brief search CASA-1000'), interactive);
    const sections = sectionTexts(m);
    expect(sections[0]).toBe('*1 briefing* match `CASA-1000`');
    expect(sections[1]).toMatch(/^\*Ishaq Dar Key Diplomatic Visit to Bishkek\*\n/);
    expect(sections[1]).toContain('*CASA-1000*');
    expect(contextTexts(m)).toContain(
      '[1] Ishaq Dar Key Diplomatic Visit to Bishkek · undated · 001_df728569922fd480.txt · ¶7',
    );
    expect(m.text).toBe('1 briefing match CASA-1000');
    expect(limitViolations(m)).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
  });

  it('escapes the ampersand of the seed excerpt as an entity', () => {
    const m = buildAnswerMessage(seedAnswer('search CASA-1000'), interactive);
    expect(sectionTexts(m)[1]).toContain('relationships &amp; regional harmony');
  });

  it('gives an interactive answer a Share button whose value decodes to the command and page', () => {
    const m = buildAnswerMessage(seedAnswer('/brief search CASA-1000'), interactive);
    expect(m.blocks.at(-1)?.type).toBe('actions');
    const [share, ...rest] = buttons(m);
    expect(rest).toEqual([]);
    expect(share).toMatchObject({
      action_id: SHARE_ACTION,
      style: 'primary',
      text: { type: 'plain_text', text: 'Share in channel' },
    });
    expect(decodeButtonValue(share?.value)).toEqual({ command: 'search CASA-1000', page: 1 });
  });

  it('gives a non-interactive answer no buttons', () => {
    const m = buildAnswerMessage(seedAnswer('search CASA-1000'), { interactive: false });
    expect(blocksOf(m, 'actions')).toEqual([]);
    expect(contextTexts(m).some((t) => t.includes('shared'))).toBe(false);
  });

  it('says who shared a shared answer and what they asked, and gives it no actions block', () => {
    const m = buildAnswerMessage(seedAnswer('search CASA-1000'), { interactive: false, sharedBy: 'U42' });
    expect(contextTexts(m)[0]).toBe('<@U42> shared `/brief search CASA-1000`');
    expect(m.blocks[0]?.type).toBe('context');
    expect(blocksOf(m, 'actions')).toEqual([]);
    expect(escapeViolations(m, 'U42')).toEqual([]);
  });

  it('escapes an invalid sharedBy instead of turning it into a mention', () => {
    const m = buildAnswerMessage(seedAnswer('search CASA-1000'), { interactive: false, sharedBy: '<!channel>' });
    expect(contextTexts(m)[0]).toBe('&lt;!channel&gt; shared `/brief search CASA-1000`');
    expect(escapeViolations(m)).toEqual([]);
    expect(mentionUser('U42')).toBe('<@U42>');
    expect(mentionUser('W0ABC')).toBe('<@W0ABC>');
    expect(mentionUser('u42')).toBe('u42');
    expect(mentionUser('U42> <!here')).toBe('U42&gt; &lt;!here');
  });

  it('escapes the command quoted in a shared answer', () => {
    const m = buildAnswerMessage(seedAnswer('search <!channel> & Pakistan'), { interactive: false, sharedBy: 'U42' });
    expect(contextTexts(m)[0]).toBe('<@U42> shared `/brief search &lt;!channel&gt; &amp; Pakistan`');
    expect(escapeViolations(m, 'U42')).toEqual([]);
  });

  it('shows help as a header and one line a command, with no buttons even when interactive', () => {
    const m = buildAnswerMessage(seedAnswer('help'), interactive);
    expect(m.text).toBe('briefbot help');
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'briefbot help' } });
    const lines = sectionTexts(m)[0]?.split('\n') ?? [];
    expect(lines).toHaveLength(HELP_LINES.length);
    expect(lines[0]).toMatch(/^`\/brief search &lt;terms&gt;` — search the briefings/);
    expect(lines).toContain(
      "`/brief digest off | status | now` — stop the daily digest, see it, or get today's digest now",
    );
    expect(blocksOf(m, 'actions')).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
  });

  it('lists the five seed briefings as sources, newest first, each with its date and paragraph count', () => {
    const m = buildAnswerMessage(seedAnswer('sources'), interactive);
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Briefings (5)' } });
    const rows = sectionTexts(m).join('\n').split('\n');
    expect(rows).toHaveLength(5);
    for (const row of rows)
      expect(row).toMatch(
        /^• \*[^*]+\* — (?:\w{3} \d{1,2} \w{3} \d{4}|undated) · `\d{3}_[0-9a-f]{16}` · \d+ paragraphs? · [1-9]\d* meetings?$/,
      );
    expect(rows.map((r) => /`(\d{3})_/.exec(r)?.[1])).toEqual(['003', '000', '004', '002', '001']);
    expect(rows[0]).toContain('Thu 17 Oct 2024');
    expect(rows[4]).toContain('— undated ·');
    expect(decodeButtonValue(buttons(m)[0]?.value)).toEqual({ command: 'sources', page: 1 });
  });

  it('shows one source with its title as header, its date and file, numbered paragraphs and headings in bold', () => {
    const m = buildAnswerMessage(seedAnswer('source 001'), interactive);
    expect(m.blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'Ishaq Dar Key Diplomatic Visit to Bishkek' },
    });
    expect(contextTexts(m)[0]).toBe('undated · `001_df728569922fd480.txt`');
    const sections = sectionTexts(m);
    expect(sections.map((s) => /^`¶(\d+)` /.exec(s)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(sections[1]).toBe('`¶2` *Diplomatic Engagements and Advocacy*');
    expect(sections[3]).toBe('`¶4` *Participation in the Shanghai Cooperation Organization (SCO)*');
    expect(sections[5]).toBe('`¶6` *Meetings held in Kazakhstan &amp; Tajikistan*');
    expect(sections[0]).not.toMatch(/^`¶1` \*/);
    expect(m.text).toBe('Ishaq Dar Key Diplomatic Visit to Bishkek');
    expect(limitViolations(m)).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
  });

  it('shows a dated source with its date', () => {
    const m = buildAnswerMessage(seedAnswer('source 003'), interactive);
    expect(contextTexts(m)[0]).toMatch(/^Thu 17 Oct 2024 · `003_11be3f15fbbdd326\.txt`/);
  });

  it('shows an error as a warning section with no buttons', () => {
    const m = buildAnswerMessage(seedAnswer('source'), interactive);
    expect(sectionTexts(m)).toEqual([`:warning: ${escapeSlack(SOURCE_WHICH)}`]);
    expect(blocksOf(m, 'actions')).toEqual([]);
    expect(m.text).toBe(SOURCE_WHICH);
  });

  it('shows a bad date filter as an error naming the filter', () => {
    const m = buildAnswerMessage(seedAnswer('search Lavrov from:2024-13'), interactive);
    expect(sectionTexts(m)[0]).toMatch(/^:warning: `from:2024-13` is not a date filter/);
  });

  it('escapes user text inside an error message', () => {
    const m = buildAnswerMessage(seedAnswer('source <!here>'), interactive);
    expect(sectionTexts(m)[0]).toContain('`&lt;!here&gt;`');
    expect(escapeViolations(m)).toEqual([]);
  });

  it('says nothing matched, with the escaped query, when a search finds nothing', () => {
    const m = buildAnswerMessage(seedAnswer('search zzqqxx <@U123>'), interactive);
    const text = sectionTexts(m)[0] ?? '';
    expect(text.startsWith(`${NOTHING_MATCHED} \`zzqqxx &lt;@U123&gt;\``)).toBe(true);
    expect(escapeViolations(m)).toEqual([]);
  });

  it('shows the date range of a search with a date filter', () => {
    const m = buildAnswerMessage(seedAnswer('search Lavrov in:2021'), interactive);
    expect(sectionTexts(m)[0]).toMatch(/match `Lavrov` \(2021-01-01 to 2021-12-31\)$/);
  });

  it('shows the notice about shortened input, escaped', () => {
    const m = buildAnswerMessage(seedAnswer(`Pakistan ${'x'.repeat(600)}`), interactive);
    expect(contextTexts(m)[0]).toMatch(/^Your text had 609 characters; briefbot read the first 500\.$/);
  });
});

describe('buildAnswerMessage with hand-built answers', () => {
  it('escapes &, < and > in an article title and excerpt', () => {
    const a = searchAnswer({
      items: [
        item(1, {
          title: 'A & B <!channel> > C',
          excerpt: [
            { text: 'x <@U123> & ', hit: false },
            { text: '<b>', hit: true },
          ],
        }),
      ],
    });
    const m = buildAnswerMessage(a, interactive);
    expect(sectionTexts(m)[1]).toBe('*A &amp; B &lt;!channel&gt; &gt; C*\nx &lt;@U123&gt; &amp; *&lt;b&gt;*');
    expect(contextTexts(m)[0]).toBe('[1] A &amp; B &lt;!channel&gt; &gt; C · Wed 14 Jul 2021 · 001_abc.txt · ¶3');
    expect(escapeViolations(m)).toEqual([]);
  });

  it('turns a source URL into a <url|source> link in the citation', () => {
    const a = searchAnswer({ citations: [citation(1, { url: 'https://example.com/a?b=1' })] });
    const m = buildAnswerMessage(a, interactive);
    expect(contextTexts(m)[0]).toBe(
      '[1] Title 1 · Wed 14 Jul 2021 · 001_abc.txt · ¶3 · <https://example.com/a?b=1|source>',
    );
    expect(escapeViolations(m)).toEqual([]);
  });

  it('links the source URL of a sources row and of a source answer', () => {
    const sources: Answer = {
      kind: 'sources',
      command: 'sources',
      rows: [{ id: '001_x', file: '001_x.md', title: 'T', paragraphs: 1, meetings: 2, url: 'https://e.org/x' }],
      warnings: [],
      page: 1,
      pageCount: 1,
      total: 1,
    };
    expect(sectionTexts(buildAnswerMessage(sources, interactive))[0]).toBe(
      '• *T* — undated · `001_x` · 1 paragraph · 2 meetings · <https://e.org/x|source>',
    );
    const source: Answer = {
      kind: 'source',
      command: 'source 001',
      page: 1,
      pageCount: 1,
      total: 1,
      article: {
        id: '001_x',
        file: '001_x.md',
        title: 'T',
        titleDerived: false,
        source: 'https://e.org/x',
        contentHash: 'h',
      },
      paragraphs: [{ n: 1, text: 'Text', sentences: [], heading: false }],
    };
    expect(contextTexts(buildAnswerMessage(source, interactive))[0]).toBe(
      'undated · `001_x.md` · <https://e.org/x|source>',
    );
  });

  it('escapes the title of a source answer in its header', () => {
    const source: Answer = {
      kind: 'source',
      command: 'source 001',
      page: 1,
      pageCount: 1,
      total: 1,
      article: {
        id: '001_x',
        file: '001_x.md',
        title: 'Talks <!channel> & more',
        titleDerived: false,
        contentHash: 'h',
      },
      paragraphs: [{ n: 1, text: 'Text <@U123>', sentences: [], heading: false }],
    };
    const m = buildAnswerMessage(source, interactive);
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Talks &lt;!channel&gt; &amp; more' } });
    expect(escapeViolations(m)).toEqual([]);
  });

  it('clips a long escaped header without splitting an entity', () => {
    const source: Answer = {
      kind: 'source',
      command: 'source 001',
      page: 1,
      pageCount: 1,
      total: 1,
      article: { id: '001_x', file: '001_x.md', title: '<&>'.repeat(100), titleDerived: false, contentHash: 'h' },
      paragraphs: [{ n: 1, text: 'Text', sentences: [], heading: false }],
    };
    const m = buildAnswerMessage(source, interactive);
    const [head] = blocksOf(m, 'header');
    expect(head?.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(head?.text.text).toMatch(/^(?:&lt;|&amp;|&gt;)+…$/);
    expect(limitViolations(m)).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
  });

  it('gives a first page of several a More results button and a middle page a Previous button too', () => {
    const first = buildAnswerMessage(searchAnswer({ page: 1, pageCount: 3, total: 15 }), interactive);
    expect(buttons(first).map((b) => [b.text.text, b.action_id, decodeButtonValue(b.value)])).toEqual([
      ['Share in channel', SHARE_ACTION, { command: 'search CASA-1000', page: 1 }],
      ['More results', `${PAGE_ACTION}_next`, { command: 'search CASA-1000', page: 2 }],
    ]);
    expect(sectionTexts(first)[0]).toBe('*15 briefings* match `CASA-1000` · page 1 of 3');
    const middle = buildAnswerMessage(searchAnswer({ page: 2, pageCount: 3, total: 15 }), interactive);
    expect(buttons(middle).map((b) => [b.text.text, decodeButtonValue(b.value)?.page])).toEqual([
      ['Share in channel', 2],
      ['Previous', 1],
      ['More results', 3],
    ]);
    const last = buildAnswerMessage(searchAnswer({ page: 3, pageCount: 3, total: 15 }), interactive);
    expect(buttons(last).map((b) => b.text.text)).toEqual(['Share in channel', 'Previous']);
  });

  it('calls the paging button of a source Next page', () => {
    const source: Answer = {
      kind: 'source',
      command: 'source 001',
      page: 1,
      pageCount: 2,
      total: 2,
      article: { id: '001_x', file: '001_x.md', title: 'T', titleDerived: false, contentHash: 'h' },
      paragraphs: [{ n: 1, text: 'Text', sentences: [], heading: false }],
    };
    const m = buildAnswerMessage(source, interactive);
    expect(buttons(m).map((b) => b.text.text)).toEqual(['Share in channel', 'Next page']);
    expect(contextTexts(m)[0]).toBe('undated · `001_x.md` · page 1 of 2');
  });

  it('leaves out a button whose command would not fit in a button value', () => {
    const command = '\u0001'.repeat(500);
    expect(encodeButtonValue({ command, page: 1 })).toBeUndefined();
    const m = buildAnswerMessage(searchAnswer({ command }), interactive);
    expect(blocksOf(m, 'actions')).toEqual([]);
  });

  it('marks a partial match and lists other matching paragraphs, at most eight', () => {
    const a = searchAnswer({ partial: true, items: [item(1, { alsoParagraphs: [1, 2, 4, 5, 6, 7, 8, 9, 10, 11] })] });
    const m = buildAnswerMessage(a, interactive);
    expect(contextTexts(m)[0]).toBe(PARTIAL_MATCH);
    expect(contextTexts(m)[1]).toMatch(/ · ¶3 · also ¶1, ¶2, ¶4, ¶5, ¶6, ¶7, ¶8, ¶9$/);
  });

  it('offers escaped suggestions when nothing matched, and tips when there are none', () => {
    const none = searchAnswer({ items: [], total: 0, query: 'Lavarov <x>', suggestions: ['lavrov', '<!here>'] });
    expect(sectionTexts(buildAnswerMessage(none, interactive))[0]).toBe(
      `${NOTHING_MATCHED} \`Lavarov &lt;x&gt;\`. Did you mean \`lavrov\` or \`&lt;!here&gt;\`?`,
    );
    const tips = searchAnswer({ items: [], total: 0, query: 'zz', suggestions: [] });
    expect(sectionTexts(buildAnswerMessage(tips, interactive))[0]).toBe(
      `${NOTHING_MATCHED} \`zz\`. ${NO_SUGGESTION_TIPS}`,
    );
  });

  it('names files that were not loaded under the sources, escaped, at most five', () => {
    const warnings = Array.from({ length: 7 }, (_, i) => ({ file: `bad<${i}>.txt`, reason: 'no text & no title' }));
    const a: Answer = { kind: 'sources', command: 'sources', rows: [], warnings, page: 1, pageCount: 1, total: 0 };
    const text = contextTexts(buildAnswerMessage(a, interactive)).at(-1) ?? '';
    expect(text.startsWith('7 files not loaded: `bad&lt;0&gt;.txt`: no text &amp; no title;')).toBe(true);
    expect(text.endsWith('; …')).toBe(true);
    expect(text.match(/`bad/g)).toHaveLength(5);
  });

  it('tells files loaded with a note from files not loaded', () => {
    const warnings = [
      { file: 'empty.md', reason: 'empty file' },
      {
        file: 'broken.md',
        reason: 'front matter is not valid YAML (line 3: …); loaded without it',
        loaded: true as const,
      },
    ];
    const a: Answer = { kind: 'sources', command: 'sources', rows: [], warnings, page: 1, pageCount: 1, total: 0 };
    expect(contextTexts(buildAnswerMessage(a, interactive)).slice(-2)).toEqual([
      '1 file not loaded: `empty.md`: empty file',
      '1 file loaded with a note: `broken.md`: front matter is not valid YAML (line 3: …); loaded without it',
    ]);
  });

  it('splits a long source paragraph into several sections within the section limit', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `w${i} & <x>`).join(' ');
    const a: Answer = {
      kind: 'source',
      command: 'source 001',
      page: 1,
      pageCount: 1,
      total: 1,
      article: { id: '001_x', file: '001_x.md', title: 'T', titleDerived: false, contentHash: 'h' },
      paragraphs: [
        { n: 1, text, sentences: [], heading: false },
        { n: 2, text: 'Short', sentences: [], heading: true },
      ],
    };
    const m = buildAnswerMessage(a, interactive);
    const sections = sectionTexts(m);
    expect(sections.length).toBeGreaterThan(2);
    expect(sections[0]?.startsWith('`¶1` w0 &amp; &lt;x&gt;')).toBe(true);
    expect(limitViolations(m)).toEqual([]);
    expect(escapeViolations(m)).toEqual([]);
  });
});

describe('buildNoticeMessage', () => {
  it('escapes the whole text, user text included, and writes back only the mentions and channels it names', () => {
    const m = buildNoticeMessage({
      text: '<@U42> set it; <@U9> typed <!channel> in <#C1> & <#C2>',
      users: ['U42'],
      channels: ['C1'],
    });
    expect(m.text).toBe('<@U42> set it; &lt;@U9&gt; typed &lt;!channel&gt; in <#C1> &amp; &lt;#C2&gt;');
    expect(m.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: m.text } }]);
    expect(buildNoticeMessage({ text: '<@x> <#y>', users: ['x'], channels: ['y'] }).text).toBe('&lt;@x&gt; &lt;#y&gt;');
    expect(buildNoticeMessage('`<!here>` is not a digest setting.').text).toBe(
      '`&lt;!here&gt;` is not a digest setting.',
    );
  });

  it('fits Slack’s limits however long the text is, without cutting an entity', () => {
    const m = buildNoticeMessage(`\`${'<'.repeat(12_000)}\` is not a time`);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const section = m.blocks[0]!;
    expect(section.type === 'section' && section.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(m.text).toMatch(/(&lt;)+…$/);
  });
});

describe('buildCitationText', () => {
  it('writes [n] title · date · file · ¶N, with a month-precision date as written', () => {
    expect(buildCitationText(citation(2, { published: { year: 2019, month: 6 }, title: 'X' }))).toMatch(
      /^\[2\] X · .*2019.* · 002_abc\.txt · ¶3$/,
    );
  });

  it('cites a meeting only the headline reports as "headline"', () => {
    expect(buildCitationText(citation(1, { paragraph: 0 }))).toMatch(/ · 001_abc\.txt · headline$/);
  });

  it('clips a long title to 150 characters before escaping it', () => {
    const text = buildCitationText(citation(1, { title: '&'.repeat(400) }));
    expect(text).toBe(`[1] ${'&amp;'.repeat(149)}… · Wed 14 Jul 2021 · 001_abc.txt · ¶3`);
  });
});

describe('escapeSlack', () => {
  it('turns &, < and > into entities', () => {
    expect(escapeSlack('<!channel> & co')).toBe('&lt;!channel&gt; &amp; co');
  });

  it('escapes an entity written as text again, so it shows as typed', () => {
    expect(escapeSlack('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves mrkdwn marks, emoji and right-to-left text alone', () => {
    expect(escapeSlack('*b* _i_ ~s~ 🇵🇰 مرحبا שלום')).toBe('*b* _i_ ~s~ 🇵🇰 مرحبا שלום');
  });
});

describe('clipText', () => {
  it('cuts at a word boundary and ends with an ellipsis', () => {
    expect(clipText('Shanghai Cooperation Organization', 30)).toBe('Shanghai Cooperation…');
  });

  it('cuts mid-word rather than lose more than half the room to the last space', () => {
    expect(clipText('Shanghai Cooperation Organization', 20)).toBe('Shanghai Cooperatio…');
  });

  it('returns text that fits unchanged', () => {
    expect(clipText('Lavrov', 6)).toBe('Lavrov');
    expect(clipText('', 0)).toBe('');
  });

  it('cuts a word without spaces mid-word', () => {
    expect(clipText('a'.repeat(30), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('counts code points, never splitting an emoji', () => {
    const clipped = clipText('😀'.repeat(10), 5);
    expect(clipped).toBe(`${'😀'.repeat(4)}…`);
    expect([...clipped]).toHaveLength(5);
  });
});

describe('clipMrkdwn', () => {
  it('does not split an entity', () => {
    expect(clipMrkdwn('a &amp; b', 4)).toBe('a …');
    expect(clipMrkdwn('x&lt;y', 5)).toBe('x…');
  });

  it('does not split a link', () => {
    expect(clipMrkdwn('see <https://example.com/a|source> now', 20)).toBe('see …');
  });

  it('does not leave a bold open', () => {
    expect(clipMrkdwn('*CASA-1000 project* talks', 10)).toBe('CASA-100…');
    expect(clipMrkdwn('*SCO* and *CASA-1000 project*', 20)).toBe('*SCO* and CASA-100…');
  });

  it('does not count an asterisk shown as written as a bold mark', () => {
    const text = `*Silk Road* fund <!date^00000000^{_}|*> and more words after it`;
    expect(clipMrkdwn(text, 40)).toBe('*Silk Road* fund <!date^00000000^{_}|*>…');
    expect(clipMrkdwn(`*Silk <!date^00000000^{_}|*> Road* and more`, 20)).toBe('Silk …');
  });

  it('returns text within the limit unchanged, and clipped text no longer than the limit', () => {
    expect(clipMrkdwn('short', 5)).toBe('short');
    const long = `${'&amp; '.repeat(1000)}*x`;
    for (const max of [1, 2, 7, 100, 2999]) expect(clipMrkdwn(long, max).length).toBeLessThanOrEqual(max);
  });
});

describe('excerptMrkdwn and slackLink', () => {
  it('bolds hits and escapes every segment', () => {
    expect(
      excerptMrkdwn([
        { text: 'a & ', hit: false },
        { text: '<SCO>', hit: true },
      ]),
    ).toBe('a &amp; *&lt;SCO&gt;*');
  });

  it("shows an article's *, _, ~ and backticks as written, never as formatting, and still bolds hits", () => {
    const mrkdwn = excerptMrkdwn([
      { text: 'the *Silk Road* fund, the_new ~corridor~ and `CPEC` ', hit: false },
      { text: 'Lavrov*', hit: true },
    ]);
    const literal = (c: string): string => `<!date^00000000^{_}|${c}>`;
    expect(mrkdwn).toBe(
      `the ${literal('*')}Silk Road${literal('*')} fund, the${literal('_')}new ${literal('~')}corridor${literal('~')}` +
        ` and ${literal('`')}CPEC${literal('`')} *Lavrov${literal('*')}*`,
    );
    // Outside the `<…>` fallbacks only the bold marks of the hit remain.
    expect(mrkdwn.replace(/<[^>]*>/g, '').replace(/[^*_~`]/g, '')).toBe('**');
  });

  it('escapes the label of a link', () => {
    expect(slackLink('https://e.org', 'a<b')).toBe('<https://e.org|a&lt;b>');
  });
});

describe('splitAtSpaces', () => {
  it('splits at the last space within the limit', () => {
    expect(splitAtSpaces('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('returns short text as one piece', () => {
    expect(splitAtSpaces('Lavrov', 10)).toEqual(['Lavrov']);
    expect(splitAtSpaces('', 10)).toEqual(['']);
  });

  it('cuts text without spaces before an entity rather than through it', () => {
    const pieces = splitAtSpaces('&amp;'.repeat(10), 12);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(12);
      expect(p).toMatch(/^(?:&amp;)+$/);
    }
    expect(pieces.join('')).toBe('&amp;'.repeat(10));
  });

  it('keeps every piece within the limit and loses only the spaces it split at', () => {
    const text = escapeSlack(Array.from({ length: 400 }, (_, i) => `w${i}&<${'x'.repeat(i % 13)}>`).join(' '));
    const pieces = splitAtSpaces(text, 100);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(100);
    expect(pieces.join(' ')).toBe(text);
  });
});

describe('chunkLines', () => {
  it('groups lines into chunks of at most the given size', () => {
    expect(chunkLines(['aaa', 'bbb', 'ccc'], 7)).toEqual(['aaa\nbbb', 'ccc']);
    expect(chunkLines([], 7)).toEqual([]);
  });
});

describe('fitMessage', () => {
  const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
  const actions: Block = {
    type: 'actions',
    elements: [
      { type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: SHARE_ACTION, value: '{}' },
    ],
  };
  const total = (m: SlackMessage): number => m.blocks.reduce((n, b) => n + blockChars(b), 0);

  it('leaves a message within the limits as it is', () => {
    const m = { text: 'hi', blocks: [section('a'), actions] };
    expect(fitMessage(m)).toEqual(m);
  });

  it('cuts a message of 80 sections to at most 50 blocks with a note, keeping its trailing actions block', () => {
    const blocks = [...Array.from({ length: 80 }, (_, i) => section(`s${i}`)), actions];
    const m = fitMessage({ text: 'x', blocks });
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(m.blocks.at(-1)).toEqual(actions);
    expect(m.blocks.at(-2)).toMatchObject({ type: 'context', elements: [{ text: SHORTENED }] });
    expect(m.blocks[0]).toEqual(section('s0'));
    expect(m.blocks).toHaveLength(50);
  });

  it('cuts a message of 80 sections without actions to at most 50 blocks ending with the note', () => {
    const m = fitMessage({ text: 'x', blocks: Array.from({ length: 80 }, (_, i) => section(`s${i}`)) });
    expect(m.blocks).toHaveLength(50);
    expect(m.blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ text: SHORTENED }] });
  });

  it('cuts a message over 12 000 characters to fit, with the note, keeping its trailing actions block', () => {
    const blocks = [...Array.from({ length: 10 }, (_, i) => section(`${i}`.repeat(2500))), actions];
    const m = fitMessage({ text: 'x', blocks });
    expect(total(m)).toBeLessThanOrEqual(SLACK_LIMITS.totalChars);
    expect(m.blocks.at(-1)).toEqual(actions);
    expect(m.blocks.at(-2)).toMatchObject({ type: 'context', elements: [{ text: SHORTENED }] });
    expect(m.blocks).toHaveLength(4 + 2);
  });

  it('clips an over-long section, header, context text and fallback text to their limits', () => {
    const m = fitMessage({
      text: '&amp;'.repeat(1000),
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(300) } },
        section('a &amp; '.repeat(500)),
        {
          type: 'context',
          elements: Array.from({ length: 12 }, () => ({ type: 'mrkdwn' as const, text: 'c'.repeat(300) })),
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'd'.repeat(2500) }] },
      ],
    });
    expect(blocksOf(m, 'context')[1]?.elements[0]).toMatchObject({ text: `${'d'.repeat(1999)}…` });
    expect(limitViolations(m)).toEqual([]);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(m.text).toMatch(/^(?:&amp;)+…$/);
    expect(blocksOf(m, 'context')[0]?.elements).toHaveLength(10);
  });
});
