// Load throughput through the real store (one document at a time), beside the engine's COPY of the same rows.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolicyDocument } from '../ingest/model.ts';
import { openStore } from '../graph/index.ts';
import { collectRows, copyCeiling, type CopyResult } from './copy-ceiling.ts';

export interface LoadFigures {
  /** Documents given, and loaded before the time budget ran out (the rest is extrapolated, not measured). */
  documents: number; loaded: number; partial: boolean;
  /** Distinct nodes and relationships in the store after the load (what COPY writes too). */
  nodes: number; relationships: number; seconds: number;
  /** Sum of LoadResult.nodes + relationships (shared agencies/references counted once per document). */
  plannedRows: number;
  docsPerSecond: number; rowsPerSecond: number;
  /** Mean ms per document over the first and the last tenth loaded: does the cost per document grow with the store? */
  firstTenthMsPerDoc: number; lastTenthMsPerDoc: number;
  /** COPY of all the documents' rows into a fresh database (servable: the server runs on it when the load is partial). */
  copy: CopyResult & { rowsPerSecond: number; db: string };
  /** load rows/s ÷ COPY rows/s; when every document loaded both wrote the same rows, so this is COPY s ÷ load s. */
  ratio: number;
  /**
   * Seconds to load all the documents: measured, or (partial load) the measured part plus the rest at the last tenth's
   * ms/doc — a lower bound while the cost per document grows — and COPY s ÷ that, the ratio on the same rows.
   */
  projectedSeconds: number; projectedRatio: number;
  /** The store the loader wrote. */
  db: string;
  /** How documents were loaded: the CLI's batch path (durable: false, flush every 50 documents or 2 s, and at the end). */
  mode: string;
  /** A load that threw: the bench stops loading there and goes on with what it has. */
  error?: string;
}

/** The CLI's batch cadence (cli/ingest.ts BATCH). */
const BATCH = { documents: 50, ms: 2000 };

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Load `docs` one by one through the real store into `dir/db` (stopping after `budgetSeconds`), then COPY all their rows. */
export async function loadStage(docs: PolicyDocument[], dir: string, budgetSeconds = Infinity): Promise<LoadFigures> {
  const db = join(dir, 'db');
  await rm(db, { recursive: true, force: true });
  const store = await openStore({ db, backend: 'ladybug' });
  const perDoc: number[] = [];
  let planned = 0;
  let nodes = 0;
  let relationships = 0;
  const t0 = performance.now();
  let error: string | undefined;
  let pending = 0;
  let flushedAt = t0;
  try {
    for (const doc of docs) {
      const t = performance.now();
      try {
        const r = await store.loadDocument(doc, { durable: false });
        planned += r.nodes + r.relationships;
        if (++pending >= BATCH.documents || t - flushedAt >= BATCH.ms) {
          await store.flush?.();
          pending = 0;
          flushedAt = performance.now();
        }
      } catch (err) {
        error = `${doc.id}: ${err instanceof Error ? err.message : String(err)}`;
        break;
      }
      perDoc.push(performance.now() - t);
      if ((performance.now() - t0) / 1000 > budgetSeconds) break;
    }
    const t = performance.now();
    await store.flush?.();
    if (perDoc.length > 0) perDoc[perDoc.length - 1]! += performance.now() - t;
    const count = async (cypher: string): Promise<number> => Number((await store.run({ cypher, params: {} }))[0]?.n ?? 0);
    nodes = await count("MATCH (n) WHERE label(n) <> 'Meta' RETURN count(n) AS n");
    relationships = await count('MATCH ()-[r]->() RETURN count(r) AS n');
  } finally {
    await store.close();
  }
  const seconds = perDoc.reduce((s, x) => s + x, 0) / 1000;
  const loaded = perDoc.length;
  const tenth = Math.max(1, Math.floor(loaded / 10));
  const copy = await copyCeiling(collectRows(docs), join(dir, 'copy'), true);
  const rowsPerSecond = (nodes + relationships) / seconds;
  const copyRowsPerSecond = (copy.nodes + copy.relationships) / copy.copySeconds;
  const lastTenthMsPerDoc = mean(perDoc.slice(-tenth));
  const projectedSeconds = seconds + ((docs.length - loaded) * lastTenthMsPerDoc) / 1000;
  return {
    documents: docs.length, loaded, partial: loaded < docs.length,
    nodes, relationships, plannedRows: planned, seconds,
    docsPerSecond: loaded / seconds, rowsPerSecond,
    firstTenthMsPerDoc: mean(perDoc.slice(0, tenth)), lastTenthMsPerDoc,
    copy: { ...copy, rowsPerSecond: copyRowsPerSecond, db: join(dir, 'copy', 'db') },
    ratio: rowsPerSecond / copyRowsPerSecond,
    projectedSeconds, projectedRatio: copy.copySeconds / projectedSeconds,
    db, mode: 'loadDocument(doc, { durable: false }), flush() every 50 documents or 2 s and at the end (the CLI batch path)', error,
  };
}
