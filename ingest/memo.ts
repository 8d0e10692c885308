// Bounded memoization for the short strings that recur across a corpus (agency names, role texts, titles).

/** `compute` with its results kept per key, at most `limit` of them (past that the cache starts over). */
export function memoize<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key); // one lookup on a hit (a stored undefined is looked up again)
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
