// Queries behind the cytoscape views: agency collaboration and citations.
import type { Query } from '../../graph/types.ts';
import { docCols } from './documents.ts';

export interface MeasureFilter { chapter?: number; document?: string }

function where(f: MeasureFilter): { clause: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.chapter !== undefined) { parts.push('m.chapterOrdinal = $chapter'); params.chapter = f.chapter; }
  if (f.document !== undefined) { parts.push('m.documentId = $document'); params.document = f.document; }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')} ` : '', params };
}

/** Directed lead → cooperating / lead → responsible-of-an-action pairs, one row per shared measure. */
export const agencyEdges = (f: MeasureFilter): Query => {
  const w = where(f);
  return {
    cypher: `MATCH (l:Agency)-[:LEADS]->(m:Measure)<-[:COOPERATES_ON]-(o:Agency) ${w.clause}
RETURN l.id AS source, o.id AS target, m.id AS measure, m.ref AS ref, 'cooperating' AS role
UNION ALL MATCH (l:Agency)-[:LEADS]->(m:Measure)-[:HAS_ACTION]->(:Action)<-[:RESPONSIBLE_FOR]-(o:Agency) ${w.clause}
RETURN l.id AS source, o.id AS target, m.id AS measure, m.ref AS ref, 'responsible' AS role`,
    params: w.params,
  };
};

/** (agency, measure, role) rows within the filter, for node sizes. */
export const agencyRoles = (f: MeasureFilter): Query => {
  const w = where(f);
  const cols = 'a.id AS agency, a.name AS name, a.nameEn AS nameEn, m.id AS measure';
  return {
    cypher: `MATCH (a:Agency)-[:LEADS]->(m:Measure) ${w.clause}RETURN ${cols}, 'lead' AS role
UNION ALL MATCH (a:Agency)-[:COOPERATES_ON]->(m:Measure) ${w.clause}RETURN ${cols}, 'cooperating' AS role
UNION ALL MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure) ${w.clause}RETURN ${cols}, 'responsible' AS role`,
    params: w.params,
  };
};

/** Document-level citation and forwarding edges (measure/action citations lifted to their document). */
export const citationEdges = (): Query => ({
  cypher: `MATCH (d:Document)-[c:CITES]->(r:Document) RETURN d.id AS source, r.id AS target, c.status AS status, 'cites' AS kind
UNION ALL MATCH (m:Measure)-[c:CITES]->(r:Document) RETURN m.documentId AS source, r.id AS target, c.status AS status, 'cites' AS kind
UNION ALL MATCH (x:Action)-[c:CITES]->(r:Document) RETURN x.documentId AS source, r.id AS target, c.status AS status, 'cites' AS kind
UNION ALL MATCH (d:Document)-[:FORWARDS]->(r:Document) RETURN d.id AS source, r.id AS target, '' AS status, 'forwards' AS kind`,
  params: {},
});

export const documentNodes = (): Query => ({
  cypher: `MATCH (d:Document) RETURN ${docCols('d')} ORDER BY id`,
  params: {},
});
