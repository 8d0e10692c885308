// neo4j-driver errors → classified StoreError with a message safe to show a user.
import { StoreError } from '../types.ts';

export function classify(error: unknown, where: string): StoreError {
  if (error instanceof StoreError) return error;
  const e = error as { code?: string; message?: string; retriable?: boolean };
  const code = e?.code ?? '';
  const message = (e?.message ?? String(error)).split('\n')[0];
  const cause = { cause: error };
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND/.test(message ?? '')) {
    return new StoreError('unavailable', `The Neo4j server at ${where} cannot be reached; check NEO4J_URI.`, true, cause);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreError('unavailable', `Neo4j at ${where} refused the credentials; check NEO4J_USER / NEO4J_PASSWORD.`, false, cause);
  }
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTerminated')) {
    return new StoreError('timeout', 'The query took too long and was stopped.', true, cause);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.includes('ForbiddenOnReadOnlyDatabase')) {
    return new StoreError('read-only-violation', 'Query refused: it would write to the graph.', false, cause);
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new StoreError('syntax', `The graph engine rejected the query: ${message}`, false, cause);
  }
  return new StoreError('internal', `Graph store error: ${message}`, e?.retriable === true, cause);
}
