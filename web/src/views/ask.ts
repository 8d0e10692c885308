// Ask: question box with examples → answer text, rows table (measure refs clickable), Cypher, the answer's graph.
import { api } from '../api.ts';
import { announce, h, load, measureHref, mount, type Child } from '../dom.ts';
import { mountGraph } from '../graph.ts';
import type { Route } from '../router.ts';
import { renderTable } from '../table.ts';
import type { AskResponse } from '../types.ts';
import { HEADINGS, kindLegend, measureIdFromRef, title } from './common.ts';

export const EXAMPLES = [
  '哪些措施涉及市科学技术局?',
  '市林业和草原局牵头哪些措施?',
  '市财政局和哪些部门合作最多?',
  '到2025年有哪些目标?',
  '哪些文件还待制定?',
  '市發展和改革委員會負責哪些任務?',
  'Which measures involve the Municipal Bureau of Science and Technology?',
];

const MEASURE_ID = /^[^\s#]+#\d+\.\d+$/;
const REF = /^\d+\.\d+(?:\.\d+)?$/;

/** A cell that points at a measure becomes a link; everything else stays text. */
export function askCell(column: string, row: Record<string, unknown>): Child | undefined {
  const v = row[column];
  if (typeof v === 'boolean') return v ? h('span', { class: 'yes', title: 'true' }, '✓') : h('span', { class: 'muted', title: 'false' }, '—');
  if (typeof v === 'string' && MEASURE_ID.test(v)) return h('a', { href: measureHref(v) }, v);
  const ids = row.measureIds;
  if (column === 'refs' && Array.isArray(v) && Array.isArray(ids) && ids.length === v.length) {
    return v.map((ref, i) => [i ? '、' : '', h('a', { href: measureHref(String(ids[i])) }, String(ref))]);
  }
  if (column === 'agency' && typeof v === 'string' && typeof row.agencyId === 'string') {
    return h('a', { href: `#/agencies?agency=${encodeURIComponent(row.agencyId)}` }, v);
  }
  if (column === 'title' && typeof v === 'string' && typeof row.documentId === 'string') {
    return h('a', { href: `#/citations?document=${encodeURIComponent(row.documentId)}` }, v);
  }
  if (typeof v === 'string' && REF.test(v) && /ref|measure|action/i.test(column)) {
    const doc = typeof row.documentId === 'string' ? row.documentId : null;
    const id = typeof row.measureId === 'string' ? row.measureId : doc ? measureIdFromRef(doc, v) : null;
    if (id) return h('a', { href: measureHref(id) }, v);
  }
  return undefined;
}

function rowHref(row: Record<string, unknown>): string | null {
  if (typeof row.measureId === 'string') return measureHref(row.measureId);
  for (const v of Object.values(row)) if (typeof v === 'string' && MEASURE_ID.test(v)) return measureHref(v);
  return null;
}

/** Id columns stay in the CSV but are not shown: the readable columns (ref, agency, title) link with them. */
function hiddenColumns(res: AskResponse): string[] {
  const ids = res.columns.filter((c) => /^id$|Ids?$/.test(c));
  return ids.length < res.columns.length ? ids : [];
}

function renderCypher(res: AskResponse): HTMLElement | null {
  if (!res.cypher) return null;
  const text = res.params && Object.keys(res.params).length ? `${res.cypher}\n// params: ${JSON.stringify(res.params)}` : res.cypher;
  const code = h('code', {}, text);
  const selectCode = () => { window.getSelection()?.selectAllChildren(code); announce('已选中,请按 Ctrl+C 复制 (selected: press Ctrl+C)'); };
  const copy = h('button', { type: 'button', class: 'copy' }, '复制 Copy');
  copy.addEventListener('click', () => {
    // The async clipboard needs a secure context (https or localhost); elsewhere select the text for Ctrl+C.
    if (!navigator.clipboard) return selectCode();
    navigator.clipboard.writeText(text).then(() => announce('已复制 Copied'), selectCode);
  });
  return h('details', { class: 'cypher' }, h('summary', {}, '查询语句 Cypher'), copy, h('pre', { 'data-raw': true }, code));
}

function renderAnswer(out: HTMLElement, res: AskResponse, ask: (q: string) => void): void {
  const graphBox = h('div', { class: 'graph', id: 'graph' });
  const hasGraph = !!res.graph && res.graph.nodes.length > 0;
  mount(out,
    h('div', { class: 'answer', 'data-intent': res.intent, lang: res.language, 'data-raw': true }, res.answer),
    res.suggestions?.length
      ? h('p', { class: 'suggestions' }, '您是不是想问 Did you mean: ', ...res.suggestions.map((s) => h('button', { type: 'button', class: 'chip', onclick: () => ask(s) }, s)))
      : null,
    h('div', { class: 'split' },
      h('section', { class: 'rows' }, res.rows.length
        ? renderTable({ name: 'answer', columns: res.columns, rows: res.rows }, { cell: askCell, rowHref, hidden: hiddenColumns(res), headings: HEADINGS })
        : h('p', { class: 'empty' }, '没有结果行 (no rows)'), renderCypher(res)),
      hasGraph && res.graph ? h('section', { class: 'graph-col' }, graphBox, kindLegend(res.graph)) : null));
  if (hasGraph && res.graph) {
    mountGraph(graphBox, res.graph, {
      onNode: (n) => {
        const d = n.data() as Record<string, unknown>;
        if (d.kind === 'measure') location.hash = measureHref(String(d.id));
      },
    });
  }
}

export function renderAsk(app: HTMLElement, route: Route, isCurrent: () => boolean): void {
  const q = route.query.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', id: 'ask-input', value: q, autocomplete: 'off', required: true, maxlength: 500,
    placeholder: '用中文或英文提问… Ask in Chinese or English', 'aria-label': '问题 Question' });
  const out = h('div', { class: 'ask-out', 'aria-live': 'polite' });
  const ask = (question: string) => {
    const target = `#/ask?q=${encodeURIComponent(question.trim())}`;
    if (location.hash !== target) location.hash = target;
    else run(question);
  };
  const run = (question: string) => void load(out, () => api.ask(question), (res) => {
    if (isCurrent()) renderAnswer(out, res, ask);
  }, '正在查询… Thinking');
  const form = h('form', { class: 'ask-form', role: 'search' }, input, h('button', { type: 'submit' }, '提问 Ask'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) ask(input.value);
  });
  mount(app, title('提问', 'Ask a question'), form,
    h('div', { class: 'examples', 'data-raw': true }, h('span', { class: 'muted' }, '示例 Examples: '),
      ...EXAMPLES.map((ex) => h('button', { type: 'button', class: 'chip', onclick: () => { input.value = ex; ask(ex); } }, ex))),
    out);
  if (q.trim()) run(q);
  else input.focus();
}
