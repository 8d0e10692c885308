// The load/remove procedures, as Cypher both backends accept; each backend runs them inside ONE transaction.
import type { PolicyDocument } from '../ingest/model.ts';
import type { Row } from './types.ts';
import { buildPlan, planSize, type LoadPlan, type NodeRow } from './plan.ts';
import * as footprint from './footprint.ts';
import { removeOrphans, removeSubgraph } from './remove.ts';

export { removeOrphans, removeSubgraph } from './remove.ts';
import { NODES, OWN_LABELS } from './schema.ts';

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

/** Whether a Document node with this id exists, and whether it is an ingested one (else cited-only). */
async function findDocument(tx: Tx, id: string): Promise<{ exists: boolean; ingested: boolean }> {
  const found = await tx.run('MATCH (d:Document {id: $id}) RETURN d.ingested AS ingested', { id });
  return { exists: found.length > 0, ingested: found[0]?.ingested === true };
}

async function upsertDocument(tx: Tx, plan: LoadPlan, exists: boolean): Promise<void> {
  const sets = DOC_PROPS.map((k) => `d.${k} = $${k}`).join(', ');
  if (exists) await tx.run(`MATCH (d:Document {id: $id}) SET ${sets}`, plan.document);
  else await tx.run(`CREATE (d:Document {id: $id, ${DOC_PROPS.map((k) => `${k}: $${k}`).join(', ')}})`, plan.document);
}

async function upsertAgencies(tx: Tx, plan: LoadPlan): Promise<void> {
  if (plan.agencies.length === 0) return;
  const ids = plan.agencies.map((a) => a.id);
  const existing = new Map((await tx.run(
    'UNWIND $ids AS i MATCH (a:Agency) WHERE a.id = i RETURN a.id AS id, a.nameEn AS nameEn, a.aliases AS aliases', { ids },
  )).map((r) => [String(r.id), r]));
  const fresh = plan.agencies.filter((a) => !existing.has(a.id));
  const merged = plan.agencies.filter((a) => existing.has(a.id)).map((a) => {
    const old = existing.get(a.id)!;
    const aliases = [...new Set([...((old.aliases as string[] | null) ?? []), ...a.aliases])];
    return { id: a.id, nameEn: (old.nameEn as string | null) ?? a.nameEn, aliases };
  });
  await createRows(tx, 'Agency', fresh);
  if (merged.length > 0) {
    await tx.run('UNWIND $rows AS r MATCH (a:Agency) WHERE a.id = r.id SET a.nameEn = r.nameEn, a.aliases = r.aliases', { rows: merged });
  }
}

async function upsertReferences(tx: Tx, plan: LoadPlan): Promise<void> {
  if (plan.references.length === 0) return;
  const ids = plan.references.map((r) => r.id);
  const existing = new Map((await tx.run(
    'UNWIND $ids AS i MATCH (d:Document) WHERE d.id = i ' +
    'RETURN d.id AS id, d.ingested AS ingested, d.title AS title, d.number AS number, d.issuer AS issuer',
    { ids },
  )).map((r) => [String(r.id), r]));
  const fresh = plan.references.filter((r) => !existing.has(r.id)).map((r) => ({ ...r, ingested: false }));
  const filled = plan.references.filter((r) => existing.has(r.id) && existing.get(r.id)!.ingested !== true).map((r) => {
    const old = existing.get(r.id)!;
    return {
      id: r.id, title: (old.title as string | null) || r.title,
      number: (old.number as string | null) ?? r.number, issuer: (old.issuer as string | null) ?? r.issuer,
    };
  });
  await createRows(tx, 'Document', fresh);
  if (filled.length > 0) {
    await tx.run('UNWIND $rows AS r MATCH (d:Document) WHERE d.id = r.id SET d.title = r.title, d.number = r.number, d.issuer = r.issuer', { rows: filled });
  }
}

/**
 * One `UNWIND … CREATE` per relationship group. Two MATCH clauses with `WHERE x.id = …` are primary-key lookups in
 * both engines; the comma pattern `MATCH (a {id: …}), (b {id: …})` is planned by LadybugDB as a join scanning both
 * tables (O(store) per load).
 */
async function createEdges(tx: Tx, plan: LoadPlan, fault?: FaultInjection): Promise<void> {
  for (const g of plan.edges) {
    const keys = Object.keys(g.rows[0]?.props ?? {});
    const props = keys.length ? ` {${keys.map((k) => `${k}: r.${k}`).join(', ')}}` : '';
    const rows = g.rows.map((r) => ({ from: r.from, to: r.to, ...r.props }));
    await created(tx, `UNWIND $rows AS r MATCH (a:${g.fromLabel}) WHERE a.id = r.\`from\` MATCH (b:${g.toLabel}) WHERE b.id = r.\`to\` ` +
      `CREATE (a)-[e:${g.type}${props}]->(b) RETURN count(e) AS n`, rows, `${g.type} relationships`);
    fault?.(`edges:${g.type}`);
  }
}

/**
 * Replace the document's subgraph; the caller wraps this in one transaction and rolls back on any throw.
 * A first load (no ingested version yet) deletes nothing and checks for orphans only among its own shared nodes.
 */
export async function loadInTx(tx: Tx, doc: PolicyDocument, fault?: FaultInjection) {
  const plan = buildPlan(doc);
  const before = await findDocument(tx, doc.id);
  if (before.ingested) await removeSubgraph(tx, doc.id);
  fault?.('removed');
  await upsertDocument(tx, plan, before.exists);
  await upsertAgencies(tx, plan);
  await upsertReferences(tx, plan);
  fault?.('shared');
  // every statement below checks it wrote one node / relationship per planned row, so what is stored is what was
  // planned (the old version, if any, was deleted whole above); that footprint is recorded for crash recovery
  for (const label of OWN_LABELS) {
    await createRows(tx, label, plan.nodes[label]);
    fault?.(`nodes:${label}`);
  }
  await createEdges(tx, plan, fault);
  // a first load deleted nothing: only its own shared nodes that none of its relationships link can be orphans
  const linked = new Set(plan.edges.flatMap((g) => g.rows.flatMap((r) => [r.from, r.to])));
  await removeOrphans(tx, before.ingested ? undefined : {
    agencies: plan.agencies.map((a) => a.id).filter((id) => !linked.has(id)),
    documents: plan.references.map((r) => r.id).filter((id) => !linked.has(id)),
  });
  const expected = planSize(plan);
  const own = 1 + OWN_LABELS.reduce((n, l) => n + plan.nodes[l].length, 0);
  await footprint.record(tx, doc.id, { nodes: own, relationships: expected.relationships });
  fault?.('recorded');
  return { documentId: doc.id, replaced: before.ingested, ...expected };
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
  await removeSubgraph(tx, id);
  await footprint.forget(tx, id);
  await tx.run(
    'MATCH (d:Document {id: $id}) SET d.ingested = false, d.text = NULL, d.sourceFile = NULL, d.sha256 = NULL, ' +
    'd.writtenOn = NULL, d.publishedOn = NULL, d.indexNumber = NULL', { id },
  );
  await removeOrphans(tx);
}
