// The load ceiling: the same node and relationship rows the loader writes (graph/plan.ts buildPlan), written as CSV
// and bulk-loaded with the engine's own COPY into a fresh database with the same schema (graph/schema.ts).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { PolicyDocument } from '../ingest/model.ts';
import { buildPlan, type NodeRow } from '../graph/plan.ts';
import { NODES, RELS } from '../graph/schema.ts';
import { toCsv, type Cell } from './csv.ts';
import { timed } from './measure.ts';

export interface CopyRows {
  nodes: Map<string, NodeRow[]>;
  rels: Array<{ type: string; from: string; to: string; rows: Array<Record<string, Cell>> }>;
}

/** Merge the load plans of many documents: shared agencies and referenced documents once, ingested documents win. */
export function collectRows(docs: PolicyDocument[]): CopyRows {
  const byLabel = new Map<string, Map<string, NodeRow>>(NODES.map((n) => [n.label, new Map()]));
  const put = (label: string, row: NodeRow, replace: boolean): void => {
    const table = byLabel.get(label)!;
    const id = String(row.id);
    if (replace || !table.has(id)) table.set(id, row);
  };
  const rels = new Map<string, CopyRows['rels'][number]>();
  for (const doc of docs) {
    const plan = buildPlan(doc);
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
  return { nodes: new Map([...byLabel].map(([k, v]) => [k, [...v.values()]])), rels: [...rels.values()] };
}

export function ddl(): string[] {
  const nodes = NODES.map((n) => `CREATE NODE TABLE ${n.label}(${Object.entries(n.properties)
    .map(([k, t]) => `\`${k}\` ${t}`).join(', ')}, PRIMARY KEY(id))`);
  const rels = RELS.map((r) => `CREATE REL TABLE ${r.type}(${r.pairs.map(([f, t]) => `FROM ${f} TO ${t}`).join(', ')}${
    Object.entries(r.properties).map(([k, t]) => `, \`${k}\` ${t}`).join('')})`);
  return [...nodes, ...rels];
}

export interface CopyResult { nodes: number; relationships: number; copySeconds: number; csvSeconds: number; csvBytes: number }

/** Write the rows as CSV under `dir`, then time COPY of every table into a fresh database at `dir/db`. */
export async function copyCeiling(rows: CopyRows, dir: string): Promise<CopyResult> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const statements: string[] = [];
  let csvBytes = 0;
  const csv = await timed(async () => {
    for (const spec of NODES) {
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
  try {
    for (const s of ddl()) await conn.query(s);
    const copy = await timed(async () => { for (const s of statements) await conn.query(s); });
    const count = async (q: string): Promise<number> => {
      const res = await conn.query(q);
      const r = Array.isArray(res) ? res[0]! : res;
      return Number((await r.getAll())[0]?.n ?? 0);
    };
    return {
      nodes: await count('MATCH (n) RETURN count(n) AS n'),
      relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
      copySeconds: copy.seconds, csvSeconds: csv.seconds, csvBytes,
    };
  } finally {
    await conn.close();
    await db.close();
  }
}
