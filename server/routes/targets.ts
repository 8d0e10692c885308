// GET /api/targets?year=&agency= — each target with its measure/action refs and the agencies responsible.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { naturalOrder, str } from '../context.ts';
import { agencyIdsByKey, targetsWithAgencies } from '../queries/index.ts';
import { TargetsQuery } from '../validate.ts';
import { targetOf, type TargetView } from '../views/measure.ts';

export function targetRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/targets', async (req, res) => {
    const { year, agency } = TargetsQuery.parse(req.query);
    const wanted = agency === undefined ? null : new Set((await ctx.read(agencyIdsByKey(agency))).map((row) => str(row.id)));
    if (wanted?.size === 0) { res.json([]); return; }
    const byId = new Map<string, TargetView & { measureId: string; agencies: string[]; ids: Set<string> }>();
    for (const row of await ctx.read(targetsWithAgencies(year, wanted ? [...wanted] : undefined))) {
      const id = str(row.id);
      let t = byId.get(id);
      // Every target hangs off its measure and, when it has one, its action too: the action's row wins.
      if (!t || (!t.actionRef && row.actionRef)) {
        byId.set(id, (t = { ...targetOf(row), measureId: str(row.measureId), agencies: [], ids: new Set() }));
      } else if (t.actionRef && !row.actionRef) continue;
      if (row.agencyId == null) continue;
      const name = str(row.agency) || str(row.agencyId);
      if (!t.agencies.includes(name)) t.agencies.push(name);
      t.ids.add(str(row.agencyId));
    }
    const list = [...byId.values()]
      .filter((t) => wanted === null || [...t.ids].some((id) => wanted.has(id)))
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || naturalOrder(a.id, b.id))
      .map(({ ids: _i, ...t }) => ({ ...t, agencies: t.agencies.sort() }));
    res.json(list);
  });
  return r;
}
