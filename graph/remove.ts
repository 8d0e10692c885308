// Deleting a document's subgraph inside a load/remove transaction, and the orphans that leaves.
// The own-node tables are scanned for the documentId (complete even after a partial load). A walk from the document
// (HAS_CHAPTER → HAS_MEASURE → …, one statement per step) was measured slower in LadybugDB 0.19 at 150 and 500
// documents (re-load 269 vs 123–175 ms/doc): its columnar scans are cheap, its multi-hop statements are not.
import type { Tx } from './loader.ts';
import { OWN_LABELS } from './schema.ts';

export interface Touched { agencies: string[]; documents: string[] }

/** Delete a document's own nodes, its outgoing CITES and the FORWARDS it asserted (its Document node stays). */
export async function removeSubgraph(tx: Tx, id: string): Promise<void> {
  await tx.run('MATCH (d:Document {id: $id})-[r:CITES]->(x:Document) DELETE r', { id });
  await tx.run('MATCH (a:Document)-[r:FORWARDS]->(b:Document) WHERE r.documentId = $id DELETE r', { id });
  for (const label of OWN_LABELS) await tx.run(`MATCH (n:${label}) WHERE n.documentId = $id DETACH DELETE n`, { id });
}

/** The same for several documents: one statement per table for all of them (one scan of each own-node table). */
export async function removeSubgraphs(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 1) return removeSubgraph(tx, ids[0]!);
  await tx.run('UNWIND $ids AS i MATCH (d:Document)-[r:CITES]->(x:Document) WHERE d.id = i DELETE r', { ids });
  await tx.run('MATCH (a:Document)-[r:FORWARDS]->(b:Document) WHERE r.documentId IN $ids DELETE r', { ids });
  for (const label of OWN_LABELS) await tx.run(`MATCH (n:${label}) WHERE n.documentId IN $ids DETACH DELETE n`, { ids });
}

/**
 * Delete cited-only documents and agencies nothing points to any more: all of them (a scan of both tables), or only
 * the candidates given (primary-key lookups) when the caller knows which nodes could have lost their last edge.
 */
export async function removeOrphans(tx: Tx, candidates?: Touched): Promise<void> {
  if (!candidates) {
    await tx.run('MATCH (d:Document) WHERE d.ingested = false AND NOT EXISTS { MATCH (d)--() } DELETE d');
    await tx.run('MATCH (a:Agency) WHERE NOT EXISTS { MATCH (a)--() } DELETE a');
    return;
  }
  // one primary-key lookup per candidate (an UNWIND of ids with this EXISTS test deleted connected nodes in LadybugDB)
  for (const id of candidates.documents) {
    await tx.run('MATCH (d:Document) WHERE d.id = $id AND d.ingested = false AND NOT EXISTS { MATCH (d)--() } DELETE d', { id });
  }
  for (const id of candidates.agencies) {
    await tx.run('MATCH (a:Agency) WHERE a.id = $id AND NOT EXISTS { MATCH (a)--() } DELETE a', { id });
  }
}
