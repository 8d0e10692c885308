// Start page: the agency dependency graph (lead → cooperating, weighted by shared measures), filters, legend,
// and a side panel listing agencies and, on selection, the chosen agency's measures.
import type cytoscape from 'cytoscape';
import { api } from '../api.ts';
import { h, loading, mount, showError } from '../dom.ts';
import { highlightNeighbourhood, mountGraph } from '../graph.ts';
import type { Route } from '../router.ts';
import { renderTable } from '../table.ts';
import type { AgencySummary, Elements } from '../types.ts';
import { renderAgencyPanel } from './agency-panel.ts';
import { renderFilters, type Filters } from './agency-filters.ts';
import { legendItem, title } from './common.ts';

export async function renderAgencies(app: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const filters: Filters = { document: route.query.get('document') ?? '', chapter: route.query.get('chapter') ?? '', role: route.query.get('role') ?? 'all' };
  const controls = h('form', { class: 'filters', 'aria-label': '筛选 Filters' });
  const graphBox = h('div', { class: 'graph', id: 'graph' });
  const panel = h('aside', { class: 'panel', 'aria-live': 'polite' });
  const legend = h('ul', { class: 'legend', 'aria-label': '图例 Legend' },
    legendItem('#2563eb', '部门 agency(节点大小 = 参与措施数 size = measures)'),
    h('li', {}, h('span', { class: 'swatch arrow', 'aria-hidden': 'true' }), '牵头 → 配合/责任 lead → cooperating(粗细 = 共同措施数 width = shared measures)'),
    legendItem('#f59e0b', '选中及相邻 selected & neighbours'));
  mount(app, title('部门协同关系', 'Agency dependencies'), controls,
    h('div', { class: 'split' }, h('section', { class: 'graph-col' }, graphBox, legend), panel));

  let agencies: AgencySummary[] = [];
  let cy: cytoscape.Core | null = null;
  let selected: string | null = route.query.get('agency');
  let draws = 0;
  const highlight = () => {
    const node = cy && selected ? cy.getElementById(selected) : null;
    if (cy) highlightNeighbourhood(cy, node && node.nonempty() ? node : null);
  };
  const selectAgency = (id: string | null) => {
    selected = id;
    highlight();
    if (id) void renderAgencyPanel(panel, id, () => selectAgency(null));
    else showList();
  };
  const showList = () => {
    const filtered = filters.document || filters.chapter || filters.role !== 'all';
    const inGraph = !filtered ? agencies : cy ? agencies.filter((a) => cy?.getElementById(a.id).nonempty()) : [];
    mount(panel, h('h2', {}, '部门列表 Agencies'), filtered ? h('p', { class: 'muted' }, '计数为全部文件 (counts over all documents)') : null, renderTable(
    { name: 'agencies', columns: ['name', 'measures', 'lead', 'cooperating', 'responsible'], rows: inGraph as unknown as Record<string, unknown>[] },
    {
      headings: { name: '部门 agency', measures: '措施 measures', lead: '牵头 lead', cooperating: '配合 coop.', responsible: '责任 resp.' },
      cell: (c, row) => c === 'name' ? h('button', { type: 'button', class: 'linkish', onclick: () => selectAgency(String(row.id)) }, String(row.name)) : undefined,
    }));
  };

  const drawGraph = async (): Promise<void> => {
    const draw = ++draws; // only the latest filter change may draw
    const wanted = () => isCurrent() && draw === draws;
    loading(graphBox, '正在绘制部门关系图… Loading graph');
    let elements: Elements;
    try {
      elements = await api.agencyGraph(filters);
    } catch (err) {
      if (wanted()) showError(graphBox, err);
      return;
    }
    if (!wanted()) return;
    if (elements.nodes.length === 0) {
      window.cy?.destroy();
      window.cy = undefined;
      cy = null;
      mount(graphBox, h('p', { class: 'empty' }, '没有符合条件的部门 (no agencies match)'));
    } else {
      graphBox.replaceChildren();
      cy = mountGraph(graphBox, elements, {
        onNode: (n) => selectAgency(n.id()),
        onBackground: () => selectAgency(null),
        tooltip: (d) => `${String(d.label)} · ${String(d.measures ?? '')} 项措施 measures`,
      });
      highlight();
    }
    if (agencies.length && !selected) showList();
  };

  if (selected) void renderAgencyPanel(panel, selected, () => selectAgency(null));
  else loading(panel);
  void api.agencies().then((list) => {
    agencies = [...list].sort((a, b) => b.measures - a.measures);
    if (isCurrent() && !selected) showList();
  }, (err: unknown) => { if (!selected) showError(panel, err); });
  const drawing = drawGraph();
  await renderFilters(controls, filters, () => void drawGraph());
  await drawing;
}
