/**
 * Names found however they are misspelt: "Dushambe" is Dushanbe and "Tashkant" is Tashkent, by spelling distance
 * over the names a table knows (minisearch's radix tree does the distance search). Short names get no such leeway:
 * one letter off a four-letter word is another word.
 */
import SearchableMap from 'minisearch/SearchableMap';

/**
 * How many typos (letters added, dropped or changed) a name of this many letters may carry and still be known.
 * @example typoBudget('dushambe'.length) // → 1
 */
export const typoBudget = (letters: number): number => (letters >= 10 ? 2 : letters >= 6 ? 1 : 0);

/**
 * A lookup by lower-cased name that tolerates typos: the exact entry, else the one entry nearest in spelling within
 * the {@link typoBudget}, starting with the same letter. Two different entries equally near are a guess, so none
 * unless `tie` picks one; a word `isOtherWord` knows as something else ("August", not Augusta) is never taken for a
 * misspelling.
 * @example typoTolerant(new Map([['tashkent', 'UZB']]))('Tashkant') // → 'UZB'
 */
export function typoTolerant<T>(
  entries: ReadonlyMap<string, T>,
  isOtherWord: (key: string) => boolean = () => false,
  tie: (values: T[]) => T | undefined = () => undefined,
): (name: string) => T | undefined {
  const tree = new SearchableMap<T>();
  for (const [key, value] of entries) tree.set(key, value);
  // A spelling search costs tens of microseconds and a corpus asks the same words again and again ("in October").
  const memo = new Map<string, T | undefined>();
  const nearest = (key: string): T | undefined => {
    const budget = typoBudget([...key].length);
    if (budget === 0) return undefined;
    let best: { distance: number; values: Set<T> } | undefined;
    // Two letters swapped ("Algeirs") is one slip, though two letters changed: searched for with one more.
    for (const [near, [value, found]] of tree.fuzzyGet(key, budget + 1)) {
      const distance = found > budget && swapped(key, near) ? budget : found;
      // "Indira" is two letters off "India" in a five-letter name: the shorter of the two sets the leeway.
      if (near[0] !== key[0] || distance > Math.min(budget, typoBudget([...near].length))) continue;
      if (!slipsOfTheHand(key, near) && !swapped(key, near)) continue;
      if (!best || distance < best.distance) best = { distance, values: new Set([value]) };
      else if (distance === best.distance) best.values.add(value);
    }
    return best?.values.size === 1 ? [...best.values][0] : best ? tie([...best.values]) : undefined;
  };
  return (name) => {
    const key = name.toLowerCase();
    const exact = entries.get(key);
    if (exact !== undefined) return exact;
    if (memo.has(key)) return memo.get(key);
    if (isOtherWord(key)) return undefined;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = nearest(key);
    memo.set(key, found);
    return found;
  };
}

/** True when two words differ only by two neighbouring letters swapped: "algeirs" and "algiers". */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return at.length === 2 && at[1] === at[0]! + 1 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!];
}

/** Each letter's neighbours on a QWERTY keyboard. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS: ReadonlyMap<string, string> = new Map(
  KEYBOARD_ROWS.flatMap((row, r) =>
    [...row].map((c, i) => {
      const near = [row[i - 1], row[i + 1], KEYBOARD_ROWS[r - 1]?.[i], KEYBOARD_ROWS[r - 1]?.[i + 1]];
      near.push(KEYBOARD_ROWS[r + 1]?.[i], KEYBOARD_ROWS[r + 1]?.[i - 1]);
      return [c, near.filter(Boolean).join('')] as const;
    }),
  ),
);
const VOWELS = 'aeiouy';

/**
 * True unless two names of one length differ by a letter no slip of the hand or ear makes: a vowel for a vowel
 * ("Tashkant"), a key for its neighbour, or one sound for another ("Dushambe"); "Anning" is not "Anqing" misspelt.
 * Names of different lengths (a letter added or dropped) always pass.
 */
function slipsOfTheHand(a: string, b: string): boolean {
  if (a.length !== b.length) return true;
  return [...a].every((x, i) => {
    const y = b[i]!;
    // Apostrophes, okinas, accented letters: another way of writing, not another name.
    if (x === y || !/[a-z]/.test(x) || !/[a-z]/.test(y) || (VOWELS.includes(x) && VOWELS.includes(y))) return true;
    if (NEIGHBOURS.get(x)?.includes(y)) return true;
    return ['mn', 'ck', 'sz', 'cs', 'gj', 'dt', 'bp', 'vw', 'fv', 'kq', 'iy', 'lr'].some(
      (pair) => pair.includes(x) && pair.includes(y),
    );
  });
}

/** Misspellings remembered per lookup before the memo starts again. */
export const MEMO_LIMIT = 20_000;
