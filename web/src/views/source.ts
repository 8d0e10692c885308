// The document's normalized text with one span highlighted and scrolled into view.
import { api } from '../api.ts';
import { h, load, mount } from '../dom.ts';

export function showSource(panel: HTMLElement, documentId: string, start: number, end: number, label: string): Promise<void> {
  panel.hidden = false;
  return load(panel, () => api.documentText(documentId), ({ text }) => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    const mark = h('mark', { id: 'source-mark', tabindex: -1 }, text.slice(s, e));
    mount(panel,
      h('div', { class: 'panel-head' },
        h('h2', {}, '原文位置 Source: ', label),
        h('button', { type: 'button', class: 'close', 'aria-label': '关闭 close', onclick: () => { panel.hidden = true; } }, '×')),
      h('div', { class: 'doc-text' }, text.slice(0, s), mark, text.slice(e)));
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, '加载原文… Loading document text');
}
