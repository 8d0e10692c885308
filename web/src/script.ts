// 简/繁 display switch: every text node under the watched roots is shown converted (opencc-js, loaded lazily);
// the original text is remembered so switching back and forth never compounds conversions.
// Elements marked `data-raw` (Cypher, inputs) are left as they are.
import { h, mount } from './dom.ts';

export type Script = 'hans' | 'hant';
type Convert = (s: string) => string;

const originals = new WeakMap<Text, string>();
const listeners = new Set<(s: Script) => void>();
const converters: Partial<Record<Script, Convert>> = {};
let current: Script = localStorage.getItem('script') === 'hant' ? 'hant' : 'hans';
let roots: Element[] = [];

async function converter(script: Script): Promise<Convert> {
  const ready = converters[script];
  if (ready) return ready;
  const OpenCC = await import('opencc-js');
  const fn = script === 'hans'
    ? OpenCC.Converter({ from: 'tw', to: 'cn' })
    : OpenCC.Converter({ from: 'cn', to: 'tw' });
  converters[script] = fn;
  return fn;
}

/** Convert one string for display in the current script (identity until the converter has loaded). */
export function tx(s: string): string {
  const fn = converters[current];
  return fn ? fn(s) : s;
}

export const currentScript = (): Script => current;

/** Called with the new script after a switch (e.g. to relabel the graph). */
export function onScriptChange(fn: (s: Script) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function convertTree(node: Node): void {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode; n; n = walker.nextNode() as Node) {
    if (!(n instanceof Text) || n.parentElement?.closest('[data-raw]')) continue;
    const original = originals.get(n) ?? n.data;
    originals.set(n, original);
    const shown = tx(original);
    if (n.data !== shown) n.data = shown;
  }
}

/** Keep these roots converted, including content added later. */
export function watchScript(...elements: Element[]): void {
  roots = elements;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const added of r.addedNodes) convertTree(added);
  });
  for (const root of roots) observer.observe(root, { childList: true, subtree: true });
  void setScript(current);
}

export async function setScript(script: Script): Promise<void> {
  await converter(script);
  current = script;
  localStorage.setItem('script', script);
  document.documentElement.lang = script === 'hans' ? 'zh-Hans' : 'zh-Hant';
  for (const root of roots) convertTree(root);
  for (const fn of listeners) fn(script);
}

/** The 简 / 繁 toggle buttons. */
export function renderScriptSwitch(el: Element): void {
  const button = (script: Script, label: string, title: string) => {
    const b = h('button', { type: 'button', 'data-script': script, title, 'aria-pressed': String(current === script) }, label);
    b.addEventListener('click', () => void setScript(script));
    return b;
  };
  mount(el, button('hans', '简', '简体 Simplified'), button('hant', '繁', '繁體 Traditional'));
  el.setAttribute('data-raw', '');
  onScriptChange((s) => {
    for (const b of el.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.script === s));
  });
}
