import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { ask } from '../../src/ask/answer.js';
import { HELP_LINES, PARTIAL_MATCH } from '../../src/ask/messages.js';
import type { Answer } from '../../src/ask/types.js';
import { ANSI_BOLD, citationLine, plainText, renderText, STAR_BOLD } from '../../src/render/text.js';
import { citation, item, loadSeeds, searchAnswer } from './helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ({ ctx } = await loadSeeds());
});

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const MORE = /More: type "more" for page (\d+)\./;

describe('renderText with seed answers', () => {
  it('shows a search for CASA-1000 with the title and hit in bold and the citation line', () => {
    const text = renderText(ask('search CASA-1000', ctx), STAR_BOLD);
    const lines = text.split('\n');
    expect(lines[0]).toBe('1 briefing match "CASA-1000"');
    expect(lines).toContain('*Ishaq Dar Key Diplomatic Visit to Bishkek*');
    expect(text).toContain('*CASA-1000* Project');
    expect(text).toContain('relationships & regional harmony');
    expect(lines).toContain(
      '  [1] Ishaq Dar Key Diplomatic Visit to Bishkek · undated · 001_df728569922fd480.txt · ¶7',
    );
    expect(text).not.toMatch(MORE);
  });

  it('marks matched words with ANSI bold on a terminal', () => {
    const text = renderText(ask('search CASA-1000', ctx), ANSI_BOLD);
    expect(text).toContain('\u001b[1mCASA-1000\u001b[22m');
    expect(text).not.toContain('*CASA-1000*');
  });

  it('lists the sources with id, date and title, one a line', () => {
    const lines = renderText(ask('sources', ctx), STAR_BOLD).split('\n');
    expect(lines[0]).toBe('Briefings (5)');
    expect(lines.slice(1)).toHaveLength(5);
    for (const line of lines.slice(1))
      expect(line).toMatch(
        /^ {2}\d{3}_[0-9a-f]{16} {2}(?:\w{3} \d{1,2} \w{3} \d{4}|undated) {2}.+ {2}\(\d+ paragraphs?, [1-9]\d* meetings?\)$/,
      );
  });

  it('shows a source with its title in bold, numbered paragraphs and headings in bold', () => {
    const text = renderText(ask('source 001', ctx), STAR_BOLD);
    const lines = text.split('\n');
    expect(lines[0]).toBe('*Ishaq Dar Key Diplomatic Visit to Bishkek*');
    expect(lines[1]).toBe('undated · 001_df728569922fd480.txt');
    expect(lines).toContain('¶2 *Diplomatic Engagements and Advocacy*');
    expect(lines).toContain('¶6 *Meetings held in Kazakhstan & Tajikistan*');
    expect(lines.filter((l) => /^¶\d+ /.test(l))).toHaveLength(8);
    expect(text).not.toMatch(MORE);
  });

  it('shows help and errors as plain lines', () => {
    const help = renderText(ask('help', ctx), STAR_BOLD).split('\n');
    expect(help[0]).toBe('briefbot help');
    expect(help).toHaveLength(HELP_LINES.length + 1);
    expect(help[1]).toBe('  /brief search <terms> — search the briefings, e.g. `/brief search Lavrov in:2021`');
    expect(renderText(ask('before:abc', ctx), STAR_BOLD)).toMatch(/^! `before:abc` is not a date filter/);
  });

  it('lists the digest commands in the help', () => {
    const help = renderText(ask('help', ctx), STAR_BOLD);
    expect(help).toContain('  /brief digest on [HH:MM] [Area/City] — a daily digest here');
    expect(help).toContain(
      "  /brief digest off | status | now — stop the daily digest, see it, or get today's digest now",
    );
  });

  it('puts the notice about shortened input first', () => {
    const text = renderText(ask(`Pakistan ${'y'.repeat(600)}`, ctx), STAR_BOLD);
    expect(text.split('\n')[0]).toBe('Your text had 609 characters; briefbot read the first 500.');
  });
});

