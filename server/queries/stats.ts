// Counts per label and relationship type, one UNION ALL statement (portable: typed patterns only).
import type { Query } from '../../graph/types.ts';
import { NODES, RELS } from '../../graph/schema.ts';

const nodeParts = NODES.map((n) => n.label === 'Document'
  ? `MATCH (n:Document) WHERE n.ingested = true RETURN 'Document' AS k, count(n) AS n
UNION ALL MATCH (n:Document) WHERE n.ingested = false RETURN 'ReferencedDocument' AS k, count(n) AS n`
  : `MATCH (n:${n.label}) RETURN '${n.label}' AS k, count(n) AS n`);
const relParts = RELS.map((r) => `MATCH ()-[r:${r.type}]->() RETURN '${r.type}' AS k, count(r) AS n`);

export const stats = (): Query => ({ cypher: [...nodeParts, ...relParts].join('\nUNION ALL '), params: {} });

export const ingestedDocumentCount = (): Query => ({
  cypher: 'MATCH (d:Document) WHERE d.ingested = true RETURN count(d) AS n',
  params: {},
});
