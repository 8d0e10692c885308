// Measure view: text with actions, agencies by role, cited documents, targets, its graph, and source positions.
import { api } from '../api.ts';
import { h, load, mount, type Child } from '../dom.ts';
import { mountGraph } from '../graph.ts';
import { renderTable } from '../table.ts';
import type { AgencyRef, MeasureDetail } from '../types.ts';
import { chineseNumeral, docLabel, kindLegend, STATUS_LABELS } from './common.ts';
import { showSource } from './source.ts';

const agencyLinks = (list: AgencyRef[]): Child =>
  list.length
    ? list.map((a, i) => [i ? '、' : '', h('a', { href: `#/agencies?agency=${encodeURIComponent(a.id)}`, class: 'agency' }, a.name)])
    : h('span', { class: 'muted' }, '—');

function render(app: HTMLElement, m: MeasureDetail, isCurrent: () => boolean): void {
  const source = h('section', { class: 'source panel', hidden: true, 'aria-label': '原文 Source text' });
  const sourceButton = (start: number, end: number, label: string) =>
    h('button', { type: 'button', class: 'source-link', title: '在原文中查看 show in document',
      onclick: () => void showSource(source, m.measure.documentId, start, end, label) }, '原文 ↗');
  const graphBox = h('div', { class: 'graph small', id: 'graph' });
  const chapter = m.chapter ? `${chineseNumeral(m.chapter.ordinal)}、${m.chapter.title}` : `第${m.measure.chapterOrdinal}章`;
  mount(app,
    h('p', { class: 'crumbs' }, m.document ? docLabel(m.document) : m.measure.documentId, ' › ', chapter),
    h('h1', {}, `措施 ${m.measure.ref} `, h('small', {}, 'Measure')),
    h('div', { class: 'split' },
      h('div', { class: 'measure-main' },
        h('p', { class: 'measure-text' }, m.measure.text, ' ', sourceButton(m.measure.start, m.measure.end, `措施 ${m.measure.ref}`)),
        h('dl', { class: 'roles' },
          h('dt', {}, '牵头单位 Lead'), h('dd', { 'data-role': 'lead' }, agencyLinks(m.lead)),
          h('dt', {}, '配合单位 Cooperating'), h('dd', { 'data-role': 'cooperating' }, agencyLinks(m.cooperating))),
        h('h2', {}, `具体落实举措 Actions (${m.actions.length})`),
        m.actions.length
          ? h('ol', { class: 'actions' }, ...m.actions.map((a) => h('li', { id: `action-${a.ref}` },
            h('span', { class: 'ref' }, a.ref), ' ', a.text, ' ',
            h('span', { class: 'responsible' }, '责任 responsible: ', agencyLinks(a.responsible)), ' ',
            sourceButton(a.start, a.end, `举措 ${a.ref}`))))
          : h('p', { class: 'muted' }, '无 (none)'),
        h('h2', {}, `引用文件 Cited documents (${m.citations.length})`),
        m.citations.length
          ? h('ul', { class: 'citations' }, ...m.citations.map((c) => h('li', { class: `status-${c.status}` },
            h('a', { href: `#/citations?document=${encodeURIComponent(c.document.id)}` }, docLabel(c.document)), ' ', h('span', { class: `badge ${c.status}` }, STATUS_LABELS[c.status] ?? c.status),
            c.document.ingested ? [' ', h('span', { class: 'badge ingested' }, '已收录 ingested')] : null)))
          : h('p', { class: 'muted' }, '无 (none)'),
        h('h2', {}, `目标 Targets (${m.targets.length})`),
        m.targets.length
          ? renderTable({ name: `targets-${m.measure.ref}`, columns: ['year', 'comparator', 'value', 'unit', 'text'], rows: m.targets as unknown as Record<string, unknown>[] },
            { headings: { year: '年份 year', comparator: '比较 cmp', value: '数值 value', unit: '单位 unit', text: '内容 text' } })
          : h('p', { class: 'muted' }, '无 (none)')),
      h('section', { class: 'graph-col' }, graphBox)),
    source);
  void load(graphBox, () => api.measureGraph(m.measure.id), (elements) => {
    if (isCurrent() && elements.nodes.length) {
      graphBox.after(kindLegend(elements));
      mountGraph(graphBox, elements, {
        onNode: (n) => {
          const d = n.data() as Record<string, unknown>;
          if (d.kind === 'measure' && d.id !== m.measure.id) location.hash = `#/measures/${encodeURIComponent(String(d.id))}`;
          if (d.kind === 'agency') location.hash = `#/agencies?agency=${encodeURIComponent(String(d.id))}`;
        },
      });
    }
  }, '加载关系图… Loading graph');
}

export function renderMeasure(app: HTMLElement, id: string, isCurrent: () => boolean): Promise<void> {
  return load(app, () => api.measure(id), (m) => { if (isCurrent()) render(app, m, isCurrent); }, '加载措施… Loading measure');
}
