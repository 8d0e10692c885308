// Public surface of graph/: open a store (LadybugDB by default, Neo4j when NEO4J_URI is set), guard, export, stats.
import type { PolicyDocument } from '../ingest/model.ts';
import { StoreError, type GraphStore, type LoadOptions, type LoadResult } from './types.ts';

export * from './types.ts';
export { SCHEMA_VERSION, NODES, RELS } from './schema.ts';
export { checkReadOnly, inspectReadOnly, MAX_PATH_LENGTH } from './guard.ts';
export { exportJson, exportGraphml, type GraphExport } from './export.ts';
export { stats } from './stats.ts';
export { SERVER_BUFFER_POOL_MB } from './ladybug/config.ts';

export interface Neo4jConfig { uri: string; user?: string; password?: string; database?: string }

export interface StoreConfig {
  /** Force a backend; by default Neo4j when `neo4j` or NEO4J_URI is given, else LadybugDB. */
  backend?: 'ladybug' | 'neo4j';
  /** Embedded store directory (default: $POLICY_GRAPH_DB or ./data). */
  db?: string;
  /** Neo4j connection (default: from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE). */
  neo4j?: Neo4jConfig;
  /** Open without write access: every run is read-only, loads are refused. */
  readOnly?: boolean;
  /** LadybugDB buffer pool in MiB when POLICY_GRAPH_BUFFER_POOL_MB is not set (default 1024; the server uses 512). */
  bufferPoolMb?: number;
}

/** The Neo4j configuration from the environment, or null when NEO4J_URI is not set. */
export function neo4jFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
}

/** Open the configured backend; creates the schema when new, refuses a store of another schema version. */
export async function openStore(config: StoreConfig = {}): Promise<GraphStore> {
  const neo4j = config.backend === 'ladybug' ? null : config.neo4j ?? neo4jFromEnv();
  if (config.backend === 'neo4j' && !neo4j) throw new StoreError('unavailable', 'The Neo4j backend needs NEO4J_URI (e.g. bolt://localhost:7687).');
  if (neo4j) {
    const { openNeo4j } = await import('./neo4j/index.ts');
    return openNeo4j(neo4j, config.readOnly ?? false);
  }
  const { openLadybug } = await import('./ladybug/index.ts');
  return openLadybug(config.db ?? process.env.POLICY_GRAPH_DB ?? './data', config.readOnly ?? false, config.bufferPoolMb);
}

/** Load a batch through `store.loadDocuments` (one transaction), or one by one on a store without it. */
export async function loadBatch(store: GraphStore, docs: PolicyDocument[], options?: LoadOptions): Promise<LoadResult[]> {
  if (store.loadDocuments) return store.loadDocuments(docs, options);
  const out: LoadResult[] = [];
  for (const d of docs) out.push(await store.loadDocument(d, options));
  return out;
}
