// GET /api/agencies (counts per role), GET /api/agencies/:id (its measures by role).
import { Router } from 'express';
import type { Query, Row } from '../../graph/types.ts';
import type { Ctx } from '../context.ts';
import { num, str, strOrNull } from '../context.ts';
import { notFound } from '../errors.ts';
import { jsonBody, sendJson } from '../json-body.ts';
import { agencyByKey, agencyMeasures, agencyRoleCounts, allAgencies } from '../queries/index.ts';
import { IdParams } from '../validate.ts';

type Role = 'lead' | 'cooperating' | 'responsible';
const ROLES: Role[] = ['lead', 'cooperating', 'responsible'];

export const agencyOf = (row: Record<string, unknown>) => ({
  id: str(row.id), name: str(row.name), nameEn: strOrNull(row.nameEn),
  aliases: Array.isArray(row.aliases) ? row.aliases.map(str) : [],
});

/** Every agency with its measure counts per role (aggregated in Cypher; any role = lead-or-cooperating + responsible − both). */
async function agencyList(read: (query: Query) => Promise<Row[]>) {
  const agencies = await read(allAgencies());
  const counts = new Map<string, Record<string, number>>();
  for (const row of await read(agencyRoleCounts({}, true))) {
    const key = str(row.agency);
    let c = counts.get(key);
    if (!c) counts.set(key, (c = {}));
    c[str(row.kind)] = num(row.n);
  }
  return agencies.map((row) => {
    const c = counts.get(str(row.id)) ?? {};
    return { ...agencyOf(row), lead: c.lead ?? 0, cooperating: c.cooperating ?? 0, responsible: c.responsible ?? 0,
      measures: (c.leadOrCoop ?? 0) + (c.responsible ?? 0) - (c.overlap ?? 0) };
  });
}

export function agencyRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/agencies', async (_req, res) => {
    sendJson(res, await ctx.view('agencies', async (read) => jsonBody(await agencyList(read))));
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
