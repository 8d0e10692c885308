// Citation graph between documents: ingested documents → the documents they cite (and forwards).
import type { Query, Row } from '../../graph/types.ts';
import type { Ctx } from '../context.ts';
import { num, str, strOrNull } from '../context.ts';
import { citationEdges, documentNodes } from '../queries/index.ts';
import type { EdgeEl, Elements, NodeEl } from './elements.ts';

const RANK: Record<string, number> = { 'in-force': 3, planned: 2, mentioned: 1 };
const stronger = (a: string, b: string): string => ((RANK[b] ?? 0) > (RANK[a] ?? 0) ? b : a);

interface Edge { source: string; target: string; kind: string; status: string; count: number }
interface Base { docs: Map<string, Record<string, unknown>>; edges: Array<[string, Edge]> }

/** Every document and every lifted edge (citations counted per status in Cypher), cached per graph version. */
async function base(read: (query: Query) => Promise<Row[]>): Promise<Base> {
  const docRows = await read(documentNodes());
  const edgeRows = await read(citationEdges());
  const docs = new Map(docRows.map((r) => [str(r.id), r]));
  const edges = new Map<string, Edge>();
  for (const row of edgeRows) {
    const source = str(row.source), target = str(row.target), kind = str(row.kind), n = num(row.n);
    const key = `${source}->${kind}->${target}`;
    const e = edges.get(key);
    if (e) { e.status = stronger(e.status, str(row.status)); e.count += n; }
    else edges.set(key, { source, target, kind, status: str(row.status), count: n });
  }
  return { docs, edges: [...edges.entries()] };
}

/** With `document`, only edges touching it, plus forwards from the documents it cites. */
export async function citationGraph(ctx: Ctx, document?: string): Promise<Elements | null> {
  const { docs, edges } = await ctx.view('citation-base', base);
  if (document !== undefined && !docs.has(document)) return null;
  let chosen = edges;
  if (document !== undefined) {
    const near = new Set([document, ...chosen.filter(([, e]) => e.source === document).map(([, e]) => e.target)]);
    chosen = chosen.filter(([, e]) => e.source === document || e.target === document || (e.kind === 'forwards' && near.has(e.source)));
  }
  const ids = new Set<string>(chosen.flatMap(([, e]) => [e.source, e.target]));
  if (document !== undefined) ids.add(document);
  else for (const [id, r] of docs) if (r.ingested === true) ids.add(id);
  const statusOf = new Map<string, string>();
  for (const [, e] of chosen) if (e.kind === 'cites') statusOf.set(e.target, stronger(statusOf.get(e.target) ?? '', e.status));
  const nodes: NodeEl[] = [...ids].filter((id) => docs.has(id)).map((id) => {
    const r = docs.get(id) ?? {};
    return { data: { id, label: str(r.title) || str(r.number) || id, kind: 'document', number: strOrNull(r.number),
      ingested: r.ingested === true, status: statusOf.get(id) ?? null } };
  });
  const edgeEls: EdgeEl[] = chosen.map(([key, e]) => ({
    data: { id: key, source: e.source, target: e.target, label: e.kind, kind: e.kind as 'cites' | 'forwards',
      status: e.kind === 'cites' ? e.status : null, count: e.count },
  }));
  return { nodes, edges: edgeEls };
}
