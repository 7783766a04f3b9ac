import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Article, CorpusWarning, Paragraph } from '../types.js';
import type { Meeting } from '../extract/types.js';
import type { SearchIndexSnapshot } from './search-index.js';
import type { PostingsData } from './postings.js';
import { yieldToEventLoop } from '../event-loop.js';

/** The snapshot format; a file of another version is ignored and rebuilt. */
export const SNAPSHOT_VERSION = 3;
/** Articles and meetings are written in chunks, so that reading one never holds the event loop for long. */
const ARTICLES_PER_CHUNK = 2000;
const MEETINGS_PER_CHUNK = 1000;
const TERMS_PER_CHUNK = 50_000;
/** How many articles' paragraphs a loaded snapshot keeps in memory at once (read from the file again when needed). */
export const PARAGRAPH_CACHE = 500;
/** The header is the first line; it is read in pieces of this size. */
const HEADER_READ = 64 * 1024;

/** Everything loading a corpus produces, as saved between runs. */
export interface Snapshot {
  version: number;
  fingerprint: string;
  articles: Article[];
  warnings: CorpusWarning[];
  meetings: Meeting[];
  search: SearchIndexSnapshot;
}

/** Give the event loop a turn between two chunks. */
export type Turn = () => Promise<void>;

type ArrayKind = 'u32' | 'u16' | 'u8';
interface Section {
  name: string;
  kind: 'json' | 'bytes' | ArrayKind;
  offset: number;
  length: number;
}
interface Header {
  version: number;
  fingerprint: string;
  sections: Section[];
}

const TYPED = { u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
const ARRAYS: readonly (keyof PostingsData & string)[] = [
  'offsets',
  'docs',
  'tfs',
  'owners',
  'paragraphs',
  'lengths',
  'alive',
];
const kindOf = (a: Uint32Array | Uint16Array | Uint8Array): ArrayKind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : 'u8';
const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const padding = (n: number): number => (8 - (n % 8)) % 8;

/** Paragraphs as saved: sentences by their offsets only, their text being the paragraph's. */
type SavedParagraph = Omit<Paragraph, 'sentences'> & { sentences: [number, number][] };
const toSaved = (p: Paragraph): SavedParagraph => ({
  n: p.n,
  text: p.text,
  heading: p.heading,
  sentences: p.sentences.map((s) => [s.start, s.end]),
});
const fromSaved = (p: SavedParagraph): Paragraph => ({
  n: p.n,
  text: p.text,
  sentences: p.sentences.map(([start, end]) => ({ text: p.text.slice(start, end), start, end })),
  heading: p.heading,
});

/**
 * Save a snapshot atomically (a temporary file renamed over the old one), creating its folder: a one-line JSON
 * header, then the sections it lists — articles (without their paragraphs) and meetings as JSON chunks, each
 * article's paragraphs as JSON at an offset of their own, the index's arrays as raw bytes.
 */
export async function saveSnapshot(path: string, snapshot: Snapshot, turn: Turn = yieldToEventLoop): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const { postings, owners } = snapshot.search;
  const parts: { name: string; kind: Section['kind']; bytes: Uint8Array[] }[] = [];
  const json = async (name: string, value: unknown): Promise<void> => {
    parts.push({ name, kind: 'json', bytes: [Buffer.from(JSON.stringify(value))] });
    await turn();
  };
  for (const chunk of chunks(snapshot.articles, ARTICLES_PER_CHUNK))
    await json(
      'articles',
      chunk.map(({ paragraphs: _, ...meta }) => meta),
    );
  const texts: Buffer[] = [];
  const at = new Float64Array(snapshot.articles.length + 1);
  for (const [c, chunk] of chunks(snapshot.articles, ARTICLES_PER_CHUNK).entries()) {
    const pieces = chunk.map((article, k) => {
      const bytes = Buffer.from(JSON.stringify(article.paragraphs.map(toSaved)));
      const i = c * ARTICLES_PER_CHUNK + k;
      at[i + 1] = at[i]! + bytes.byteLength;
      return bytes;
    });
    texts.push(Buffer.concat(pieces));
    await turn();
  }
  parts.push({ name: 'articleParagraphOffsets', kind: 'bytes', bytes: [new Uint8Array(at.buffer)] });
  parts.push({ name: 'articleParagraphs', kind: 'bytes', bytes: texts });
  for (const chunk of chunks(snapshot.meetings, MEETINGS_PER_CHUNK)) await json('meetings', chunk);
  await json('warnings', snapshot.warnings);
  await json('articlesByOwner', owners);
  for (const chunk of chunks(postings.terms, TERMS_PER_CHUNK)) await json('terms', chunk);
  for (const name of ARRAYS) {
    const a = postings[name] as Uint32Array | Uint16Array | Uint8Array;
    parts.push({ name, kind: kindOf(a), bytes: [new Uint8Array(a.buffer, a.byteOffset, a.byteLength)] });
  }
  let offset = 0;
  const sections = parts.map(({ name, kind, bytes }) => {
    const section = { name, kind, offset, length: bytes.reduce((n, b) => n + b.byteLength, 0) };
    offset += section.length + padding(section.length);
    return section;
  });
  const header: Header = { version: snapshot.version, fingerprint: snapshot.fingerprint, sections };
  const head = Buffer.from(`${JSON.stringify(header)}\n`);
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.write(head);
    await file.write(new Uint8Array(padding(head.byteLength)));
    for (const [i, { bytes }] of parts.entries()) {
      for (const piece of bytes) await file.write(piece);
      await file.write(new Uint8Array(padding(sections[i]!.length)));
    }
  } finally {
    await file.close();
  }
  await rename(temp, path).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}

