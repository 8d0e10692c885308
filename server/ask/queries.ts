// One parameterized Cypher per intent (measures_by_agency: one without and one with a topic). Same text on LadybugDB
// (Kùzu dialect) and Neo4j 5: EXISTS/COUNT subqueries, no list comprehensions, no backend-specific functions.
// Questions about an agency start from that agency (UNION ALL of its ways of taking part; rows grouped in merge.ts);
// a lookup of a document walks back from the document.
import type { Query } from '../../graph/types.ts';
import type { Intent } from './intents.ts';

const ORDER_M = 'ORDER BY m.documentId, m.chapterOrdinal, m.ordinal';
/** The agency queries: one row per (measure, way of taking part), grouped in merge.ts (see there). */
const M_COLS = 'm.ref AS ref, a.name AS agency, m.documentId AS documentId, m.id AS measureId, m.chapterOrdinal AS chapterOrdinal, m.ordinal AS ordinal';
/** An agency's ways of taking part in a measure. */
const ROLE_PATTERNS: Array<[pattern: string, role: string]> = [
  ['(a:Agency {id: $agency})-[:LEADS]->(m:Measure)', 'lead'],
  ['(a:Agency {id: $agency})-[:COOPERATES_ON]->(m:Measure)', 'cooperating'],
  ['(a:Agency {id: $agency})-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)', 'responsible'],
];
const CHAPTER = '($chapter = 0 OR m.chapterOrdinal = $chapter)';
/** Without a topic. (An `EXISTS {…}` topic test, even behind `$topic = ''`, costs LadybugDB a scan of every action.) */
const BY_AGENCY = ROLE_PATTERNS.map(([p, role]) => `MATCH ${p}
WHERE ${CHAPTER}
RETURN DISTINCT ${M_COLS}, '${role}' AS role`).join('\nUNION ALL\n');
/** With a topic: the measure's own text matches, or one of its actions' (a path extended from the agency's measures). */
const BY_AGENCY_TOPIC = ROLE_PATTERNS.flatMap(([p, role]) => [`MATCH ${p}
WHERE ${CHAPTER} AND any(term IN $terms WHERE m.textSc CONTAINS term)
RETURN DISTINCT ${M_COLS}, '${role}' AS role`, `MATCH ${p}-[:HAS_ACTION]->(x:Action)
WHERE ${CHAPTER} AND any(term IN $terms WHERE x.textSc CONTAINS term)
RETURN DISTINCT ${M_COLS}, '${role}' AS role`]).join('\nUNION ALL\n');
const PARTNER = (pattern: string): string => `MATCH ${pattern}
WHERE b.id <> a.id
RETURN DISTINCT b.id AS agencyId, b.name AS agency, m.id AS measureId, m.ref AS ref`;
const TARGET_ROW = 'MATCH (m:Measure)-[:HAS_TARGET]->(t:Target)';
const QUANTIFIED = '($quantified = false OR t.value IS NOT NULL)';
const TARGET_COLS = `t.id AS id, m.ref AS ref, t.year AS year, t.value AS value, t.unit AS unit,
  t.comparator AS comparator, t.textSc AS text, m.documentId AS documentId`;
const TARGET_RETURN = `RETURN DISTINCT ${TARGET_COLS} ORDER BY year, ref, id`;

