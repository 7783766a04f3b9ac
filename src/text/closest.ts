/** "Did you mean …": the nearest of a few known words to one mistyped, by spelling distance (fastest-levenshtein). */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest `word` in spelling (letters added, dropped or changed, case ignored) when it is from 1 to
 * `maxDistance` edits away and those edits change at most half of the word's letters ("x" is no misspelt "tz");
 * undefined for none, and for the word itself. Of candidates equally near, the first listed wins.
 * @example closestWord('serach', ['search', 'sources', 'source']) // → 'search'
 */
export function closestWord(word: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  const w = word.toLowerCase();
  const budget = Math.min(maxDistance, Math.floor([...w].length / 2));
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(w, candidate.toLowerCase());
    if (d === 0) return undefined;
    if (d <= budget && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}
