import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article, Corpus, CorpusWarning } from '../types.js';
import { parseArticle } from './parse-article.js';
import { BriefbotError } from '../errors.js';
import { yieldToEventLoop } from '../event-loop.js';
import { fail, ok, type Result } from '../result.js';

/** Largest corpus file read, in megabytes. */
export const MAX_FILE_MB = 5;
/** Largest corpus file read, in bytes. */
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
/** File extensions read from the corpus folder (compared case-insensitively). */
export const CORPUS_EXTENSIONS: readonly string[] = ['.txt', '.md'];
/**
 * Folders inside the corpus folder whose briefings are read too (not their own folders): `slack/` holds the briefings
 * added from Slack. Their files are named `slack/<name>` in the corpus.
 */
export const CORPUS_SUBFOLDERS: readonly string[] = ['slack'];
/** How many files are read at once. */
export const READ_CONCURRENCY = 32;
/** How many files are parsed between two turns of the event loop. */
export const FILES_PER_SLICE = 25;

/** The setting that names the corpus folder, unless the command line's `--corpus` did. */
export const CORPUS_SETTING = 'BRIEFBOT_CORPUS';

/** What to do about a corpus path that is no folder of briefings, naming the setting it came from. */
const pointAt = (setting: string): string =>
  setting === CORPUS_SETTING ? `point ${CORPUS_SETTING} (or --corpus)` : `point ${setting}`;

/**
 * The error thrown when the corpus path is missing or not a folder: it names the setting (`BRIEFBOT_CORPUS`, or
 * `--corpus` when the command line gave the path) and says what to do.
 * @example corpusFolderError('./x').message // → 'BRIEFBOT_CORPUS "./x" is not a folder: create it, or point …'
 */
export function corpusFolderError(dir: string, setting = CORPUS_SETTING): BriefbotError {
  return new BriefbotError(
    'CORPUS_NOT_A_FOLDER',
    `${setting} ${JSON.stringify(dir)} is not a folder`,
    `create it, or ${pointAt(setting)} at your folder of briefings`,
  );
}

/**
 * The warning for a corpus folder without a single briefing to read, naming the setting it came from.
 * @example emptyFolderWarning('./x', '--corpus')
 *   // → 'the folder "./x" (--corpus) holds no .txt or .md briefings: add some, or point --corpus at …'
 */
export const emptyFolderWarning = (dir: string, setting = CORPUS_SETTING): string =>
  `the folder ${JSON.stringify(dir)} (${setting}) holds no ${CORPUS_EXTENSIONS.join(' or ')} briefings: ` +
  `add some, or ${pointAt(setting)} at your folder of briefings`;

/**
 * A warning as the operator's log says it: a file skipped, or loaded with a note.
 * @example warningLine({ file: 'a.md', reason: 'empty file' }) // → 'skipped a.md: empty file'
 */
export const warningLine = (w: CorpusWarning): string => `${w.loaded ? 'loaded' : 'skipped'} ${w.file}: ${w.reason}`;

/** What reading one file gave: its text, or why it could not be used. */
export type FileText = Result<string>;

/** What the loader needs to know about an open file: its size and last-modified time. */
export interface CorpusFileInfo {
  size: number;
  mtimeMs: number;
}

