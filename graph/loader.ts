// The load/remove procedures, as Cypher both backends accept; each backend runs them inside ONE transaction.
import type { PolicyDocument } from '../ingest/model.ts';
import type { LoadResult, Row } from './types.ts';
import { buildPlan, planSize, type EdgeGroup, type LoadPlan, type NodeRow } from './plan.ts';
import { addAggregates, retractAggregates } from './aggregates.ts';
import * as footprint from './footprint.ts';
import { removeOrphans, removeSubgraph, removeSubgraphs } from './remove.ts';
import { mergeAgencies, mergeReferences, upsertAgencies, upsertReferences } from './shared.ts';
import { NODES, OWN_LABELS } from './schema.ts';

export { removeOrphans, removeSubgraph } from './remove.ts';

/** One open transaction: run a statement with parameters, plus the few dialect differences the loader needs. */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Cypher turning a string expression into a float (LadybugDB `CAST(x AS DOUBLE)`, Neo4j `toFloat(x)`). */
  toDouble(expr: string): string;
}

/** Test-only hook: called after every step; throwing from it must roll the whole load back. */
export type FaultInjection = (step: string) => void;

const DOC_PROPS = ['number', 'title', 'issuer', 'writtenOn', 'publishedOn', 'indexNumber', 'ingested', 'text', 'sourceFile', 'sha256'];

const TYPES = new Map(NODES.map((n) => [n.label, n.properties]));

/**
 * UNWIND … CREATE. DOUBLE properties travel as strings and are cast in Cypher: a JS number list such as
 * [1, 3.5] would otherwise mix integer and float rows, which LadybugDB refuses.
 */
function createRows(tx: Tx, label: string, rows: NodeRow[]): Promise<void> {
  if (rows.length === 0) return Promise.resolve();
  const keys = Object.keys(rows[0]!);
  const doubles = keys.filter((k) => TYPES.get(label)?.[k] === 'DOUBLE');
  const sent = doubles.length === 0 ? rows : rows.map((r) => {
    const copy = { ...r };
    for (const k of doubles) copy[k] = r[k] === null || r[k] === undefined ? null : String(r[k]);
    return copy;
  });
  const props = keys.map((k) => `\`${k}\`: ${doubles.includes(k) ? tx.toDouble(`r.\`${k}\``) : `r.\`${k}\``}`).join(', ');
  return created(tx, `UNWIND $rows AS r CREATE (n:${label} {${props}}) RETURN count(n) AS n`, sent, `${label} nodes`);
}

/** Run an `UNWIND $rows … RETURN count(…) AS n` and check that it wrote one item per row (the load's self-check). */
async function created(tx: Tx, cypher: string, rows: unknown[], what: string): Promise<void> {
  const n = Number((await tx.run(cypher, { rows }))[0]?.n ?? 0);
  if (n !== rows.length) throw new Error(`load check failed: ${n} of ${rows.length} ${what} written`);
}

/**
 * One `UNWIND … CREATE` per relationship group (all plans' rows of that group). Two MATCH clauses with
 * `WHERE x.id = …` are primary-key lookups in both engines; the comma pattern `MATCH (a {id: …}), (b {id: …})` is
 * planned by LadybugDB as a join scanning both tables (O(store) per load).
 */
async function createEdges(tx: Tx, plans: LoadPlan[], fault?: FaultInjection): Promise<void> {
  const groups = new Map<string, EdgeGroup>();
  for (const p of plans) {
    for (const g of p.edges) {
      const key = `${g.type}|${g.fromLabel}|${g.toLabel}`;
      const into = groups.get(key);
      if (into) into.rows.push(...g.rows);
      else groups.set(key, { ...g, rows: [...g.rows] });
    }
  }
  for (const g of groups.values()) {
    const keys = Object.keys(g.rows[0]?.props ?? {});
    const props = keys.length ? ` {${keys.map((k) => `${k}: r.${k}`).join(', ')}}` : '';
    const rows = g.rows.map((r) => ({ from: r.from, to: r.to, ...r.props }));
    await created(tx, `UNWIND $rows AS r MATCH (a:${g.fromLabel}) WHERE a.id = r.\`from\` MATCH (b:${g.toLabel}) WHERE b.id = r.\`to\` ` +
      `CREATE (a)-[e:${g.type}${props}]->(b) RETURN count(e) AS n`, rows, `${g.type} relationships`);
    fault?.(`edges:${g.type}`);
  }
}

