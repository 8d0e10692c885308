// GET /api/documents, /api/documents/:id (cited and citing), /api/documents/:id/text.
import { Router } from 'express';
import type { Ctx } from '../context.ts';
import { naturalOrder, num, str, strOrNull } from '../context.ts';
import { notFound } from '../errors.ts';
import { jsonBody, sendJson } from '../json-body.ts';
import { allDocuments, documentById, documentCitedBy, documentCites, documentForwards, documentText } from '../queries/index.ts';
import { IdParams } from '../validate.ts';

export const docOf = (r: Record<string, unknown>) => ({
  id: str(r.id), title: str(r.title), number: strOrNull(r.number), issuer: strOrNull(r.issuer), ingested: r.ingested === true,
  writtenOn: strOrNull(r.writtenOn), publishedOn: strOrNull(r.publishedOn),
});

const RANK: Record<string, number> = { 'in-force': 3, planned: 2, mentioned: 1 };
const refOrder = naturalOrder;

/** Group (document, status, by) rows per document: strongest status, sorted distinct refs ('preamble' for the document itself). */
function group(rows: Record<string, unknown>[]) {
  const out = new Map<string, { document: ReturnType<typeof docOf>; status: string; by: string[] }>();
  for (const r of rows) {
    const id = str(r.id), status = str(r.status), by = str(r.by) || 'preamble';
    let g = out.get(id);
    if (!g) out.set(id, (g = { document: docOf(r), status, by: [] }));
    if ((RANK[status] ?? 0) > (RANK[g.status] ?? 0)) g.status = status;
    if (!g.by.includes(by)) g.by.push(by);
  }
  return [...out.values()].map((g) => ({ ...g, by: g.by.sort(refOrder) }));
}

export function documentRoutes(ctx: Ctx): Router {
  const r = Router();
  r.get('/documents', async (_req, res) => {
    sendJson(res, await ctx.view('documents', async (read) =>
      jsonBody((await read(allDocuments())).map((row) => ({ ...docOf(row), measures: num(row.measures) })))));
  });
  r.get('/documents/:id', async (req, res) => {
    const { id } = IdParams.parse(req.params);
    const row = (await ctx.read(documentById(id)))[0];
    if (!row) throw notFound('document');
    const [cites, citedBy, fw] = await Promise.all([
      ctx.read(documentCites(id)), ctx.read(documentCitedBy(id)), ctx.read(documentForwards(id)),
    ]);
    res.json({
      document: { ...docOf(row), indexNumber: strOrNull(row.indexNumber), sourceFile: strOrNull(row.sourceFile) },
      cites: group(cites),
      citedBy: group(citedBy).map(({ document, by }) => ({ document, by })),
      forwards: fw.filter((f) => f.dir === 'forwards').map(docOf),
      forwardedBy: fw.filter((f) => f.dir === 'forwardedBy').map(docOf),
    });
  });
  r.get('/documents/:id/text', async (req, res) => {
    const { id } = IdParams.parse(req.params);
    const row = (await ctx.read(documentText(id)))[0];
    if (!row) throw notFound('document text');
    res.json({ id: str(row.id), text: str(row.text) });
  });
  return r;
}
