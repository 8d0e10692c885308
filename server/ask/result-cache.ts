// Whole-graph answers (the top agency, every planned document, the document and agency lists) read every node of a
// label; their rows are kept per store and graph version (version.ts), so they are computed once per change.
import type { GraphStore, Query, Row, RunOptions } from '../../graph/types.ts';
import type { Intent } from './intents.ts';
import { graphVersion } from './version.ts';

const WHOLE_GRAPH: ReadonlySet<Intent['name']> = new Set(['top_agency', 'planned_documents', 'document_list', 'agency_list']);
const MAX_ENTRIES = 32;

interface Entry { version: number; rows: Map<string, Row[]> }
const entries = new WeakMap<GraphStore, Entry>();

/** store.run, answered from the cache for whole-graph intents while the graph version is unchanged. */
export async function runCached(store: GraphStore, intent: Intent, query: Query, options: RunOptions): Promise<Row[]> {
  const version = WHOLE_GRAPH.has(intent.name) ? graphVersion(store) : null;
  if (version === null) return store.run(query, options);
  let entry = entries.get(store);
  if (!entry || entry.version !== version) entries.set(store, (entry = { version, rows: new Map() }));
  const key = JSON.stringify([query.cypher, query.params, options.maxRows ?? null]);
  const hit = entry.rows.get(key);
  if (hit) return hit;
  const rows = await store.run(query, options);
  if (entry.rows.size >= MAX_ENTRIES) entry.rows.clear();
  if (entries.get(store) === entry) entry.rows.set(key, rows);
  return rows;
}
