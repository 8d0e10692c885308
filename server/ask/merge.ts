// The agency queries start from the agency (or the measure) and return one row per (measure, way of taking part) — a UNION ALL of
// the LEADS, COOPERATES_ON and RESPONSIBLE_FOR→Action←HAS_ACTION paths — so the engine touches only that agency's
// measures. The grouping a single Cypher cannot do after a UNION (portably: no CALL subqueries on LadybugDB) is
// done here, giving the rows, order and columns the one-statement queries gave.
import type { Row } from '../../graph/types.ts';
import type { Intent } from './intents.ts';

/** Raw rows these queries may return before grouping (the caller's maxRows applies to the grouped rows). */
export const RAW_MAX_ROWS = 1_000_000;

export const MERGED_COLUMNS: Partial<Record<Intent['name'], string[]>> = {
  measures_by_agency: ['ref', 'agency', 'lead', 'cooperating', 'responsible', 'documentId', 'measureId'],
  agencies_sharing: ['ref', 'agencies', 'documentId', 'measureId'],
  partners_of: ['agency', 'shared', 'refs', 'agencyId'],
  measure_agencies: ['agency', 'ref', 'lead', 'cooperating', 'responsible', 'documentId', 'agencyId'],
  agency_targets: ['id', 'ref', 'year', 'value', 'unit', 'comparator', 'text', 'documentId'],
};

const s = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
/** Code-point order, as the engines sort strings. */
const cmp = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** ORDER BY m.documentId, m.chapterOrdinal, m.ordinal */
const measureOrder = (a: Row, b: Row): number =>
  cmp(s(a.documentId), s(b.documentId)) || n(a.chapterOrdinal) - n(b.chapterOrdinal) || n(a.ordinal) - n(b.ordinal);

function measuresByAgency(intent: Extract<Intent, { name: 'measures_by_agency' }>, rows: Row[]): Row[] {
  const byMeasure = new Map<string, { sort: Row; row: Row }>();
  for (const r of rows) {
    const id = s(r.measureId);
    let e = byMeasure.get(id);
    if (!e) {
      e = { sort: r, row: { ref: r.ref, agency: r.agency, lead: false, cooperating: false, responsible: false, documentId: r.documentId, measureId: r.measureId } };
      byMeasure.set(id, e);
    }
    const role = s(r.role);
    if (role === 'lead' || role === 'cooperating' || role === 'responsible') e.row[role] = true;
  }
  const keep = (row: Row): boolean => intent.role === 'any' || row[intent.role] === true;
  return [...byMeasure.values()].filter((e) => keep(e.row)).sort((a, b) => measureOrder(a.sort, b.sort)).map((e) => e.row);
}

function agenciesSharing(intent: Extract<Intent, { name: 'agencies_sharing' }>, rows: Row[]): Row[] {
  const byMeasure = new Map<string, { sort: Row; names: Map<string, string> }>();
  for (const r of rows) {
    const id = s(r.measureId);
    let e = byMeasure.get(id);
    if (!e) byMeasure.set(id, (e = { sort: r, names: new Map() }));
    e.names.set(s(r.agencyId), s(r.agency));
  }
  const wanted = intent.agencies;
  return [...byMeasure.values()]
    .filter((e) => e.names.size === wanted.length)
    .sort((a, b) => measureOrder(a.sort, b.sort))
    .map((e) => ({
      ref: e.sort.ref,
      agencies: [...new Set(wanted.filter((id) => e.names.has(id)).map((id) => e.names.get(id) ?? id))],
      documentId: e.sort.documentId, measureId: e.sort.measureId,
    }));
}

function partnersOf(rows: Row[]): Row[] {
  const byAgency = new Map<string, { name: string; measures: Set<string>; refs: Set<string> }>();
  for (const r of rows) {
    const id = s(r.agencyId);
    let e = byAgency.get(id);
    if (!e) byAgency.set(id, (e = { name: s(r.agency), measures: new Set(), refs: new Set() }));
    e.measures.add(s(r.measureId));
    if (r.ref != null) e.refs.add(s(r.ref));
  }
  return [...byAgency.entries()]
    .map(([agencyId, e]) => ({ agency: e.name, shared: e.measures.size, refs: [...e.refs], agencyId }))
    .sort((a, b) => b.shared - a.shared || cmp(a.agency, b.agency));
}

/** ORDER BY documentId, ref, lead DESC, cooperating DESC, agency */
const agencyOrder = (a: Row, b: Row): number => cmp(s(a.documentId), s(b.documentId)) || cmp(s(a.ref), s(b.ref))
  || Number(b.lead === true) - Number(a.lead === true) || Number(b.cooperating === true) - Number(a.cooperating === true)
  || cmp(s(a.agency), s(b.agency));

function measureAgencies(intent: Extract<Intent, { name: 'measure_agencies' }>, rows: Row[]): Row[] {
  const byPair = new Map<string, Row>();
  for (const r of rows) {
    const key = `${s(r.measureId)}\u0000${s(r.agencyId)}`;
    let row = byPair.get(key);
    if (!row) {
      row = { agency: r.agency, ref: r.ref, lead: false, cooperating: false, responsible: false, documentId: r.documentId, agencyId: r.agencyId };
      byPair.set(key, row);
    }
    const role = s(r.role);
    if (role === 'lead' || role === 'cooperating' || role === 'responsible') row[role] = true;
  }
  return [...byPair.values()].filter((row) => intent.role === 'any' || row[intent.role] === true).sort(agencyOrder);
}

/** ORDER BY year, ref, id (nulls last, as both engines sort ascending) */
const nullsLast = (a: unknown, b: unknown, by: (x: unknown, y: unknown) => number): number =>
  a == null ? (b == null ? 0 : 1) : b == null ? -1 : by(a, b);
const targetOrder = (a: Row, b: Row): number => nullsLast(a.year, b.year, (x, y) => n(x) - n(y))
  || cmp(s(a.ref), s(b.ref)) || cmp(s(a.id), s(b.id));

/** Group the raw rows of a merged intent; other intents pass through. `maxRows` applies to the grouped rows. */
export function mergeRows(intent: Intent, rows: Row[], maxRows: number): Row[] {
  switch (intent.name) {
    case 'measures_by_agency': return measuresByAgency(intent, rows).slice(0, maxRows);
    case 'agencies_sharing': return agenciesSharing(intent, rows).slice(0, maxRows);
    case 'partners_of': return partnersOf(rows).slice(0, maxRows);
    case 'measure_agencies': return measureAgencies(intent, rows).slice(0, maxRows);
    case 'agency_targets': return [...rows].sort(targetOrder).slice(0, maxRows);
    default: return rows;
  }
}