/** The header line of a snapshot file and where its body starts. */
async function readHeader(file: FileHandle): Promise<{ header: Partial<Header>; body: number }> {
  let text = Buffer.alloc(0);
  for (;;) {
    const piece = Buffer.alloc(HEADER_READ);
    const { bytesRead } = await file.read(piece, 0, HEADER_READ, text.length);
    text = Buffer.concat([text, piece.subarray(0, bytesRead)]);
    const end = text.indexOf(0x0a);
    if (end >= 0 || bytesRead === 0) {
      const line = end >= 0 ? text.subarray(0, end) : text;
      return {
        header: JSON.parse(line.toString('utf8')) as Partial<Header>,
        body: end >= 0 ? end + 1 + padding(end + 1) : -1,
      };
    }
  }
}

/**
 * Give articles read without their paragraphs a `paragraphs` property that reads them from the snapshot file when
 * asked, keeping the most recently read {@link PARAGRAPH_CACHE} in memory: a corpus of 50,000 briefings need not be
 * held in memory to be searched. The file stays open (a snapshot written over it later replaces its name, not the
 * open file).
 */
async function withLazyParagraphs(
  articles: Article[],
  path: string,
  start: number,
  offsets: Float64Array,
  turn: Turn,
): Promise<Article[]> {
  const fd = openSync(path, 'r');
  const cache = new Map<number, Paragraph[]>();
  const load = (i: number): Paragraph[] => {
    const hit = cache.get(i);
    if (hit) {
      cache.delete(i);
      cache.set(i, hit);
      return hit;
    }
    const length = offsets[i + 1]! - offsets[i]!;
    const bytes = Buffer.alloc(length);
    if (readSync(fd, bytes, 0, length, start + offsets[i]!) !== length)
      throw new Error(`the snapshot at ${path} was cut short; restart briefbot to rebuild it`);
    const paragraphs = (JSON.parse(bytes.toString('utf8')) as SavedParagraph[]).map(fromSaved);
    cache.set(i, paragraphs);
    if (cache.size > PARAGRAPH_CACHE) cache.delete(cache.keys().next().value!);
    return paragraphs;
  };
  if (articles.length === 0) closeSync(fd);
  const lazy: Article[] = [];
  for (const [i, meta] of articles.entries()) {
    // An object literal with a getter stays a fast object; defineProperty on 50,000 of them would not.
    lazy.push({
      ...meta,
      get paragraphs() {
        return load(i);
      },
    });
    if (i % ARTICLES_PER_CHUNK === ARTICLES_PER_CHUNK - 1) await turn();
  }
  return lazy;
}

