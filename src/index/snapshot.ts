import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Article, CorpusWarning } from '../types.js';
import type { Meeting } from '../extract/types.js';
import type { SearchIndexSnapshot } from './search-index.js';
import type { PostingsData } from './postings.js';

/** The snapshot format; a file of another version is ignored and rebuilt. */
export const SNAPSHOT_VERSION = 2;
/** Articles and meetings are written in chunks, so that reading one never holds the event loop for long. */
const ARTICLES_PER_CHUNK = 500;
const MEETINGS_PER_CHUNK = 2000;

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
const nextTurn: Turn = () => new Promise((resolve) => setImmediate(resolve));

type ArrayKind = 'u32' | 'u16' | 'u8';
interface Section {
  name: string;
  kind: 'json' | ArrayKind;
  offset: number;
  length: number;
}
interface Header {
  version: number;
  fingerprint: string;
  sections: Section[];
}

const TYPED = { u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
const ARRAYS: readonly (keyof PostingsData & string)[] = ['offsets', 'docs', 'tfs', 'owners', 'paragraphs', 'lengths', 'alive'];
const kindOf = (a: Uint32Array | Uint16Array | Uint8Array): ArrayKind => (a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : 'u8');
const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Save a snapshot atomically (a temporary file renamed over the old one), creating its folder: a one-line JSON
 * header, then the sections it lists — articles and meetings as JSON chunks, the index's arrays as raw bytes.
 */
export async function saveSnapshot(path: string, snapshot: Snapshot, turn: Turn = nextTurn): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const { postings, owners } = snapshot.search;
  const parts: { name: string; kind: Section['kind']; bytes: Uint8Array }[] = [];
  const json = async (name: string, value: unknown): Promise<void> => {
    parts.push({ name, kind: 'json', bytes: Buffer.from(JSON.stringify(value)) });
    await turn();
  };
  for (const chunk of chunks(snapshot.articles, ARTICLES_PER_CHUNK)) await json('articles', chunk);
  for (const chunk of chunks(snapshot.meetings, MEETINGS_PER_CHUNK)) await json('meetings', chunk);
  await json('warnings', snapshot.warnings);
  await json('articlesByOwner', owners);
  await json('terms', postings.terms);
  for (const name of ARRAYS) {
    const a = postings[name] as Uint32Array | Uint16Array | Uint8Array;
    parts.push({ name, kind: kindOf(a), bytes: new Uint8Array(a.buffer, a.byteOffset, a.byteLength) });
  }
  let offset = 0;
  const sections = parts.map(({ name, kind, bytes }) => {
    const section = { name, kind, offset, length: bytes.byteLength };
    offset += bytes.byteLength + ((8 - (bytes.byteLength % 8)) % 8);
    return section;
  });
  const header: Header = { version: snapshot.version, fingerprint: snapshot.fingerprint, sections };
  const head = Buffer.from(`${JSON.stringify(header)}\n`);
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.write(head);
    await file.write(new Uint8Array((8 - (head.byteLength % 8)) % 8));
    for (const { bytes } of parts) {
      await file.write(bytes);
      await file.write(new Uint8Array((8 - (bytes.byteLength % 8)) % 8));
    }
  } finally {
    await file.close();
  }
  await rename(temp, path).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}

/**
 * Read a snapshot of the corpus with this fingerprint. Undefined when there is none, it is of another corpus state
 * (stale), or it cannot be used; the reason is returned for a warning when the file exists but is unusable.
 */
export async function readSnapshot(path: string, fingerprint: string, turn: Turn = nextTurn): Promise<{ snapshot?: Snapshot; problem?: string }> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return {};
  }
  try {
    const end = file.indexOf(0x0a);
    const header = JSON.parse(file.subarray(0, end < 0 ? file.length : end).toString('utf8')) as Partial<Header>;
    if (header.version !== SNAPSHOT_VERSION) return { problem: `the snapshot at ${path} is of version ${String(header.version)}, not ${SNAPSHOT_VERSION}; rebuilding it` };
    if (header.fingerprint !== fingerprint) return {};
    if (!Array.isArray(header.sections) || end < 0) return { problem: `the snapshot at ${path} is incomplete; rebuilding it` };
    const body = end + 1 + ((8 - ((end + 1) % 8)) % 8);
    const bytes = (s: Section): Buffer => {
      if (body + s.offset + s.length > file.length) throw new Error(`section ${s.name} is cut short`);
      return file.subarray(body + s.offset, body + s.offset + s.length);
    };
    const values = new Map<string, unknown[]>();
    for (const s of header.sections) {
      const raw = bytes(s);
      let value: unknown;
      if (s.kind === 'json') {
        value = JSON.parse(raw.toString('utf8'));
        await turn();
      } else {
        const Typed = TYPED[s.kind];
        const aligned = raw.byteOffset % Typed.BYTES_PER_ELEMENT === 0 ? raw : Buffer.from(raw);
        value = new Typed(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.byteLength / Typed.BYTES_PER_ELEMENT);
      }
      values.set(s.name, [...(values.get(s.name) ?? []), value]);
    }
    const one = <T>(name: string): T => {
      const v = values.get(name);
      if (!v || v.length !== 1) throw new Error(`section ${name} is missing`);
      return v[0] as T;
    };
    const postings = Object.fromEntries([['terms', one<string[]>('terms')], ...ARRAYS.map((name) => [name, one(name)])]) as unknown as PostingsData;
    return {
      snapshot: {
        version: SNAPSHOT_VERSION,
        fingerprint,
        articles: ((values.get('articles') ?? []) as Article[][]).flat(),
        meetings: ((values.get('meetings') ?? []) as Meeting[][]).flat(),
        warnings: one<CorpusWarning[]>('warnings'),
        search: { postings, owners: one<(string | null)[]>('articlesByOwner') },
      },
    };
  } catch (error) {
    return { problem: `the snapshot at ${path} is corrupt (${(error as Error).message}); rebuilding it` };
  }
}
