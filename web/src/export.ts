// Export buttons: PNG of the current graph, CSV of the current table, JSON of the current graph's elements.
import { toCsv } from './csv.ts';
import { announce, h, mount } from './dom.ts';
import type { Table } from './types.ts';

let currentTable: Table | null = null;

/** The table the CSV button exports (set by whichever view shows a table). */
export function setCurrentTable(table: Table | null): void {
  currentTable = table;
}
export const getCurrentTable = (): Table | null => currentTable;

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const safeName = (s: string): string => s.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'export';

export function exportPng(): void {
  const cy = window.cy;
  if (!cy || cy.destroyed()) return announce('当前视图没有图 (no graph on this view)');
  download('policy-graph.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
}

export function exportCsv(): void {
  if (!currentTable) return announce('当前视图没有表格 (no table on this view)');
  download(`${safeName(currentTable.name)}.csv`, new Blob([toCsv(currentTable)], { type: 'text/csv;charset=utf-8' }));
}

export function currentElements(): { nodes: unknown[]; edges: unknown[] } | null {
  const cy = window.cy;
  if (!cy || cy.destroyed()) return null;
  const strip = (data: Record<string, unknown>) => {
    const { label0, ...rest } = data;
    return { ...rest, label: label0 ?? rest.label };
  };
  return {
    nodes: cy.nodes().map((n) => ({ data: strip(n.data() as Record<string, unknown>), position: n.position() })),
    edges: cy.edges().map((e) => ({ data: strip(e.data() as Record<string, unknown>) })),
  };
}

export function exportJson(): void {
  const elements = currentElements();
  if (!elements) return announce('当前视图没有图 (no graph on this view)');
  download('policy-graph-elements.json', new Blob([JSON.stringify(elements, null, 2)], { type: 'application/json' }));
}

export function renderExportButtons(el: Element): void {
  const b = (label: string, title: string, fn: () => void, id: string) =>
    h('button', { type: 'button', title, id, onclick: () => fn() }, label);
  mount(el,
    b('PNG', '导出当前图为 PNG (export graph as PNG)', exportPng, 'export-png'),
    b('CSV', '导出当前表格为 CSV (export table as CSV)', exportCsv, 'export-csv'),
    b('JSON', '导出当前图元素为 JSON (export graph elements)', exportJson, 'export-json'));
}
