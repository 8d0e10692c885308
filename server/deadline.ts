// Bound how long a request waits. The store runs one query at a time and cannot cancel one that is queued or whose
// rows are being converted (its own timeout covers only the engine's execution), so the wait is bounded here.
import { StoreError } from '../graph/types.ts';

/** `work`, or a retriable `timeout` StoreError (503 + Retry-After) after `ms`; the work itself goes on (its result is dropped). */
export function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  if (!Number.isFinite(ms)) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreError('timeout', 'The graph is busy or the request took too long; try again shortly.', true)), ms);
    timer.unref();
  });
  work.catch(() => undefined);               // a rejection after the deadline is not an unhandled one
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
