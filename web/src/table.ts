// A sortable, keyboard-usable table of untrusted values; registers itself as the current table for CSV export.
import { cellText } from './csv.ts';
import { h, type Child } from './dom.ts';
import { setCurrentTable } from './export.ts';
import type { Table } from './types.ts';

export interface TableOptions {
  /** Column headings to show (default: the column key). */
  headings?: Record<string, string>;
  /** Render a cell specially (e.g. as a link); return undefined for plain text. */
  cell?: (column: string, row: Record<string, unknown>) => Child | undefined;
  /** Where a row leads when activated (Enter / click). */
  rowHref?: (row: Record<string, unknown>) => string | null;
  sortable?: boolean;
  /** Columns kept for CSV export but not shown. */
  hidden?: string[];
}

const empty = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Sort order for one column; empty cells stay last in both directions. */
function compare(a: unknown, b: unknown, direction: number): number {
  if (empty(a) || empty(b)) return Number(empty(a)) - Number(empty(b));
  if (typeof a === 'number' && typeof b === 'number') return direction * (a - b);
  return direction * cellText(a).localeCompare(cellText(b), 'zh-Hans-CN', { numeric: true });
}

export function renderTable(table: Table, options: TableOptions = {}): HTMLElement {
  setCurrentTable(table);
  const shown = table.columns.filter((c) => !options.hidden?.includes(c));
  let rows = [...table.rows];
  let sortKey: string | null = null;
  let direction = 1;
  const tbody = h('tbody');
  const fill = () => {
    tbody.replaceChildren(...rows.map((row) => {
      const href = options.rowHref?.(row) ?? null;
      const tr = h('tr', href ? { tabindex: 0, class: 'linked', 'data-href': href } : {},
        ...shown.map((c) => h('td', { 'data-col': c }, options.cell?.(c, row) ?? cellText(row[c]))));
      if (href) {
        const go = (e: Event) => { if (!(e.target instanceof HTMLAnchorElement)) location.hash = href; };
        tr.addEventListener('click', go);
        tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(e); });
      }
      return tr;
    }));
  };
  const headers = shown.map((c) => {
    const label = options.headings?.[c] ?? c;
    if (options.sortable === false) return h('th', { scope: 'col' }, label);
    const button = h('button', { type: 'button', class: 'sort', 'data-col': c }, label, h('span', { class: 'arrow', 'aria-hidden': 'true' }));
    const th = h('th', { scope: 'col', 'aria-sort': 'none' }, button);
    button.addEventListener('click', () => {
      direction = sortKey === c ? -direction : 1;
      sortKey = c;
      rows = [...table.rows].sort((a, b) => compare(a[c], b[c], direction));
      for (const other of th.parentElement?.children ?? []) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
      setCurrentTable({ ...table, rows });
      fill();
    });
    return th;
  });
  fill();
  const count = h('p', { class: 'muted' }, `共 ${table.rows.length} 行 (${table.rows.length} rows)`);
  return h('div', { class: 'table-wrap' }, count,
    h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ...headers)), tbody));
}
