// GET /api/agencies (counts per role), GET /api/agencies/:id (its measures by role).
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { num, str, strOrNull } from '../context.ts';
import { notFound } from '../errors.ts';
import { agencyByKey, agencyMeasures, agencyParticipation, allAgencies } from '../queries/index.ts';
import { IdParams } from '../validate.ts';

type Role = 'lead' | 'cooperating' | 'responsible';
const ROLES: Role[] = ['lead', 'cooperating', 'responsible'];

export const agencyOf = (row: Record<string, unknown>) => ({
  id: str(row.id), name: str(row.name), nameEn: strOrNull(row.nameEn),
  aliases: Array.isArray(row.aliases) ? row.aliases.map(str) : [],
});

export function agencyRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/agencies', async (_req, res) => {
    const [agencies, part] = await Promise.all([ctx.read(allAgencies()), ctx.read(agencyParticipation())]);
    const sets = new Map<string, Record<Role | 'any', Set<string>>>();
    for (const row of part) {
      if (row.measure == null) continue;
      const key = str(row.agency);
      let s = sets.get(key);
      if (!s) sets.set(key, (s = { lead: new Set(), cooperating: new Set(), responsible: new Set(), any: new Set() }));
      s[row.role as Role]?.add(str(row.measure));
      s.any.add(str(row.measure));
    }
    res.json(agencies.map((row) => {
      const s = sets.get(str(row.id));
      return { ...agencyOf(row), lead: s?.lead.size ?? 0, cooperating: s?.cooperating.size ?? 0,
        responsible: s?.responsible.size ?? 0, measures: s?.any.size ?? 0 };
    }));
  });

  r.get('/agencies/:id', async (req, res) => {
    const { id } = IdParams.parse(req.params);
    const found = (await ctx.read(agencyByKey(id)))[0];
    if (!found) throw notFound('agency');
    const agency = agencyOf(found);
    const byMeasure = new Map<string, { id: string; ref: string; documentId: string; chapterOrdinal: number; ordinal: number; text: string; roles: Role[] }>();
    for (const row of await ctx.read(agencyMeasures(agency.id))) {
      const mid = str(row.id);
      let m = byMeasure.get(mid);
      if (!m) {
        byMeasure.set(mid, (m = { id: mid, ref: str(row.ref), documentId: str(row.documentId),
          chapterOrdinal: num(row.chapterOrdinal), ordinal: num(row.ordinal), text: str(row.text), roles: [] }));
      }
      const role = row.role as Role;
      if (!m.roles.includes(role)) m.roles.push(role);
    }
    const measures = [...byMeasure.values()]
      .map((m) => ({ ...m, roles: ROLES.filter((x) => m.roles.includes(x)) }))
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.chapterOrdinal - b.chapterOrdinal || a.ordinal - b.ordinal);
    res.json({ agency, measures });
  });
  return r;
}
