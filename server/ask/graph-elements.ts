// Result rows → cytoscape elements ({data: {id, label, kind}}) for the web view.
import type { Row } from '../../graph/types.ts';
import type { Intent } from './intents.ts';
import type { Lexicon } from './lexicon.ts';
import type { NodeKind } from './post.ts';

export interface ElementData { id: string; label: string; kind?: NodeKind; [k: string]: unknown }
export interface GraphElements { nodes: Array<{ data: ElementData }>; edges: Array<{ data: ElementData & { source: string; target: string } }> }

class Builder {
  nodes = new Map<string, ElementData>();
  edges = new Map<string, ElementData & { source: string; target: string }>();
  node(id: string, label: string, kind: NodeKind): string {
    if (id && !this.nodes.has(id)) this.nodes.set(id, { id, label, kind });
    return id;
  }
  edge(source: string, target: string, label: string): void {
    if (!source || !target) return;
    const id = `${source}->${target}:${label}`;
    if (!this.edges.has(id)) this.edges.set(id, { id, source, target, label });
  }
  done(): GraphElements {
    return { nodes: [...this.nodes.values()].map((data) => ({ data })), edges: [...this.edges.values()].map((data) => ({ data })) };
  }
}

/** Citing measures drawn per document (a plan cited by 80 measures at corpus scale would draw 4,000 nodes a page). */
const LINKED_PER_ROW = 3;
const s = (v: unknown): string => (v == null ? '' : String(v));
const measureId = (r: Row): string => s(r.measureId) || `${s(r.documentId)}#${s(r.ref)}`;
const roleEdges = (g: Builder, agency: string, measure: string, r: Row): void => {
  for (const role of ['lead', 'cooperating', 'responsible'] as const) if (r[role] === true) g.edge(agency, measure, role);
};

export function toElements(intent: Intent, rows: Row[], lex: Lexicon): GraphElements {
  const g = new Builder();
  const agency = (id: string): string => g.node(id, lex.agencies.get(id)?.name ?? id, 'agency');
  for (const r of rows) {
    switch (intent.name) {
      case 'measures_by_agency':
        roleEdges(g, agency(intent.agency), g.node(measureId(r), s(r.ref), 'measure'), r); break;
      case 'measure_agencies':
        roleEdges(g, agency(s(r.agencyId)), g.node(measureId(r), s(r.ref), 'measure'), r); break;
      case 'agencies_sharing': {
        const m = g.node(measureId(r), s(r.ref), 'measure');
        for (const id of intent.agencies) g.edge(agency(id), m, 'takes part');
        break;
      }
      case 'partners_of': g.edge(agency(intent.agency), agency(s(r.agencyId)), `${s(r.shared)} shared`); break;
      case 'top_agency': agency(s(r.agencyId)); break;
      case 'agency_list': agency(s(r.agencyId)); break;
      case 'path_between': {
        const ids = r.ids as string[]; const labels = r.path as string[]; const kinds = r.kinds as NodeKind[];
        ids.forEach((id, i) => g.node(id, labels[i] ?? id, kinds[i] ?? 'measure'));
        for (let i = 1; i < ids.length; i++) g.edge(ids[i - 1] ?? '', ids[i] ?? '', 'path');
        break;
      }
      case 'chapter_measures': case 'measures_by_topic': case 'chapter_measure_count': case 'measure_detail':
        if (r.ref) g.node(measureId(r), s(r.ref), 'measure');
        for (const ref of Array.isArray(r.refs) ? r.refs : []) g.node(`${s(r.documentId)}#${s(ref)}`, s(ref), 'measure');
        break;
      case 'chapter_citations': case 'planned_documents': case 'document_lookup': {
        const d = g.node(s(r.documentId), s(r.number) || s(r.title), 'document');
        for (const id of Array.isArray(r.measureIds) ? r.measureIds.slice(0, LINKED_PER_ROW) : []) {
          const m = g.node(s(id), s(id).split('#').pop() ?? s(id), 'measure'); g.edge(m, d, 'cites');
        }
        break;
      }
      case 'forwards': case 'document_list': g.node(s(r.documentId), s(r.number) || s(r.title), 'document'); break;
      case 'targets_by_year': case 'targets_by_topic': case 'agency_targets': {
        const m = g.node(`${s(r.documentId)}#${s(r.ref)}`, s(r.ref), 'measure');
        const t = g.node(s(r.id), s(r.text).slice(0, 24), 'target'); g.edge(m, t, 'target');
        if (intent.name === 'agency_targets') g.edge(agency(intent.agency), m, 'answerable');
        break;
      }
      default: break;
    }
  }
  return g.done();
}
