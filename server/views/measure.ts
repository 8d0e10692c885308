// Everything about one measure, assembled from a few small queries (GET /api/measures/:id and its graph view).
import type { Ctx } from '../context.ts';
import { naturalOrder, num, numOrNull, str, strOrNull } from '../context.ts';
import { measureActions, measureAgencies, measureCitations, measureCore, measureTargets } from '../queries/index.ts';

export interface AgencyRef { id: string; name: string; nameEn: string | null }
export interface TargetView {
  id: string; year: number | null; value: number | null; unit: string | null; comparator: string | null; text: string;
  measureRef: string; actionRef: string | null; documentId: string;
}
export interface MeasureDetail {
  measure: { id: string; ref: string; documentId: string; chapterOrdinal: number; ordinal: number; text: string; start: number; end: number };
  chapter: { ordinal: number; title: string };
  document: { id: string; title: string; number: string | null };
  lead: AgencyRef[];
  cooperating: AgencyRef[];
  actions: Array<{ id: string; ref: string; text: string; start: number; end: number; responsible: AgencyRef[] }>;
  citations: Array<{ document: { id: string; title: string; number: string | null; ingested: boolean }; status: string; citedBy: string }>;
  targets: Array<TargetView & { measureId: string; agencies: string[] }>;
}

const agencyRef = (row: Record<string, unknown>): AgencyRef => ({ id: str(row.id), name: str(row.name), nameEn: strOrNull(row.nameEn) });

export const targetOf = (row: Record<string, unknown>): TargetView => ({
  id: str(row.id), year: numOrNull(row.year), value: numOrNull(row.value), unit: strOrNull(row.unit),
  comparator: strOrNull(row.comparator), text: str(row.text), measureRef: str(row.measureRef),
  actionRef: strOrNull(row.actionRef), documentId: str(row.documentId),
});

/** null when no such measure exists. */
export async function loadMeasure(ctx: Ctx, id: string): Promise<MeasureDetail | null> {
  const core = (await ctx.read(measureCore(id)))[0];
  if (!core) return null;
  const [agencies, actionRows, citeRows, targetRows] = await Promise.all([
    ctx.read(measureAgencies(id)), ctx.read(measureActions(id)), ctx.read(measureCitations(id)), ctx.read(measureTargets(id)),
  ]);
  const actions = new Map<string, MeasureDetail['actions'][number] & { ordinal: number }>();
  for (const row of actionRows) {
    const aid = str(row.actionId);
    let a = actions.get(aid);
    if (!a) {
      actions.set(aid, (a = { id: aid, ref: str(row.ref), ordinal: num(row.ordinal), text: str(row.text),
        start: num(row.spanStart), end: num(row.spanEnd), responsible: [] }));
    }
    if (row.id != null) a.responsible.push(agencyRef(row));
  }
  const byName = (x: AgencyRef, y: AgencyRef) => x.id.localeCompare(y.id);
  return {
    measure: { id: str(core.id), ref: str(core.ref), documentId: str(core.documentId), chapterOrdinal: num(core.chapterOrdinal),
      ordinal: num(core.ordinal), text: str(core.text), start: num(core.spanStart), end: num(core.spanEnd) },
    chapter: { ordinal: num(core.chapterOrd), title: str(core.chapterTitle) },
    document: { id: str(core.docId), title: str(core.docTitle), number: strOrNull(core.docNumber) },
    lead: agencies.filter((r) => r.role === 'lead').map(agencyRef).sort(byName),
    cooperating: agencies.filter((r) => r.role === 'cooperating').map(agencyRef).sort(byName),
    actions: [...actions.values()].sort((x, y) => x.ordinal - y.ordinal).map(({ ordinal: _o, ...a }) => a),
    citations: citeRows.map((r) => ({
      document: { id: str(r.id), title: str(r.title), number: strOrNull(r.number), ingested: r.ingested === true },
      status: str(r.status), citedBy: str(r.citedBy),
    })).sort((x, y) => naturalOrder(x.citedBy, y.citedBy)),
    targets: dedupeTargets(targetRows.map(targetOf)).map((t) => ({
      ...t, measureId: str(core.id),
      agencies: (t.actionRef ? [...actions.values()].find((x) => x.ref === t.actionRef)?.responsible ?? []
        : agencies.filter((r) => r.role === 'lead').map(agencyRef)).map((a) => a.name).sort(),
    })),
  };
}

/** A target linked to both its measure and its action appears twice: keep the action's row. */
function dedupeTargets(list: TargetView[]): TargetView[] {
  const byId = new Map<string, TargetView>();
  for (const t of list) {
    const seen = byId.get(t.id);
    if (!seen || (!seen.actionRef && t.actionRef)) byId.set(t.id, t);
  }
  return [...byId.values()].sort((x, y) => naturalOrder(x.id, y.id));
}
