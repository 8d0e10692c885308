// How the CLI opens the store: `--db` (or $POLICY_GRAPH_DB, default ./data), Neo4j when NEO4J_URI is set.
import { existsSync } from 'node:fs';
import { openStore, type GraphStore } from '../graph/index.ts';
import { databaseFile } from '../graph/ladybug/index.ts';
import { CliError } from './errors.ts';

export const DEFAULT_DB = process.env.POLICY_GRAPH_DB || './data';

/**
 * Open an existing store for reading. The embedded store is opened read-write on purpose: LadybugDB lets a
 * read-only opener in next to a writer and then fails on the writer's half-written WAL, while a read-write open
 * takes the file lock and gives the clear "in use by another process" message when the server runs.
 */
export async function openForRead(db: string): Promise<GraphStore> {
  if (!process.env.NEO4J_URI && !existsSync(databaseFile(db))) {
    throw new CliError(`no store at ${db}: ingest documents first (policy-graph ingest --db ${db} <files…>)`);
  }
  return openStore({ db, readOnly: Boolean(process.env.NEO4J_URI) });
}

export function openForWrite(db: string): Promise<GraphStore> {
  return openStore({ db });
}

/** Run `work` with a store and always close it. */
export async function withStore<T>(open: Promise<GraphStore>, work: (s: GraphStore) => Promise<T>): Promise<T> {
  const store = await open;
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
