// Counts per label and relationship type: one UNION ALL statement (same Cypher on both backends), keys in schema order.
import { NODES, RELS } from './schema.ts';
import type { GraphStore, Query, Row } from './types.ts';

const nodeParts = NODES.map((n) => n.label === 'Document'
  ? `MATCH (n:Document) WHERE n.ingested = true RETURN 'Document' AS k, count(n) AS n
UNION ALL MATCH (n:Document) WHERE n.ingested = false RETURN 'ReferencedDocument' AS k, count(n) AS n`
  : `MATCH (n:${n.label}) RETURN '${n.label}' AS k, count(n) AS n`);
const relParts = RELS.map((r) => `MATCH ()-[r:${r.type}]->() RETURN '${r.type}' AS k, count(r) AS n`);

/** The keys, in the order every caller sees them (UNION ALL rows come back in any order). */
const KEYS = NODES.flatMap((n) => (n.label === 'Document' ? ['Document', 'ReferencedDocument'] : [n.label]))
  .concat(RELS.map((r) => r.type));

/** The counting query: rows `{k, n}`. */
export const statsQuery = (): Query => ({ cypher: [...nodeParts, ...relParts].join('\nUNION ALL '), params: {} });

/** Rows of `statsQuery()` → `{Document (ingested), ReferencedDocument (cited-only), Chapter, …, HAS_CHAPTER, …}`. */
export function statsFromRows(rows: Row[]): Record<string, number> {
  const found = new Map(rows.map((row) => [String(row.k), Number(row.n ?? 0)]));
  return Object.fromEntries(KEYS.map((k) => [k, found.get(k) ?? 0]));
}

export async function stats(store: GraphStore): Promise<Record<string, number>> {
  return statsFromRows(await store.run(statsQuery(), { readOnly: true }));
}
