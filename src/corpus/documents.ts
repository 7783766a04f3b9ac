/**
 * The text of a document someone hands briefbot (a file shared in Slack): plain text and Markdown as they are, PDF
 * through unpdf (pdf.js built to run in Node without a canvas), Word (.docx) through mammoth, HTML through
 * html-to-text. What comes out is the text of a briefing, paragraphs apart, for {@link parseArticle} to read. The three
 * libraries are loaded the first time a document of their kind is read, so that a bot no one shares a file with
 * neither starts slower nor holds them in memory (mammoth and html-to-text alone cost some 230 ms and 25 MB).
 */
import { extname } from 'node:path';
import { fail, ok, type Result } from '../result.js';
import { decodeText, MAX_FILE_BYTES } from './load-corpus.js';

/** The kinds of document briefbot reads. */
export type DocumentKind = 'text' | 'pdf' | 'docx' | 'html';

/** The file name endings briefbot reads, and their kinds. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentKind>> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

/** Slack's `filetype` of a file whose name has no ending briefbot knows, and its kind. */
const SLACK_FILETYPES: Readonly<Record<string, DocumentKind>> = {
  text: 'text',
  markdown: 'text',
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
};

/** Largest document read, in bytes: the corpus's own limit for a briefing. */
export const MAX_DOCUMENT_BYTES = MAX_FILE_BYTES;

/**
 * The kind of a document from its name (or else Slack's `filetype`), or undefined when briefbot cannot read it.
 * @example documentKind('Talks in Baku.PDF') // → 'pdf'
 * @example documentKind('photo.jpg', 'jpg') // → undefined
 */
export function documentKind(name: string, slackType?: string): DocumentKind | undefined {
  return DOCUMENT_EXTENSIONS[extname(name).toLowerCase()] ?? (slackType ? SLACK_FILETYPES[slackType] : undefined);
}

/** Why a document gave no text: none at all (`empty`), a PDF with no text layer (`scanned`), or `unreadable`. */
export type DocumentProblem = { kind: 'empty' } | { kind: 'scanned' } | { kind: 'unreadable'; detail: string };

/**
 * The text of a document of a kind briefbot reads, paragraphs set apart by a blank line; a document without text, or
 * that cannot be read (a damaged or encrypted file, a text file that is not UTF-8), is a {@link DocumentProblem}.
 * Never throws.
 */
export async function documentText(kind: DocumentKind, bytes: Uint8Array): Promise<Result<string, DocumentProblem>> {
  let text: Result<string, DocumentProblem>;
  try {
    text = await readers[kind](bytes);
  } catch (error) {
    text = fail({ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!text.ok) return text;
  const clean = text.value.replace(/^\uFEFF/, '').trim();
  if (clean) return ok(clean);
  return fail(kind === 'pdf' ? { kind: 'scanned' } : { kind: 'empty' });
}

const readers: Readonly<Record<DocumentKind, (bytes: Uint8Array) => Promise<Result<string, DocumentProblem>>>> = {
  text: async (bytes) => {
    const decoded = decodeText(bytes);
    return decoded.ok ? decoded : fail({ kind: 'unreadable', detail: decoded.error });
  },
  pdf: async (bytes) => ok(await pdfText(bytes)),
  docx: async (bytes) => {
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return ok(value);
  },
  html: async (bytes) => {
    const decoded = decodeText(bytes);
    return decoded.ok ? ok(await htmlText(decoded.value)) : fail({ kind: 'unreadable', detail: decoded.error });
  },
};

/**
 * The text of an HTML page: its body's blocks as paragraphs, headings and links as their words (no URLs), images,
 * scripts, styles, forms and page furniture (navigation, header, footer, asides) left out.
 * @example await htmlText('<h1>Talks</h1><p>They met.</p>') // → 'Talks\n\nThey met.'
 */
export async function htmlText(html: string): Promise<string> {
  const { htmlToText } = await import('html-to-text');
  const skip = ['img', 'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'noscript', 'svg'];
  return htmlToText(html, {
    wordwrap: false,
    selectors: [
      ...skip.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
        selector,
        options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 },
      })),
      { selector: 'table', format: 'dataTable' },
    ],
  });
}

/** A run of text pdf.js places on a page: its text, baseline height, font size, and whether a line ends after it. */
export interface PdfRun {
  str: string;
  y: number;
  height: number;
  eol: boolean;
}

/** The text of a PDF, page after page, its lines and paragraphs as laid out ({@link pdfPageText}). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js takes the array over (it is transferred): give it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items)
        if ('str' in item)
          runs.push({ str: item.str, y: item.transform[5] ?? 0, height: item.height, eol: item.hasEOL });
      pages.push(pdfPageText(runs));
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}

/**
 * A PDF page's text from its runs: a new line where pdf.js ends one or the baseline moves, a blank line (a new
 * paragraph) where the gap between two lines is half as tall again as a line, and a word broken by a hyphen at a
 * line's end joined again.
 * @example pdfPageText([
 *   { str: 'Talks', y: 700, height: 12, eol: true },
 *   { str: 'They met.', y: 660, height: 11, eol: false },
 * ]) // → 'Talks\n\nThey met.'
 */
export function pdfPageText(runs: readonly PdfRun[]): string {
  const lines: { text: string; y: number; height: number }[] = [];
  let current: { text: string; y: number; height: number } | undefined;
  for (const run of runs) {
    const moved = current !== undefined && run.str.trim() !== '' && Math.abs(run.y - current.y) > run.height / 2;
    if (current && moved) {
      lines.push(current);
      current = undefined;
    }
    if (!current && run.str.trim() === '' && run.eol) continue;
    current ??= { text: '', y: run.y, height: run.height };
    current.text += run.str;
    current.height = Math.max(current.height, run.height);
    if (run.eol) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  let text = '';
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const joined = hyphenated(before, line);
    if (joined) text = text.slice(0, -1);
    else if (before)
      text += Math.abs(before.y - line.y) > 1.5 * Math.max(before.height, line.height, 1) ? '\n\n' : '\n';
    text += joined ? line.text.trim() : line.text.trimEnd();
  });
  return text.trim();
}

/** True when a line's last word is broken by a hyphen and goes on, in lower case, on the next. */
const hyphenated = (before: { text: string } | undefined, line: { text: string }): boolean =>
  before !== undefined && /\p{L}-$/u.test(before.text) && /^\p{Ll}/u.test(line.text.trim());