const Q: { [K in Intent['name']]: string } = {
  help: '', unknown: '', ambiguous: '',
  measures_by_agency: BY_AGENCY,
  agencies_sharing: `MATCH (a:Agency)-[:LEADS|COOPERATES_ON]->(m:Measure)
WHERE a.id IN $agencies
RETURN ${M_COLS}, a.id AS agencyId
UNION ALL
MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)
WHERE a.id IN $agencies
RETURN DISTINCT ${M_COLS}, a.id AS agencyId`,
  partners_of: `${PARTNER('(a:Agency {id: $agency})-[:LEADS|COOPERATES_ON]->(m:Measure)<-[:LEADS|COOPERATES_ON]-(b:Agency)')}
UNION ALL
${PARTNER('(a:Agency {id: $agency})-[:LEADS|COOPERATES_ON]->(m:Measure)-[:HAS_ACTION]->(:Action)<-[:RESPONSIBLE_FOR]-(b:Agency)')}
UNION ALL
${PARTNER('(a:Agency {id: $agency})-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)<-[:LEADS|COOPERATES_ON]-(b:Agency)')}
UNION ALL
${PARTNER('(a:Agency {id: $agency})-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)-[:HAS_ACTION]->(:Action)<-[:RESPONSIBLE_FOR]-(b:Agency)')}`,
  path_between: `MATCH p = (a:Agency {id: $a})-[:LEADS|COOPERATES_ON|RESPONSIBLE_FOR|HAS_ACTION*1..4]-(b:Agency {id: $b})
RETURN nodes(p) AS path, length(p) AS hops
ORDER BY hops LIMIT 200`,
  measure_agencies: [
    ['(a:Agency)-[:LEADS]->(m:Measure)', 'lead'], ['(a:Agency)-[:COOPERATES_ON]->(m:Measure)', 'cooperating'],
    ['(a:Agency)-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)', 'responsible'],
  ].map(([pattern, role]) => `MATCH ${pattern}
WHERE m.ref IN $refs
RETURN DISTINCT a.name AS agency, m.ref AS ref, m.documentId AS documentId, a.id AS agencyId, m.id AS measureId, '${role}' AS role`)
    .join('\nUNION ALL\n'),
  measure_detail: `MATCH (m:Measure)
WHERE m.ref IN $refs
OPTIONAL MATCH (m)-[:HAS_ACTION]->(x:Action)
RETURN m.ref AS ref, m.textSc AS text, count(x) AS actions, m.documentId AS documentId, m.id AS measureId
ORDER BY documentId, ref`,
  chapter_measure_count: `MATCH (c:Chapter {ordinal: $chapter})
OPTIONAL MATCH (c)-[:HAS_MEASURE]->(m:Measure)
RETURN c.documentId AS documentId, c.title AS title, count(m) AS measures, collect(m.ref) AS refs
ORDER BY documentId`,
  chapter_measures: `MATCH (c:Chapter {ordinal: $chapter})-[:HAS_MEASURE]->(m:Measure)
RETURN m.ref AS ref, c.title AS chapter, m.textSc AS text, m.documentId AS documentId, m.id AS measureId
${ORDER_M}`,
  chapter_citations: `MATCH (c:Chapter {ordinal: $chapter})-[:HAS_MEASURE]->(m:Measure)-[:HAS_ACTION*0..1]->(x)-[r:CITES]->(d:Document)
RETURN d.title AS title, d.number AS number, r.status AS status, collect(DISTINCT m.ref) AS refs, d.id AS documentId,
  collect(DISTINCT m.id) AS measureIds
ORDER BY title`,
  // Walks back from the document: its citing measures, and the measures of its citing actions (x.ref: not a Document).
  document_lookup: `MATCH (d:Document {id: $id})
OPTIONAL MATCH (x)-[r:CITES]->(d) WHERE x.ref IS NOT NULL
OPTIONAL MATCH (p:Measure)-[:HAS_ACTION]->(x)
WITH d, r, CASE WHEN p IS NULL THEN x.ref ELSE p.ref END AS ref, CASE WHEN p IS NULL THEN x.id ELSE p.id END AS measureId
WITH d, collect(DISTINCT ref) AS citedBy, collect(DISTINCT r.status) AS statuses, collect(DISTINCT measureId) AS measureIds
OPTIONAL MATCH (c:Document)-[:CITES]->(d)
RETURN d.title AS title, d.number AS number, d.issuer AS issuer, d.ingested AS ingested, citedBy, statuses,
  collect(DISTINCT c.number) AS citingDocuments, d.id AS documentId, measureIds`,
  forwards: `MATCH (f:Document)-[:FORWARDS]->(d:Document)
WHERE $number = '' OR f.number = $number
RETURN d.title AS title, d.number AS number, d.issuer AS issuer, f.title AS forwardedBy, f.number AS forwardedByNumber, d.id AS documentId
ORDER BY title`,
  // Every planned citation once (a measure's or an action's: x.ref; a Document has none), grouped by the cited
  // document; post.ts turns the citing ids into measure ids and refs. (A HAS_ACTION*0..1 path from every measure
  // cost ≈6× more at 10,000 documents.)
  planned_documents: `MATCH (x)-[r:CITES {status: 'planned'}]->(d:Document)
WHERE x.ref IS NOT NULL
RETURN d.title AS title, d.number AS number, d.id AS documentId, collect(DISTINCT x.id) AS citing
ORDER BY title`,
  // From the derived per-agency counts the loader keeps (graph/aggregates.ts): distinct measures in any role =
  // |leads ∪ cooperates| + |responsible| − |both| — O(agencies), not a walk over every role edge.
  top_agency: `MATCH (c:AgencyCount)
MATCH (a:Agency) WHERE a.id = c.id
RETURN a.name AS agency, c.leadOrCoop + c.responsible - c.overlap AS measures, a.id AS agencyId
ORDER BY measures DESC, agency`,
  targets_by_year: `${TARGET_ROW}
WHERE t.year = $year AND ${QUANTIFIED}
${TARGET_RETURN}`,
  targets_by_topic: `${TARGET_ROW}
WHERE ($year = 0 OR t.year = $year) AND ${QUANTIFIED} AND any(term IN $terms WHERE t.textSc CONTAINS term)
${TARGET_RETURN}`,
  // From the agency: targets of the actions it is responsible for; targets of its measures that no action carries.
  agency_targets: `MATCH (a:Agency {id: $agency})-[:RESPONSIBLE_FOR]->(:Action)-[:HAS_TARGET]->(t:Target)<-[:HAS_TARGET]-(m:Measure)
WHERE ($year = 0 OR t.year = $year) AND ${QUANTIFIED}
RETURN DISTINCT ${TARGET_COLS}
UNION
MATCH (a:Agency {id: $agency})-[:LEADS|COOPERATES_ON]->(m:Measure)-[:HAS_TARGET]->(t:Target)
WHERE ($year = 0 OR t.year = $year) AND ${QUANTIFIED}
OPTIONAL MATCH (x:Action)-[:HAS_TARGET]->(t)
WITH m, t, count(x) AS carriers
WHERE carriers = 0
RETURN DISTINCT ${TARGET_COLS}`,
  measures_by_topic: `MATCH (m:Measure)
WHERE any(term IN $terms WHERE m.textSc CONTAINS term)
  OR EXISTS { MATCH (m)-[:HAS_ACTION]->(x:Action) WHERE any(term IN $terms WHERE x.textSc CONTAINS term) }
RETURN m.ref AS ref, m.textSc AS text, m.documentId AS documentId, m.id AS measureId
${ORDER_M}`,
  document_list: `MATCH (d:Document)
RETURN d.title AS title, d.number AS number, d.ingested AS ingested, d.id AS documentId
ORDER BY ingested DESC, title`,
  agency_list: `MATCH (a:Agency)
RETURN a.name AS agency, a.nameEn AS nameEn, a.id AS agencyId
ORDER BY agency`,
};