/** An open corpus file, shaped like a subset of node's `FileHandle`. */
export interface CorpusFileHandle {
  stat(): Promise<CorpusFileInfo>;
  readFile(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** How the loader opens files; the real file system by default, a fake or wrapper in tests. */
export interface CorpusFileSystem {
  open(path: string): Promise<CorpusFileHandle>;
}

/** The real file system: opens files read-only with `fs/promises`. */
export const nodeCorpusFileSystem: CorpusFileSystem = { open: (path) => open(path, 'r') };

/** Options for reading one corpus file. */
export interface ReadCorpusFileOptions {
  /** Where files are opened; defaults to the real file system. */
  fs?: CorpusFileSystem;
}

/** Options for loading a corpus folder. */
export interface LoadCorpusOptions extends ReadCorpusFileOptions {
  /**
   * Called as files are parsed with how many of `total` are done: at most once per FILES_PER_SLICE files, and
   * always once at the end with `done === total`.
   */
  onProgress?: (done: number, total: number) => void;
}

/** The reason given for a file listed in the folder that was gone by the time it was opened. */
export const VANISHED_REASON = 'vanished while being read';
/** The reason given for a file whose size or time kept changing while it was read. */
export const CHANGED_REASON = 'changed while being read; it will be read again on the next change';

/**
 * The names of the briefings in a corpus folder: its .txt and .md files, and those of its {@link CORPUS_SUBFOLDERS}
 * (`slack/x.md`), in no particular order. A subfolder that is missing or unreadable holds none.
 */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  const top = (await readdir(dir)).filter(isCorpusFileName);
  const inside = await Promise.all(
    CORPUS_SUBFOLDERS.map(async (sub) =>
      (await readdir(join(dir, sub)).catch(() => [] as string[])).filter(isCorpusFileName).map((n) => `${sub}/${n}`),
    ),
  );
  return [...top, ...inside.flat()];
}

/**
 * Reads every .txt and .md file directly in `dir` (and in its `slack/` folder) into Articles; bad files become
 * warnings, never errors.
 * Throws a `CORPUS_NOT_A_FOLDER` {@link BriefbotError} when `dir` is missing or not a folder.
 * @example await loadCorpus('seeds', { onProgress: (done, total) => console.log(done, total) })
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  await assertFolder(dir);
  const fs = options.fs ?? nodeCorpusFileSystem;
  const names = (await listCorpusFiles(dir)).sort(compareNames);
  const texts = await mapLimited(names, READ_CONCURRENCY, (name) => readListedFile(join(dir, name), fs));
  const articles: Article[] = [];
  const warnings: CorpusWarning[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of names.entries()) {
    if (i > 0 && i % FILES_PER_SLICE === 0) options.onProgress?.(i, names.length);
    if (i % FILES_PER_SLICE === FILES_PER_SLICE - 1) await yieldToEventLoop();
    const read = texts[i];
    const article = read ? acceptFile(file, read, seen, warnings) : undefined;
    if (article) articles.push(article);
  }
  options.onProgress?.(names.length, names.length);
  return { dir, articles: withUniqueIds(articles), warnings };
}

/**
 * The briefing a file's text gives, or undefined: why not (unreadable, not a briefing, a duplicate) is added to
 * `warnings`. `seen` maps the content hashes of the briefings already kept to their files; the same content twice is
 * loaded once.
 */
export function acceptFile(
  file: string,
  read: FileText,
  seen: Map<string, string>,
  warnings: CorpusWarning[],
): Article | undefined {
  if (!read.ok) {
    warnings.push({ file, reason: read.error });
    return undefined;
  }
  const { article, warning } = parseArticle(file, read.value);
  if (warning) warnings.push({ file, reason: warning, ...(article ? { loaded: true as const } : {}) });
  if (!article) return undefined;
  const earlier = seen.get(article.contentHash);
  if (earlier !== undefined) {
    warnings.push({ file, reason: `same content as ${earlier}; loaded once` });
    return undefined;
  }
  seen.set(article.contentHash, file);
  return article;
}

/**
 * Throw a `CORPUS_NOT_A_FOLDER` {@link BriefbotError}, naming `setting`, when `dir` is missing or not a folder.
 */
export async function assertFolder(dir: string, setting = CORPUS_SETTING): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw corpusFolderError(dir, setting);
}

/**
 * True for a name the corpus reads (.txt or .md, any case).
 * @example isCorpusFileName('notes.MD') // → true
 */
export function isCorpusFileName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return CORPUS_EXTENSIONS.includes(extname(base).toLowerCase()) && !base.startsWith('.');
}

/** Orders file names by code unit, so the order is the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads one file as UTF-8 text, or says why not: unreadable, too large, binary, not UTF-8, or changing under the
 * reader. A file whose size or modification time moves while it is read is read once more; if it moves again it is
 * refused with CHANGED_REASON rather than returned torn.
 * @example await readCorpusFile('seeds/000_0d5f0c5c4968850b.txt') // → { ok: true, value: ' date 2023-10-26 …' }
 */
