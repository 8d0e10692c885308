// The load ceiling: the same node and relationship rows the loader writes (graph/plan.ts buildPlan), written as CSV
// and bulk-loaded with the engine's own COPY into a fresh database with the same schema (graph/schema.ts).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { PolicyDocument } from '../ingest/model.ts';
import { buildPlan, type NodeRow } from '../graph/plan.ts';
import { accumulate, derivedRows, emptyAggregates, planMeasures } from '../graph/aggregate-counts.ts';
import { DERIVED, META_LABEL, NODES, RELS, SCHEMA_VERSION } from '../graph/schema.ts';
import { toCsv, type Cell } from './csv.ts';
import { timed } from './measure.ts';

export interface CopyRows {
  nodes: Map<string, NodeRow[]>;
  rels: Array<{ type: string; from: string; to: string; rows: Array<Record<string, Cell>> }>;
}

/** The tables COPY fills: the domain tables and the derived counts the loader keeps beside them. */
const TABLES = [...NODES, ...DERIVED];

/**
 * Merge the load plans of many documents: shared agencies and referenced documents once, ingested documents win.
 * The derived agency counts (graph/aggregates.ts) are computed from the same plans in JS, as the loader does, and
 * COPYed like the other rows (their computation is part of the ceiling's CSV time, not of its COPY time).
 */
export function collectRows(docs: PolicyDocument[]): CopyRows {
  const byLabel = new Map<string, Map<string, NodeRow>>(TABLES.map((n) => [n.label, new Map()]));
  const derived = emptyAggregates();
  const put = (label: string, row: NodeRow, replace: boolean): void => {
    const table = byLabel.get(label)!;
    const id = String(row.id);
    if (replace || !table.has(id)) table.set(id, row);
  };
  const rels = new Map<string, CopyRows['rels'][number]>();
  for (const doc of docs) {
    const plan = buildPlan(doc);
    accumulate(derived, planMeasures([plan]));
    put('Document', plan.document, true);
    for (const [label, rows] of Object.entries(plan.nodes)) for (const r of rows) put(label, r, true);
    for (const a of plan.agencies) put('Agency', a, false);
    for (const r of plan.references) put('Document', { ...r, ingested: false }, false);
    for (const g of plan.edges) {
      const key = `${g.type}|${g.fromLabel}|${g.toLabel}`;
      if (!rels.has(key)) rels.set(key, { type: g.type, from: g.fromLabel, to: g.toLabel, rows: [] });
      const target = rels.get(key)!.rows;
      for (const r of g.rows) target.push({ from: r.from, to: r.to, ...r.props });
    }
  }
  for (const [label, rows] of Object.entries(derivedRows(derived))) for (const r of rows) put(label, r, true);
  return { nodes: new Map([...byLabel].map(([k, v]) => [k, [...v.values()]])), rels: [...rels.values()] };
}

export function ddl(): string[] {
  const nodes = TABLES.map((n) => `CREATE NODE TABLE ${n.label}(${Object.entries(n.properties)
    .map(([k, t]) => `\`${k}\` ${t}`).join(', ')}, PRIMARY KEY(id))`);
  const rels = RELS.map((r) => `CREATE REL TABLE ${r.type}(${r.pairs.map(([f, t]) => `FROM ${f} TO ${t}`).join(', ')}${
    Object.entries(r.properties).map(([k, t]) => `, \`${k}\` ${t}`).join('')})`);
  return [...nodes, ...rels];
}

export interface CopyResult { nodes: number; relationships: number; copySeconds: number; csvSeconds: number; csvBytes: number }

/**
 * Write the rows as CSV under `dir`, then time COPY of every table into a fresh database at `dir/db`.
 * With `servable`, the schema-version row the store checks is added afterwards, so `openStore({ db: dir/db })` opens it.
 */
export async function copyCeiling(rows: CopyRows, dir: string, servable = false): Promise<CopyResult> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const statements: string[] = [];
  let csvBytes = 0;
  const csv = await timed(async () => {
    for (const spec of TABLES) {
      const file = join(dir, `${spec.label}.csv`);
      const { text, newlines } = toCsv(Object.keys(spec.properties), rows.nodes.get(spec.label) ?? [] as Array<Record<string, Cell>>);
      await writeFile(file, text);
      csvBytes += Buffer.byteLength(text);
      statements.push(`COPY ${spec.label} FROM '${file}' (header=true${newlines ? ', parallel=false' : ''})`);
    }
    for (const [i, g] of rows.rels.entries()) {
      const spec = RELS.find((r) => r.type === g.type);
      if (!spec || g.rows.length === 0) continue;
      const file = join(dir, `rel-${i}-${g.type}.csv`);
      const { text, newlines } = toCsv(['from', 'to', ...Object.keys(spec.properties)], g.rows);
      await writeFile(file, text);
      csvBytes += Buffer.byteLength(text);
      const pair = spec.pairs.length > 1 ? `, from='${g.from}', to='${g.to}'` : '';
      statements.push(`COPY ${g.type} FROM '${file}' (header=true${pair}${newlines ? ', parallel=false' : ''})`);
    }
  });
  const db = new lbug.Database(join(dir, 'db'));
  const conn = new lbug.Connection(db);
  /** Run one statement and close its results (open results keep the database file locked). */
  const query = async (q: string): Promise<Array<Record<string, unknown>>> => {
    const res = await conn.query(q);
    const all = Array.isArray(res) ? res : [res];
    try {
      return await all[0]!.getAll();
    } finally {
      for (const r of all) r.close();
    }
  };
  try {
    for (const s of ddl()) await query(s);
    const copy = await timed(async () => { for (const s of statements) await query(s); });
    if (servable) {
      await query(`CREATE NODE TABLE ${META_LABEL}(key STRING, value STRING, PRIMARY KEY(key))`);
      await query(`CREATE (:${META_LABEL} {key: 'schemaVersion', value: '${SCHEMA_VERSION}'})`);
    }
    const count = async (q: string): Promise<number> => Number((await query(q))[0]?.n ?? 0);
    return {
      nodes: await count(`MATCH (n) WHERE label(n) <> '${META_LABEL}' RETURN count(n) AS n`),
      relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
      copySeconds: copy.seconds, csvSeconds: csv.seconds, csvBytes,
    };
  } finally {
    await conn.close();
    await db.close();
  }
}
