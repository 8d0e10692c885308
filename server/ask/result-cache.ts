// Answers whose query reads every node of a label (the top agency, planned documents, the lists; topic and year
// scans, chapter N of every document, bounded paths) are kept per store, graph version (version.ts), query text,
// parameters and maxRows — computed once per change of the graph, not once per question. At most MAX_ENTRIES answers
// per store (each at most maxRows rows); the other intents start from a named agency, measure or document.
import type { GraphStore, Query, Row, RunOptions } from '../../graph/types.ts';
import type { Intent } from './intents.ts';
import { graphVersion } from './version.ts';

const WHOLE_GRAPH: ReadonlySet<Intent['name']> = new Set([
  'top_agency', 'planned_documents', 'document_list', 'agency_list', 'measures_by_topic', 'targets_by_year', 'targets_by_topic',
  'chapter_measure_count', 'chapter_measures', 'chapter_citations', 'forwards', 'path_between',
]);
const MAX_ENTRIES = 64;

interface Entry { version: number; rows: Map<string, Promise<Row[]>> }
const entries = new WeakMap<GraphStore, Entry>();

/** store.run, answered from the cache for whole-graph intents while the graph version is unchanged. */
export async function runCached(store: GraphStore, intent: Intent, query: Query, options: RunOptions): Promise<Row[]> {
  const version = WHOLE_GRAPH.has(intent.name) ? graphVersion(store) : null;
  if (version === null) return store.run(query, options);
  let entry = entries.get(store);
  if (!entry || entry.version !== version) entries.set(store, (entry = { version, rows: new Map() }));
  const key = JSON.stringify([query.cypher, query.params, options.maxRows ?? null]);
  const hit = entry.rows.get(key);
  if (hit) return hit;   // also a run still under way: questions arriving together share it
  if (entry.rows.size >= MAX_ENTRIES) entry.rows.clear();
  const rows = store.run(query, options);
  entry.rows.set(key, rows);
  const e = entry;
  rows.catch(() => { if (e.rows.get(key) === rows) e.rows.delete(key); });   // errors (timeouts) are not kept
  return rows;
}
