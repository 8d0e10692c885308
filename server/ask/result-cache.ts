// An answer's full, shaped row list is kept per store, graph version (version.ts) and query (text + parameters) —
// computed once per change of the graph, then every asking of the same question (any page of it) is a lookup.
// Every intent is kept, not only whole-graph ones: a busy agency's thousands of measures cost their query once.
// At most MAX_ENTRIES lists per store (oldest dropped first); failed runs are not kept. Questions arriving together
// share one run. On Neo4j (graphVersion null: other processes may write) nothing is kept.
import type { GraphStore } from '../../graph/types.ts';
import { graphVersion } from './version.ts';

const MAX_ENTRIES = 256;

interface Entry { version: number; rows: Map<string, Promise<unknown>> }
const entries = new WeakMap<GraphStore, Entry>();

/** compute(), or its kept result for the same key at the store's current graph version. */
export function cached<T>(store: GraphStore, key: string, compute: () => Promise<T>): Promise<T> {
  const version = graphVersion(store);
  if (version === null) return compute();
  let entry = entries.get(store);
  if (!entry || entry.version !== version) entries.set(store, (entry = { version, rows: new Map() }));
  const hit = entry.rows.get(key);
  if (hit) return hit as Promise<T>;   // also a run still under way
  if (entry.rows.size >= MAX_ENTRIES) {
    const oldest = entry.rows.keys().next().value;
    if (oldest !== undefined) entry.rows.delete(oldest);
  }
  const rows = compute();
  entry.rows.set(key, rows);
  const e = entry;
  rows.catch(() => { if (e.rows.get(key) === rows) e.rows.delete(key); });   // errors (timeouts) are not kept
  return rows;
}

/** Drop one kept result (answers that must not be reused, e.g. model-written ones). */
export function forget(store: GraphStore, key: string): void {
  entries.get(store)?.rows.delete(key);
}
