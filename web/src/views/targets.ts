// Targets: a per-year bar chart (click a bar to filter) and a sortable table linking back to measures.
import { api } from '../api.ts';
import { h, load, measureHref, mount } from '../dom.ts';
import { renderTable } from '../table.ts';
import type { Target } from '../types.ts';
import { barChart, type Bar } from './chart.ts';
import { title } from './common.ts';

const NO_YEAR = 'none';

function bars(targets: Target[]): Bar[] {
  const counts = new Map<string, number>();
  for (const t of targets) { const k = t.year === null ? NO_YEAR : String(t.year); counts.set(k, (counts.get(k) ?? 0) + 1); }
  return [...counts.entries()]
    .sort(([a], [b]) => (a === NO_YEAR ? 1 : b === NO_YEAR ? -1 : Number(a) - Number(b)))
    .map(([key, value]) => ({ key, value, label: key === NO_YEAR ? '未定 n/a' : key }));
}

function rowsOf(targets: Target[]): Record<string, unknown>[] {
  return targets.map((t) => ({
    year: t.year, agency: t.agencies.join('、'), value: t.value, unit: t.unit, comparator: t.comparator,
    text: t.text, ref: t.actionRef ?? t.measureRef, measureId: t.measureId,
  }));
}

export function renderTargets(app: HTMLElement, isCurrent: () => boolean): Promise<void> {
  const chartBox = h('section', { class: 'chart-box', 'aria-label': '按年份 Targets per year' });
  const tableBox = h('section', { class: 'targets-table' });
  mount(app, title('量化目标', 'Dated and quantified targets'), chartBox, tableBox);
  return load(tableBox, () => api.targets(), (targets) => {
    if (!isCurrent()) return;
    if (!targets.length) return void mount(tableBox, h('p', { class: 'empty' }, '没有目标 (no targets)'));
    const showTable = (year: string | null) => {
      const picked = year === null ? targets : targets.filter((t) => (t.year === null ? NO_YEAR : String(t.year)) === year);
      mount(tableBox, renderTable({ name: year ? `targets-${year}` : 'targets', columns: ['year', 'agency', 'comparator', 'value', 'unit', 'text', 'ref'], rows: rowsOf(picked) }, {
        headings: { year: '年份 year', agency: '部门 agency', comparator: '比较 cmp', value: '数值 value', unit: '单位 unit', text: '内容 text', ref: '措施 ref' },
        cell: (c, row) => c === 'ref' && typeof row.measureId === 'string' && row.ref ? h('a', { href: measureHref(row.measureId) }, String(row.ref)) : undefined,
        rowHref: (row) => (typeof row.measureId === 'string' ? measureHref(row.measureId) : null),
      }));
    };
    mount(chartBox, h('h2', {}, '每年目标数 Targets per year'), barChart(bars(targets), showTable, '每年目标数 Targets per year'));
    showTable(null);
  }, '加载目标… Loading targets');
}
