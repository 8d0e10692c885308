// The ingest-side measurements: parse (vs a regex scan) and load (vs the engine's COPY), on one corpus.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestBuffer, type PolicyDocument } from '../ingest/index.ts';
import { openStore } from '../graph/index.ts';
import { collectRows, copyCeiling, type CopyResult } from './copy-ceiling.ts';
import { fastest, mb, timed } from './measure.ts';
import { regexScan } from './regex-scan.ts';

export interface Input { name: string; bytes: Uint8Array }

export interface ParseFigures {
  documents: number; bytes: number; rejected: number; rejections: string[];
  seconds: number; mbPerSecond: number; ceilingSeconds: number; ceilingMbPerSecond: number; ratio: number;
}

export async function parseStage(inputs: Input[]): Promise<{ figures: ParseFigures; docs: PolicyDocument[] }> {
  const bytes = inputs.reduce((s, d) => s + d.bytes.length, 0);
  const parse = await timed(() => inputs.map((d) => ingestBuffer(d.bytes, { file: d.name, contentType: 'text/plain' })));
  const scan = await fastest(3, () => inputs.reduce((s, d) => s + regexScan(d.bytes), 0));
  const docs: PolicyDocument[] = [];
  const rejections: string[] = [];
  for (const r of parse.value) {
    if (r.ok) docs.push(r.document);
    else rejections.push(`${r.file ?? '?'}: ${r.reason}`);
  }
  const mbPerSecond = mb(bytes) / parse.seconds;
  const ceilingMbPerSecond = mb(bytes) / scan.seconds;
  return {
    docs,
    figures: {
      documents: inputs.length, bytes, rejected: rejections.length, rejections: rejections.slice(0, 5),
      seconds: parse.seconds, mbPerSecond, ceilingSeconds: scan.seconds, ceilingMbPerSecond, ratio: mbPerSecond / ceilingMbPerSecond,
    },
  };
}

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
