// Small pieces shared by views: role names, chapter numerals, legend rows, document labels.
import { h } from '../dom.ts';
import { KIND_COLORS } from '../graph-style.ts';
import type { Elements } from '../types.ts';
import type { DocRef, Role } from '../types.ts';

export const ROLE_LABELS: Record<Role, string> = { lead: '牵头 lead', cooperating: '配合 cooperating', responsible: '责任 responsible' };
export const STATUS_LABELS: Record<string, string> = { 'in-force': '依据/落实 in force', planned: '待制定 planned', mentioned: '提及 mentioned' };

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10] ?? ''}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)] ?? ''}十${n % 10 ? NUMERALS[n % 10] ?? '' : ''}`;
  return String(n);
}

export function docLabel(d: DocRef): string {
  return d.number ? `《${d.title}》(${d.number})` : `《${d.title}》`;
}

export function legendItem(swatch: string, label: string, extra = ''): HTMLElement {
  return h('li', {}, h('span', { class: `swatch ${extra}`, style: `--c:${swatch}`, 'aria-hidden': 'true' }), label);
}

/** A heading with a subtitle in English. */
export function title(zh: string, en: string): HTMLElement {
  return h('h1', {}, zh, ' ', h('small', {}, en));
}

/** Measure id from a citing document id and a measure (x.y) or action (x.y.z) ref. */
export function measureIdFromRef(documentId: string, ref: string): string | null {
  const m = /^(\d+\.\d+)(?:\.\d+)?$/.exec(ref);
  return m ? `${documentId}#${m[1]}` : null;
}

/** Bilingual headings for column keys the question engine returns (unknown keys are shown as they are). */
export const HEADINGS: Record<string, string> = {
  ref: '编号 ref', measureRef: '措施 measure', actionRef: '举措 action', agency: '部门 agency', agencies: '部门 agencies',
  partner: '合作部门 partner', lead: '牵头 lead', cooperating: '配合 cooperating', responsible: '责任 responsible',
  role: '角色 role', roles: '角色 roles', text: '内容 text', measure: '措施 measure', action: '举措 action',
  year: '年份 year', value: '数值 value', unit: '单位 unit', comparator: '比较 cmp', title: '标题 title',
  number: '文号 number', document: '文件 document', status: '状态 status', chapter: '章 chapter',
  measures: '措施数 measures', shared: '共同措施 shared', count: '数量 count', weight: '权重 weight',
};

const KIND_LABELS: Record<string, string> = {
  agency: '部门 agency', measure: '措施 measure', action: '举措 action', document: '文件 document', target: '目标 target', chapter: '章 chapter',
};

/** Legend for the node kinds and agency roles present in `elements`. */
export function kindLegend(elements: Elements): HTMLElement {
  const kinds = new Set(elements.nodes.map((n) => String(n.data.kind ?? '')));
  const roles = new Set(elements.edges.map((e) => String(e.data.role ?? '')));
  return h('ul', { class: 'legend', 'aria-label': '图例 Legend' },
    ...Object.keys(KIND_LABELS).filter((k) => kinds.has(k)).map((k) => legendItem(KIND_COLORS[k] ?? '#94a3b8', KIND_LABELS[k] ?? k)),
    roles.has('lead') ? h('li', {}, h('span', { class: 'swatch arrow lead', 'aria-hidden': 'true' }), '牵头 lead') : null,
    roles.has('cooperating') ? h('li', {}, h('span', { class: 'swatch arrow', 'aria-hidden': 'true' }), '配合 cooperating') : null,
    roles.has('responsible') ? h('li', {}, h('span', { class: 'swatch arrow responsible', 'aria-hidden': 'true' }), '责任 responsible') : null);
}
