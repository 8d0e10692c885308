// GET /api/targets?year=&agency= — each target with its measure/action refs and the agencies responsible.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { naturalOrder, str } from '../context.ts';
import { targetsWithAgencies } from '../queries/index.ts';
import { TargetsQuery } from '../validate.ts';
import { targetOf, type TargetView } from '../views/measure.ts';

export function targetRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/targets', async (req, res) => {
    const { year, agency } = TargetsQuery.parse(req.query);
    const byId = new Map<string, TargetView & { measureId: string; agencies: string[]; keys: Set<string> }>();
    for (const row of await ctx.read(targetsWithAgencies(year))) {
      const id = str(row.id);
      let t = byId.get(id);
      // Every target hangs off its measure and, when it has one, its action too: the action's row wins.
      if (!t || (!t.actionRef && row.actionRef)) {
        byId.set(id, (t = { ...targetOf(row), measureId: str(row.measureId), agencies: [], keys: new Set() }));
      } else if (t.actionRef && !row.actionRef) continue;
      if (row.agencyId == null) continue;
      const name = str(row.agency) || str(row.agencyId);
      if (!t.agencies.includes(name)) t.agencies.push(name);
      for (const k of [row.agencyId, row.agency, ...(Array.isArray(row.aliases) ? row.aliases : [])]) t.keys.add(str(k));
    }
    const list = [...byId.values()]
      .filter((t) => agency === undefined || t.keys.has(agency))
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || naturalOrder(a.id, b.id))
      .map(({ keys: _k, ...t }) => ({ ...t, agencies: t.agencies.sort() }));
    res.json(list);
  });
  return r;
}
