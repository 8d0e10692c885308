// A document's footprint: how many own nodes and relationships it has in the store. Recorded in `Meta` by every
// load (`load:<id>` → "nodes/relationships") and checked after an unclean shutdown, so a document that a killed
// checkpoint left half-applied is found and removed instead of being served incomplete.
import type { Tx } from './loader.ts';
import { META_LABEL, OWN_LABELS } from './schema.ts';

export interface Footprint { nodes: number; relationships: number }

const REL_COUNTS = [
  'MATCH (d:Document {id: $id})-[r:HAS_CHAPTER]->(:Chapter) RETURN count(r) AS n',
  'MATCH (c:Chapter)-[r:HAS_MEASURE]->(:Measure) WHERE c.documentId = $id RETURN count(r) AS n',
  'MATCH (m:Measure)-[r:HAS_ACTION]->(:Action) WHERE m.documentId = $id RETURN count(r) AS n',
  'MATCH (:Agency)-[r:LEADS]->(m:Measure) WHERE m.documentId = $id RETURN count(r) AS n',
  'MATCH (:Agency)-[r:COOPERATES_ON]->(m:Measure) WHERE m.documentId = $id RETURN count(r) AS n',
  'MATCH (:Agency)-[r:RESPONSIBLE_FOR]->(a:Action) WHERE a.documentId = $id RETURN count(r) AS n',
  'MATCH (:Measure)-[r:HAS_TARGET]->(t:Target) WHERE t.documentId = $id RETURN count(r) AS n',
  'MATCH (:Action)-[r:HAS_TARGET]->(t:Target) WHERE t.documentId = $id RETURN count(r) AS n',
  'MATCH (d:Document {id: $id})-[r:CITES]->(:Document) RETURN count(r) AS n',
  'MATCH (m:Measure)-[r:CITES]->(:Document) WHERE m.documentId = $id RETURN count(r) AS n',
  'MATCH (a:Action)-[r:CITES]->(:Document) WHERE a.documentId = $id RETURN count(r) AS n',
  'MATCH (:Document)-[r:FORWARDS]->(:Document) WHERE r.documentId = $id RETURN count(r) AS n',
];

export async function measure(tx: Tx, id: string): Promise<Footprint> {
  const count = async (cypher: string) => Number((await tx.run(cypher, { id }))[0]?.n ?? 0);
  let nodes = 1;   // the Document itself
  for (const label of OWN_LABELS) nodes += await count(`MATCH (n:${label}) WHERE n.documentId = $id RETURN count(n) AS n`);
  let relationships = 0;
  for (const q of REL_COUNTS) relationships += await count(q);
  return { nodes, relationships };
}

const key = (id: string) => `load:${id}`;

/** Record several footprints with two statements (the batch loader). */
export async function recordMany(tx: Tx, entries: Array<Footprint & { id: string }>): Promise<void> {
  if (entries.length === 0) return;
  await tx.run(`UNWIND $keys AS k MATCH (m:${META_LABEL}) WHERE m.key = k DELETE m`, { keys: entries.map((e) => key(e.id)) });
  await tx.run(`UNWIND $rows AS r CREATE (m:${META_LABEL} {key: r.key, value: r.value})`,
    { rows: entries.map((e) => ({ key: key(e.id), value: `${e.nodes}/${e.relationships}` })) });
}

export async function forget(tx: Tx, id: string): Promise<void> {
  await tx.run(`MATCH (m:${META_LABEL}) WHERE m.key = $key DELETE m`, { key: key(id) });
}

/** Ids of ingested documents whose stored footprint differs from the one recorded when they were loaded. */
export async function incompleteDocuments(tx: Tx): Promise<string[]> {
  const rows = await tx.run(`MATCH (m:${META_LABEL}) WHERE m.key STARTS WITH 'load:' RETURN m.key AS key, m.value AS value`);
  const docs = new Set((await tx.run('MATCH (d:Document) WHERE d.ingested = true RETURN d.id AS id')).map((r) => String(r.id)));
  const bad: string[] = [];
  for (const r of rows) {
    const id = String(r.key).slice('load:'.length);
    const found = await measure(tx, id);
    if (!docs.has(id) || `${found.nodes}/${found.relationships}` !== String(r.value)) bad.push(id);
  }
  for (const id of docs) if (!rows.some((r) => r.key === key(id))) bad.push(id);
  return bad.sort();
}
