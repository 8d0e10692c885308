// Load throughput through the real store along the CLI's batch path, beside the engine's COPY of the same rows.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolicyDocument } from '../ingest/model.ts';
import { openStore } from '../graph/index.ts';
import { BATCH, loadAndFlush, nextLimit, textBytes } from '../cli/batch.ts';
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
  /** How documents were loaded: the CLI's batch path (loadDocuments per batch, then flush). */
  mode: string;
  /** A load that threw: the bench stops loading there and goes on with what it has. */
  error?: string;
}

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
  let limit = 1;
  try {
    // the CLI's batches (cli/batch.ts BATCH, nextLimit, textBytes): 1, 2, 4, … up to BATCH.documents documents or BATCH.bytes of text; each
    // loaded in one transaction and flushed (cli/batch.ts loadAndFlush); a document's time is its batch's ÷ its size
    for (let i = 0; i < docs.length;) {
      let bytes = 0;
      let j = i;
      while (j < docs.length && j - i < limit && bytes < BATCH.bytes) bytes += textBytes(docs[j++]!);
      const batch = docs.slice(i, j);
      i = j;
      limit = nextLimit(limit);
      const t = performance.now();
      const outcomes = await loadAndFlush(store, batch.map((d) => ({ file: d.id, document: d })));
      const failed = outcomes.find((o) => !o.ok);
      if (failed && !failed.ok) { error = `${failed.file}: ${failed.reason}`; break; }
      for (const o of outcomes) if (o.ok) planned += o.result.nodes + o.result.relationships;
      const each = (performance.now() - t) / batch.length;
      for (const _ of batch) perDoc.push(each);
      if ((performance.now() - t0) / 1000 > budgetSeconds) break;
    }
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
    db, mode: `loadDocuments(batch, { durable: false }) + flush() per batch of 1, 2, 4 … ${BATCH.documents} documents (the CLI batch path)`, error,
  };
}
