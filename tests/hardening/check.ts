// Invariants every IngestResult must satisfy; returns the list of violations (empty = fine).
import { Diagnostic, PolicyDocument, type IngestResult } from '../../ingest/model.ts';

const STACK = /\n\s+at |\bat [\w.<>]+ \(|node:internal|\.ts:\d+:\d+/;

export function resultProblems(result: IngestResult): string[] {
  const problems: string[] = [];
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') return ['not an IngestResult'];
  for (const d of result.diagnostics ?? []) {
    const parsed = Diagnostic.safeParse(d);
    if (!parsed.success) problems.push(`invalid diagnostic ${JSON.stringify(d)}`);
  }
  if (!result.ok) {
    if (typeof result.reason !== 'string' || result.reason.trim() === '') problems.push('rejection without a reason');
    else if (STACK.test(result.reason)) problems.push(`reason looks like a stack trace: ${result.reason.slice(0, 200)}`);
    return problems;
  }
  const parsed = PolicyDocument.safeParse(result.document);
  if (!parsed.success) return [`document fails the zod model: ${parsed.error.message.slice(0, 500)}`];
  const doc = parsed.data;
  const n = doc.text.length;
  const spans = [...doc.chapters, ...doc.measures, ...doc.actions, ...doc.targets].map((x) => ({ id: x.id, span: x.span }))
    .concat(doc.citations.map((c, i) => ({ id: `citation ${i}`, span: c.span })));
  for (const { id, span } of spans) {
    if (span.start > span.end || span.end > n) problems.push(`span of ${id} [${span.start}, ${span.end}) outside text of length ${n}`);
  }
  const ids = [doc.id, ...doc.chapters.map((c) => c.id), ...doc.measures.map((m) => m.id), ...doc.actions.map((a) => a.id), ...doc.targets.map((t) => t.id)];
  const seen = new Set<string>();
  for (const id of ids) { if (seen.has(id)) problems.push(`duplicate id ${id}`); seen.add(id); }
  const agencyIds = new Set(doc.agencies.map((a) => a.id));
  if (agencyIds.size !== doc.agencies.length) problems.push('duplicate agency ids');
  const refIds = new Set(doc.references.map((r) => r.id));
  if (refIds.size !== doc.references.length) problems.push('duplicate reference ids');
  const chapters = new Set(doc.chapters.map((c) => c.ordinal));
  const measures = new Set(doc.measures.map((m) => m.id));
  for (const m of doc.measures) {
    if (!chapters.has(m.chapterOrdinal)) problems.push(`measure ${m.id} in missing chapter ${m.chapterOrdinal}`);
    for (const a of [...m.lead, ...m.cooperating]) if (!agencyIds.has(a)) problems.push(`measure ${m.id} names unknown agency ${a}`);
  }
  for (const a of doc.actions) {
    if (!measures.has(a.measureId)) problems.push(`action ${a.id} under missing measure ${a.measureId}`);
    for (const g of a.responsible) if (!agencyIds.has(g)) problems.push(`action ${a.id} names unknown agency ${g}`);
  }
  for (const c of doc.citations) if (!refIds.has(c.referenceId)) problems.push(`citation of unknown reference ${c.referenceId}`);
  for (const t of doc.targets) if (!measures.has(t.measureId)) problems.push(`target ${t.id} under missing measure ${t.measureId}`);
  return problems;
}

/** Call `fn`, turning a throw into a problem instead of an exception. */
export function noThrow<T>(fn: () => T): { value?: T; thrown?: string } {
  try { return { value: fn() }; } catch (e) { return { thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }; }
}
