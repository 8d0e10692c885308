// One measure and everything around it.
import type { Query } from '../../graph/types.ts';
import { targetCols } from './targets.ts';

export const measureCore = (id: string): Query => ({
  cypher: `MATCH (d:Document)-[:HAS_CHAPTER]->(c:Chapter)-[:HAS_MEASURE]->(m:Measure {id: $id})
RETURN m.id AS id, m.ref AS ref, m.documentId AS documentId, m.chapterOrdinal AS chapterOrdinal, m.ordinal AS ordinal,
  m.text AS text, m.\`start\` AS spanStart, m.\`end\` AS spanEnd, c.ordinal AS chapterOrd, c.title AS chapterTitle,
  d.id AS docId, d.title AS docTitle, d.number AS docNumber`,
  params: { id },
});

const agencyCols = 'a.id AS id, a.name AS name, a.nameEn AS nameEn';

export const measureAgencies = (id: string): Query => ({
  cypher: `MATCH (a:Agency)-[:LEADS]->(m:Measure {id: $id}) RETURN ${agencyCols}, 'lead' AS role
UNION ALL MATCH (a:Agency)-[:COOPERATES_ON]->(m:Measure {id: $id}) RETURN ${agencyCols}, 'cooperating' AS role`,
  params: { id },
});

/** One row per (action, responsible agency); actions without agencies have null agency columns. */
export const measureActions = (id: string): Query => ({
  cypher: `MATCH (m:Measure {id: $id})-[:HAS_ACTION]->(x:Action) OPTIONAL MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x)
RETURN x.id AS actionId, x.ref AS ref, x.ordinal AS ordinal, x.text AS text, x.\`start\` AS spanStart, x.\`end\` AS spanEnd, ${agencyCols}
ORDER BY x.ordinal, a.id`,
  params: { id },
});

const refCols = 'r.id AS id, r.title AS title, r.number AS number, r.ingested AS ingested, c.status AS status';

export const measureCitations = (id: string): Query => ({
  cypher: `MATCH (m:Measure {id: $id})-[c:CITES]->(r:Document) RETURN ${refCols}, m.ref AS citedBy
UNION ALL MATCH (m:Measure {id: $id})-[:HAS_ACTION]->(x:Action)-[c:CITES]->(r:Document) RETURN ${refCols}, x.ref AS citedBy`,
  params: { id },
});

export const measureTargets = (id: string): Query => ({
  cypher: `MATCH (m:Measure {id: $id})-[:HAS_TARGET]->(t:Target) RETURN ${targetCols}, m.ref AS measureRef, '' AS actionRef
UNION ALL MATCH (m:Measure {id: $id})-[:HAS_ACTION]->(x:Action)-[:HAS_TARGET]->(t:Target)
RETURN ${targetCols}, m.ref AS measureRef, x.ref AS actionRef`,
  params: { id },
});
