// Fills an empty store with the documents in seeds/ (first start of a fresh clone).
import { join } from 'node:path';
import type { GraphStore } from '../graph/types.ts';
import { num } from './context.ts';
import { ingestedDocumentCount } from './queries/index.ts';
import { REPO_ROOT } from './static.ts';

export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

export interface SeedReport { loaded: string[]; rejected: Array<{ file: string | null; reason: string }>; skipped: boolean }

/** Ingest `dirs` when the store holds no ingested document; otherwise do nothing. */
export async function seedIfEmpty(store: GraphStore, dirs: string[] = [SEEDS_DIR]): Promise<SeedReport> {
  const rows = await store.run(ingestedDocumentCount(), { readOnly: true });
  if (num(rows[0]?.n) > 0) return { loaded: [], rejected: [], skipped: true };
  const { expandInputs, ingestFile } = await import('../ingest/index.ts');   // only an empty store needs it
  const { files, missing } = await expandInputs(dirs);
  const report: SeedReport = { loaded: [], rejected: missing.map((file) => ({ file, reason: 'not found' })), skipped: false };
  for (const file of files) {
    const result = await ingestFile(file);
    if (!result.ok) { report.rejected.push({ file: result.file, reason: result.reason }); continue; }
    await store.loadDocument(result.document);
    report.loaded.push(result.document.id);
  }
  return report;
}
