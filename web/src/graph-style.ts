// Cytoscape styles shared by every graph view. Labels come from `data(label)` (canvas text, never HTML).
import type cytoscape from 'cytoscape';

export const KIND_COLORS: Record<string, string> = {
  agency: '#2563eb', measure: '#ea580c', action: '#ca8a04', document: '#16a34a', target: '#9333ea', chapter: '#64748b',
};

export function graphStyle(maxMeasures: number, maxWeight: number): cytoscape.StylesheetJson {
  const mm = Math.max(2, maxMeasures);
  const mw = Math.max(2, maxWeight);
  return [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 14, 'line-height': 1.3, 'text-wrap': 'wrap', 'text-max-width': '130px',
      'text-valign': 'bottom', 'text-margin-y': 4, color: '#1e293b',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px',
      'background-color': '#94a3b8', width: 26, height: 26, 'border-width': 1, 'border-color': '#ffffff',
    } },
    ...Object.entries(KIND_COLORS).map(([kind, color]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': color } })),
    { selector: 'node[kind = "document"]', style: { 'text-wrap': 'ellipsis', 'text-max-width': '150px' } },
    { selector: 'node[kind = "measure"], node[kind = "action"], node[kind = "target"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[?measures]', style: {
      width: `mapData(measures, 1, ${mm}, 22, 64)`, height: `mapData(measures, 1, ${mm}, 22, 64)`,
    } },
    { selector: 'node[kind = "document"][!ingested]', style: { 'background-color': '#ffffff', 'border-width': 3, 'border-color': '#16a34a' } },
    { selector: 'node[status = "planned"]', style: { 'border-style': 'dashed', 'border-color': '#dc2626', 'border-width': 3 } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85,
    } },
    { selector: 'edge[?weight]', style: { width: `mapData(weight, 1, ${mw}, 1.5, 8)` } },
    { selector: 'edge[role = "lead"]', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', width: 2.5 } },
    { selector: 'edge[role = "responsible"]', style: { 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04' } },
    { selector: 'edge[kind = "forwards"]', style: { 'line-style': 'dotted', 'line-color': '#0d9488', 'target-arrow-color': '#0d9488' } },
    { selector: 'edge[status = "planned"]', style: { 'line-style': 'dashed', 'line-color': '#dc2626', 'target-arrow-color': '#dc2626' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.focus', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
    { selector: 'edge.highlight', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', opacity: 1 } },
    { selector: 'node:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.15 } },
  ];
}
