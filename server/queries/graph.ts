// Queries behind the cytoscape views: agency collaboration and citations. Everything is aggregated in Cypher so a
// result has one row per agency pair / agency / document pair, never one per measure. Without a filter, agency counts
// and pairs come from the derived tables the loader keeps (graph/aggregates.ts): O(agencies + pairs), not O(measures).
import type { Query } from '../../graph/types.ts';
import { docCols } from './documents.ts';

export interface MeasureFilter { chapter?: number; document?: string }

/** Most measure refs listed per edge (the weight still counts them all). */
export const EDGE_REFS = 50;

function where(f: MeasureFilter, extra: string[] = []): { clause: string; params: Record<string, unknown> } {
  const parts = [...extra];
  const params: Record<string, unknown> = {};
  if (f.chapter !== undefined) { parts.push('m.chapterOrdinal = $chapter'); params.chapter = f.chapter; }
  if (f.document !== undefined) { parts.push('m.documentId = $document'); params.document = f.document; }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')} ` : '', params };
}

const COOP = '(l:Agency)-[:LEADS]->(m:Measure)<-[:COOPERATES_ON]-(o:Agency)';
const RESP = '(l:Agency)-[:LEADS]->(m:Measure)-[:HAS_ACTION]->(:Action)<-[:RESPONSIBLE_FOR]-(o:Agency)';
// `[0..N]` slices the first N on both LadybugDB and Neo4j.
const pairCols = (kind: string) => `RETURN l.id AS source, o.id AS target, '${kind}' AS kind, count(DISTINCT m) AS n, ` +
  `collect(DISTINCT m.ref)[0..${EDGE_REFS}] AS refs`;

/**
 * Lead → cooperating / lead → responsible-of-an-action pairs: one row per (pair, kind) with the number of shared
 * measures. kind 'both' counts measures where the partner is both (to take the union: cooperating + responsible − both).
 */
export const agencyPairs = (f: MeasureFilter, role: 'cooperating' | 'responsible' | 'all'): Query => {
  const w = where(f, ['l.id <> o.id']);
  const parts: string[] = [];
  if (role !== 'responsible') parts.push(`MATCH ${COOP} ${w.clause}${pairCols('cooperating')}`);
  if (role !== 'cooperating') parts.push(`MATCH ${RESP} ${w.clause}${pairCols('responsible')}`);
  if (role === 'all') {
    const both = where(f, ['l.id <> o.id', 'EXISTS { MATCH (m)-[:HAS_ACTION]->(:Action)<-[:RESPONSIBLE_FOR]-(o) }']);
    parts.push(`MATCH ${COOP} ${both.clause}${pairCols('both')}`);
  }
  return { cypher: parts.join('\nUNION ALL '), params: w.params };
};

const unfiltered = (f: MeasureFilter): boolean => f.chapter === undefined && f.document === undefined;

/**
 * Measures per (agency, kind) within the filter: lead, cooperating, responsible; with `union`, also 'leadOrCoop'
 * (lead or cooperating) and 'overlap' (responsible and lead-or-cooperating), so any role = leadOrCoop + responsible − overlap.
 * Rows `{agency, name, kind, n}` with n > 0; unfiltered from the derived AgencyCount table.
 */
export const agencyRoleCounts = (f: MeasureFilter, union: boolean): Query =>
  unfiltered(f) ? derivedRoleCounts(union) : scanAgencyRoleCounts(f, union);

export const derivedRoleCounts = (union: boolean): Query => {
  const kinds = union ? ['lead', 'cooperating', 'responsible', 'leadOrCoop', 'overlap'] : ['lead', 'cooperating', 'responsible'];
  const cypher = kinds.map((k) => `MATCH (c:AgencyCount) WHERE c.${k} > 0 MATCH (a:Agency) WHERE a.id = c.id ` +
    `RETURN a.id AS agency, a.name AS name, '${k}' AS kind, c.${k} AS n`).join('\nUNION ALL ');
  return { cypher, params: {} };
};

