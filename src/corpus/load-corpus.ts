import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article, Corpus, CorpusWarning } from '../types.js';
import { parseArticle } from './parse-article.js';

/** Largest corpus file read, in megabytes. */
export const MAX_FILE_MB = 5;
/** Largest corpus file read, in bytes. */
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
/** File extensions read from the corpus folder (compared case-insensitively). */
export const CORPUS_EXTENSIONS: readonly string[] = ['.txt', '.md'];
/** How many files are read at once. */
export const READ_CONCURRENCY = 32;
/** How many files are parsed between two turns of the event loop. */
export const FILES_PER_SLICE = 25;

/** The corpus folder is missing or is not a folder; says which setting to change. */
export class CorpusFolderError extends Error {
  readonly code = 'BRIEFBOT_CORPUS_NOT_A_FOLDER';
  constructor(readonly dir: string) {
    super(corpusFolderMessage(dir));
    this.name = 'CorpusFolderError';
  }
}

/**
 * The message for a corpus path that is not a folder.
 * @example corpusFolderMessage('./x') // → 'briefbot: BRIEFBOT_CORPUS "./x" is not a folder'
 */
export function corpusFolderMessage(dir: string): string {
  return `briefbot: BRIEFBOT_CORPUS ${JSON.stringify(dir)} is not a folder`;
}

/** What reading one file gave: its text, or why it could not be used. */
export type FileText = { text: string } | { reason: string };

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
 * Reads every .txt and .md file directly in `dir` into Articles; bad files become warnings, never errors.
 * Throws CorpusFolderError when `dir` is missing or not a folder.
 * @example await loadCorpus('seeds', { onProgress: (done, total) => console.log(done, total) })
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  await assertFolder(dir);
  const fs = options.fs ?? nodeCorpusFileSystem;
  const names = (await readdir(dir)).filter(isCorpusFileName).sort(compareNames);
  const texts = await mapLimited(names, READ_CONCURRENCY, (name) => readListedFile(join(dir, name), fs));
  const articles: Article[] = [];
  const warnings: CorpusWarning[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of names.entries()) {
    if (i > 0 && i % FILES_PER_SLICE === 0) options.onProgress?.(i, names.length);
    if (i % FILES_PER_SLICE === FILES_PER_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
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
  if ('reason' in read) {
    warnings.push({ file, reason: read.reason });
    return undefined;
  }
  const { article, warning } = parseArticle(file, read.text);
  if (warning) warnings.push({ file, reason: warning });
  if (!article) return undefined;
  const earlier = seen.get(article.contentHash);
  if (earlier !== undefined) {
    warnings.push({ file, reason: `same content as ${earlier}; loaded once` });
    return undefined;
  }
  seen.set(article.contentHash, file);
  return article;
}

async function assertFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new CorpusFolderError(dir);
}

/**
 * True for a name the corpus reads (.txt or .md, any case).
 * @example isCorpusFileName('notes.MD') // → true
 */
export function isCorpusFileName(name: string): boolean {
  return CORPUS_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.');
}

/** Orders file names by code unit, so the order is the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads one file as UTF-8 text, or says why not: unreadable, too large, binary, not UTF-8, or changing under the
 * reader. A file whose size or modification time moves while it is read is read once more; if it moves again it is
 * refused with CHANGED_REASON rather than returned torn.
 * @example await readCorpusFile('seeds/000_0d5f0c5c4968850b.txt') // → { text: ' date 2023-10-26 …' }
 */
export async function readCorpusFile(path: string, options: ReadCorpusFileOptions = {}): Promise<FileText> {
  const read = await readSteady(path, options.fs ?? nodeCorpusFileSystem);
  return 'error' in read ? { reason: `unreadable: ${read.error}` } : read;
}

/**
 * Reads a file that a directory listing just named: as readCorpusFile, except that a file missing by now is said
 * to have vanished rather than reported by its error code.
 */
export async function readListedFile(path: string, fs: CorpusFileSystem = nodeCorpusFileSystem): Promise<FileText> {
  const read = await readSteady(path, fs);
  if (!('error' in read)) return read;
  return { reason: read.error === 'ENOENT' ? VANISHED_REASON : `unreadable: ${read.error}` };
}

/** One attempt at reading a file: its bytes, or that it moved, was too large, or failed with an error code. */
type Attempt = { bytes: Uint8Array } | { changed: true } | { reason: string } | { error: string };

/** Reads a file up to twice until one read is not torn; decodes the bytes of the steady read. */
async function readSteady(path: string, fs: CorpusFileSystem): Promise<FileText | { error: string }> {
  let attempt = await readOnce(path, fs);
  if ('changed' in attempt) attempt = await readOnce(path, fs);
  if ('changed' in attempt) return { reason: CHANGED_REASON };
  if ('bytes' in attempt) return decodeText(attempt.bytes);
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
      if (before.size > MAX_FILE_BYTES) return { reason: tooLarge(before.size) };
      const bytes = await handle.readFile();
      const after = await handle.stat();
      return isTorn(before, bytes.length, after) ? { changed: true } : { bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { error: errorCode(error) };
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
 * @example decodeText(Buffer.from([0x61, 0x00])) // → { reason: 'binary file' }
 */
export function decodeText(buffer: Uint8Array): FileText {
  if (buffer.length > MAX_FILE_BYTES) return { reason: tooLarge(buffer.length) };
  if (isUtf16Bom(buffer)) return { reason: 'not UTF-8 text (looks like UTF-16)' };
  if (buffer.includes(0)) return { reason: 'binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { reason: 'not UTF-8 text' };
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
 * @example withUniqueIds([{ id: 'a', file: 'a.md' }, { id: 'a', file: 'a.txt' }]).map((a) => a.id) // → ['a.md', 'a.txt']
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
