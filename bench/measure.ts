// Timing helpers for the bench (wall clock in one process; never used by unit tests).

export interface Timed<T> { value: T; seconds: number }

export async function timed<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/** Run `fn` `runs` times and keep the fastest (the least disturbed by other processes on the machine). */
export async function fastest<T>(runs: number, fn: () => T | Promise<T>): Promise<Timed<T>> {
  let best: Timed<T> | null = null;
  for (let i = 0; i < runs; i++) {
    const t = await timed(fn);
    if (!best || t.seconds < best.seconds) best = t;
  }
  if (!best) throw new Error('fastest: runs must be ≥ 1');
  return best;
}

export const round = (x: number, digits = 2): number => Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
export const mb = (bytes: number): number => bytes / 1e6;
