// Cytoscape views: GET /api/graph/agencies, /api/graph/citations, /api/graph/measures/:id.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { jsonBody, sendJson } from '../json-body.ts';
import { AgencyGraphQuery, CitationGraphQuery, IdParams } from '../validate.ts';
import { agencyGraphJson } from '../views/agency-graph.ts';
import { citationGraph } from '../views/citation-graph.ts';
import { loadMeasure } from '../views/measure.ts';
import { measureElements } from '../views/measure-graph.ts';

export function graphRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/graph/agencies', async (req, res) => {
    const { chapter, role, document } = AgencyGraphQuery.parse(req.query);
    sendJson(res, await agencyGraphJson(ctx, { chapter, document }, role));
  });
  r.get('/graph/citations', async (req, res) => {
    const { document } = CitationGraphQuery.parse(req.query);
    if (document === undefined) {
      sendJson(res, await ctx.view('citation-graph', async () => jsonBody(await citationGraph(ctx))));
      return;
    }
    const elements = await citationGraph(ctx, document);
    if (!elements) throw notFound('document');
    res.json(elements);
  });
  r.get('/graph/measures/:id', async (req, res) => {
    const { id } = IdParams.parse(req.params);
    const detail = await loadMeasure(ctx, id);
    if (!detail) throw notFound('measure');
    res.json(measureElements(detail));
  });
  return r;
}
