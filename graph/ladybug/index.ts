// Public surface of the embedded backend (the only folder that imports @ladybugdb/core).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoreError } from '../types.ts';
import { LadybugStore } from './store.ts';

export { LadybugStore } from './store.ts';

/** The database file for a `--db` value: a directory gets `graph.lbug` inside it; an existing file is used as is. */
export function databaseFile(db: string): string {
  const path = resolve(db);
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (path.endsWith('.lbug')) return path;
  return join(path, 'graph.lbug');
}

export async function openLadybug(db: string, readOnly = false, bufferPoolMb?: number): Promise<LadybugStore> {
  const file = databaseFile(db);
  if (readOnly && !existsSync(file)) {
    throw new StoreError('unavailable', `There is no store at ${db} yet; ingest documents first (policy-graph ingest --db ${db} …).`);
  }
  if (!readOnly) mkdirSync(join(file, '..'), { recursive: true });
  return LadybugStore.open(file, readOnly, bufferPoolMb);
}
