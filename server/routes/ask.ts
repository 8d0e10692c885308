// POST /api/ask { question, offset?, limit? } → the question engine's answer (that page of its rows).
import { Router, type RequestHandler } from 'express';
import type { Ctx } from '../context.ts';
import { HttpError } from '../errors.ts';
import { languageOf } from '../messages.ts';
import { AskBody } from '../validate.ts';

export function askRoutes(ctx: Ctx, limiter: RequestHandler): Router {
  const r = Router();
  const lang: RequestHandler = (req, res, next) => {
    res.locals.lang = languageOf((req.body as { question?: unknown } | undefined)?.question);
    next();
  };
  r.post('/ask', lang, limiter, async (req, res) => {
    const { question, offset, limit } = AskBody.parse(req.body ?? {});
    if (!ctx.ask) throw new HttpError(503, 'unavailable', 'the question engine is not configured');
    res.json(await ctx.ask(question, { offset, limit }));
  });
  return r;
}
