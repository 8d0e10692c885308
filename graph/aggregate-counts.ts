// Pure JS part of the derived agency counts (graph/aggregates.ts): the roles agencies play on each measure, and the
// per-agency / per-agency-pair counts they add up to. Exactly what the Cypher aggregation over every measure gives
// (server/queries/graph.ts agencyPairs / agencyRoleCounts): a measure belongs to one document, so counts of DISTINCT
// measures are sums of per-measure 0/1 contributions, which can be added on load and subtracted on remove.
import type { LoadPlan } from './plan.ts';

/** One measure: its ref and the agencies leading it, cooperating on it, responsible for one of its actions. */
export interface MeasureRoles { ref: string; lead: Set<string>; coop: Set<string>; resp: Set<string> }

export const AGENCY_KINDS = ['lead', 'cooperating', 'responsible', 'leadOrCoop', 'overlap'] as const;
export type AgencyKind = typeof AGENCY_KINDS[number];
export type AgencyCounts = Record<AgencyKind, number>;

/** lead → partner: measures the partner cooperates on / is responsible on / both; refs counted per kind. */
export interface LinkCounts {
  source: string; target: string; cooperating: number; responsible: number; both: number;
  coopRefs: Map<string, number>; respRefs: Map<string, number>;
}

export interface Aggregates { agencies: Map<string, AgencyCounts>; links: Map<string, LinkCounts> }

export const linkId = (source: string, target: string): string => `${source}->${target}`;

export const emptyAggregates = (): Aggregates => ({ agencies: new Map(), links: new Map() });

const zeroAgency = (): AgencyCounts => ({ lead: 0, cooperating: 0, responsible: 0, leadOrCoop: 0, overlap: 0 });

function bump(refs: Map<string, number>, ref: string, n: number): void {
  refs.set(ref, (refs.get(ref) ?? 0) + n);
}

/** Add (sign 1) or subtract (sign -1) the contribution of these measures. */
export function accumulate(into: Aggregates, measures: Iterable<MeasureRoles>, sign = 1): Aggregates {
  for (const m of measures) {
    const involved = new Set([...m.lead, ...m.coop, ...m.resp]);
    for (const a of involved) {
      let c = into.agencies.get(a);
      if (!c) into.agencies.set(a, (c = zeroAgency()));
      const lc = m.lead.has(a) || m.coop.has(a);
      if (m.lead.has(a)) c.lead += sign;
      if (m.coop.has(a)) c.cooperating += sign;
      if (m.resp.has(a)) c.responsible += sign;
      if (lc) c.leadOrCoop += sign;
      if (lc && m.resp.has(a)) c.overlap += sign;
    }
    for (const l of m.lead) {
      for (const o of new Set([...m.coop, ...m.resp])) {
        if (o === l) continue;
        const id = linkId(l, o);
        let k = into.links.get(id);
        if (!k) {
          k = { source: l, target: o, cooperating: 0, responsible: 0, both: 0, coopRefs: new Map(), respRefs: new Map() };
          into.links.set(id, k);
        }
        const c = m.coop.has(o), r = m.resp.has(o);
        if (c) { k.cooperating += sign; bump(k.coopRefs, m.ref, sign); }
        if (r) { k.responsible += sign; bump(k.respRefs, m.ref, sign); }
        if (c && r) k.both += sign;
      }
    }
  }
  return into;
}

/** The measures of load plans with their roles, from the planned relationships (what the loader writes). */
export function planMeasures(plans: LoadPlan[]): MeasureRoles[] {
  const out: MeasureRoles[] = [];
  for (const plan of plans) {
    const byId = new Map<string, MeasureRoles>();
    for (const m of plan.nodes.Measure) byId.set(String(m.id), { ref: String(m.ref), lead: new Set(), coop: new Set(), resp: new Set() });
    const measureOfAction = new Map<string, string>();
    const rows = (type: string) => plan.edges.filter((g) => g.type === type).flatMap((g) => g.rows);
    for (const r of rows('HAS_ACTION')) measureOfAction.set(r.to, r.from);
    for (const r of rows('LEADS')) byId.get(r.to)?.lead.add(r.from);
    for (const r of rows('COOPERATES_ON')) byId.get(r.to)?.coop.add(r.from);
    for (const r of rows('RESPONSIBLE_FOR')) {
      const m = measureOfAction.get(r.to);
      if (m) byId.get(m)?.resp.add(r.from);
    }
    out.push(...byId.values());
  }
  return out;
}

/** Ref counts as stored (a JSON object ref → count, keys sorted: one text for one content), and back. */
export const encodeRefs = (refs: Map<string, number>): string =>
  JSON.stringify(Object.fromEntries([...refs].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
export function decodeRefs(text: unknown): Map<string, number> {
  if (typeof text !== 'string' || text === '') return new Map();
  return new Map(Object.entries(JSON.parse(text) as Record<string, number>));
}

/** The rows of the derived tables (schema.ts DERIVED) for these counts, zero rows left out (bulk COPY, tests). */
export function derivedRows(agg: Aggregates): { AgencyCount: Array<Record<string, string | number>>; AgencyLink: Array<Record<string, string | number>> } {
  return {
    AgencyCount: [...agg.agencies].filter(([, c]) => AGENCY_KINDS.some((k) => c[k] !== 0)).map(([id, c]) => ({ id, ...c })),
    AgencyLink: [...agg.links].filter(([, k]) => k.cooperating !== 0 || k.responsible !== 0).map(([id, k]) => ({
      id, source: k.source, target: k.target, cooperating: k.cooperating, responsible: k.responsible, both: k.both,
      coopRefs: encodeRefs(k.coopRefs), respRefs: encodeRefs(k.respRefs),
    })),
  };
}
