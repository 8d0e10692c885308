// The derived agency counts (graph/aggregates.ts) beside the whole-graph Cypher aggregation they must equal (the
// queries the agency graph ran before the counts existed). Used by tests/graph/aggregates.test.ts and, after every
// kill -9, by the kill loop (scripts/store-snapshot.ts).
import type { GraphStore } from '../../graph/index.ts';
import { decodeRefs } from '../../graph/aggregate-counts.ts';
import { agencyPairs, scanAgencyRoleCounts } from '../../server/queries/index.ts';

export type Table = Record<string, Record<string, number | string[]>>;
export interface AggregateTables { agencies: Table; links: Table }

type Reader = Pick<GraphStore, 'run'>;

/** From scratch: the old whole-graph aggregation, as { agency: {kind: n} } and { 'l->o': {kind: n, refs} }. */
export async function oracle(store: Reader): Promise<AggregateTables> {
  const agencies: Table = {}, links: Table = {};
  for (const r of await store.run(scanAgencyRoleCounts({}, true))) {
    (agencies[String(r.agency)] ??= {})[String(r.kind)] = Number(r.n);
  }
  for (const r of await store.run(agencyPairs({}, 'all'))) {
    const link = (links[`${String(r.source)}->${String(r.target)}`] ??= {});
    link[String(r.kind)] = Number(r.n);
    if (r.kind !== 'both') link[`${String(r.kind)}Refs`] = (r.refs as string[]).map(String).sort();
  }
  return { agencies, links };
}

/** The derived tables, in the same shape (zero counts left out, as the oracle has no row for them). */
export async function derived(store: Reader): Promise<AggregateTables> {
  const agencies: Table = {}, links: Table = {};
  for (const r of await store.run({ cypher: 'MATCH (x:AgencyCount) RETURN x.*', params: {} })) {
    const row: Record<string, number> = {};
    for (const k of ['lead', 'cooperating', 'responsible', 'leadOrCoop', 'overlap']) if (Number(r[`x.${k}`]) > 0) row[k] = Number(r[`x.${k}`]);
    agencies[String(r['x.id'])] = row;
  }
  for (const r of await store.run({ cypher: 'MATCH (x:AgencyLink) RETURN x.*', params: {} })) {
    const row: Record<string, number | string[]> = {};
    if (String(r['x.id']) !== `${String(r['x.source'])}->${String(r['x.target'])}`) row.badId = 1;
    for (const k of ['cooperating', 'responsible', 'both']) if (Number(r[`x.${k}`]) > 0) row[k] = Number(r[`x.${k}`]);
    if (row.cooperating) row.cooperatingRefs = [...decodeRefs(r['x.coopRefs']).keys()].sort();
    if (row.responsible) row.responsibleRefs = [...decodeRefs(r['x.respRefs']).keys()].sort();
    links[String(r['x.id'])] = row;
  }
  return { agencies, links };
}

/** A row as JSON with its keys sorted (the oracle's keys come in the varying order of UNION ALL rows). */
const canonical = (row: Record<string, number | string[]> | undefined): string =>
  (row ? JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))) : 'null');

/** Where the derived rows differ from the aggregation over the graph (empty: consistent). */
export async function aggregateDrift(store: Reader): Promise<string[]> {
  const [want, got] = [await oracle(store), await derived(store)];
  const out: string[] = [];
  for (const part of ['agencies', 'links'] as const) {
    for (const id of new Set([...Object.keys(want[part]), ...Object.keys(got[part])])) {
      const a = canonical(want[part][id]), b = canonical(got[part][id]);
      if (a !== b) out.push(`${part} ${id}: graph ${a}, derived ${b}`);
    }
  }
  return out;
}
