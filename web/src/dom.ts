// DOM building without innerHTML: strings always become text nodes, so document text can never become markup.
import { ApiError } from './api.ts';

export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Create an element. `on*` function attributes become listeners; other attributes are set as strings. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replace an element's content. */
export function mount(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

export function loading(el: Element, what = '加载中… Loading'): void {
  mount(el, h('p', { class: 'loading', 'aria-busy': 'true' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), what));
}

/** Show an error as text (the API's message is safe to show; anything else gets a generic line). */
export function showError(el: Element, err: unknown): void {
  const message = err instanceof ApiError ? err.message : '出错了,请稍后重试 (something went wrong)';
  const status = err instanceof ApiError && err.status ? ` (HTTP ${err.status})` : '';
  mount(el, h('p', { class: 'error', role: 'alert' }, `⚠ ${message}${status}`));
}

/** Run an async render into `el` with loading and error states. */
export async function load<T>(el: Element, fetcher: () => Promise<T>, render: (value: T) => void, what?: string): Promise<void> {
  loading(el, what);
  let value: T;
  try {
    value = await fetcher();
  } catch (err) {
    showError(el, err);
    return;
  }
  el.replaceChildren();
  render(value);
}

/** Show a short message in the live region (screen readers) and as a toast. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => { if (status.textContent === message) status.textContent = ''; }, 4000);
}

export const hashLink = (href: string, ...children: Child[]): HTMLAnchorElement => h('a', { href }, ...children);
export const measureHref = (id: string): string => `#/measures/${encodeURIComponent(id)}`;
