// Targets with the measure/action they belong to and the agencies responsible for them.
import type { Query } from '../../graph/types.ts';

export const targetCols = 't.id AS id, t.year AS year, t.value AS value, t.unit AS unit, t.comparator AS comparator, t.text AS text, t.documentId AS documentId';

/**
 * One row per (target, responsible agency): an action's target → the action's responsible agencies;
 * a measure's own target → the measure's lead agencies. `year` filters when given. With `agencyIds`, only targets
 * those agencies are responsible for, found from the agencies (a measure's row only for targets without an action,
 * whose row wins), still with every agency responsible for them.
 */
export const targetsWithAgencies = (year?: number, agencyIds?: string[]): Query => {
  const cond = (extra: string[]) => {
    const parts = [...extra, ...(year === undefined ? [] : ['t.year = $year'])];
    return parts.length ? `WHERE ${parts.join(' AND ')} ` : '';
  };
  const measureRet = `RETURN ${targetCols}, m.id AS measureId, m.ref AS measureRef, '' AS actionRef, a.id AS agencyId, a.name AS agency`;
  const actionRet = `RETURN ${targetCols}, m.id AS measureId, m.ref AS measureRef, x.ref AS actionRef, a.id AS agencyId, a.name AS agency`;
  const params: Record<string, unknown> = year === undefined ? {} : { year };
  if (agencyIds === undefined) {
    return {
      cypher: `MATCH (m:Measure)-[:HAS_TARGET]->(t:Target) ${cond([])}OPTIONAL MATCH (a:Agency)-[:LEADS]->(m)
${measureRet}
UNION ALL MATCH (m:Measure)-[:HAS_ACTION]->(x:Action)-[:HAS_TARGET]->(t:Target) ${cond([])}OPTIONAL MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x)
${actionRet}`,
      params,
    };
  }
  return {
    cypher: `MATCH (w:Agency)-[:LEADS]->(m:Measure)-[:HAS_TARGET]->(t:Target) ${cond(['w.id IN $ids', 'NOT EXISTS { MATCH (:Action)-[:HAS_TARGET]->(t) }'])}
WITH DISTINCT m, t OPTIONAL MATCH (a:Agency)-[:LEADS]->(m)
${measureRet}
UNION ALL MATCH (w:Agency)-[:RESPONSIBLE_FOR]->(x:Action)-[:HAS_TARGET]->(t:Target) ${cond(['w.id IN $ids'])}
MATCH (m:Measure)-[:HAS_ACTION]->(x) WITH DISTINCT m, x, t OPTIONAL MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x)
${actionRet}`,
    params: { ...params, ids: agencyIds },
  };
};

/** Ids of the agencies an `agency=` filter names: by id, name or alias (several agencies may share an alias). */
export const agencyIdsByKey = (key: string): Query => ({
  cypher: 'MATCH (a:Agency) WHERE a.id = $key OR a.name = $key OR $key IN a.aliases RETURN a.id AS id',
  params: { key },
});
