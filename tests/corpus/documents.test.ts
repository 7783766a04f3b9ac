/** The text of shared documents: the fixtures made by scripts/make-fixtures.js, HTML, and PDF layout. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentKind, documentText, htmlText, pdfPageText } from '../../src/corpus/documents.js';

const FIXTURES = 'tests/fixtures/slack-files';
const fixture = (name: string): Buffer => readFileSync(`${FIXTURES}/${name}`);

describe('documentKind', () => {
  it('knows a document by its name, in any case, or else by Slack’s filetype', () => {
    expect(documentKind('Talks in Baku.PDF')).toBe('pdf');
    expect(documentKind('notes.md')).toBe('text');
    expect(documentKind('page.htm')).toBe('html');
    expect(documentKind('report.docx')).toBe('docx');
    expect(documentKind('untitled', 'pdf')).toBe('pdf');
  });

  it('knows no other kind', () => {
    expect(documentKind('photo.jpg', 'jpg')).toBeUndefined();
    expect(documentKind('old.doc', 'doc')).toBeUndefined();
    expect(documentKind('sheet.xlsx')).toBeUndefined();
  });
});

describe('documentText', () => {
  it('reads the PDF fixture line by line, its paragraphs apart', async () => {
    const text = await documentText('pdf', fixture('ministers-astana.pdf'));
    expect(text.ok && text.value.split('\n\n').slice(0, 3)).toEqual([
      'Kazakh and Mongolian foreign ministers agree on new rail corridor',
      '12 March 2025',
      'ASTANA - Kazakhstan’s Foreign Minister Murat Nurtleu met Mongolia’s Foreign Minister\n' +
        'Battsetseg Batmunkh in Astana on Tuesday to discuss a rail corridor linking the two\n' +
        'countries through the Altai region, the ministry said in a statement.',
    ]);
  });

  it('reads the Word fixture a paragraph a paragraph', async () => {
    const text = await documentText('docx', fixture('fisheries-montevideo.docx'));
    expect(text.ok && text.value.split('\n\n')).toHaveLength(4);
    expect(text.ok && text.value).toMatch(
      /^Chilean and Uruguayan ministers discuss fisheries in Montevideo\n\nMONTEVIDEO/,
    );
  });

  it('says a PDF without a text layer is a scan', async () => {
    expect(await documentText('pdf', fixture('scanned-letter.pdf'))).toEqual({ ok: false, error: { kind: 'scanned' } });
  });

  it('says a damaged PDF or Word file cannot be read, and why', async () => {
    const pdf = await documentText('pdf', Buffer.from('no PDF'));
    expect(pdf).toMatchObject({ ok: false, error: { kind: 'unreadable' } });
    const docx = await documentText('docx', Buffer.from('no zip'));
    expect(docx).toMatchObject({ ok: false, error: { kind: 'unreadable' } });
  });

  it('reads text as UTF-8, without a byte-order mark, and refuses what is not UTF-8 or is empty', async () => {
    expect(await documentText('text', Buffer.from('\uFEFFTalks in Baku'))).toEqual({
      ok: true,
      value: 'Talks in Baku',
    });
    expect(await documentText('text', Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({
      ok: false,
      error: { kind: 'unreadable', detail: 'not UTF-8 text (looks like UTF-16)' },
    });
    expect(await documentText('text', Buffer.from(' \n '))).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(await documentText('html', Buffer.from('<html><body><img src=x></body></html>'))).toEqual({
      ok: false,
      error: { kind: 'empty' },
    });
  });
});

describe('htmlText', () => {
  it('keeps the body’s headings and paragraphs, and leaves out the page’s furniture and link addresses', async () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><nav>Home | World</nav><header>Daily</header>' +
      '<h1>Talks in Baku</h1><p>The ministers met &amp; <a href="https://x.org">talked</a>.</p>' +
      '<script>var x;</script><ul><li>Trade</li><li>Energy</li></ul><footer>© 2025</footer></body></html>';
    expect(await htmlText(html)).toBe('Talks in Baku\n\nThe ministers met & talked.\n\n * Trade\n * Energy');
  });
});

describe('pdfPageText', () => {
  const run = (str: string, y: number, eol = true, height = 11) => ({ str, y, height, eol });

  it('joins runs on one baseline, breaks lines where the baseline moves, and paragraphs at a wider gap', () => {
    expect(
      pdfPageText([run('Talks ', 700, false), run('in Baku', 700), run('They met.', 686), run('Then.', 658)]),
    ).toBe('Talks in Baku\nThey met.\n\nThen.');
  });

  it('joins a word a hyphen broke at the end of a line', () => {
    expect(pdfPageText([run('an inter-', 700), run('national corridor', 686)])).toBe('an international corridor');
    expect(pdfPageText([run('Kassym-', 700), run('Jomart', 686)])).toBe('Kassym-\nJomart');
  });

  it('skips empty runs that only end a line', () => {
    expect(pdfPageText([run('One', 700), run('', 700), run(' ', 686), run('Two', 686)])).toBe('One\nTwo');
  });
});

describe('scripts/make-fixtures.js', () => {
  it('makes, byte for byte, the binary fixtures committed', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/make-fixtures.js', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