export async function readCorpusFile(path: string, options: ReadCorpusFileOptions = {}): Promise<FileText> {
  const read = await readSteady(path, options.fs ?? nodeCorpusFileSystem);
  return 'errorCode' in read ? fail(`unreadable: ${read.errorCode}`) : read;
}

/**
 * Reads a file that a directory listing just named: as readCorpusFile, except that a file missing by now is said
 * to have vanished rather than reported by its error code.
 */
export async function readListedFile(path: string, fs: CorpusFileSystem = nodeCorpusFileSystem): Promise<FileText> {
  const read = await readSteady(path, fs);
  if (!('errorCode' in read)) return read;
  return fail(read.errorCode === 'ENOENT' ? VANISHED_REASON : `unreadable: ${read.errorCode}`);
}

/** One attempt at reading a file: its bytes, or that it moved, was too large, or failed with an error code. */
type Attempt = { bytes: Uint8Array } | { changed: true } | { tooLarge: string } | { errorCode: string };

/**
 * Reads a file up to twice until one read is not torn; decodes the bytes of the steady read. The system's error
 * code of a read that failed is left for the caller to put in words.
 */
async function readSteady(path: string, fs: CorpusFileSystem): Promise<FileText | { errorCode: string }> {
  let attempt = await readOnce(path, fs);
  if ('changed' in attempt) attempt = await readOnce(path, fs);
  if ('changed' in attempt) return fail(CHANGED_REASON);
  if ('bytes' in attempt) return decodeText(attempt.bytes);
  if ('tooLarge' in attempt) return fail(attempt.tooLarge);
  return attempt;
}

/**
 * Opens, stats and reads a file, then stats it again: a read whose byte count differs from the first size, or
 * around which the size or modification time moved, is torn. A file over the limit is refused before reading.
 */
async function readOnce(path: string, fs: CorpusFileSystem): Promise<Attempt> {
  try {
    const handle = await fs.open(path);
    try {
      const before = await handle.stat();
      if (before.size > MAX_FILE_BYTES) return { tooLarge: tooLarge(before.size) };
      const bytes = await handle.readFile();
      const after = await handle.stat();
      return isTorn(before, bytes.length, after) ? { changed: true } : { bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { errorCode: errorCode(error) };
  }
}

/**
 * True when a read cannot be trusted to be one version of the file: the bytes read differ from the size first
 * seen, or the size or modification time changed between the two stats.
 * @example isTorn({ size: 10, mtimeMs: 1 }, 12, { size: 12, mtimeMs: 2 }) // → true
 */
export function isTorn(before: CorpusFileInfo, bytesRead: number, after: CorpusFileInfo): boolean {
  return bytesRead !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs;
}

/**
 * Decodes file bytes as UTF-8 text, refusing binary (NUL bytes), invalid UTF-8 and over-large content.
 * @example decodeText(Buffer.from([0x61, 0x00])) // → { ok: false, error: 'binary file' }
 */
export function decodeText(buffer: Uint8Array): FileText {
  if (buffer.length > MAX_FILE_BYTES) return fail(tooLarge(buffer.length));
  if (isUtf16Bom(buffer)) return fail('not UTF-8 text (looks like UTF-16)');
  if (buffer.includes(0)) return fail('binary file');
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(buffer));
  } catch {
    return fail('not UTF-8 text');
  }
}

function isUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function tooLarge(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `too large (${mb.toFixed(1)} MB, limit ${MAX_FILE_MB} MB)`;
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string') return message;
  }
  return String(error);
}

/**
 * Makes article ids unique: when two files share a stem (`a.txt`, `a.md`), each id becomes its file name.
 * @example withUniqueIds([{ id: 'a', file: 'a.md' }, { id: 'a', file: 'a.txt' }]).map((a) => a.id)
 *   // → ['a.md', 'a.txt']
 */
export function withUniqueIds<T extends Pick<Article, 'id' | 'file'>>(articles: readonly T[]): T[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
  const used = new Set<string>();
  return articles.map((a) => {
    const base = (counts.get(a.id) ?? 0) > 1 ? a.file : a.id;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}~${k}`;
    used.add(id);
    return id === a.id ? a : { ...a, id };
  });
}

/** Maps items through an async function with at most `limit` calls in flight, keeping input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