function params(intent: Intent): Record<string, unknown> {
  const { name: _name, ...rest } = intent as Intent & Record<string, unknown>;
  if ('terms' in rest) rest.terms = [...new Set((rest.terms as string[]).flatMap((t) => [t, t.toUpperCase()]))];
  if (intent.name !== 'measures_by_agency') delete rest.topic;
  if ('refs' in rest) delete rest.ref;
  if ('year' in rest && rest.year == null) rest.year = 0;
  if (intent.name === 'document_lookup') return { id: intent.id };
  return rest;
}

const ANY_TERM = /any\(term IN \$terms WHERE ([a-z]+\.textSc) CONTAINS term\)/g;

/**
 * `any(term IN $terms WHERE x.textSc CONTAINS term)` → `(x.textSc CONTAINS $t0 OR …)`, one parameter per term:
 * LadybugDB evaluates the list predicate 4–5× slower than plain CONTAINS over a corpus of texts.
 */
function expandTerms(q: Query): Query {
  const terms = q.params.terms;
  if (!Array.isArray(terms) || !terms.length || !q.cypher.includes('any(term IN $terms')) return q;
  const { terms: _terms, ...rest } = q.params;
  const cypher = q.cypher.replace(ANY_TERM, (_m, prop: string) => `(${terms.map((_t, i) => `${prop} CONTAINS $t${i}`).join(' OR ')})`);
  return { cypher, params: { ...rest, ...Object.fromEntries(terms.map((t: unknown, i) => [`t${i}`, t])) } };
}

/** The query for an intent, or null for intents answered without the graph (help, unknown, ambiguous). */
export function queryFor(intent: Intent): Query | null {
  const cypher = intent.name === 'measures_by_agency' && intent.topic ? BY_AGENCY_TOPIC : Q[intent.name];
  return cypher ? expandTerms({ cypher, params: params(intent) }) : null;
}

export const QUERY_TEXT = Q;

/** Intents whose one statement ends in `RETURN DISTINCT … ORDER BY …` over targets: paged at the store. */
export const TARGET_LISTS: ReadonlySet<Intent['name']> = new Set(['targets_by_year', 'targets_by_topic']);

/** The page of a target list (its own ORDER BY, then SKIP/LIMIT) and its total (a count, no rows). */
export function targetPage(q: Query, offset: number, limit: number): { page: Query; count: Query } {
  const at = q.cypher.lastIndexOf('RETURN DISTINCT');
  return {
    page: { cypher: `${q.cypher}\nSKIP $skip LIMIT $limit`, params: { ...q.params, skip: offset, limit } },
    count: { cypher: `${q.cypher.slice(0, at)}RETURN count(DISTINCT t) AS n`, params: q.params },
  };
}
