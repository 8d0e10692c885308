// Deleting a document's subgraph inside a load/remove transaction: by traversal from the document (cheap), or by
// scanning the own-node tables for its documentId (complete even after a partial load; used by crash recovery).
import type { Tx } from './loader.ts';
import { META_LABEL, OWN_LABELS } from './schema.ts';

export interface Touched { agencies: string[]; documents: string[] }

/** Delete a document's own nodes, its outgoing CITES and the FORWARDS it asserted (its Document node stays). */
export async function removeSubgraph(tx: Tx, id: string): Promise<void> {
  await tx.run('MATCH (d:Document {id: $id})-[r:CITES]->(x:Document) DELETE r', { id });
  await tx.run('MATCH (a:Document)-[r:FORWARDS]->(b:Document) WHERE r.documentId = $id DELETE r', { id });
  for (const label of OWN_LABELS) await tx.run(`MATCH (n:${label}) WHERE n.documentId = $id DETACH DELETE n`, { id });
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

const unique = (xs: string[]): string[] => [...new Set(xs)];

async function ids(tx: Tx, cypher: string, from: string[]): Promise<string[]> {
  if (from.length === 0) return [];
  return (await tx.run(cypher, { ids: from })).map((r) => String(r.id));
}

/**
 * Delete the document's own nodes found by walking HAS_CHAPTER → HAS_MEASURE → HAS_ACTION / HAS_TARGET from it, its
 * outgoing CITES and the FORWARDS it stated (they start at documents it cites). Returns the agencies and documents
 * the old subgraph touched (the only possible orphans), or null — after falling back to `removeSubgraph` — when the
 * walk did not find as many own nodes as the document's load recorded (e.g. a measure outside every chapter).
 */
export async function removeByTraversal(tx: Tx, id: string): Promise<Touched | null> {
  const chapters = (await tx.run('MATCH (d:Document)-[:HAS_CHAPTER]->(c:Chapter) WHERE d.id = $id RETURN c.id AS id', { id }))
    .map((r) => String(r.id));
  const measures = await ids(tx, 'UNWIND $ids AS i MATCH (c:Chapter)-[:HAS_MEASURE]->(m:Measure) WHERE c.id = i RETURN m.id AS id', chapters);
  const actions = await ids(tx, 'UNWIND $ids AS i MATCH (m:Measure)-[:HAS_ACTION]->(a:Action) WHERE m.id = i RETURN a.id AS id', measures);
  const targets = unique([
    ...await ids(tx, 'UNWIND $ids AS i MATCH (m:Measure)-[:HAS_TARGET]->(t:Target) WHERE m.id = i RETURN t.id AS id', measures),
    ...await ids(tx, 'UNWIND $ids AS i MATCH (a:Action)-[:HAS_TARGET]->(t:Target) WHERE a.id = i RETURN t.id AS id', actions),
  ]);
  const recorded = await tx.run(`MATCH (m:${META_LABEL}) WHERE m.key = $key RETURN m.value AS value`, { key: `load:${id}` });
  const nodes = Number(String(recorded[0]?.value ?? '').split('/')[0]);
  if (1 + chapters.length + measures.length + actions.length + targets.length !== nodes) {
    await removeSubgraph(tx, id);
    return null;
  }
  const agencies = unique([
    ...await ids(tx, 'UNWIND $ids AS i MATCH (a:Agency)-[:LEADS]->(m:Measure) WHERE m.id = i RETURN a.id AS id', measures),
    ...await ids(tx, 'UNWIND $ids AS i MATCH (a:Agency)-[:COOPERATES_ON]->(m:Measure) WHERE m.id = i RETURN a.id AS id', measures),
    ...await ids(tx, 'UNWIND $ids AS i MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x:Action) WHERE x.id = i RETURN a.id AS id', actions),
  ]);
  const documents = unique([
    ...(await tx.run('MATCH (d:Document)-[:CITES]->(x:Document) WHERE d.id = $id RETURN x.id AS id', { id })).map((r) => String(r.id)),
    ...await ids(tx, 'UNWIND $ids AS i MATCH (m:Measure)-[:CITES]->(x:Document) WHERE m.id = i RETURN x.id AS id', measures),
    ...await ids(tx, 'UNWIND $ids AS i MATCH (a:Action)-[:CITES]->(x:Document) WHERE a.id = i RETURN x.id AS id', actions),
  ]);
  await tx.run('MATCH (d:Document)-[r:CITES]->(x:Document) WHERE d.id = $id DELETE r', { id });
  if (documents.length > 0) {
    await tx.run('UNWIND $ids AS i MATCH (a:Document)-[r:FORWARDS]->(b:Document) WHERE a.id = i AND r.documentId = $id DELETE r',
      { ids: documents, id });
  }
  const own: Array<[string, string[]]> = [['Target', targets], ['Action', actions], ['Measure', measures], ['Chapter', chapters]];
  for (const [label, list] of own) {
    if (list.length > 0) await tx.run(`UNWIND $ids AS i MATCH (n:${label}) WHERE n.id = i DETACH DELETE n`, { ids: list });
  }
  return { agencies, documents };
}

