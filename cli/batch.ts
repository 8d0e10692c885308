// Loading parsed documents in batches: one transaction per batch (GraphStore.loadDocuments), a flush after it, and
// only then are its documents reported. A batch whose load fails is retried document by document, so one bad
// document does not sink its neighbours.
import { loadBatch, type GraphStore, type LoadResult } from '../graph/index.ts';
import type { PolicyDocument } from '../ingest/model.ts';
import { describeError } from './errors.ts';

export interface Parsed { file: string; document: PolicyDocument; bytes: number }
export type Outcome = { file: string; ok: true; result: LoadResult } | { file: string; ok: false; reason: string };

/** Errors that no retry can fix: the store itself is unusable. */
export const fatal = (e: unknown): boolean => ['locked', 'unavailable', 'closed'].includes((e as { code?: string }).code ?? '');

/**
 * Load `batch` and make it durable. Returns one outcome per document; throws when the store is unusable or the flush
 * fails (then none of the batch is reported loaded: `notStored` carries them).
 */
export async function loadAndFlush(store: GraphStore, batch: Parsed[]): Promise<Outcome[]> {
  let outcomes: Outcome[];
  try {
    const results = await loadBatch(store, batch.map((p) => p.document), { durable: false });
    outcomes = batch.map((p, i) => ({ file: p.file, ok: true, result: results[i]! }));
  } catch (e) {
    if (fatal(e) || batch.length === 1) {
      if (fatal(e)) throw e;
      outcomes = [{ file: batch[0]!.file, ok: false, reason: `not stored: ${describeError(e)}` }];
    } else {
      outcomes = [];
      for (const p of batch) {
        try {
          outcomes.push({ file: p.file, ok: true, result: await store.loadDocument(p.document, { durable: false }) });
        } catch (err) {
          if (fatal(err)) throw err;
          outcomes.push({ file: p.file, ok: false, reason: `not stored: ${describeError(err)}` });
        }
      }
    }
  }
  if (outcomes.some((o) => o.ok)) await store.flush?.();
  return outcomes;
}
