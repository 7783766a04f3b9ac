import SearchableMap from 'minisearch/SearchableMap';

/**
 * A compact inverted index of passages: for each term, the passages that hold it (ascending) and how often, in typed
 * arrays rather than a map per term, so that 50,000 briefings fit in memory, a common word is scored in a few
 * milliseconds and a snapshot loads without rebuilding anything. Terms are kept in minisearch's radix tree
 * (`SearchableMap`), which is what finds them by prefix and by spelling distance.
 */
export interface Postings {
  /** Term → term number, searchable by prefix and spelling distance. */
  readonly dictionary: SearchableMap<number>;
  /** Passages ever added; passage numbers are below this. */
  readonly size: number;
  /** Passages not removed. */
  readonly live: number;
  /** Mean number of terms of a live passage. */
  readonly averageLength: number;
  /** The passages holding a term and the term's count in each; `n` entries are used. */
  list(term: number): PostingList;
  /** Which article (by the caller's number) a passage belongs to, and its paragraph. */
  owner(passage: number): number;
  paragraph(passage: number): number;
  alive(passage: number): boolean;
  /** The number of terms and the liveness (1 or 0) of every passage, for scoring loops; valid until the next add. */
  lengths(): Uint16Array;
  liveness(): Uint8Array;
  /** Add a passage with its terms (repeated as often as they occur); returns its number. */
  add(owner: number, paragraph: number, terms: readonly string[]): number;
  remove(passage: number): void;
  /** Everything, as plain arrays and strings, for a snapshot. */
  save(): PostingsData;
}

/** The passages holding one term, ascending, and the term's count in each. */
export interface PostingList {
  docs: Uint32Array;
  tfs: Uint8Array;
  n: number;
}

/** What a snapshot keeps of the postings. */
export interface PostingsData {
  /** Terms in term-number order. */
  terms: string[];
  /** Where each term's entries start in `docs` and `tfs`; one more entry than terms. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint8Array;
  owners: Uint32Array;
  paragraphs: Uint16Array;
  lengths: Uint16Array;
  alive: Uint8Array;
}

type Growable = Uint32Array | Uint16Array | Uint8Array;

/** An array with room for `need` entries: itself, or a copy twice as large. */
function room<T extends Growable>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2, 8));
  b.set(a);
  return b;
}

const MAX_TF = 255;
const MAX_LENGTH = 65535;

/** How many terms enter the dictionary between two turns of the event loop while a snapshot loads. */
const TERMS_PER_SLICE = 5_000;

/** Postings from a snapshot's data, building the term dictionary a slice at a time with turns for the event loop. */
export async function loadPostings(data: PostingsData, turn: () => Promise<void>): Promise<Postings> {
  const dictionary = new SearchableMap<number>();
  for (const [i, t] of data.terms.entries()) {
    dictionary.set(t, i);
    if (i % TERMS_PER_SLICE === TERMS_PER_SLICE - 1) await turn();
  }
  return createPostings(data, dictionary);
}

/** Postings from a snapshot's data (with its dictionary when already built), or empty ones. */
export function createPostings(data?: PostingsData, built?: SearchableMap<number>): Postings {
  const dictionary = built ?? new SearchableMap<number>();
  if (!built) data?.terms.forEach((t, i) => dictionary.set(t, i));
  /** The snapshot's entries (the terms themselves live in the dictionary only: one copy of 300,000 words is enough). */
  const base = data ? { offsets: data.offsets, docs: data.docs, tfs: data.tfs } : undefined;
  /** Terms numbered below this have their entries in the snapshot's arrays; later ones were added since. */
  const saved = data?.terms.length ?? 0;
  let termCount = saved;
  const lists: (PostingList | undefined)[] = new Array(saved);
  let owners = data?.owners ?? new Uint32Array(0);
  let paragraphs = data?.paragraphs ?? new Uint16Array(0);
  let lengths = data?.lengths ?? new Uint16Array(0);
  let alive = data?.alive ?? new Uint8Array(0);
  let size = owners.length;
  let live = 0;
  let totalLength = 0;
  for (let p = 0; p < size; p += 1)
    if (alive[p]) {
      live += 1;
      totalLength += lengths[p]!;
    }

  const list = (term: number): PostingList => {
    let l = lists[term];
    if (!l) {
      const [from, to] = base && term < saved ? [base.offsets[term]!, base.offsets[term + 1]!] : [0, 0];
      l = base
        ? { docs: base.docs.subarray(from, to), tfs: base.tfs.subarray(from, to), n: to - from }
        : { docs: new Uint32Array(0), tfs: new Uint8Array(0), n: 0 };
      lists[term] = l;
    }
    return l;
  };
  const termNumber = (term: string): number => {
    let id = dictionary.get(term);
    if (id === undefined) {
      id = termCount;
      termCount += 1;
      dictionary.set(term, id);
    }
    return id;
  };

  return {
    dictionary,
    get size() {
      return size;
    },
    get live() {
      return live;
    },
    get averageLength() {
      return live === 0 ? 0 : totalLength / live;
    },
    list,
    owner: (p) => owners[p]!,
    paragraph: (p) => paragraphs[p]!,
    alive: (p) => alive[p] === 1,
    lengths: () => lengths,
    liveness: () => alive,
    add(owner, paragraph, passageTerms) {
      const p = size;
      size += 1;
      owners = room(owners, size);
      paragraphs = room(paragraphs, size);
      lengths = room(lengths, size);
      alive = room(alive, size);
      owners[p] = owner;
      paragraphs[p] = paragraph;
      lengths[p] = Math.min(passageTerms.length, MAX_LENGTH);
      alive[p] = 1;
      live += 1;
      totalLength += lengths[p]!;
      const counts = new Map<string, number>();
      for (const t of passageTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, count] of counts) {
        const l = list(termNumber(t));
        l.docs = room(l.docs, l.n + 1);
        l.tfs = room(l.tfs, l.n + 1);
        l.docs[l.n] = p;
        l.tfs[l.n] = Math.min(count, MAX_TF);
        l.n += 1;
      }
      return p;
    },
    remove(p) {
      if (!alive[p]) return;
      alive[p] = 0;
      live -= 1;
      totalLength -= lengths[p]!;
    },
    save() {
      const terms = new Array<string>(termCount);
      for (const [t, id] of dictionary) terms[id] = t;
      const offsets = new Uint32Array(termCount + 1);
      for (let i = 0; i < termCount; i += 1) offsets[i + 1] = offsets[i]! + list(i).n;
      const docs = new Uint32Array(offsets[termCount]!);
      const tfs = new Uint8Array(offsets[termCount]!);
      for (let i = 0; i < termCount; i += 1) {
        const l = list(i);
        docs.set(l.docs.subarray(0, l.n), offsets[i]);
        tfs.set(l.tfs.subarray(0, l.n), offsets[i]);
      }
      return {
        terms,
        offsets,
        docs,
        tfs,
        owners: owners.slice(0, size),
        paragraphs: paragraphs.slice(0, size),
        lengths: lengths.slice(0, size),
        alive: alive.slice(0, size),
      };
    },
  };
}
