// Agency collaboration graph: directed lead → cooperating / lead → responsible, weight = shared measures.
// Unfiltered, the pairs and the per-agency counts come from the derived tables the loader keeps (O(agencies + pairs)
// rows; the refs are read only for the edges kept) and the view is cached per graph version; with `chapter` or
// `document`, rows come aggregated from Cypher over the matching measures (agency-pairs.ts).
// At most `limits.graphEdges` edges are returned (the heaviest), with `capped: true` when there were more.
import type { Query, Row } from '../../graph/types.ts';
import type { Ctx } from '../context.ts';
import { naturalOrder, num, str } from '../context.ts';
import { agencyRoleCounts, EDGE_REFS, type MeasureFilter } from '../queries/index.ts';
import type { Role } from '../validate.ts';
import { jsonBody, type JsonBody } from '../json-body.ts';
import { derivedPairs, scannedPairs, type EdgeRole, type Pair } from './agency-pairs.ts';
import type { EdgeEl, Elements, NodeEl } from './elements.ts';

export interface AgencyElements extends Elements { capped?: true; totalEdges?: number }

type Read = (query: Query) => Promise<Row[]>;

/** The view serialized: the unfiltered one is cached that way (20 clients must not re-stringify 300 kB each). */
export async function agencyGraphJson(ctx: Ctx, filter: MeasureFilter, role: Role): Promise<JsonBody> {
  if (filter.chapter === undefined && filter.document === undefined) {
    return ctx.view(`agency-graph:${role}`, async (read) => jsonBody(await buildAgencyGraph(ctx, read, filter, role)));
  }
  return jsonBody(await buildAgencyGraph(ctx, (q) => ctx.read(q), filter, role));
}

type Counts = Map<string, Map<string, number>>;
const add = (m: Counts, id: string, kind: string, n: number): void => {
  let k = m.get(id);
  if (!k) m.set(id, (k = new Map()));
  k.set(kind, (k.get(kind) ?? 0) + n);
};

/** Weight of a pair in the chosen edge role ('all': cooperating or responsible, each measure once). */
function weighed(p: Pair, edgeRole: EdgeRole) {
  const c = edgeRole === 'responsible' ? 0 : p.cooperating, r = edgeRole === 'cooperating' ? 0 : p.responsible;
  const both = edgeRole === 'all' ? p.both : 0;
  const roles = [c > 0 ? 'cooperating' : '', r > 0 ? 'responsible' : ''].filter(Boolean);
  return { ...p, key: `${p.source}->${p.target}`, weight: c + r - both, roles };
}

/**
 * The `limit` heaviest edges, by weight then id (localeCompare): weights are sorted first as numbers, so the slow
 * string comparison only orders the edges kept (at 10,000 documents: 1,500 of 22,000).
 */
function heaviest<E extends { key: string; weight: number }>(edges: E[], limit: number): E[] {
  const byWeight = edges.map((e) => e.weight).sort((a, b) => b - a);
  const floor = byWeight[Math.min(limit, byWeight.length) - 1] ?? Infinity;
  return edges.filter((e) => e.weight >= floor)
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key)).slice(0, limit);
}

/** Rank of every ref in natural order (the distinct refs are few; each edge's list is then sorted by rank). */
function refRanks(refs: Map<string, Set<string>>): Map<string, number> {
  const all = new Set<string>();
  for (const set of refs.values()) for (const r of set) all.add(r);
  return new Map([...all].sort(naturalOrder).map((r, i) => [r, i]));
}

async function buildAgencyGraph(ctx: Ctx, read: Read, filter: MeasureFilter, role: Role): Promise<AgencyElements> {
  const edgeRole: EdgeRole = role === 'cooperating' || role === 'responsible' ? role : 'all';
  const source = filter.chapter === undefined && filter.document === undefined
    ? derivedPairs(read, edgeRole) : scannedPairs(read, filter, edgeRole);
  const { pairs, total } = await source.pairs(ctx.limits.graphEdges);
  const roleRows = await read(agencyRoleCounts(filter, role === 'all'));

  const edges = pairs.map((p) => weighed(p, edgeRole)).filter((e) => e.weight > 0);
  const kept = heaviest(edges, ctx.limits.graphEdges);
  const totalEdges = total ?? edges.length;
  const refs = await source.refs(kept);
  const rank = refRanks(refs);

  const counts: Counts = new Map();
  const names = new Map<string, string>();
  for (const row of roleRows) {
    const id = str(row.agency);
    names.set(id, str(row.name) || id);
    add(counts, id, str(row.kind), num(row.n));
  }
  const measuresOf = (id: string): number => {
    const k = counts.get(id);
    if (!k) return 0;
    if (role !== 'all') return k.get(role) ?? 0;
    return (k.get('leadOrCoop') ?? 0) + (k.get('responsible') ?? 0) - (k.get('overlap') ?? 0);
  };
  const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
  const nodeEls: NodeEl[] = [...names.entries()]
    .map(([id, name]) => ({ id, name, measures: measuresOf(id) }))
    .filter((n) => n.measures > 0 || linked.has(n.id))
    .sort((a, b) => b.measures - a.measures || a.id.localeCompare(b.id))
    .map((n) => ({ data: { id: n.id, label: n.name, kind: 'agency', measures: n.measures } }));
  const edgeEls: EdgeEl[] = kept.map((e) => ({
    data: {
      id: e.key, source: e.source, target: e.target, label: String(e.weight), weight: e.weight,
      roles: e.roles, measures: [...(refs.get(e.key) ?? [])].sort((a, b) => rank.get(a)! - rank.get(b)!).slice(0, EDGE_REFS),
    },
  }));
  const out: AgencyElements = { nodes: nodeEls, edges: edgeEls };
  if (totalEdges > kept.length) { out.capped = true; out.totalEdges = totalEdges; }
  return out;
}
