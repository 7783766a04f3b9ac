/** A map that keeps at most `limit` entries, forgetting the oldest first: for what a running app remembers briefly. */
export interface BoundedMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  has(key: K): boolean;
}

/** Make a {@link BoundedMap}; each app builds its own (no module-level state). */
export function boundedMap<K, V>(limit: number): BoundedMap<K, V> {
  const map = new Map<K, V>();
  return {
    get: (key) => map.get(key),
    has: (key) => map.has(key),
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      while (map.size > limit) map.delete(map.keys().next().value as K);
    },
  };
}

/**
 * True the first time an id is seen, false after: Slack delivers an event again when it thinks the first delivery
 * failed (`X-Slack-Retry-Num`), with the same `event_id`.
 */
export function firstTime(seen: BoundedMap<string, true>, id: string | undefined): boolean {
  if (!id) return true;
  if (seen.has(id)) return false;
  seen.set(id, true);
  return true;
}
