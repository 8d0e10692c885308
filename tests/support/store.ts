// Temp LadybugDB stores and a deterministic, backend-neutral snapshot of a store's whole content.
import { createHash } from 'node:crypto';
import { openStore } from '../../graph/index.ts';
import type { GraphStore, Row } from '../../graph/types.ts';
import { NODES, RELS } from '../../graph/schema.ts';
import { ingestBuffer } from '../../ingest/index.ts';
import type { PolicyDocument } from '../../ingest/model.ts';
import { sampleBytes, tempDir } from './files.ts';

/** Open a LadybugDB store in a fresh temp directory (`dir` is the database path given to `openStore`). */
export async function openTempStore(): Promise<{ store: GraphStore; db: string }> {
  const db = `${tempDir('pg-store-')}/db`;
  const store = await openStore({ db });
  return { store, db };
}

/** Ingest the sample; throws if ingest rejects it (it must not). */
export function sampleDocument(): PolicyDocument {
  const result = ingestBuffer(sampleBytes(), { file: 'ordos-efufa-2023-58.txt' });
  if (!result.ok) throw new Error(`the sample was rejected: ${result.reason}`);
  return result.document;
}

/** Ingest the sample and load it into `store`. */
export async function loadSample(store: GraphStore): Promise<PolicyDocument> {
  const doc = sampleDocument();
  await store.loadDocument(doc);
  return doc;
}

function stable(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = stable((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

function sortRows(rows: Row[]): unknown[] {
  return rows.map((r) => JSON.stringify(stable(r))).sort().map((s) => JSON.parse(s) as unknown);
}

export interface StoreSnapshot {
  nodes: Record<string, unknown[]>;        // label → rows of every property, sorted
  relationships: Record<string, unknown[]>; // `TYPE:From->To` → rows {from, to, ...props}, sorted
  /** Set by scripts/store-snapshot.ts: where the derived agency counts differ from the graph (empty: consistent). */
  derivedDrift?: string[];
}

/** Every node and relationship of the store as sorted plain JSON (driven by graph/schema.ts, read-only queries). */
export async function snapshotStore(store: GraphStore): Promise<StoreSnapshot> {
  const nodes: Record<string, unknown[]> = {};
  for (const spec of NODES) {
    const props = Object.keys(spec.properties).map((p) => `n.\`${p}\` AS \`${p}\``).join(', ');
    nodes[spec.label] = sortRows(await store.run({ cypher: `MATCH (n:${spec.label}) RETURN ${props}`, params: {} }, { readOnly: true }));
  }
  const relationships: Record<string, unknown[]> = {};
  for (const spec of RELS) {
    for (const [from, to] of spec.pairs) {
      const props = Object.keys(spec.properties).map((p) => `, r.\`${p}\` AS \`${p}\``).join('');
      const cypher = `MATCH (a:${from})-[r:${spec.type}]->(b:${to}) RETURN a.id AS from, b.id AS to${props}`;
      relationships[`${spec.type}:${from}->${to}`] = sortRows(await store.run({ cypher, params: {} }, { readOnly: true }));
    }
  }
  return { nodes, relationships };
}

/** sha256 (hex) of the store's deterministic JSON snapshot: equal hashes ⇔ identical content. */
export async function exportHash(store: GraphStore): Promise<string> {
  return createHash('sha256').update(JSON.stringify(await snapshotStore(store))).digest('hex');
}

/** Node/relationship counts per label/type of the store (from the snapshot). */
export async function storeCounts(store: GraphStore): Promise<Record<string, number>> {
  const snap = await snapshotStore(store);
  const counts: Record<string, number> = {};
  for (const [k, rows] of Object.entries(snap.nodes)) counts[k] = rows.length;
  for (const [k, rows] of Object.entries(snap.relationships)) counts[k] = rows.length;
  return counts;
}

/**
 * Counts of one document's own subgraph in a snapshot: its ingested Document node, nodes with `documentId`, the
 * relationships leaving them or carrying its `documentId`, and agency roles (LEADS…) into them. Citations from OTHER
 * documents are not counted. All zero ⇔ the document is absent.
 */
export function documentCounts(snap: StoreSnapshot, documentId: string): Record<string, number> {
  const own = new Set<string>();
  const counts: Record<string, number> = {};
  for (const [label, rows] of Object.entries(snap.nodes)) {
    const mine = (rows as Array<Record<string, unknown>>).filter((r) =>
      r.documentId === documentId || (label === 'Document' && r.id === documentId && r.ingested === true));
    for (const r of mine) own.add(String(r.id));
    counts[label] = mine.length;
  }
  for (const [key, rows] of Object.entries(snap.relationships)) {
    // Citations and forwardings INTO this document belong to the documents that wrote them, not to this one.
    const incomingIsOthers = key.startsWith('CITES:') || key.startsWith('FORWARDS:');
    counts[key] = (rows as Array<Record<string, unknown>>).filter((r) => own.has(String(r.from)) || r.documentId === documentId ||
      (!incomingIsOthers && own.has(String(r.to)))).length;
  }
  return counts;
}
