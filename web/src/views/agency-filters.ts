// Filters of the agency graph: document (when several are ingested), chapter (with titles when one document is in view), role.
import { api } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { DocumentSummary, Elements } from '../types.ts';
import { chineseNumeral } from './common.ts';

export interface Filters { document: string; chapter: string; role: string }

const ROLES: [string, string][] = [['all', '全部 all'], ['lead', '牵头 lead'], ['cooperating', '配合 cooperating'], ['responsible', '责任 responsible (actions)']];

function chaptersOf(elements: Elements | null): number[] {
  const set = new Set<number>();
  for (const e of elements?.edges ?? []) {
    const refs = Array.isArray(e.data.measures) ? e.data.measures : [];
    for (const r of refs) { const n = Number(String(r).split('.')[0]); if (Number.isInteger(n) && n > 0) set.add(n); }
  }
  return [...set].sort((a, b) => a - b);
}

/** Chapter titles of one document, read from its first measure in each chapter (cached GETs; missing → no title). */
async function chapterTitles(documentId: string, chapters: number[]): Promise<Map<number, string>> {
  const titles = await Promise.all(chapters.map((c) => api.measure(`${documentId}#${c}.1`).then((m) => m.chapter?.title ?? '', () => '')));
  return new Map(chapters.map((c, i) => [c, titles[i] ?? '']));
}

const select = (name: string, label: string, options: [string, string][], value: string) =>
  h('label', {}, label, ' ', h('select', { name }, ...options.map(([v, text]) => h('option', v === value ? { value: v, selected: true } : { value: v }, text))));

/** Render the filter form into `form`; calls `onChange` after every change (filters are updated in place). */
export async function renderFilters(form: HTMLFormElement, filters: Filters, onChange: () => void): Promise<void> {
  // The form is there at once (no layout shift); document and chapter options fill in when known.
  const docBox = h('span', { class: 'filter-doc' });
  const chapterBox = h('span', {}, select('chapter', '章 Chapter', [['', '全部 all']], ''));
  mount(form, docBox, chapterBox, select('role', '角色 Role', ROLES, filters.role));
  form.addEventListener('submit', (e) => e.preventDefault());
  let docs: DocumentSummary[] = [];
  const fillChapters = async () => {
    const chapters = chaptersOf(await api.agencyGraph({ document: filters.document }).catch(() => null));
    const single = filters.document || (docs.length === 1 ? docs[0]?.id ?? '' : '');
    const titles = single ? await chapterTitles(single, chapters) : new Map<number, string>();
    if (!chapters.includes(Number(filters.chapter))) filters.chapter = '';
    mount(chapterBox, select('chapter', '章 Chapter', [['', '全部 all'],
      ...chapters.map((c): [string, string] => [String(c), `${chineseNumeral(c)}、${titles.get(c) || `第${c}章`}`])], filters.chapter));
  };
  form.addEventListener('change', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLSelectElement) || !(t.name in filters)) return;
    filters[t.name as keyof Filters] = t.value;
    if (t.name === 'document') void fillChapters().then(onChange);
    else onChange();
  });
  docs = (await api.documents().catch(() => [])).filter((d) => d.ingested !== false);
  if (docs.length > 1) {
    mount(docBox, select('document', '文件 Document', [['', '全部 all'], ...docs.map((d): [string, string] => [d.id, d.number ?? d.title])], filters.document));
  }
  await fillChapters();
}
