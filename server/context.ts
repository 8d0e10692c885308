// What every route module gets: the store (reads), the write queue, the ask function and the limits.
import type { GraphStore, Query, Row } from '../graph/types.ts';
import type { WriteQueue } from './write-queue.ts';

/** The question engine as the server sees it: a question in, a JSON-able answer out. */
export type AskFn = (question: string) => Promise<unknown>;

export interface Limits {
  /** Requests per minute per IP on POST /api/ask; `false` disables the limiter (benches). Default 600. */
  askPerMinute?: number | false;
  /** Requests per minute per IP on POST /api/documents; `false` disables. Default 60. */
  uploadPerMinute?: number | false;
  /** Requests per minute per IP on every other /api route; `false` disables. Default 6000. */
  apiPerMinute?: number | false;
  /** JSON body limit in bytes. Default 64 kB. */
  jsonBytes?: number;
  /** Upload size limit in bytes. Default 5 MB. */
  uploadBytes?: number;
  /** Per-query timeout for the API's own reads, in ms. Default 10 s. */
  queryTimeoutMs?: number;
}

export const DEFAULT_LIMITS: Required<Limits> = {
  askPerMinute: 600, uploadPerMinute: 60, apiPerMinute: 6000,
  jsonBytes: 64 * 1024, uploadBytes: 5 * 1024 * 1024, queryTimeoutMs: 10_000,
};

export interface Ctx {
  store: GraphStore;
  writes: WriteQueue;
  ask?: AskFn;
  limits: Required<Limits>;
  /** A read-only query with the API's timeout. */
  read(query: Query): Promise<Row[]>;
}

export function makeCtx(store: GraphStore, writes: WriteQueue, ask: AskFn | undefined, limits: Limits = {}): Ctx {
  const all = { ...DEFAULT_LIMITS, ...limits };
  return {
    store, writes, ask, limits: all,
    read: (query) => store.run(query, { readOnly: true, timeoutMs: all.queryTimeoutMs }),
  };
}

/** Row value helpers: the store returns plain values; these narrow them. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
export const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
export const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
export const numOrNull = (v: unknown): number | null => (v == null ? null : num(v));
