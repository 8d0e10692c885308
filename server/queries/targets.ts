// Targets with the measure/action they belong to and the agencies responsible for them.
import type { Query } from '../../graph/types.ts';

export const targetCols = 't.id AS id, t.year AS year, t.value AS value, t.unit AS unit, t.comparator AS comparator, t.text AS text, t.documentId AS documentId';

/**
 * One row per (target, responsible agency): an action's target → the action's responsible agencies;
 * a measure's own target → the measure's lead agencies. `year` filters when given.
 */
export const targetsWithAgencies = (year?: number): Query => {
  const where = year === undefined ? '' : 'WHERE t.year = $year ';
  return {
    cypher: `MATCH (m:Measure)-[:HAS_TARGET]->(t:Target) ${where}OPTIONAL MATCH (a:Agency)-[:LEADS]->(m)
RETURN ${targetCols}, m.id AS measureId, m.ref AS measureRef, '' AS actionRef, a.id AS agencyId, a.name AS agency
UNION ALL MATCH (m:Measure)-[:HAS_ACTION]->(x:Action)-[:HAS_TARGET]->(t:Target) ${where}OPTIONAL MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x)
RETURN ${targetCols}, m.id AS measureId, m.ref AS measureRef, x.ref AS actionRef, a.id AS agencyId, a.name AS agency`,
    params: year === undefined ? {} : { year },
  };
};

/** Ids of the agencies an `agency=` filter names: by id, name or alias (several agencies may share an alias). */
export const agencyIdsByKey = (key: string): Query => ({
  cypher: 'MATCH (a:Agency) WHERE a.id = $key OR a.name = $key OR $key IN a.aliases RETURN a.id AS id',
  params: { key },
});
