// Row shaping after the query: shortest paths only, ties for "most", sorted ref lists, plain labels for path nodes.
import type { Row } from '../../graph/types.ts';
import type { Intent } from './intents.ts';

export type NodeKind = 'agency' | 'measure' | 'action' | 'document' | 'target' | 'chapter';
export interface PathNode { id: string; label: string; kind: NodeKind }

const byRef = (a: string, b: string): number => {
  const pa = a.split('.').map(Number); const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) { const d = (pa[i] ?? 0) - (pb[i] ?? 0); if (d) return d; }
  return 0;
};
export const sortRefs = (refs: unknown): string[] => (Array.isArray(refs) ? refs.map(String) : []).sort(byRef);

/** A node value from a path (plain properties, possibly wrapped as {properties}) → id, label, kind. */
export function pathNode(value: unknown): PathNode {
  const raw = (value ?? {}) as Record<string, unknown>;
  const p = (raw.properties && typeof raw.properties === 'object' ? raw.properties : raw) as Record<string, unknown>;
  const id = String(p.id ?? '');
  if (typeof p.name === 'string' && p.name) return { id, label: p.name, kind: 'agency' };
  if (typeof p.ref === 'string' && p.ref) return { id, label: p.ref, kind: p.ref.split('.').length === 3 ? 'action' : 'measure' };
  if (typeof p.title === 'string' || typeof p.number === 'string') return { id, label: String(p.number ?? p.title), kind: 'document' };
  return { id, label: id, kind: 'target' };
}

/** Citing measures listed per cited document (a plan cited by 80 measures at corpus scale); `citations` counts all. */
export const CITING_PER_ROW = 20;
/** documentId#c.o.n (an action) → documentId#c.o (its measure); a measure's id as it is (ingest/model.ts ids). */
export function measureOfCiting(id: string): string {
  const at = id.lastIndexOf('#');
  const parts = id.slice(at + 1).split('.');
  return parts.length === 3 ? `${id.slice(0, at + 1)}${parts.slice(0, 2).join('.')}` : id;
}
/** A planned document's row: citing ids → the measures (ids, refs) that cite it themselves or through an action. */
function plannedRow(r: Row): Row {
  if (!Array.isArray(r.citing)) return r;
  const ids = [...new Set(r.citing.map((x) => measureOfCiting(String(x))))];
  return { title: r.title, number: r.number, refs: [...new Set(ids.map((id) => id.slice(id.lastIndexOf('#') + 1)))], documentId: r.documentId, measureIds: ids };
}
function citingMeasures(r: Row): Row {
  const ids = Array.isArray(r.measureIds) ? r.measureIds.map(String) : [];
  return { ...r, refs: sortRefs(r.refs).slice(0, CITING_PER_ROW), measureIds: ids.sort().slice(0, CITING_PER_ROW), citations: ids.length };
}

export function shapeRows(intent: Intent, rows: Row[]): Row[] {
  switch (intent.name) {
    case 'path_between': {
      const min = Math.min(...rows.map((r) => Number(r.hops)));
      const seen = new Set<string>(); const out: Row[] = [];
      for (const r of rows) {
        if (Number(r.hops) !== min || !Array.isArray(r.path)) continue;
        const nodes = r.path.map(pathNode);
        const key = nodes.map((n) => n.id).join('→');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ hops: min, path: nodes.map((n) => n.label), kinds: nodes.map((n) => n.kind), ids: nodes.map((n) => n.id) });
      }
      return out;
    }
    case 'top_agency': {
      const max = Math.max(0, ...rows.map((r) => Number(r.measures)));
      return rows.filter((r) => Number(r.measures) === max && max > 0);
    }
    case 'partners_of':
      return rows.map((r) => ({ ...r, refs: sortRefs(r.refs) }));
    case 'planned_documents':
      return rows.map((r) => citingMeasures(plannedRow(r)));
    case 'chapter_citations':
      return rows.map(citingMeasures);
    case 'document_lookup':
      return rows.map((r) => ({ ...r, citedBy: sortRefs(r.citedBy) }));
    case 'chapter_measure_count':
      return rows.map((r) => ({ ...r, refs: sortRefs(r.refs) }));
    default:
      return rows;
  }
}
