// Shared nodes of a batch of load plans (agencies, cited-only documents): merged across the batch in document order,
// then looked up once, created when missing and merged when present — the same outcome as loading one by one.
import type { Tx } from './loader.ts';
import type { LoadPlan, NodeRow } from './plan.ts';

type Agency = LoadPlan['agencies'][number];
type Reference = LoadPlan['references'][number];

/** Agencies of all plans: first name, first non-null English name, aliases unioned in order. */
export function mergeAgencies(plans: LoadPlan[]): Agency[] {
  const out = new Map<string, Agency>();
  for (const p of plans) {
    for (const a of p.agencies) {
      const old = out.get(a.id);
      if (!old) out.set(a.id, { ...a, aliases: [...a.aliases] });
      else out.set(a.id, { ...old, nameEn: old.nameEn ?? a.nameEn, aliases: [...new Set([...old.aliases, ...a.aliases])] });
    }
  }
  return [...out.values()];
}

/** Cited documents of all plans that the batch does not ingest itself: first title, first number and issuer. */
export function mergeReferences(plans: LoadPlan[], ingested: Set<string>): Reference[] {
  const out = new Map<string, Reference>();
  for (const p of plans) {
    for (const r of p.references) {
      if (ingested.has(r.id)) continue;
      const old = out.get(r.id);
      out.set(r.id, old ? { id: r.id, title: old.title || r.title, number: old.number ?? r.number, issuer: old.issuer ?? r.issuer } : { ...r });
    }
  }
  return [...out.values()];
}

export type CreateRows = (tx: Tx, label: string, rows: NodeRow[]) => Promise<void>;

export async function upsertAgencies(tx: Tx, agencies: Agency[], createRows: CreateRows): Promise<void> {
  if (agencies.length === 0) return;
  const existing = new Map((await tx.run(
    'UNWIND $ids AS i MATCH (a:Agency) WHERE a.id = i RETURN a.id AS id, a.nameEn AS nameEn, a.aliases AS aliases',
    { ids: agencies.map((a) => a.id) },
  )).map((r) => [String(r.id), r]));
  const fresh = agencies.filter((a) => !existing.has(a.id));
  const merged = agencies.filter((a) => existing.has(a.id)).map((a) => {
    const old = existing.get(a.id)!;
    const aliases = [...new Set([...((old.aliases as string[] | null) ?? []), ...a.aliases])];
    return { id: a.id, nameEn: (old.nameEn as string | null) ?? a.nameEn, aliases };
  });
  await createRows(tx, 'Agency', fresh);
  if (merged.length > 0) {
    await tx.run('UNWIND $rows AS r MATCH (a:Agency) WHERE a.id = r.id SET a.nameEn = r.nameEn, a.aliases = r.aliases', { rows: merged });
  }
}

export async function upsertReferences(tx: Tx, references: Reference[], createRows: CreateRows): Promise<void> {
  if (references.length === 0) return;
  const existing = new Map((await tx.run(
    'UNWIND $ids AS i MATCH (d:Document) WHERE d.id = i ' +
    'RETURN d.id AS id, d.ingested AS ingested, d.title AS title, d.number AS number, d.issuer AS issuer',
    { ids: references.map((r) => r.id) },
  )).map((r) => [String(r.id), r]));
  const fresh = references.filter((r) => !existing.has(r.id)).map((r) => ({ ...r, ingested: false }));
  const filled = references.filter((r) => existing.has(r.id) && existing.get(r.id)!.ingested !== true).map((r) => {
    const old = existing.get(r.id)!;
    return {
      id: r.id, title: (old.title as string | null) || r.title,
      number: (old.number as string | null) ?? r.number, issuer: (old.issuer as string | null) ?? r.issuer,
    };
  });
  await createRows(tx, 'Document', fresh);
  if (filled.length > 0) {
    await tx.run('UNWIND $rows AS r MATCH (d:Document) WHERE d.id = r.id SET d.title = r.title, d.number = r.number, d.issuer = r.issuer', { rows: filled });
  }
}