/** Create the batch's Document nodes, or fill existing ones (cited-only, or the removed old version). */
async function upsertDocuments(tx: Tx, plans: LoadPlan[], existing: Set<string>): Promise<void> {
  const sets = DOC_PROPS.map((k) => `d.${k} = r.${k}`).join(', ');
  const update = plans.filter((p) => existing.has(String(p.document.id))).map((p) => p.document);
  if (update.length > 0) await tx.run(`UNWIND $rows AS r MATCH (d:Document) WHERE d.id = r.id SET ${sets}`, { rows: update });
  await createRows(tx, 'Document', plans.filter((p) => !existing.has(String(p.document.id))).map((p) => p.document));
}

/**
 * Load a batch of documents inside ONE transaction (the caller rolls back on any throw): one statement per table
 * for the whole batch. Same outcome as loading them one by one: a document already ingested is replaced, shared
 * agencies and cited documents are created or merged, and of several documents with the same id the last wins.
 * Returns one result per given document (an earlier duplicate reports what the winner wrote).
 */
export async function loadBatchInTx(tx: Tx, docs: PolicyDocument[], fault?: FaultInjection): Promise<LoadResult[]> {
  const last = new Map<string, PolicyDocument>();
  for (const d of docs) { last.delete(d.id); last.set(d.id, d); }   // in the order of their last occurrence
  const plans = [...last.values()].map(buildPlan);
  const ids = plans.map((p) => String(p.document.id));
  const found = await tx.run('UNWIND $ids AS i MATCH (d:Document) WHERE d.id = i RETURN d.id AS id, d.ingested AS ingested', { ids });
  const existing = new Set(found.map((r) => String(r.id)));
  const reloaded = found.filter((r) => r.ingested === true).map((r) => String(r.id));
  if (reloaded.length > 0) {
    await retractAggregates(tx, reloaded);
    await removeSubgraphs(tx, reloaded);
  }
  fault?.('removed');
  await upsertDocuments(tx, plans, existing);
  await upsertAgencies(tx, mergeAgencies(plans), createRows);
  await upsertReferences(tx, mergeReferences(plans, new Set(ids)), createRows);
  fault?.('shared');
  // every statement below checks it wrote one node / relationship per planned row, so what is stored is what was
  // planned (old versions, if any, were deleted whole above); each footprint is recorded for crash recovery
  for (const label of OWN_LABELS) {
    await createRows(tx, label, plans.flatMap((p) => p.nodes[label]));
    fault?.(`nodes:${label}`);
  }
  await createEdges(tx, plans, fault);
  await addAggregates(tx, plans);
  // first loads deleted nothing: only their own shared nodes that none of the batch's relationships link can be orphans
  const linked = new Set(plans.flatMap((p) => p.edges.flatMap((g) => g.rows.flatMap((r) => [r.from, r.to]))));
  const batchIds = new Set(ids);
  await removeOrphans(tx, reloaded.length > 0 ? undefined : {
    agencies: [...new Set(plans.flatMap((p) => p.agencies.map((a) => a.id)))].filter((id) => !linked.has(id)),
    documents: [...new Set(plans.flatMap((p) => p.references.map((r) => r.id)))].filter((id) => !linked.has(id) && !batchIds.has(id)),
  });
  const sizes = new Map(plans.map((p) => [String(p.document.id), planSize(p)]));
  await footprint.recordMany(tx, plans.map((p) => ({
    id: String(p.document.id),
    nodes: 1 + OWN_LABELS.reduce((n, l) => n + p.nodes[l].length, 0), relationships: sizes.get(String(p.document.id))!.relationships,
  })));
  fault?.('recorded');
  const seen = new Set(reloaded);
  return docs.map((d) => {
    const replaced = seen.has(d.id);
    seen.add(d.id);
    return { documentId: d.id, replaced, ...sizes.get(d.id)! };
  });
}

/** Remove an ingested document; it stays as cited-only while something still points to it. */
export async function removeInTx(tx: Tx, id: string): Promise<boolean> {
  const found = await tx.run('MATCH (d:Document {id: $id}) RETURN d.ingested AS ingested', { id });
  if (found[0]?.ingested !== true) return false;
  await purgeInTx(tx, id);
  return true;
}

/** Remove whatever the document's load left (also a partial one); the Document node stays only as cited-only. */
export async function purgeInTx(tx: Tx, id: string): Promise<void> {
  await retractAggregates(tx, [id]);
  await removeSubgraph(tx, id);
  await footprint.forget(tx, id);
  await tx.run(
    'MATCH (d:Document {id: $id}) SET d.ingested = false, d.text = NULL, d.sourceFile = NULL, d.sha256 = NULL, ' +
    'd.writtenOn = NULL, d.publishedOn = NULL, d.indexNumber = NULL', { id },
  );
  await removeOrphans(tx);
}
