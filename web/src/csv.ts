// CSV for Excel: RFC 4180 quoting, CRLF rows, UTF-8 BOM. Cells that look like formulas are prefixed with '.
import type { Table } from './types.ts';

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function escape(value: unknown): string {
  let s = cellText(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Table): string {
  const lines = [table.columns.map(escape).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => escape(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
