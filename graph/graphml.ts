// Whole graph → GraphML (for Gephi / yEd). Node ids are `Label:id`; list values are joined with ' | '.
import { NODES, RELS } from './schema.ts';
import { naturalCompare } from './sort.ts';
import type { GraphStore, Row } from './types.ts';

/** Large derived text is left out of the GraphML (the JSON export and the API carry it). */
const SKIP = new Set(['text', 'textSc']);
const XML_TYPES = { STRING: 'string', 'STRING[]': 'string', INT64: 'long', DOUBLE: 'double', BOOLEAN: 'boolean' } as const;

export function escapeXml(value: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  return value
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.map(String).join(' | ') : String(value);
}

const byKey = (key: string) => (a: Row, b: Row) => naturalCompare(String(a[key]), String(b[key]));

export async function exportGraphml(store: GraphStore): Promise<string> {
  const read = (cypher: string) => store.run({ cypher, params: {} }, { readOnly: true, timeoutMs: 120_000 });
  const nodeKeys = new Map<string, string>([['label', 'string']]);
  for (const n of NODES) for (const [k, t] of Object.entries(n.properties)) if (!SKIP.has(k) && k !== 'id') nodeKeys.set(k, XML_TYPES[t]);
  const edgeKeys = new Map<string, string>([['type', 'string']]);
  for (const r of RELS) for (const k of Object.keys(r.properties)) edgeKeys.set(k, 'string');

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of nodeKeys) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push('  <graph id="policy-graph" edgedefault="directed">');
  for (const n of NODES) {
    const cols = Object.keys(n.properties).filter((k) => !SKIP.has(k));
    const rows = await read(`MATCH (n:${n.label}) RETURN ${cols.map((k) => `n.\`${k}\` AS \`${k}\``).join(', ')}`);
    for (const row of rows.sort(byKey('id'))) {
      out.push(`    <node id="${escapeXml(`${n.label}:${String(row.id)}`)}">`);
      out.push(`      <data key="n_label">${n.label}</data>`);
      for (const k of cols) {
        const v = text(row[k]);
        if (k !== 'id' && v !== null) out.push(`      <data key="n_${k}">${escapeXml(v)}</data>`);
      }
      out.push('    </node>');
    }
  }
  let e = 0;
  for (const r of RELS) {
    const props = Object.keys(r.properties);
    for (const [from, to] of r.pairs) {
      const extra = props.map((k) => `, r.${k} AS ${k}`).join('');
      const rows = await read(`MATCH (a:${from})-[r:${r.type}]->(b:${to}) RETURN a.id AS source, b.id AS target${extra}`);
      rows.sort((p, q) => byKey('source')(p, q) || byKey('target')(p, q) || naturalCompare(JSON.stringify(p), JSON.stringify(q)));
      for (const row of rows) {
        const src = escapeXml(`${from}:${String(row.source)}`);
        const dst = escapeXml(`${to}:${String(row.target)}`);
        out.push(`    <edge id="e${e++}" source="${src}" target="${dst}">`);
        out.push(`      <data key="e_type">${r.type}</data>`);
        for (const k of props) {
          const v = text(row[k]);
          if (v !== null) out.push(`      <data key="e_${k}">${escapeXml(v)}</data>`);
        }
        out.push('    </edge>');
      }
    }
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
