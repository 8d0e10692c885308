// Public surface of the Neo4j backend (the only folder that imports neo4j-driver).
import { Neo4jStore } from './store.ts';

export { Neo4jStore } from './store.ts';
export { constraintStatements } from './schema.ts';

export function openNeo4j(config: { uri: string; user?: string; password?: string; database?: string }, readOnly = false) {
  return Neo4jStore.open(config.uri, { user: config.user, password: config.password }, config.database || undefined, readOnly);
}
