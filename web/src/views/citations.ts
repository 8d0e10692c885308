// Citation view: documents as nodes, citing → cited and forwarding edges, planned vs in-force styling;
// clicking a document lists the measures that cite it.
import { api } from '../api.ts';
import { h, load, measureHref, mount } from '../dom.ts';
import { highlightNeighbourhood, mountGraph } from '../graph.ts';
import { renderTable } from '../table.ts';
import type { DocumentDetail } from '../types.ts';
import { docLabel, legendItem, measureIdFromRef, STATUS_LABELS, title } from './common.ts';

function citingList(detail: DocumentDetail): HTMLElement {
  const rows = detail.citedBy.flatMap((c) => c.by.map((ref) => ({
    document: docLabel(c.document), ref: ref === 'preamble' ? '序言 preamble' : ref, measureId: measureIdFromRef(c.document.id, ref),
  })));
  return rows.length
    ? renderTable({ name: `cited-by-${detail.document.title}`, columns: ['ref', 'document'], rows }, {
      headings: { ref: '措施/举措 ref', document: '引用文件 citing document' },
      cell: (c, row) => c === 'ref' && typeof row.measureId === 'string' ? h('a', { href: measureHref(row.measureId) }, String(row.ref)) : undefined,
      rowHref: (row) => typeof row.measureId === 'string' ? measureHref(row.measureId) : null,
    })
    : h('p', { class: 'muted' }, '本文件未被已收录的措施引用 (not cited by any ingested measure)');
}

function renderDocPanel(panel: HTMLElement, id: string, onClose: () => void): Promise<void> {
  return load(panel, () => api.document(id), (d) => {
    mount(panel,
      h('div', { class: 'panel-head' },
        h('h2', { class: 'doc-title' }, docLabel(d.document)),
        h('button', { type: 'button', class: 'close', 'aria-label': '返回 back', onclick: onClose }, '×')),
      h('p', {}, d.document.ingested ? h('span', { class: 'badge ingested' }, '已收录 ingested') : h('span', { class: 'badge' }, '仅被引用 cited only')),
      h('h3', {}, '引用它的措施 Cited by'), citingList(d),
      d.cites.length ? [h('h3', {}, `它引用的文件 Cites (${d.cites.length})`),
        h('ul', { class: 'citations' }, ...d.cites.map((c) => h('li', {}, docLabel(c.document), ' ', h('span', { class: `badge ${c.status}` }, STATUS_LABELS[c.status] ?? c.status))))] : null,
      d.forwards.length ? [h('h3', {}, '转发 Forwards'), h('ul', {}, ...d.forwards.map((f) => h('li', {}, docLabel(f))))] : null);
  }, '加载文件… Loading document');
}

export async function renderCitations(app: HTMLElement, preselect: string | null, isCurrent: () => boolean): Promise<void> {
  const graphBox = h('div', { class: 'graph', id: 'graph' });
  const panel = h('aside', { class: 'panel', 'aria-live': 'polite' });
  mount(app, title('引用文件', 'Cited documents'),
    h('div', { class: 'split' },
      h('section', { class: 'graph-col' }, graphBox, h('ul', { class: 'legend', 'aria-label': '图例 Legend' },
        legendItem('#16a34a', '已收录文件 ingested document'),
        legendItem('#16a34a', '仅被引用 cited only', 'hollow'),
        legendItem('#dc2626', '待制定 planned(虚线 dashed)', 'dashed'),
        legendItem('#94a3b8', '引用 cites →'),
        legendItem('#0d9488', '转发 forwards ⋯>', 'dotted'))),
      panel));
  let cyRef: ReturnType<typeof mountGraph> | null = null;
  const showList = () => load(panel, () => api.documents(), (docs) => {
    mount(panel, h('h2', {}, '文件列表 Documents'), renderTable({
      name: 'documents', columns: ['title', 'number', 'ingested', 'measures'],
      rows: docs.map((d) => ({ ...d, ingested: d.ingested ? '是 yes' : '否 no' })) as unknown as Record<string, unknown>[],
    }, {
      headings: { title: '标题 title', number: '文号 number', ingested: '已收录 ingested', measures: '措施 measures' },
      cell: (c, row) => c === 'title' ? h('button', { type: 'button', class: 'linkish', onclick: () => select(String(row.id)) }, String(row.title)) : undefined,
    }));
  });
  const select = (id: string | null) => {
    if (cyRef) { const n = id ? cyRef.getElementById(id) : null; highlightNeighbourhood(cyRef, n && n.nonempty() ? n : null); }
    if (id) void renderDocPanel(panel, id, () => select(null));
    else void showList();
  };
  if (!preselect) void showList();
  await load(graphBox, () => api.citationGraph(), (elements) => {
    if (!isCurrent()) return;
    if (!elements.nodes.length) return void mount(graphBox, h('p', { class: 'empty' }, '还没有文件 (no documents yet)'));
    const nodes = elements.nodes.map((n) => ({ data: { ...n.data, kind: n.data.kind ?? 'document' } }));
    cyRef = mountGraph(graphBox, { nodes, edges: elements.edges }, {
      onNode: (n) => select(n.id()),
      onBackground: () => select(null),
      tooltip: (d) => [d.label, d.number, STATUS_LABELS[String(d.status)]].filter(Boolean).join(' · '),
    });
    if (preselect) select(preselect);
  }, '加载引用关系… Loading citations');
}
