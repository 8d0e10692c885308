// GET /api/health, GET /api/stats.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { num, str } from '../context.ts';
import { ingestedDocumentCount, stats } from '../queries/index.ts';

export function metaRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/health', async (_req, res) => {
    const rows = await ctx.read(ingestedDocumentCount());
    res.json({ ok: true, backend: ctx.store.backend, documents: num(rows[0]?.n) });
  });
  r.get('/stats', async (_req, res) => {
    const rows = await ctx.read(stats());
    res.json(Object.fromEntries(rows.map((row) => [str(row.k), num(row.n)])));
  });
  return r;
}
