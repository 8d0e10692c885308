// GET /api/measures/:id.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { IdParams } from '../validate.ts';
import { loadMeasure } from '../views/measure.ts';

export function measureRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/measures/:id', async (req, res) => {
    const { id } = IdParams.parse(req.params);
    const detail = await loadMeasure(ctx, id);
    if (!detail) throw notFound('measure');
    res.json(detail);
  });
  return r;
}
