// CSV the way LadybugDB's COPY reads it: a header line, every string quoted ("" escapes a quote), empty = NULL,
// STRING[] as a quoted [a,b] list.

export type Cell = string | number | boolean | string[] | null | undefined;

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return quote(`[${value.map((v) => v.replaceAll(',', ' ').replaceAll(']', ' ')).join(',')}]`);
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/** The CSV text of `rows` with exactly `columns`, in that order. Also says whether any cell holds a newline. */
export function toCsv(columns: string[], rows: Array<Record<string, Cell>>): { text: string; newlines: boolean } {
  const lines = [columns.join(',')];
  let newlines = false;
  for (const row of rows) {
    const cells = columns.map((c) => csvCell(row[c]));
    const line = cells.join(',');
    if (!newlines && /[\r\n]/.test(line)) newlines = true;
    lines.push(line);
  }
  return { text: lines.join('\n') + '\n', newlines };
}
