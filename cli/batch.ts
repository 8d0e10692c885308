// Loading parsed documents in batches: one transaction per batch (GraphStore.loadDocuments), a flush after it, and
// only then are its documents reported. A batch whose load fails is retried document by document, so one bad
// document does not sink its neighbours.
import { loadBatch, type GraphStore, type LoadResult } from '../graph/index.ts';
import type { PolicyDocument } from '../ingest/model.ts';
import { describeError } from './errors.ts';

/**
 * Documents are loaded in batches: one transaction per batch, then a checkpoint (crash-safe), then they are
 * reported. A batch closes at `documents` documents or `bytes` of source text, or after `ms` milliseconds when no
 * load is running. The first batches are smaller (1, 2, 4, … documents) so that progress shows up at once and an
 * interrupted short run has already reported its first documents. The next batch is parsed while one loads.
 * Large batches pay: each commit of a batch costs seconds on a 10,000-document store whatever its size (LadybugDB
 * 0.19.1, measured 15:57 UTC: 100 → 400 → 800 documents per batch = 48 → 35 → 33 ms CPU per document).
 */
export const BATCH = { documents: 400, bytes: 32 * 1024 * 1024, ms: 2_000 };

/** The next batch's document limit: 1, 2, 4, … up to BATCH.documents. */
export const nextLimit = (limit: number): number => Math.min(BATCH.documents, limit * 2);

/** A document's share of BATCH.bytes: its text as UTF-8, at most 3 bytes per UTF-16 unit. */
export const textBytes = (doc: PolicyDocument): number => doc.text.length * 3;

export interface Parsed { file: string; document: PolicyDocument }
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