describe('renderText with hand-built answers', () => {
  it('says "more" is possible when a search has more pages, and not on its last page', () => {
    expect(renderText(searchAnswer({ page: 1, pageCount: 2, total: 6 }), STAR_BOLD)).toMatch(
      /\n\nMore: type "more" for page 2\.$/,
    );
    expect(renderText(searchAnswer({ page: 1, pageCount: 2, total: 6 }), STAR_BOLD).split('\n')[0]).toBe(
      '6 briefings match "CASA-1000" · page 1 of 2',
    );
    expect(renderText(searchAnswer({ page: 2, pageCount: 2, total: 6 }), STAR_BOLD)).not.toMatch(MORE);
  });

  it('says "more" is possible when a source has more pages', () => {
    const source = (page: number): Answer => ({
      kind: 'source',
      command: 'source 001',
      page,
      pageCount: 3,
      total: 3,
      article: { id: '001_x', file: '001_x.md', title: 'T', titleDerived: false, contentHash: 'h' },
      paragraphs: [{ n: page, text: 'Text', sentences: [], heading: false }],
    });
    expect(renderText(source(2), STAR_BOLD)).toMatch(/\n\nMore: type "more" for page 3\.$/);
    expect(renderText(source(2), STAR_BOLD).split('\n')[1]).toBe('undated · 001_x.md · page 2 of 3');
    expect(renderText(source(3), STAR_BOLD)).not.toMatch(MORE);
  });

  it('marks a partial match, lists other matching paragraphs and shows the source URL on the citation line', () => {
    const a = searchAnswer({
      partial: true,
      items: [item(1, { alsoParagraphs: [1, 5] })],
      citations: [citation(1, { url: 'https://e.org/a' })],
    });
    const lines = renderText(a, STAR_BOLD).split('\n');
    expect(lines[1]).toBe(PARTIAL_MATCH);
    expect(lines).toContain('  [1] Title 1 · Wed 14 Jul 2021 · 001_abc.txt · ¶3 · https://e.org/a');
    expect(lines).toContain('  also ¶1, ¶5');
  });

  it('offers suggestions when nothing matched', () => {
    const a = searchAnswer({ items: [], total: 0, query: 'Lavarov', suggestions: ['lavrov'] });
    expect(renderText(a, STAR_BOLD)).toBe('Nothing matched "Lavarov". Did you mean "lavrov"?');
  });

  it('removes control characters, ANSI escapes among them, from article and user text', () => {
    const esc = '\u001b[31m';
    const a = searchAnswer({
      query: `red${esc}\u0007`,
      items: [
        item(1, {
          title: `${esc}Title\u0000\u009b2J`,
          excerpt: [
            { text: `before\u0008 ${esc}`, hit: false },
            { text: `CASA\u001b]0;pwned\u0007`, hit: true },
          ],
        }),
      ],
      citations: [citation(1, { title: `C${esc}`, file: `f\u001b.txt`, url: `https://e.org/\u001b[2J` })],
    });
    const text = renderText(a, STAR_BOLD);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('*Title2J*');
    expect(text).toContain('*CASA*');
  });

  it('keeps tabs and line breaks of article text but no other control characters', () => {
    expect(plainText('a\tb\nc\u001b[0m\r\u007f\u0085')).toBe('a\tb\nc');
  });

  it('removes control characters from a sources row, a source answer and an error', () => {
    const sources: Answer = {
      kind: 'sources',
      command: 'sources',
      page: 1,
      pageCount: 1,
      total: 1,
      rows: [{ id: '001\u001b[2J', file: '001.txt', title: 'T\u001b[1m', paragraphs: 2, meetings: 0 }],
      warnings: [{ file: 'bad\u001b.txt', reason: 'why\u0007' }],
    };
    const source: Answer = {
      kind: 'source',
      command: 'source 001',
      page: 1,
      pageCount: 1,
      total: 1,
      article: {
        id: '001',
        file: '001\u001b.md',
        title: 'T\u001b[5m',
        titleDerived: false,
        source: 'https://e.org/\u0007',
        contentHash: 'h',
      },
      paragraphs: [
        { n: 1, text: 'P\u001b[8m', sentences: [], heading: false },
        { n: 2, text: 'H\u0007', sentences: [], heading: true },
      ],
    };
    const error: Answer = { kind: 'error', command: 'x', message: 'oops\u001b[2J' };
    for (const a of [sources, source, error]) expect(renderText(a, STAR_BOLD)).not.toMatch(CONTROL);
    expect(renderText(sources, STAR_BOLD)).toContain('  001  undated  T  (2 paragraphs, 0 meetings)');
  });

  it('writes a citation as one plain line', () => {
    expect(citationLine(citation(4, { paragraph: 12, published: undefined }))).toBe(
      '[4] Title 4 · undated · 004_abc.txt · ¶12',
    );
  });
});

describe('plainText', () => {
  it('removes whole ANSI escape sequences and bidi overrides, keeping the words', async () => {
    const { plainText } = await import('../../src/render/text.js');
    expect(plainText('\u001b[31mred\u001b[0m and \u202eevil\u202c')).toBe('red and evil');
  });
});
