// Agency collaboration graph: directed lead → cooperating / lead → responsible, weight = shared measures.
import type { Ctx } from '../context.ts';
import { str } from '../context.ts';
import { agencyEdges, agencyRoles, type MeasureFilter } from '../queries/index.ts';
import type { Role } from '../validate.ts';
import type { EdgeEl, Elements, NodeEl } from './elements.ts';

export async function agencyGraph(ctx: Ctx, filter: MeasureFilter, role: Role): Promise<Elements> {
  const [edgeRows, roleRows] = await Promise.all([ctx.read(agencyEdges(filter)), ctx.read(agencyRoles(filter))]);
  const pairs = new Map<string, { source: string; target: string; measures: Map<string, string>; roles: Set<string> }>();
  for (const row of edgeRows) {
    const source = str(row.source), target = str(row.target), r = str(row.role);
    if (source === target) continue;                        // a lead also acting on its own measure
    if ((role === 'cooperating' || role === 'responsible') && r !== role) continue;
    const key = `${source}->${target}`;
    let p = pairs.get(key);
    if (!p) pairs.set(key, (p = { source, target, measures: new Map(), roles: new Set() }));
    p.measures.set(str(row.measure), str(row.ref));
    p.roles.add(r);
  }
  const nodes = new Map<string, { id: string; name: string; measures: Set<string> }>();
  for (const row of roleRows) {
    const id = str(row.agency);
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, name: str(row.name) || id, measures: new Set() }));
    if (role === 'all' || row.role === role) n.measures.add(str(row.measure));
  }
  const linked = new Set([...pairs.values()].flatMap((p) => [p.source, p.target]));
  const nodeEls: NodeEl[] = [...nodes.values()]
    .filter((n) => n.measures.size > 0 || linked.has(n.id))
    .sort((a, b) => b.measures.size - a.measures.size || a.id.localeCompare(b.id))
    .map((n) => ({ data: { id: n.id, label: n.name, kind: 'agency', measures: n.measures.size } }));
  const edgeEls: EdgeEl[] = [...pairs.entries()].map(([key, p]) => ({
    data: {
      id: key, source: p.source, target: p.target, label: String(p.measures.size), weight: p.measures.size,
      roles: [...p.roles].sort(), measures: [...p.measures.values()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    },
  }));
  return { nodes: nodeEls, edges: edgeEls };
}
