// Documents (ingested and cited-only), their citations both ways, forwards and text.
import type { Query } from '../../graph/types.ts';

export const docCols = (v: string): string =>
  `${v}.id AS id, ${v}.title AS title, ${v}.number AS number, ${v}.issuer AS issuer, ${v}.ingested AS ingested, ` +
  `${v}.writtenOn AS writtenOn, ${v}.publishedOn AS publishedOn`;

export const allDocuments = (): Query => ({
  cypher: `MATCH (d:Document) OPTIONAL MATCH (d)-[:HAS_CHAPTER]->(:Chapter)-[:HAS_MEASURE]->(m:Measure)
RETURN ${docCols('d')}, count(m) AS measures ORDER BY ingested DESC, id`,
  params: {},
});

export const documentById = (id: string): Query => ({
  cypher: `MATCH (d:Document {id: $id}) RETURN ${docCols('d')}, d.indexNumber AS indexNumber, d.sourceFile AS sourceFile`,
  params: { id },
});

export const documentText = (id: string): Query => ({
  cypher: 'MATCH (d:Document {id: $id}) WHERE d.ingested = true RETURN d.id AS id, d.text AS text',
  params: { id },
});

const rCols = 'r.id AS id, r.title AS title, r.number AS number, r.issuer AS issuer, r.ingested AS ingested, c.status AS status';

/** What the document cites: from its preamble (by = '') and from its measures and actions (by = ref). */
export const documentCites = (id: string): Query => ({
  cypher: `MATCH (d:Document {id: $id})-[c:CITES]->(r:Document) RETURN ${rCols}, '' AS by
UNION ALL MATCH (m:Measure {documentId: $id})-[c:CITES]->(r:Document) RETURN ${rCols}, m.ref AS by
UNION ALL MATCH (x:Action {documentId: $id})-[c:CITES]->(r:Document) RETURN ${rCols}, x.ref AS by`,
  params: { id },
});

/** Who cites the document: citing document rows (r = the citing document), by = the citing measure/action ref. */
export const documentCitedBy = (id: string): Query => ({
  cypher: `MATCH (r:Document)-[c:CITES]->(:Document {id: $id}) RETURN ${rCols}, '' AS by
UNION ALL MATCH (r:Document)-[:HAS_CHAPTER]->(:Chapter)-[:HAS_MEASURE]->(m:Measure)-[c:CITES]->(:Document {id: $id})
RETURN ${rCols}, m.ref AS by
UNION ALL MATCH (r:Document)-[:HAS_CHAPTER]->(:Chapter)-[:HAS_MEASURE]->(:Measure)-[:HAS_ACTION]->(x:Action)-[c:CITES]->(:Document {id: $id})
RETURN ${rCols}, x.ref AS by`,
  params: { id },
});

export const documentForwards = (id: string): Query => ({
  cypher: `MATCH (:Document {id: $id})-[:FORWARDS]->(f:Document) RETURN ${docCols('f')}, 'forwards' AS dir
UNION ALL MATCH (f:Document)-[:FORWARDS]->(:Document {id: $id}) RETURN ${docCols('f')}, 'forwardedBy' AS dir`,
  params: { id },
});
