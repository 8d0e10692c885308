// A task table (任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, often with a 类别 column spanning rows)
// → the text layout the parser reads: chapter lines from the category, (一) measures, role lines under them.
import type { AnyNode, Element } from 'domhandler';

const ROLE = /(牵头|主办|责任|配合|协办|参与)(单位|部门)|牵頭|責任|配合/;
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens] ?? ''}十${NUMERALS[n % 10] ?? ''}`;
}

/** Text of a node's subtree (iterative; the DOM is not modified). */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else if ('children' in n && n.type !== 'script' && n.type !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('');
}

function isTag(n: AnyNode, ...names: string[]): n is Element {
  return n.type === 'tag' && names.includes(n.name.toLowerCase());
}

/** The rows of this table (not of tables nested in it). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: AnyNode[] = [...table.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const name = n.name.toLowerCase();
    if (name === 'tr') rows.push(n);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') stack.push(...[...n.children].reverse());
  }
  return rows;
}

/** The table as a grid of cell texts, rowspans and colspans expanded. */
function grid(table: Element): string[][] {
  const rows: string[][] = [];
  const carry: { text: string; left: number }[] = [];
  for (const tr of rowsOf(table)) {
    const row: string[] = [];
    let col = 0;
    const place = (): void => {
      while (carry[col] && carry[col]!.left > 0) { row[col] = carry[col]!.text; carry[col]!.left--; col++; }
    };
    for (const cell of tr.children.filter((c): c is Element => isTag(c, 'td', 'th'))) {
      place();
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      const span = Math.min(Number(cell.attribs.colspan) || 1, 20);
      const down = Math.min(Number(cell.attribs.rowspan) || 1, 500);
      for (let k = 0; k < span; k++, col++) {
        row[col] = text;
        if (down > 1) carry[col] = { text, left: down - 1 };
      }
    }
    place();
    rows.push(Array.from(row, (c) => c ?? ''));
  }
  return rows;
}

const find = (header: string[], re: RegExp, not?: RegExp): number =>
  header.findIndex((h) => re.test(h.replace(/\s+/g, '')) && !(not?.test(h.replace(/\s+/g, '')) ?? false));

/** Lines for a task table, or null when the table is not one (no 牵头/责任 column). */
export function taskTableLines(table: Element): string[] | null {
  const rows = grid(table);
  const h = rows.findIndex((r) => r.some((c) => ROLE.test(c.replace(/\s+/g, ''))));
  if (h < 0 || h > 3) return null;
  const header = rows[h]!;
  const lead = find(header, /^(牵头|主办)(单位|部门)/);
  const coop = find(header, /^(配合|协办|参与)(单位|部门)/);
  const resp = find(header, /^责任(单位|部门)/);
  const deadline = find(header, /时限|时间|进度/);
  const category = find(header, /类别|领域|方面|板块|分类/);
  const content = find(header, /任务|措施|内容|事项|举措|工作/, /单位|部门|时限|时间|序号|类别|领域/);
  if (content < 0) return null;
  const out: string[] = [];
  let chapter = '';
  let chapters = 0;
  let measures = 0;
  for (const row of rows.slice(h + 1)) {
    const text = row[content]?.trim() ?? '';
    if (text === '' || text === header[content]) continue;
    const cat = category >= 0 ? row[category]?.trim() ?? '' : '';
    if (cat && cat !== chapter) { chapter = cat; out.push(`${toChineseNumeral(++chapters)}、${cat.replace(/^[一二三四五六七八九十]+、/, '')}`); measures = 0; }
    out.push(`(${toChineseNumeral(++measures)})${text}`);
    if (deadline >= 0 && row[deadline]) out.push(`完成时限:${row[deadline]}`);
    if (lead >= 0 && row[lead]) out.push(`牵头单位:${row[lead]}`);
    if (resp >= 0 && row[resp]) out.push(`责任单位:${row[resp]}`);
    if (coop >= 0 && row[coop]) out.push(`配合单位:${row[coop]}`);
  }
  return out.length > 0 ? out : null;
}
