// The ingested-document count for /api/health (per-label counts: graph/stats.ts).
import type { Query } from '../../graph/types.ts';

export const ingestedDocumentCount = (): Query => ({
  cypher: 'MATCH (d:Document) WHERE d.ingested = true RETURN count(d) AS n',
  params: {},
});
