// Load throughput through the real store (one document at a time), beside the engine's COPY of the same rows.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolicyDocument } from '../ingest/model.ts';
import { openStore } from '../graph/index.ts';
import { collectRows, copyCeiling, type CopyResult } from './copy-ceiling.ts';
import { timed } from './measure.ts';

export interface LoadFigures {
  /** Distinct nodes and relationships in the store after the load (what COPY writes too). */
  documents: number; nodes: number; relationships: number; seconds: number;
  /** Sum of LoadResult.nodes + relationships (shared agencies/references counted once per document). */
  plannedRows: number;
  docsPerSecond: number; rowsPerSecond: number;
  /** Seconds for the first and the last tenth of the documents: shows whether per-document cost grows with the store. */
  firstTenthSeconds: number; lastTenthSeconds: number;
  copy: CopyResult & { rowsPerSecond: number };
  ratio: number;
}

/** Load `docs` one by one through the real store into `dir/db`, then COPY the same rows into `dir/copy/db`. */
export async function loadStage(docs: PolicyDocument[], dir: string): Promise<LoadFigures> {
  const db = join(dir, 'db');
  await rm(db, { recursive: true, force: true });
  const store = await openStore({ db, neo4j: undefined });
  let nodes = 0;
  let relationships = 0;
  let planned = 0;
  const tenth = Math.max(1, Math.floor(docs.length / 10));
  const marks: number[] = [];
  let load;
  try {
    load = await timed(async () => {
      for (const [i, doc] of docs.entries()) {
        if (i % tenth === 0) marks.push(performance.now());
        const r = await store.loadDocument(doc);
        planned += r.nodes + r.relationships;
      }
      marks.push(performance.now());
    });
    const count = async (cypher: string): Promise<number> => Number((await store.run({ cypher, params: {} }))[0]?.n ?? 0);
    nodes = await count("MATCH (n) WHERE label(n) <> 'Meta' RETURN count(n) AS n");
    relationships = await count('MATCH ()-[r]->() RETURN count(r) AS n');
  } finally {
    await store.close();
  }
  const copy = await copyCeiling(collectRows(docs), join(dir, 'copy'));
  const rowsPerSecond = (nodes + relationships) / load.seconds;
  const copyRows = (copy.nodes + copy.relationships) / copy.copySeconds;
  return {
    documents: docs.length, nodes, relationships, plannedRows: planned, seconds: load.seconds,
    docsPerSecond: docs.length / load.seconds, rowsPerSecond,
    firstTenthSeconds: ((marks[1] ?? 0) - (marks[0] ?? 0)) / 1000,
    lastTenthSeconds: ((marks.at(-1) ?? 0) - (marks.at(-2) ?? 0)) / 1000,
    copy: { ...copy, rowsPerSecond: copyRows },
    // same final rows on both sides, so the throughput ratio is the time ratio
    ratio: copy.copySeconds / load.seconds,
  };
}
