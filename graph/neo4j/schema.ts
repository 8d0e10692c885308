// Neo4j dialect of the schema: uniqueness constraints instead of node tables, the schema-version check, and the
// 1 → 2 migration (the derived agency counts, counted from the graph in one write transaction).
import { rebuildAggregates } from '../aggregates.ts';
import type { Tx } from '../loader.ts';
import { DERIVED, META_LABEL, MIGRATES_FROM, NODES, SCHEMA_VERSION } from '../schema.ts';
import { StoreError } from '../types.ts';

export function constraintStatements(): string[] {
  const out = [`CREATE CONSTRAINT policy_graph_meta_key IF NOT EXISTS FOR (n:${META_LABEL}) REQUIRE n.key IS UNIQUE`];
  for (const n of [...NODES, ...DERIVED]) {
    out.push(`CREATE CONSTRAINT policy_graph_${n.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${n.label}) REQUIRE n.id IS UNIQUE`);
  }
  return out;
}

type Exec = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export async function ensureSchema(read: Exec, write: Exec, inWriteTx: (work: (tx: Tx) => Promise<void>) => Promise<void>,
  where: string, readOnly: boolean): Promise<void> {
  const meta = await read(`MATCH (m:${META_LABEL} {key: 'schemaVersion'}) RETURN m.value AS v`);
  const found = meta[0]?.v;
  if (found !== undefined) {
    if (MIGRATES_FROM.has(String(found))) {
      if (readOnly) {
        throw new StoreError('schema-version', `The Neo4j database at ${where} holds schema version 1; open it once ` +
          'read-write (policy-graph serve or ingest) to add the derived agency counts of version 2.');
      }
      for (const stmt of constraintStatements()) await write(stmt);
      await inWriteTx(async (tx) => {
        await rebuildAggregates(tx);
        await tx.run(`MATCH (m:${META_LABEL} {key: 'schemaVersion'}) SET m.value = $v`, { v: String(SCHEMA_VERSION) });
      });
      process.stderr.write(`policy-graph: ${where}: schema 1 → ${SCHEMA_VERSION}, derived agency counts built\n`);
      return;
    }
    if (String(found) !== String(SCHEMA_VERSION)) {
      throw new StoreError('schema-version', `The Neo4j database at ${where} holds schema version ${String(found)}; ` +
        `this program uses version ${SCHEMA_VERSION}. Use another NEO4J_DATABASE or clear it.`);
    }
  } else {
    const labels = NODES.map((n) => n.label);
    const any = await read('MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS c', { labels });
    if (Number(any[0]?.c ?? 0) > 0) {
      throw new StoreError('schema-version', `The Neo4j database at ${where} holds policy-graph data without a schema version; ` +
        'use another NEO4J_DATABASE or clear it.');
    }
  }
  if (readOnly) return;
  for (const stmt of constraintStatements()) await write(stmt);   // schema commands run in their own transactions
  if (found === undefined) await write(`MERGE (m:${META_LABEL} {key: 'schemaVersion'}) SET m.value = $v`, { v: String(SCHEMA_VERSION) });
}
