// Single-statement Cypher for the LLM's worked examples. The engine answers these intents with UNION ALL queries
// whose rows are grouped in merge.ts; a model-written query's rows are returned as they are, so its examples show
// the equivalent one-statement form (slower on a large graph, but complete rows without post-processing).
import type { Intent } from './intents.ts';

const ORDER_M = 'ORDER BY m.documentId, m.chapterOrdinal, m.ordinal';
const ROLES = `EXISTS { MATCH (a)-[:LEADS]->(m) } AS lead, EXISTS { MATCH (a)-[:COOPERATES_ON]->(m) } AS cooperating,
  EXISTS { MATCH (a)-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m) } AS responsible`;
const INVOLVED = `(EXISTS { MATCH (a)-[:LEADS|COOPERATES_ON]->(m) } OR EXISTS { MATCH (a)-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m) })`;

export const EXAMPLE_CYPHER: Partial<Record<Intent['name'], string>> = {
  measures_by_agency: `MATCH (a:Agency {id: $agency}), (m:Measure)
WITH a, m, ${ROLES}
WHERE (($role = 'any' AND (lead OR cooperating OR responsible)) OR ($role = 'lead' AND lead)
  OR ($role = 'cooperating' AND cooperating) OR ($role = 'responsible' AND responsible))
  AND ($chapter = 0 OR m.chapterOrdinal = $chapter)
  AND ($topic = '' OR any(term IN $terms WHERE m.textSc CONTAINS term)
    OR EXISTS { MATCH (m)-[:HAS_ACTION]->(x:Action) WHERE any(term IN $terms WHERE x.textSc CONTAINS term) })
RETURN m.ref AS ref, a.name AS agency, lead, cooperating, responsible, m.documentId AS documentId, m.id AS measureId
${ORDER_M}`,
  measure_agencies: `MATCH (m:Measure), (a:Agency)
WHERE m.ref IN $refs
WITH a, m, ${ROLES}
WHERE ($role = 'any' AND (lead OR cooperating OR responsible)) OR ($role = 'lead' AND lead)
  OR ($role = 'cooperating' AND cooperating) OR ($role = 'responsible' AND responsible)
RETURN a.name AS agency, m.ref AS ref, lead, cooperating, responsible, m.documentId AS documentId, a.id AS agencyId
ORDER BY documentId, ref, lead DESC, cooperating DESC, agency`,
  agencies_sharing: `MATCH (a:Agency), (m:Measure)
WHERE a.id IN $agencies AND ${INVOLVED}
WITH m, count(DISTINCT a) AS n, collect(DISTINCT a.name) AS agencies
WHERE n = size($agencies)
RETURN m.ref AS ref, agencies, m.documentId AS documentId, m.id AS measureId
${ORDER_M}`,
};
