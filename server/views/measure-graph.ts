// Cytoscape elements around one measure: its actions, agencies by role, cited documents and targets.
import { ElementSet, shortLabel, type Elements } from './elements.ts';
import type { MeasureDetail } from './measure.ts';

export function measureElements(d: MeasureDetail): Elements {
  const set = new ElementSet();
  const m = d.measure;
  set.node(m.id, shortLabel(m.ref, m.text), 'measure', { ref: m.ref, documentId: m.documentId });
  for (const a of d.lead) set.node(a.id, a.name, 'agency').edge(a.id, m.id, 'lead', { role: 'lead' });
  for (const a of d.cooperating) set.node(a.id, a.name, 'agency').edge(a.id, m.id, 'cooperating', { role: 'cooperating' });
  for (const x of d.actions) {
    set.node(x.id, shortLabel(x.ref, x.text), 'action', { ref: x.ref }).edge(m.id, x.id, 'has-action');
    for (const a of x.responsible) set.node(a.id, a.name, 'agency').edge(a.id, x.id, 'responsible', { role: 'responsible' });
  }
  const refToId = new Map<string, string>([[m.ref, m.id], ...d.actions.map((x) => [x.ref, x.id] as [string, string])]);
  for (const c of d.citations) {
    const doc = c.document;
    set.node(doc.id, doc.title || doc.number || doc.id, 'document', { number: doc.number, ingested: doc.ingested });
    set.edge(refToId.get(c.citedBy) ?? m.id, doc.id, 'cites', { kind: 'cites', status: c.status });
  }
  for (const t of d.targets) {
    set.node(t.id, t.text.length > 30 ? `${t.text.slice(0, 30)}…` : t.text, 'target', { year: t.year, value: t.value, unit: t.unit });
    set.edge((t.actionRef && refToId.get(t.actionRef)) || m.id, t.id, 'has-target');
  }
  return set.toJSON();
}
