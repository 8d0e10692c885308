// Deterministic natural ordering (digits compared as numbers), independent of locale data.
export function naturalCompare(a: string, b: string): number {
  const ca = a.match(/\d+|\D+/g) ?? [];
  const cb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function byId<T extends Record<string, unknown>>(rows: T[]): T[] {
  return [...rows].sort((p, q) => naturalCompare(String(p.id), String(q.id)));
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(naturalCompare);
}
