// PolicyDocument → plain rows for every node and relationship the loader writes (backend-independent).
import * as OpenCC from 'opencc-js/t2cn';
import type { PolicyDocument } from '../ingest/model.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export type NodeRow = Record<string, string | number | boolean | string[] | null>;
export interface EdgeRow { from: string; to: string; props: Record<string, string | null> }
export interface EdgeGroup { type: string; fromLabel: string; toLabel: string; rows: EdgeRow[] }

export interface LoadPlan {
  document: NodeRow;
  /** Own nodes (deleted and re-created on every load), by label. */
  nodes: { Chapter: NodeRow[]; Measure: NodeRow[]; Action: NodeRow[]; Target: NodeRow[] };
  /** Shared nodes: created when missing, merged when present. */
  agencies: Array<{ id: string; name: string; nameEn: string | null; aliases: string[] }>;
  references: Array<{ id: string; title: string; number: string | null; issuer: string | null }>;
  edges: EdgeGroup[];
}

const STRENGTH = { 'in-force': 3, planned: 2, mentioned: 1 } as const;

export function buildPlan(doc: PolicyDocument): LoadPlan {
  const d = doc.id;
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
  const measureIds = new Set(doc.measures.map((m) => m.id));
  const actionIds = new Set(doc.actions.map((a) => a.id));
  const agencyIds = new Set(doc.agencies.map((a) => a.id));
  const refIds = new Set(doc.references.filter((r) => r.id !== d).map((r) => r.id));
  const edges = new Map<string, EdgeGroup>();
  const seen = new Set<string>();
  const edge = (type: string, fromLabel: string, toLabel: string, from: string, to: string, props: Record<string, string | null> = {}) => {
    const key = JSON.stringify([type, from, to, props]);
    if (seen.has(key)) return;
    seen.add(key);
    const g = `${type}|${fromLabel}|${toLabel}`;
    if (!edges.has(g)) edges.set(g, { type, fromLabel, toLabel, rows: [] });
    edges.get(g)!.rows.push({ from, to, props });
  };

  for (const c of doc.chapters) edge('HAS_CHAPTER', 'Document', 'Chapter', d, c.id);
  const chapterByOrdinal = new Map(doc.chapters.map((c) => [c.ordinal, c.id]));
  for (const m of doc.measures) {
    const chapter = chapterByOrdinal.get(m.chapterOrdinal);
    if (chapter) edge('HAS_MEASURE', 'Chapter', 'Measure', chapter, m.id);
    for (const a of m.lead) if (agencyIds.has(a)) edge('LEADS', 'Agency', 'Measure', a, m.id);
    for (const a of m.cooperating) if (agencyIds.has(a)) edge('COOPERATES_ON', 'Agency', 'Measure', a, m.id);
  }
  for (const a of doc.actions) {
    if (measureIds.has(a.measureId)) edge('HAS_ACTION', 'Measure', 'Action', a.measureId, a.id);
    for (const g of a.responsible) if (agencyIds.has(g)) edge('RESPONSIBLE_FOR', 'Agency', 'Action', g, a.id);
  }
  for (const t of doc.targets) {
    if (measureIds.has(t.measureId)) edge('HAS_TARGET', 'Measure', 'Target', t.measureId, t.id);
    if (t.actionId && actionIds.has(t.actionId)) edge('HAS_TARGET', 'Action', 'Target', t.actionId, t.id);
  }
  const cited = new Set<string>();
  for (const c of doc.citations) {
    if (!refIds.has(c.referenceId)) continue;
    const label = c.citedBy === d ? 'Document' : measureIds.has(c.citedBy) ? 'Measure' : actionIds.has(c.citedBy) ? 'Action' : null;
    if (!label) continue;
    edge('CITES', label, 'Document', c.citedBy, c.referenceId, { status: c.status });
    cited.add(c.referenceId);
  }
  for (const r of doc.references) {
    if (!refIds.has(r.id)) continue;
    if (!cited.has(r.id)) edge('CITES', 'Document', 'Document', d, r.id, { status: r.status });
    for (const f of r.forwards) if (refIds.has(f) && f !== r.id) edge('FORWARDS', 'Document', 'Document', r.id, f, { documentId: d });
  }

  return {
    document: {
      id: d, number: doc.number, title: doc.title, issuer: doc.issuer, writtenOn: doc.writtenOn, publishedOn: doc.publishedOn,
      indexNumber: doc.indexNumber, ingested: true, text: doc.text, sourceFile: doc.source.file, sha256: doc.source.sha256,
    },
    nodes: {
      Chapter: doc.chapters.map((c) => ({ id: c.id, documentId: d, ordinal: c.ordinal, title: c.title, ...span(c.span) })),
      Measure: doc.measures.map((m) => ({
        id: m.id, documentId: d, ref: m.ref, chapterOrdinal: m.chapterOrdinal, ordinal: m.ordinal, text: m.text,
        textSc: toSimplified(m.text), ...span(m.span),
      })),
      Action: doc.actions.map((a) => ({
        id: a.id, documentId: d, ref: a.ref, ordinal: a.ordinal, text: a.text, textSc: toSimplified(a.text), ...span(a.span),
      })),
      Target: doc.targets.map((t) => ({
        id: t.id, documentId: d, text: t.text, textSc: toSimplified(t.text), year: t.year, value: t.value, unit: t.unit,
        comparator: t.comparator, ...span(t.span),
      })),
    },
    agencies: doc.agencies.map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn, aliases: [...new Set(a.aliases)] })),
    references: doc.references.filter((r) => refIds.has(r.id)).map((r) => ({ id: r.id, title: r.title, number: r.number, issuer: r.issuer })),
    edges: [...edges.values()],
  };
}

/** The stronger of two citation statuses (in-force > planned > mentioned). */
export function strongest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return (STRENGTH[a as keyof typeof STRENGTH] ?? 0) >= (STRENGTH[b as keyof typeof STRENGTH] ?? 0) ? a : b;
}

export function planSize(plan: LoadPlan): { nodes: number; relationships: number } {
  const n = plan.nodes;
  return {
    nodes: 1 + n.Chapter.length + n.Measure.length + n.Action.length + n.Target.length + plan.agencies.length + plan.references.length,
    relationships: plan.edges.reduce((s, g) => s + g.rows.length, 0),
  };
}
