// Kùzu-dialect DDL for the shared schema, and the schema-version check.
import { NODES, RELS, META_LABEL, SCHEMA_VERSION } from '../schema.ts';
import { StoreError } from '../types.ts';

export function ddlStatements(): string[] {
  const out = [`CREATE NODE TABLE IF NOT EXISTS ${META_LABEL}(key STRING, value STRING, PRIMARY KEY(key))`];
  for (const n of NODES) {
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
 * Create the schema when the store is new; refuse a store made by another schema version.
 * `readOnly`: never write; an empty store is reported as such.
 */
export async function ensureSchema(exec: Exec, where: string, readOnly: boolean): Promise<void> {
  const tables = new Set((await exec('CALL show_tables() RETURN name')).map((r) => String(r.name)));
  if (tables.has(META_LABEL)) {
    const rows = await exec(`MATCH (m:${META_LABEL} {key: 'schemaVersion'}) RETURN m.value AS v`);
    const found = rows[0]?.v;
    if (String(found) !== String(SCHEMA_VERSION)) {
      throw new StoreError('schema-version', `The store at ${where} was created by schema version ${found ?? 'unknown'}; ` +
        `this program uses version ${SCHEMA_VERSION}. Re-ingest into a new --db directory (or remove ${where}).`);
    }
    if (readOnly) return;
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
