// Counts per label and relationship type (same Cypher on both backends).
import { NODES, RELS } from './schema.ts';
import type { GraphStore } from './types.ts';

/** `{Document (ingested), ReferencedDocument (cited-only), Chapter, …, HAS_CHAPTER, …, CITES, …}`. */
export async function stats(store: GraphStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const count = async (cypher: string) => Number((await store.run({ cypher, params: {} }, { readOnly: true }))[0]?.n ?? 0);
  for (const n of NODES) {
    if (n.label === 'Document') {
      out.Document = await count('MATCH (n:Document) WHERE n.ingested = true RETURN count(n) AS n');
      out.ReferencedDocument = await count('MATCH (n:Document) WHERE n.ingested = false RETURN count(n) AS n');
    } else {
      out[n.label] = await count(`MATCH (n:${n.label}) RETURN count(n) AS n`);
    }
  }
  for (const r of RELS) out[r.type] = await count(`MATCH ()-[r:${r.type}]->() RETURN count(r) AS n`);
  return out;
}