/** A derived lead → partner row's weight in an edge role ('all': cooperating or responsible, each measure once). */
const linkWeight = (role: 'cooperating' | 'responsible' | 'all'): string =>
  role === 'all' ? 'x.cooperating + x.responsible - x.both' : `x.${role}`;

/** How many derived pairs weigh > 0 in the role, and the weight of the `rank`-th heaviest (1-based; none when fewer). */
export const agencyLinkStats = (role: 'cooperating' | 'responsible' | 'all'): Query => ({
  cypher: `MATCH (x:AgencyLink) WITH ${linkWeight(role)} AS w WHERE w > 0 RETURN count(*) AS n`,
  params: {},
});
export const agencyLinkFloor = (role: 'cooperating' | 'responsible' | 'all', rank: number): Query => ({
  cypher: `MATCH (x:AgencyLink) WITH ${linkWeight(role)} AS w WHERE w > 0 RETURN w ORDER BY w DESC SKIP $skip LIMIT 1`,
  params: { skip: Math.max(0, rank - 1) },
});

/** The derived pairs weighing at least `floor` in the role, with their counts and refs (JSON `{ref: count}` per kind). */
export const agencyLinks = (role: 'cooperating' | 'responsible' | 'all', floor: number): Query => ({
  cypher: `MATCH (x:AgencyLink) WHERE ${linkWeight(role)} >= $floor AND ${linkWeight(role)} > 0 ` +
    'RETURN x.source AS source, x.target AS target, x.cooperating AS cooperating, x.responsible AS responsible, ' +
    'x.both AS both, x.coopRefs AS coopRefs, x.respRefs AS respRefs',
  params: { floor },
});

/** The same counts aggregated over the measures themselves (the filtered views; the reference for the derived rows). */
export const scanAgencyRoleCounts = (f: MeasureFilter, union: boolean): Query => {
  const w = where(f);
  const ret = (kind: string) => `RETURN a.id AS agency, a.name AS name, '${kind}' AS kind, count(DISTINCT m) AS n`;
  const resp = '(a:Agency)-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)';
  const parts = [
    `MATCH (a:Agency)-[:LEADS]->(m:Measure) ${w.clause}${ret('lead')}`,
    `MATCH (a:Agency)-[:COOPERATES_ON]->(m:Measure) ${w.clause}${ret('cooperating')}`,
    `MATCH ${resp} ${w.clause}${ret('responsible')}`,
  ];
  if (union) {
    const overlap = where(f, ['EXISTS { MATCH (a)-[:LEADS|COOPERATES_ON]->(m) }']);
    parts.push(`MATCH (a:Agency)-[:LEADS|COOPERATES_ON]->(m:Measure) ${w.clause}${ret('leadOrCoop')}`);
    parts.push(`MATCH ${resp} ${overlap.clause}${ret('overlap')}`);
  }
  return { cypher: parts.join('\nUNION ALL '), params: w.params };
};

/** Document-level citation and forwarding edges (measure/action citations lifted to their document), counted per status. */
export const citationEdges = (): Query => ({
  cypher: `MATCH (d:Document)-[c:CITES]->(r:Document) RETURN d.id AS source, r.id AS target, c.status AS status, 'cites' AS kind, count(*) AS n
UNION ALL MATCH (m:Measure)-[c:CITES]->(r:Document) RETURN m.documentId AS source, r.id AS target, c.status AS status, 'cites' AS kind, count(*) AS n
UNION ALL MATCH (x:Action)-[c:CITES]->(r:Document) RETURN x.documentId AS source, r.id AS target, c.status AS status, 'cites' AS kind, count(*) AS n
UNION ALL MATCH (d:Document)-[:FORWARDS]->(r:Document) RETURN d.id AS source, r.id AS target, '' AS status, 'forwards' AS kind, count(*) AS n`,
  params: {},
});

export const documentNodes = (): Query => ({
  cypher: `MATCH (d:Document) RETURN ${docCols('d')} ORDER BY id`,
  params: {},
});
