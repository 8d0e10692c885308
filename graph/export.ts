// Whole graph → the JSON export of issue 2 (deterministic: two exports of the same store are byte-identical).
import { strongest } from './plan.ts';
import { byId, sortedUnique } from './sort.ts';
import type { GraphStore, Row } from './types.ts';
export { exportGraphml } from './graphml.ts';

export interface GraphExport {
  documents: Row[]; chapters: Row[]; measures: Row[]; actions: Row[]; agencies: Row[]; references: Row[]; targets: Row[];
}

function read(store: GraphStore, cypher: string): Promise<Row[]> {
  return store.run({ cypher, params: {} }, { readOnly: true, timeoutMs: 120_000 });
}

/** Group `from → [to]` pairs (keyed by `key`). */
function group(rows: Row[], key: 'from' | 'to', value: 'from' | 'to'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const k = String(r[key]);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(String(r[value]));
  }
  return out;
}

const edges = (store: GraphStore, from: string, type: string, to: string) =>
  read(store, `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS \`from\`, b.id AS \`to\``);

export async function exportJson(store: GraphStore): Promise<GraphExport> {
  const docs = await read(store, 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.number AS number, d.issuer AS issuer, ' +
    'd.writtenOn AS writtenOn, d.publishedOn AS publishedOn, d.indexNumber AS indexNumber, d.ingested AS ingested, ' +
    'd.sourceFile AS sourceFile, d.sha256 AS sha256');
  const chapters = await read(store, 'MATCH (c:Chapter) RETURN c.id AS id, c.documentId AS documentId, c.ordinal AS ordinal, ' +
    'c.title AS title, c.start AS start, c.`end` AS `end`');
  const measures = await read(store, 'MATCH (m:Measure) RETURN m.id AS id, m.documentId AS documentId, m.ref AS ref, ' +
    'm.chapterOrdinal AS chapterOrdinal, m.ordinal AS ordinal, m.text AS text, m.start AS start, m.`end` AS `end`');
  const actions = await read(store, 'MATCH (a:Action) RETURN a.id AS id, a.documentId AS documentId, a.ref AS ref, ' +
    'a.ordinal AS ordinal, a.text AS text, a.start AS start, a.`end` AS `end`');
  const agencies = await read(store, 'MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases');
  const targets = await read(store, 'MATCH (t:Target) RETURN t.id AS id, t.documentId AS documentId, t.year AS year, ' +
    't.value AS value, t.unit AS unit, t.comparator AS comparator, t.text AS text');
  const lead = group(await edges(store, 'Agency', 'LEADS', 'Measure'), 'to', 'from');
  const coop = group(await edges(store, 'Agency', 'COOPERATES_ON', 'Measure'), 'to', 'from');
  const resp = group(await edges(store, 'Agency', 'RESPONSIBLE_FOR', 'Action'), 'to', 'from');
  const actionMeasure = group(await edges(store, 'Measure', 'HAS_ACTION', 'Action'), 'to', 'from');
  const targetMeasure = group(await edges(store, 'Measure', 'HAS_TARGET', 'Target'), 'to', 'from');
  const targetAction = group(await edges(store, 'Action', 'HAS_TARGET', 'Target'), 'to', 'from');
  const cites = await read(store, 'MATCH (s)-[r:CITES]->(d:Document) RETURN s.id AS `from`, d.id AS `to`, r.status AS status');
  const forwards = group(await edges(store, 'Document', 'FORWARDS', 'Document'), 'from', 'to');
  const citedBy = group(cites, 'to', 'from');
  const status = new Map<string, string | null>();
  for (const c of cites) status.set(String(c.to), strongest(status.get(String(c.to)) ?? null, (c.status as string | null) ?? null));
  const first = (m: Map<string, string[]>, id: unknown) => sortedUnique(m.get(String(id)) ?? [])[0] ?? null;

  return {
    documents: byId(docs.filter((d) => d.ingested === true).map(({ ingested: _, ...d }) => d)),
    chapters: byId(chapters),
    measures: byId(measures.map((m) => ({
      ...m, lead: sortedUnique(lead.get(String(m.id)) ?? []), cooperating: sortedUnique(coop.get(String(m.id)) ?? []),
    }))),
    actions: byId(actions.map((a) => ({
      ...a, measureId: first(actionMeasure, a.id), responsible: sortedUnique(resp.get(String(a.id)) ?? []),
    }))),
    agencies: byId(agencies.map((a) => ({ ...a, aliases: sortedUnique((a.aliases as string[] | null) ?? []) }))),
    references: byId(docs.filter((d) => d.ingested !== true || citedBy.has(String(d.id))).map((d) => ({
      id: d.id, title: d.title, number: d.number, issuer: d.issuer, ingested: d.ingested === true,
      status: status.get(String(d.id)) ?? null, citedBy: sortedUnique(citedBy.get(String(d.id)) ?? []),
      forwards: sortedUnique(forwards.get(String(d.id)) ?? []),
    }))),
    targets: byId(targets.map((t) => {
      const actionId = first(targetAction, t.id);
      const measureId = first(targetMeasure, t.id) ?? (actionId ? first(actionMeasure, actionId) : null);
      return { id: t.id, measureId, actionId, year: t.year, value: t.value, unit: t.unit, comparator: t.comparator, text: t.text };
    })),
  };
}
