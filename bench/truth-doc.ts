// A generated document's ground truth as a PolicyDocument (no parsing): lets the load/COPY harness be checked
// on its own, and gives the parse test something to compare the real ingest with.
import { createHash } from 'node:crypto';
import { PolicyDocument, type PolicyDocument as Doc } from '../ingest/model.ts';
import type { GeneratedDocument } from './corpus.ts';

const span = { start: 0, end: 0, line: 1 };
const refId = (c: { number: string | null; title: string }): string => (c.number ? `number:${c.number}` : `title:${c.title}`);

export function truthDocument(g: GeneratedDocument): Doc {
  const t = g.truth;
  const id = `number:${t.number}`;
  const chapters = Array.from({ length: t.chapters }, (_, i) => ({ id: `${id}#${i + 1}`, ordinal: i + 1, title: `第${i + 1}章`, span }));
  const measures = t.measures.map((m) => {
    const [c, o] = m.ref.split('.').map(Number) as [number, number];
    return { id: `${id}#${m.ref}`, ref: m.ref, chapterOrdinal: c, ordinal: o, text: m.ref, lead: m.lead, cooperating: m.cooperating, span };
  });
  const actions = t.measures.flatMap((m) => m.actions.map((responsible, i) => ({
    id: `${id}#${m.ref}.${i + 1}`, ref: `${m.ref}.${i + 1}`, measureId: `${id}#${m.ref}`, ordinal: i + 1, text: `${m.ref}.${i + 1}`, responsible, span,
  })));
  const agencyIds = [...new Set(t.measures.flatMap((m) => [...m.lead, ...m.cooperating, ...m.actions.flat()]))];
  const first = measures[0]?.id ?? id;
  const doc = {
    id, title: t.title, number: t.number, issuer: t.issuer, writtenOn: t.writtenOn, publishedOn: t.publishedOn, indexNumber: null,
    text: g.text,
    source: { file: g.name, format: 'text' as const, encoding: 'utf-8', sha256: createHash('sha256').update(g.text).digest('hex') },
    chapters, measures, actions,
    agencies: agencyIds.map((a) => ({ id: a, name: a, nameEn: null, aliases: [] })),
    references: t.citations.map((c) => ({ id: refId(c), title: c.title, number: c.number, issuer: null, status: c.status, forwards: [] })),
    citations: t.citations.map((c) => ({ referenceId: refId(c), citedBy: id, status: c.status, span })),
    targets: t.targets.map((x, i) => ({
      id: `${first}/t${i + 1}`, measureId: first, actionId: null, year: x.year, value: x.value, unit: x.unit, comparator: x.comparator, text: `${x.value}${x.unit}`, span,
    })),
    diagnostics: [],
  };
  return PolicyDocument.parse(doc);
}
