// Side panel for one agency: names, role counts and its measures (links to the measure view).
import { api } from '../api.ts';
import { h, load, measureHref, mount } from '../dom.ts';
import { renderTable } from '../table.ts';
import { ROLE_LABELS } from './common.ts';

export async function renderAgencyPanel(panel: HTMLElement, id: string, onClose: () => void): Promise<void> {
  await load(panel, () => api.agency(id), ({ agency, measures }) => {
    const rows = measures.map((m) => ({
      ref: m.ref, roles: m.roles.map((r) => ROLE_LABELS[r] ?? r).join('、'), text: m.text, id: m.id, documentId: m.documentId,
    }));
    mount(panel,
      h('div', { class: 'panel-head' },
        h('h2', { class: 'agency-name' }, agency.name),
        h('button', { type: 'button', class: 'close', title: '返回列表 back to list', 'aria-label': '返回列表 back to list', onclick: onClose }, '×')),
      agency.nameEn ? h('p', { class: 'muted' }, agency.nameEn) : null,
      agency.aliases?.length ? h('p', { class: 'muted' }, '别名 aliases: ', agency.aliases.join('、')) : null,
      h('h3', {}, `参与的措施 Measures (${measures.length})`),
      renderTable({ name: `measures-${agency.name}`, columns: ['ref', 'roles', 'text'], rows }, {
        headings: { ref: '编号 ref', roles: '角色 roles', text: '内容 text' },
        cell: (c, row) => c === 'ref' ? h('a', { href: measureHref(String(row.id)) }, String(row.ref)) : undefined,
        rowHref: (row) => measureHref(String(row.id)),
      }));
  }, '加载部门… Loading agency');
}
