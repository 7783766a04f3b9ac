import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { splitSentences } from '../../src/corpus/paragraphs.js';
import type { Article } from '../../src/types.js';
import { readFixture } from './helpers.js';

const PROSE =
  'The foreign ministers of Chile and Argentina met in Santiago on Friday to discuss lithium exports, a shared energy grid and a long-delayed mountain tunnel across the Andes, and agreed to meet again in Buenos Aires.';

function parsed(file: string, raw: string): Article {
  const { article, warning } = parseArticle(file, raw);
  if (!article) throw new Error(`no article: ${warning}`);
  return article;
}

const texts = (a: Article): string[] => a.paragraphs.map((p) => p.text);

describe('parseArticle with front matter', () => {
  const article = parsed('front-matter-tashkent.md', readFixture('front-matter-tashkent.md'));

  it('takes title, month-precision date and source URL from the front matter', () => {
    expect(article.title).toBe('Uzbek and Kazakh foreign ministers review transit corridor');
    expect(article.titleDerived).toBe(false);
    expect(article.published).toEqual({ year: 2024, month: 3 });
    expect(article.source).toBe('https://example.org/briefings/tashkent-corridor?ref=rss');
  });

  it('leaves the front matter out of the paragraphs and strips Markdown marks', () => {
    expect(texts(article).join(' ')).not.toMatch(/---|title:|\*\*|\]\(|##/);
    expect(article.paragraphs[1]).toMatchObject({ n: 2, text: 'Trade and transit', heading: true });
    expect(article.paragraphs[3]?.text).toContain('the next round of consultations');
    expect(article.paragraphs[3]?.text).toContain('to the Tashkent International Investment Forum.');
  });

  it('lets a front matter date win over a date line', () => {
    const a = parsed('x.md', `---\ndate: 2020-05-06\n---\n date 2019-01-02 ${PROSE}`);
    expect(a.published).toEqual({ year: 2020, month: 5, day: 6 });
    expect(a.paragraphs[0]?.text.startsWith('The foreign ministers')).toBe(true);
  });

  it('reads a bare year and a YAML timestamp as dates', () => {
    expect(parsed('y.md', `---\ndate: 2018\n---\n${PROSE}`).published).toEqual({ year: 2018 });
    expect(parsed('t.md', `---\ndate: 2018-04-09T10:30:00Z\n---\n${PROSE}`).published).toEqual({
      year: 2018,
      month: 4,
      day: 9,
    });
  });

  it('drops a source that is not a clean http(s) URL, with a warning, and still loads', () => {
    for (const source of [
      'javascript:alert(1)',
      'https://evil.example/<!channel>',
      'https://a.example/x|click',
      'ftp://a.example/x',
      'https://a b.example',
    ]) {
      const { article: a, warning } = parseArticle('s.md', `---\nsource: "${source}"\n---\n${PROSE}`);
      expect(a?.source, source).toBeUndefined();
      expect(warning).toMatch(/source/);
    }
  });

  it('drops a body heading that repeats the front matter title', () => {
    const a = parsed('r.md', `---\ntitle: Andes talks\n---\n# Andes talks\n\n${PROSE}`);
    expect(a.title).toBe('Andes talks');
    expect(a.paragraphs[0]?.text).toBe(PROSE);
  });

  it.each([
    ['an unclosed quote', 'title: "Andes talks\ndate: 2024-01-02', 'line 3: Missing closing "quote'],
    ['a colon in an unquoted value', 'date: 2024-01-02\ntitle: Talks: the Andes', 'line 3: Nested mappings'],
  ])('loads the body without front matter that is not valid YAML (%s), warning with its line', (_, yaml, why) => {
    const { article, warning } = parseArticle('broken.md', `---\n${yaml}\n---\n${PROSE}`);
    expect(warning).toContain(`front matter is not valid YAML (${why}`);
    expect(warning).toMatch(/loaded without it$/);
    expect(article?.title).toMatch(/^The foreign ministers of Chile/);
    expect(texts(article!).join(' ')).not.toMatch(/title|date:|---/);
    expect(texts(article!).join(' ')).toContain('lithium exports');
  });

  it('decodes HTML entities once, leaving an ampersand that closes no entity as written', () => {
    const a = parsed(
      'e.md',
      `${PROSE} R&D and AT&T officials joined; Kazakh &amp; Uzbek envoys spoke of a &#8220;new corridor&#8221;&nbsp;plan.`,
    );
    expect(texts(a).join(' ')).toContain(
      'R&D and AT&T officials joined; Kazakh & Uzbek envoys spoke of a “new corridor” plan.',
    );
  });

  it('treats a leading --- block that is not a YAML map as ordinary text', () => {
    const a = parsed('h.md', `---\njust a rule\n---\n${PROSE}`);
    expect(a.titleDerived).toBe(true);
    expect(texts(a).join(' ')).toContain(PROSE);
  });
});

describe('parseArticle on undated and unusual text', () => {
  it('keeps a headline after the date marker apart from the dateline under it', () => {
    const body =
      'Ministers agree to reopen the border crossing\nLIMA, May 6 (Andina) - Peru and Bolivia agreed on Monday to ' +
      'reopen the Desaguadero crossing after talks between their foreign ministers in Lima.\n\nTrade had fallen by ' +
      'a third during the closure, officials said, and both sides expect it to recover within months.\n';
    const a = parsed('lima.txt', ` date 2025-05-06 ${body}`);
    expect(a.title).toBe('Ministers agree to reopen the border crossing');
    expect(a.paragraphs[0]?.text).toMatch(/^LIMA, May 6 \(Andina\) - Peru and Bolivia/);
  });

  it('does not split a first line that is a sentence from the line under it', () => {
    const body =
      'ISLAMABAD: The foreign minister met his Turkish counterpart on Monday.\nBoth sides agreed to expand ' +
      'trade and to hold the next round of talks in Ankara later this year, officials said after the meeting.\n';
    expect(parsed('isb.txt', ` date 2025-05-06 ${body}`).paragraphs[0]?.text).toMatch(/Monday\. Both sides/);
  });

  it('leaves an article without a date line undated and drops an agency dateline from its title', () => {
    const a = parsed('undated-yerevan.txt', readFixture('undated-yerevan.txt'));
    expect(a.published).toBeUndefined();
    expect(a.title).toMatch(/^Armenia's Foreign Minister Ararat Mirzoyan received the visiting/);
    expect(a.title).not.toContain('YEREVAN');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('reads CRLF line endings, a BOM and non-breaking spaces like plain text', () => {
    const raw = readFixture('crlf-bom-baku.txt');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const a = parsed('crlf-bom-baku.txt', raw);
    expect(a.published).toEqual({ year: 2022, month: 11, day: 8 });
    expect(texts(a)).toEqual([
      "Baku hosted a round of talks on Monday between Azerbaijan's Foreign Minister Jeyhun Bayramov and his Turkish counterpart, who arrived for a two-day working visit.",
      'Energy and Transport',
      'The ministers reviewed the Southern Gas Corridor and the Baku-Tbilisi-Kars railway, and agreed that a joint economic commission would meet in Ankara in early 2023.',
    ]);
    expect(texts(a).join('')).not.toMatch(/[\r\uFEFF\u00A0]/);
  });

  it('treats an impossible date line as undated, warns, and keeps the text', () => {
    const { article, warning } = parseArticle('bad-date-dhaka.txt', readFixture('bad-date-dhaka.txt'));
    expect(article?.published).toBeUndefined();
    expect(warning).toBe('date line "2023-02-30" is not a valid date; treated as undated');
    expect(article?.paragraphs[0]?.text).toMatch(/^DHAKA: Bangladesh's foreign secretary/);
  });

  it('accepts a "Date:" line with month precision', () => {
    expect(parsed('m.txt', `Date: 2019-06\n${PROSE}`).published).toEqual({ year: 2019, month: 6 });
  });

  it('keeps the name inside the corpus folder as the file and takes the id from its base name', () => {
    const a = parsed('slack/talks.v2.md', PROSE);
    expect(a.file).toBe('slack/talks.v2.md');
    expect(a.id).toBe('talks.v2');
  });

  it('joins hard-wrapped lines of a paragraph but keeps list items apart', () => {
    const a = parsed(
      'w.md',
      `${PROSE}\n\nThe agenda covered:\n- lithium exports and prices\n- the Andes tunnel\ncontinued on a second line`,
    );
    expect(texts(a).slice(1)).toEqual([
      'The agenda covered:',
      '- lithium exports and prices',
      '- the Andes tunnel continued on a second line',
    ]);
  });

  it('keeps a photo caption on the line under a byline apart from the byline', () => {
    const caption = '[Photo] Chile’s foreign minister (R) greets his Argentine counterpart in Santiago. (Agency)';
    const a = parsed('c.txt', `Andes Wire - Apr 4, 2025 - 10:20 | World\n${caption}\n\n${PROSE}`);
    expect(texts(a)).toContain(caption);
    const b = parsed('d.txt', `${PROSE}\nPhoto caption: The two ministers in Santiago.`);
    expect(texts(b)).toEqual([PROSE, 'Photo caption: The two ministers in Santiago.']);
  });
});

describe('parseArticle removing web debris', () => {
  const article = parsed('debris-heavy-astana.txt', readFixture('debris-heavy-astana.txt'));
  const all = texts(article).join('\n');

  it('keeps only the three prose paragraphs of a page full of widgets', () => {
    expect(article.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(article.paragraphs[0]?.text).toMatch(/^ASTANA: Kazakhstan's President Kassym-Jomart Tokayev met/);
    expect(article.paragraphs[2]?.text).toBe('Tokayev said Kazakhstan valued the comprehensive strategic partnership.');
  });

  it('removes share, follow, subscribe, click-here, comment-form, copyright and advert lines', () => {
    for (const d of [
      'Advertisement',
      'Share',
      'Follow us',
      'Subscribe',
      'Click here',
      'Leave a Reply',
      'Please enter',
      'incorrect email',
      'Copyright',
      'rights reserved',
      'Read more',
      'Also read',
      'Related Posts',
    ])
      expect(all).not.toContain(d);
  });

  it('drops the link headlines listed under a related-posts marker', () => {
    expect(all).not.toContain('Five things to know');
    expect(all).not.toContain('Why Khorgos matters');
  });

  it('removes tweet links and attributions with ASCII or em dashes but keeps the tweet text', () => {
    expect(all).not.toMatch(/t\.co|pic\.twitter|@TokayevKZ|@AkordaPress|June 14, 2019|14 June 2019/);
    expect(article.paragraphs[1]?.text).toBe(
      'The leaders agreed to expand the Khorgos dry port and to hold a business forum in Beijing. Great talks with President Xi on our shared future.',
    );
  });

  it('gives the same content hash to the same article with other debris and line endings', () => {
    const clean = parsed('a.txt', readFixture('undated-yerevan.txt'));
    const noisy = parsed('b.txt', readFixture('yerevan-duplicate.txt'));
    expect(noisy.contentHash).toBe(clean.contentHash);
    expect(parsed('c.txt', `${PROSE}\n\nA second paragraph.`).contentHash).not.toBe(parsed('d.txt', PROSE).contentHash);
  });

  it('drops link headlines under "Read also:", "Most Read", "More from …", "Related statements", "Leia também:"', () => {
    for (const marker of ['Read also:', 'Most Read', 'More from The Courier', 'Related statements', 'Leia também:']) {
      const links = `${marker}\n• Kristersson and Erdogan meet in Vilnius\n· Lamola meets Rubio on margins of G20`;
      expect(texts(parsed('r.txt', `${PROSE}\n\n${links}`))).toEqual([PROSE]);
    }
  });

  it('drops a cookie banner and its buttons, and keeps a sentence that only mentions cookies', () => {
    const banner =
      'Cookies on this site: we use cookies to improve your visit. By continuing to browse you agree to our cookie ' +
      'policy.\n\n[Accept] [Manage settings]';
    const kept = 'The ministers discussed a ban on cookies sold without labels.';
    expect(texts(parsed('c.txt', `${banner}\n\n${PROSE}\n\n${kept}`))).toEqual([PROSE, kept]);
  });

  it('drops paragraphs that are only punctuation or become empty', () => {
    const a = parsed('p.txt', `${PROSE}\n\n* * *\n\n—\n\nShare this:\n\n. . .`);
    expect(texts(a)).toEqual([PROSE]);
  });
});

describe('parseArticle refusing files that are not briefings', () => {
  it.each([
    ['empty.txt', readFixture('empty.txt'), 'empty file'],
    ['blank.txt', '', 'empty file'],
    ['stub-minsk.txt', readFixture('stub-minsk.txt'), 'not a briefing: only 7 words'],
    ['only-debris.txt', 'Share this:\nAdvertisement\nback to top\n', 'not a briefing: only 0 words'],
  ])('says why %s is not a briefing', (file, raw, reason) => {
    expect(parseArticle(file, raw)).toEqual({ warning: reason });
  });

  it('recognises CSV rows and JSON as data, not prose', () => {
    expect(parseArticle('meeting-log.txt', readFixture('meeting-log.txt')).warning).toBe(
      'not a briefing: looks like data or code (6 of 6 lines)',
    );
    const json = parseArticle('api-export.md', readFixture('api-export.md'));
    expect(json.article).toBeUndefined();
    expect(json.warning).toMatch(/^not a briefing: looks like data or code/);
  });

  it('recognises source code as not a briefing', () => {
    const code = 'import { x } from "y";\n\nexport function meet(a, b) {\n  const talks = a + b;\n  return talks;\n}\n';
    expect(parseArticle('code.md', code.repeat(3)).warning).toMatch(/^not a briefing: looks like data or code/);
  });

  it('recognises text that is mostly digits and symbols', () => {
    const noise = Array.from(
      { length: 40 },
      (_, i) => `${i * 7919} %% ${i}/${i + 1} = ${(i * 3.14).toFixed(2)} ## ok`,
    ).join(' ');
    expect(parseArticle('noise.txt', noise).warning).toMatch(
      /^not a briefing: mostly non-letter characters \(\d+% letters\)$/,
    );
  });
});

describe('parseArticle keeping headings apart from the text under them', () => {
  it('reads a live blog’s times and headings as paragraphs of their own, not as words of the first sentence', () => {
    const raw =
      'Live: foreign ministers meet in Rome\n\n' +
      '16:05 – Video call with Baku\n' +
      'The minister has just held a video call with her counterpart from the delegation office, her spokesperson said.\n\n' +
      '1:15 PM\n' +
      'Back-to-back bilaterals\n' +
      'The President held back-to-back bilateral meetings with the leaders of New Zealand and Canada on the sidelines.\n';
    const all = texts(parsed('live.txt', raw));
    expect(all).toContain(
      'The minister has just held a video call with her counterpart from the delegation office, her spokesperson said.',
    );
    expect(all).toContain('Back-to-back bilaterals');
    expect(all.some((t) => t.startsWith('The President held back-to-back'))).toBe(true);
  });

  it('keeps a release header of name and office together, and a line that wraps mid-phrase in its paragraph', () => {
    const raw =
      'Rt Hon Ana Reyes\nMinister of Foreign Affairs\n\n' +
      'In the afternoon the minister held a telephone conversation with the President of Chile\n' +
      'Tomas Berg, the ministry said in a statement on its website after the call ended.\n\n' +
      PROSE;
    const article = parsed('release.txt', raw);
    expect([article.title, ...texts(article)].join('\n')).toMatch(/^Rt Hon Ana Reyes Minister of Foreign Affairs$/m);
    expect(texts(article)).toContainEqual(expect.stringMatching(/President of Chile Tomas Berg, the ministry said/));
  });
});

describe('splitSentences', () => {
  it('breaks at a full stop and a space, not inside a web address or after "U.S." or "Hon."', () => {
    const text =
      'VOV.VN - The president met leaders in San Francisco. He then met U.S. officials and Fiji’s Prime Minister ' +
      'Hon. Sitiveni Rabuka. They agreed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'VOV.VN - The president met leaders in San Francisco.',
      'He then met U.S. officials and Fiji’s Prime Minister Hon. Sitiveni Rabuka.',
      'They agreed.',
    ]);
  });
});
