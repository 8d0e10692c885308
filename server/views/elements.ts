// Cytoscape elements: `data` always has id, label and kind.
export type Kind = 'agency' | 'measure' | 'action' | 'document' | 'target' | 'chapter';
export interface NodeEl { data: { id: string; label: string; kind: Kind; [k: string]: unknown } }
export interface EdgeEl { data: { id: string; source: string; target: string; label: string; [k: string]: unknown } }
export interface Elements { nodes: NodeEl[]; edges: EdgeEl[] }

/** Collects nodes and edges without duplicates (first node wins; edges keyed by id). */
export class ElementSet {
  private nodes = new Map<string, NodeEl>();
  private edges = new Map<string, EdgeEl>();

  node(id: string, label: string, kind: Kind, extra: Record<string, unknown> = {}): this {
    if (!this.nodes.has(id)) this.nodes.set(id, { data: { ...extra, id, label, kind } });
    return this;
  }

  hasNode(id: string): boolean { return this.nodes.has(id); }

  edge(source: string, target: string, label: string, extra: Record<string, unknown> = {}): this {
    const id = `${source}->${label}->${target}`;
    if (!this.edges.has(id)) this.edges.set(id, { data: { ...extra, id, source, target, label } });
    return this;
  }

  toJSON(): Elements {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

/** A short label for a measure/action: its ref and the start of its text. */
export function shortLabel(ref: string, text: string, max = 24): string {
  const body = text.replace(/\s+/g, ' ').trim();
  return `${ref} ${body.length > max ? `${body.slice(0, max)}…` : body}`;
}