/**
 * Read a snapshot of the corpus with this fingerprint. Undefined when there is none, it is of another corpus state
 * (stale), or it cannot be used; the reason is returned for a warning when the file exists but is unusable. Only
 * the header is read of a stale snapshot; the articles' paragraphs are left in the file until asked for.
 */
export async function readSnapshot(
  path: string,
  fingerprint: string,
  turn: Turn = yieldToEventLoop,
): Promise<{ snapshot?: Snapshot; problem?: string }> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return {};
  }
  try {
    const { header, body } = await readHeader(file);
    if (header.version !== SNAPSHOT_VERSION) {
      const version = String(header.version);
      return { problem: `the snapshot at ${path} is of version ${version}, not ${SNAPSHOT_VERSION}; rebuilding it` };
    }
    if (header.fingerprint !== fingerprint) return {};
    if (!Array.isArray(header.sections) || body < 0)
      return { problem: `the snapshot at ${path} is incomplete; rebuilding it` };
    const size = (await file.stat()).size;
    const bytes = async (s: Section, into?: Uint8Array): Promise<Uint8Array> => {
      if (body + s.offset + s.length > size) throw new Error(`section ${s.name} is cut short`);
      const target = into ?? Buffer.alloc(s.length);
      await file.read(target, 0, s.length, body + s.offset);
      return target;
    };
    const values = new Map<string, unknown[]>();
    for (const s of header.sections) {
      if (s.name === 'articleParagraphs') continue;
      let value: unknown;
      if (s.kind === 'json') {
        value = JSON.parse(Buffer.from(await bytes(s)).toString('utf8'));
        await turn();
      } else if (s.kind === 'bytes') {
        const raw = await bytes(s, Buffer.allocUnsafeSlow(s.length));
        value = new Float64Array(raw.buffer as ArrayBuffer, raw.byteOffset, s.length / Float64Array.BYTES_PER_ELEMENT);
      } else {
        // Not zero-filled first: the read fills it, and zeroing 60 MB would hold the event loop.
        const raw = await bytes(s, Buffer.allocUnsafeSlow(s.length));
        const Typed = TYPED[s.kind];
        value = new Typed(raw.buffer as ArrayBuffer, raw.byteOffset, s.length / Typed.BYTES_PER_ELEMENT);
      }
      values.set(s.name, [...(values.get(s.name) ?? []), value]);
    }
    const one = <T>(name: string): T => {
      const v = values.get(name);
      if (!v || v.length !== 1) throw new Error(`section ${name} is missing`);
      return v[0] as T;
    };
    const paragraphs = header.sections.find((s) => s.name === 'articleParagraphs');
    const offsets = one<Float64Array>('articleParagraphOffsets');
    const metas = ((values.get('articles') ?? []) as Article[][]).flat();
    if (!paragraphs || offsets.length !== metas.length + 1 || body + paragraphs.offset + offsets[metas.length]! > size)
      throw new Error('the paragraphs are cut short');
    const postings = Object.fromEntries([
      ['terms', ((values.get('terms') ?? []) as string[][]).flat()],
      ...ARRAYS.map((name) => [name, one(name)]),
    ]) as unknown as PostingsData;
    return {
      snapshot: {
        version: SNAPSHOT_VERSION,
        fingerprint,
        articles: await withLazyParagraphs(metas, path, body + paragraphs.offset, offsets, turn),
        meetings: ((values.get('meetings') ?? []) as Meeting[][]).flat(),
        warnings: one<CorpusWarning[]>('warnings'),
        search: { postings, owners: one<(string | null)[]>('articlesByOwner') },
      },
    };
  } catch (error) {
    return { problem: `the snapshot at ${path} is corrupt (${(error as Error).message}); rebuilding it` };
  } finally {
    await file.close();
  }
}
