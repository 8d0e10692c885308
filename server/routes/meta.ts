// GET /api/health, GET /api/stats.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { num } from '../context.ts';
import { statsFromRows, statsQuery } from '../../graph/stats.ts';
import { ingestedDocumentCount } from '../queries/index.ts';

export function metaRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/health', async (_req, res) => {
    const rows = await ctx.read(ingestedDocumentCount());
    res.json({ ok: true, backend: ctx.store.backend, documents: num(rows[0]?.n) });
  });
  r.get('/stats', async (_req, res) => {
    res.json(statsFromRows(await ctx.read(statsQuery())));
  });
  return r;
}
