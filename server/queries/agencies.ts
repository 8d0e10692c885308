// Agencies with their measures by role.
import type { Query } from '../../graph/types.ts';

export const allAgencies = (): Query => ({
  cypher: 'MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases ORDER BY a.id',
  params: {},
});

/** Find an agency by id, name or alias. */
export const agencyByKey = (key: string): Query => ({
  cypher: `MATCH (a:Agency) WHERE a.id = $key OR a.name = $key OR $key IN a.aliases
RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases ORDER BY a.id LIMIT 1`,
  params: { key },
});

const measureCols = 'm.id AS id, m.ref AS ref, m.documentId AS documentId, m.chapterOrdinal AS chapterOrdinal, m.ordinal AS ordinal, m.text AS text';

export const agencyMeasures = (id: string): Query => ({
  cypher: `MATCH (a:Agency {id: $id})-[:LEADS]->(m:Measure) RETURN ${measureCols}, 'lead' AS role
UNION ALL MATCH (a:Agency {id: $id})-[:COOPERATES_ON]->(m:Measure) RETURN ${measureCols}, 'cooperating' AS role
UNION ALL MATCH (a:Agency {id: $id})-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure) RETURN ${measureCols}, 'responsible' AS role`,
  params: { id },
});
