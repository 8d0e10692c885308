// A per-year bar chart in plain SVG (text via textContent). Bars are buttons: click or Enter filters by year.
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface Bar { key: string; label: string; value: number }

export function barChart(bars: Bar[], onSelect: (key: string | null) => void, title: string): SVGSVGElement {
  const w = Math.max(320, bars.length * 56 + 40);
  const h = 220;
  const top = 20;
  const base = h - 30;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'chart', role: 'group', 'aria-label': title, preserveAspectRatio: 'xMinYMin meet' });
  root.appendChild(svg('title', {}, title));
  root.appendChild(svg('line', { x1: 30, x2: w - 10, y1: base, y2: base, stroke: '#94a3b8' }));
  let selected: string | null = null;
  bars.forEach((b, i) => {
    const bh = ((base - top) * b.value) / max;
    const x = 40 + i * 56;
    const g = svg('g', { class: 'bar', tabindex: 0, role: 'button', 'aria-pressed': 'false', 'data-key': b.key, 'aria-label': `${b.label}: ${b.value}` });
    g.appendChild(svg('rect', { x, y: base - bh, width: 36, height: Math.max(1, bh), rx: 3 }));
    g.appendChild(svg('text', { x: x + 18, y: base - bh - 5, 'text-anchor': 'middle', class: 'value' }, String(b.value)));
    g.appendChild(svg('text', { x: x + 18, y: base + 16, 'text-anchor': 'middle', class: 'label' }, b.label));
    const toggle = () => {
      selected = selected === b.key ? null : b.key;
      for (const other of root.querySelectorAll('.bar')) other.setAttribute('aria-pressed', String(other === g && selected !== null));
      onSelect(selected);
    };
    g.addEventListener('click', toggle);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
    root.appendChild(g);
  });
  return root;
}
