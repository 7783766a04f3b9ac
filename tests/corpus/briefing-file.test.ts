/** The file a briefing added from Slack is saved as: front matter written, read back by the corpus, and changed. */
import { describe, expect, it } from 'vitest';
import { addedByOf, briefingFileText, slackFileName, withDate } from '../../src/corpus/briefing-file.js';
import { parseArticle } from '../../src/corpus/parse-article.js';

const PROSE =
  "Azerbaijan's Foreign Minister Jeyhun Bayramov met Georgia's Foreign Minister Maka Botchorishvili in Baku " +
  'on Tuesday to discuss the transit of goods across the Caspian Sea and the energy projects of the region.';

describe('briefingFileText', () => {
  it('writes front matter the corpus reads back: title, date, source; added_by and original_file kept', () => {
    const text = briefingFileText(
      {
        title: 'Talks: Baku & Tbilisi',
        date: { year: 2024, month: 7, day: 3 },
        source: 'https://example.slack.com/files/U1/F1/talks.pdf',
        addedBy: 'U1',
        originalFile: 'Talks "final".pdf',
      },
      `Talks: Baku & Tbilisi\n\n${PROSE}`,
    );
    expect(text).toMatch(/^---\ntitle: "Talks: Baku & Tbilisi"\ndate: 2024-07-03\nsource: https:/);
    const { article, warning } = parseArticle('slack/talks.md', text);
    expect(warning).toBeUndefined();
    expect(article).toMatchObject({
      id: 'talks',
      file: 'slack/talks.md',
      title: 'Talks: Baku & Tbilisi',
      published: { year: 2024, month: 7, day: 3 },
      source: 'https://example.slack.com/files/U1/F1/talks.pdf',
    });
    expect(article!.paragraphs.map((p) => p.text)).toEqual([PROSE]);
    expect(addedByOf(text)).toBe('U1');
  });

  it('hashes the same as the text saved bare, so that a copy is found', () => {
    const bare = parseArticle('a.txt', `Talks in Baku\n\n${PROSE}`).article!;
    const saved = parseArticle(
      'slack/a.md',
      briefingFileText({ title: bare.title, addedBy: 'U2' }, `Talks in Baku\n\n${PROSE}`),
    );
    expect(saved.article!.contentHash).toBe(bare.contentHash);
  });
});

describe('withDate', () => {
  it('sets the date in the front matter and leaves the rest as it was', () => {
    const text = briefingFileText({ title: 'Talks', addedBy: 'U1' }, PROSE);
    const dated = withDate(text, { year: 2024, month: 7 });
    expect(dated).toEqual({ ok: true, value: text.replace('added_by: U1\n', 'added_by: U1\ndate: 2024-07\n') });
    const again = withDate(dated.ok ? dated.value : '', { year: 2025, month: 1, day: 9 });
    expect(again.ok && again.value).toContain('date: 2025-01-09\n');
    expect(again.ok && again.value).not.toContain('2024-07');
  });

  it('adds front matter to a file without it', () => {
    expect(withDate(PROSE, { year: 2024 })).toEqual({ ok: true, value: `---\ndate: 2024\n---\n\n${PROSE}` });
  });

  it('refuses front matter it cannot read', () => {
    expect(withDate(`---\ntitle: "open\n---\n${PROSE}`, { year: 2024 })).toEqual({
      ok: false,
      error: 'its front matter is not valid YAML',
    });
  });
});

describe('addedByOf', () => {
  it('is undefined for a briefing that does not say who added it', () => {
    expect(addedByOf(PROSE)).toBeUndefined();
    expect(addedByOf(`---\ntitle: x\n---\n${PROSE}`)).toBeUndefined();
  });
});

describe('slackFileName', () => {
  it('keeps the shared file’s name, made safe, or else the first words of the title', () => {
    expect(slackFileName('Talks in Baku (final).PDF', 'x', () => false)).toBe('Talks-in-Baku-final.md');
    expect(slackFileName('../../etc/passwd', 'x', () => false)).toBe('passwd.md');
    expect(slackFileName('Встреча министров.docx', 'x', () => false)).toBe('Встреча-министров.md');
    expect(slackFileName(undefined, 'Lavrov meets Wang Yi in Beijing on trade', () => false)).toBe(
      'lavrov-meets-wang-yi-in-beijing.md',
    );
    expect(slackFileName('...', '???', () => false)).toBe('briefing.md');
  });

  it('adds a number while the name is taken', () => {
    const taken = new Set(['talks', 'talks-2']);
    expect(slackFileName('talks.txt', 'x', (stem) => taken.has(stem))).toBe('talks-3.md');
  });
});
