// The one cytoscape wrapper: mounts a graph, lays it out without overlapping labels, keeps labels in the chosen
// script, shows DOM-text tooltips, and exposes the current instance as `window.cy`.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graph-style.ts';
import { separateLabels } from './graph-separate.ts';
import { onScriptChange, tx } from './script.ts';
import type { Elements } from './types.ts';

cytoscape.use(fcose);

declare global { interface Window { cy?: cytoscape.Core } }

export interface GraphOptions {
  layout?: 'fcose' | 'breadthfirst';
  onNode?: (node: cytoscape.NodeSingular) => void;
  onBackground?: () => void;
  tooltip?: (data: Record<string, unknown>) => string;
}

let unsubscribe: (() => void) | null = null;

/** Cytoscape wraps labels only at whitespace or U+200B: allow breaks between Han characters. */
const wrapHan = (s: string): string => s.replace(/([\u3400-\u9fff\uf900-\ufaff])(?=[\u3400-\u9fff\uf900-\ufaff])/g, '$1\u200b');

function relabel(cy: cytoscape.Core): void {
  cy.elements().forEach((el) => {
    const original = el.data('label0');
    if (typeof original === 'string') el.data('label', wrapHan(tx(original)));
  });
}

const maxOf = (items: { data: Record<string, unknown> }[], key: string): number =>
  items.reduce((m, i) => Math.max(m, typeof i.data[key] === 'number' ? (i.data[key] as number) : 0), 1);

/** Draw `elements` into `container`, replacing the previous graph. */
export function mountGraph(container: HTMLElement, elements: Elements, options: GraphOptions = {}): cytoscape.Core {
  window.cy?.destroy();
  unsubscribe?.();
  const withLabels = (items: { data: Record<string, unknown> }[]): { data: Record<string, unknown> }[] =>
    items.map((i) => ({ data: { ...i.data, label0: String(i.data.label ?? i.data.id ?? '') } }));
  const nodes = withLabels(elements.nodes);
  const nodeIds = new Set(nodes.map((n) => n.data.id));
  const edges = withLabels(elements.edges).filter((e) => nodeIds.has(e.data.source) && nodeIds.has(e.data.target));
  const cy = cytoscape({
    container,
    elements: { nodes, edges } as unknown as cytoscape.ElementsDefinition,
    style: graphStyle(maxOf(nodes, 'measures'), maxOf(edges, 'weight')),
    minZoom: 0.2,
    maxZoom: 3,
  });
  relabel(cy);
  unsubscribe = onScriptChange(() => relabel(cy));
  window.cy = cy;
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', `图 Graph: ${nodes.length} 节点 nodes, ${edges.length} 边 edges`);
  attachTooltip(cy, container, options.tooltip);
  if (options.onNode) cy.on('tap', 'node', (e) => options.onNode?.(e.target as cytoscape.NodeSingular));
  if (options.onBackground) cy.on('tap', (e) => { if (e.target === cy) options.onBackground?.(); });
  runLayout(cy, options.layout ?? 'fcose');
  return cy;
}

function runLayout(cy: cytoscape.Core, name: 'fcose' | 'breadthfirst'): void {
  if (cy.nodes().length === 0) return;
  const layout = name === 'fcose'
    ? cy.layout({
      name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 4500, idealEdgeLength: () => 60,
      nodeSeparation: 50, edgeElasticity: () => 0.45, gravity: 0.4, numIter: 2500, tile: true,
      tilingPaddingVertical: 20, tilingPaddingHorizontal: 20,
    } as cytoscape.LayoutOptions)
    : cy.layout({ name: 'breadthfirst', directed: true, spacingFactor: 1.2, animate: false, fit: true, padding: 30 });
  layout.one('layoutstop', () => {
    separateLabels(cy);
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
    cy.emit('pg-ready');
    document.body.dataset.graphReady = String(Date.now());
  });
  layout.run();
}

function edgeText(edge: cytoscape.EdgeSingular): string {
  const name = (el: cytoscape.NodeSingular) => tx(String(el.data('label0') ?? el.id()));
  const d = edge.data() as Record<string, unknown>;
  const refs = Array.isArray(d.measures) ? ` (${d.measures.join('、')})` : '';
  const weight = typeof d.weight === 'number' ? ` · ${d.weight} 项共同措施 shared measures${refs}` : '';
  const kind = typeof d.kind === 'string' ? ` · ${d.kind}` : typeof d.role === 'string' ? ` · ${d.role}` : '';
  return `${name(edge.source())} → ${name(edge.target())}${weight || kind}`;
}

/** Hover text as a DOM text node (never HTML): nodes via `describe`, edges as "source → target · weight". */
function attachTooltip(cy: cytoscape.Core, container: HTMLElement, describe?: (data: Record<string, unknown>) => string): void {
  const tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.hidden = true;
  container.parentElement?.appendChild(tip);
  cy.on('mouseover', 'node, edge', (e) => {
    const target = e.target as cytoscape.SingularElementArgument;
    const raw = target.data() as Record<string, unknown>;
    const data: Record<string, unknown> = { ...raw, label: tx(String(raw.label0 ?? raw.label ?? '')) };
    tip.textContent = target.isEdge() ? edgeText(target) : describe ? describe(data) : String(data.label);
    const p = e.renderedPosition ?? { x: 0, y: 0 };
    tip.style.left = `${container.offsetLeft + p.x + 12}px`;
    tip.style.top = `${container.offsetTop + p.y + 12}px`;
    tip.hidden = false;
  });
  cy.on('mouseout', 'node, edge', () => { tip.hidden = true; });
  cy.on('destroy', () => tip.remove());
}

/** Fade everything but `node`, its edges and neighbours. */
export function highlightNeighbourhood(cy: cytoscape.Core, node: cytoscape.NodeSingular | null): void {
  cy.elements().removeClass('faded focus highlight');
  if (!node) return;
  const hood = node.closedNeighborhood();
  cy.elements().not(hood).addClass('faded');
  node.addClass('focus');
  node.connectedEdges().addClass('highlight');
}
