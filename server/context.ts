// What every route module gets: the store (reads), the write queue, the ask function and the limits.
import type { GraphStore, Query, Row } from '../graph/types.ts';
import { deadline } from './deadline.ts';
import { HttpError } from './errors.ts';
import { ViewCache } from './view-cache.ts';
import type { WriteQueue } from './write-queue.ts';

/** The question engine as the server sees it: a question in, a JSON-able answer out. */
/** The question engine: a question, and optionally which page of the answer's rows (default: the first 50). */
export type AskFn = (question: string, page?: { offset?: number; limit?: number }) => Promise<unknown>;

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
  /**
   * Most rows one API read may return (default 200,000). The engine's timeout stops the query, not the conversion
   * of its result into JS rows, so this bounds that part: a bigger result is refused with 503 `too-many-rows`.
   */
  maxRows?: number;
  /**
   * Engine timeout for the whole-graph views that are cached per graph version (agency graph, agency list, citation
   * graph). The request still answers within `queryTimeoutMs` (+2 s): 503 `timeout` with Retry-After while the view
   * goes on computing, and a retry gets it from the cache. Default 60 s.
   */
  viewTimeoutMs?: number;
  /** Most edges in GET /api/graph/agencies (the heaviest first; `capped: true` when more exist). Default 1,500. */
  graphEdges?: number;
}

export const DEFAULT_LIMITS: Required<Limits> = {
  askPerMinute: 600, uploadPerMinute: 60, apiPerMinute: 6000,
  jsonBytes: 64 * 1024, uploadBytes: 5 * 1024 * 1024, queryTimeoutMs: 10_000,
  maxRows: 200_000, graphEdges: 1_500, viewTimeoutMs: 60_000,
};

export interface Ctx {
  store: GraphStore;
  writes: WriteQueue;
  ask?: AskFn;
  limits: Required<Limits>;
  /** Views cached per graph version (see view-cache.ts). */
  cache: ViewCache;
  /** A read-only query with the API's timeout (or `timeoutMs`) and row bound; the wait for it is bounded too. */
  read(query: Query, timeoutMs?: number): Promise<Row[]>;
  /** A whole-graph view cached per graph version, computed with reads at `viewTimeoutMs`; the wait is bounded. */
  view<T>(key: string, compute: (read: (query: Query) => Promise<Row[]>) => Promise<T>): Promise<T>;
}

/** Time allowed beyond a query's own timeout: queueing, row conversion, JS. */
const GRACE_MS = 2_000;

export function makeCtx(store: GraphStore, writes: WriteQueue, ask: AskFn | undefined, limits: Limits = {}): Ctx {
  const all = { ...DEFAULT_LIMITS, ...limits };
  const cache = new ViewCache(store, store.backend === 'neo4j' ? 30_000 : Infinity);
  const read = async (query: Query, timeoutMs = all.queryTimeoutMs): Promise<Row[]> => {
    const rows = await deadline(store.run(query, { readOnly: true, timeoutMs, maxRows: all.maxRows + 1 }), timeoutMs + GRACE_MS);
    if (rows.length > all.maxRows) {
      throw new HttpError(503, 'too-many-rows', 'The graph is too large for this request; narrow it with a filter.');
    }
    return rows;
  };
  return {
    store, writes, ask, limits: all, cache, read,
    view: (key, compute) => deadline(cache.get(key, () => compute((q) => read(q, all.viewTimeoutMs))), all.queryTimeoutMs + GRACE_MS),
  };
}

/** Row value helpers: the store returns plain values; these narrow them. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
export const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
export const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
export const numOrNull = (v: unknown): number | null => (v == null ? null : num(v));

/**
 * Natural order of refs and ids ("1.2" < "1.10"). One shared collator: `a.localeCompare(b, 'en', {numeric: true})`
 * builds a new collator per call, which made sorting 18k targets take seconds.
 */
export const naturalOrder: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;
