// Kùzu-dialect DDL for the shared schema, and the schema-version check.
import { DERIVED, NODES, RELS, META_LABEL, MIGRATES_FROM, SCHEMA_VERSION } from '../schema.ts';
import { rebuildAggregates } from '../aggregates.ts';
import { StoreError } from '../types.ts';

export function ddlStatements(): string[] {
  const out = [`CREATE NODE TABLE IF NOT EXISTS ${META_LABEL}(key STRING, value STRING, PRIMARY KEY(key))`];
  for (const n of [...NODES, ...DERIVED]) {
    const cols = Object.entries(n.properties).map(([k, t]) => `\`${k}\` ${t}`).join(', ');
    out.push(`CREATE NODE TABLE IF NOT EXISTS ${n.label}(${cols}, PRIMARY KEY(id))`);
  }
  for (const r of RELS) {
    const pairs = r.pairs.map(([a, b]) => `FROM ${a} TO ${b}`);
    const props = Object.entries(r.properties).map(([k, t]) => `\`${k}\` ${t}`);
    out.push(`CREATE REL TABLE IF NOT EXISTS ${r.type}(${[...pairs, ...props].join(', ')})`);
  }
  return out;
}

type Exec = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * Create the schema when the store is new; migrate a version-1 store (derived tables created and counted once);
 * refuse a store made by another schema version. `readOnly`: never write; an empty store is reported as such.
 */
export async function ensureSchema(exec: Exec, where: string, readOnly: boolean): Promise<void> {
  const tables = new Set((await exec('CALL show_tables() RETURN name')).map((r) => String(r.name)));
  if (tables.has(META_LABEL)) {
    const rows = await exec(`MATCH (m:${META_LABEL} {key: 'schemaVersion'}) RETURN m.value AS v`);
    const found = rows[0]?.v;
    if (MIGRATES_FROM.has(String(found))) {
      if (!readOnly) return migrate(exec, where, String(found));
      throw new StoreError('schema-version', `The store at ${where} was created by schema version ${String(found)}; ` +
        `this program uses version ${SCHEMA_VERSION}. Open it once read-write (e.g. policy-graph serve --db …) to migrate it.`);
    }
    if (String(found) !== String(SCHEMA_VERSION)) {
      throw new StoreError('schema-version', `The store at ${where} was created by schema version ${found ?? 'unknown'}; ` +
        `this program uses version ${SCHEMA_VERSION}. Re-ingest into a new --db directory (or remove ${where}).`);
    }
    if (readOnly) return;
    // a store of this version without its derived tables (built by bulk COPY of the domain tables only): fill them
    if (DERIVED.some((d) => !tables.has(d.label))) return migrate(exec, where, String(found));
  } else if (tables.size > 0) {
    throw new StoreError('schema-version', `The store at ${where} has no schema version (made by an older program); ` +
      'Re-ingest into a new --db directory.');
  } else if (readOnly) {
    throw new StoreError('unavailable', `The store at ${where} is empty; ingest documents first (policy-graph ingest …).`);
  }
  for (const stmt of ddlStatements()) await exec(stmt);
  if (!tables.has(META_LABEL)) {
    await exec(`CREATE (m:${META_LABEL} {key: 'schemaVersion', value: $v})`, { v: String(SCHEMA_VERSION) });
  }
}

/** Create the missing tables, count the derived rows from the graph, set the version: one transaction. */
async function migrate(exec: Exec, where: string, from: string): Promise<void> {
  const t0 = Date.now();
  for (const stmt of ddlStatements()) await exec(stmt);
  await exec('BEGIN TRANSACTION');
  try {
    await rebuildAggregates({ run: exec, toDouble: (e) => `CAST(${e} AS DOUBLE)` });
    await exec(`MERGE (m:${META_LABEL} {key: 'schemaVersion'}) SET m.value = $v`, { v: String(SCHEMA_VERSION) });
    await exec('COMMIT');
  } catch (e) {
    await exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
  await exec('CHECKPOINT');
  process.stderr.write(`policy-graph: ${where}: schema ${from} → ${SCHEMA_VERSION}, derived agency counts built in ` +
    `${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
