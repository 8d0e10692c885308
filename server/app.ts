// createApp: the express 5 application (API + static web app) over one GraphStore.
import express from 'express';
import type { GraphStore } from '../graph/types.ts';
import { makeCtx, type AskFn, type Limits } from './context.ts';
import { apiNotFound, errorHandler } from './errors.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { askRoutes } from './routes/ask.ts';
import { documentRoutes } from './routes/documents.ts';
import { graphRoutes } from './routes/graph.ts';
import { measureRoutes } from './routes/measures.ts';
import { metaRoutes } from './routes/meta.ts';
import { targetRoutes } from './routes/targets.ts';
import { uploadRoutes } from './routes/upload.ts';
import { limiter, securityHeaders } from './security.ts';
import { webApp } from './static.ts';
import { WriteQueue } from './write-queue.ts';

export interface AppOptions {
  store: GraphStore;
  ask?: AskFn;
  limits?: Limits;
  /** The built web app; default web/dist. `false` serves the API only. */
  webDist?: string | false;
  /** Where 5xx errors are logged (default console.error). */
  log?: (msg: string, err: unknown) => void;
  /** express `trust proxy` (behind a reverse proxy, so rate limits see client IPs); default off. */
  trustProxy?: boolean | number | string;
  /** Shared with startServer so shutdown can drain pending writes. */
  writes?: WriteQueue;
}

export function createApp(options: AppOptions): express.Application {
  const ctx = makeCtx(options.store, options.writes ?? new WriteQueue(), options.ask, options.limits);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders());

  const api = express.Router();
  api.use(limiter(ctx.limits.apiPerMinute, 'API'));
  api.use(uploadRoutes(ctx, limiter(ctx.limits.uploadPerMinute, 'upload')));
  api.use(express.json({ limit: ctx.limits.jsonBytes, strict: true }));
  api.use(metaRoutes(ctx), agencyRoutes(ctx), measureRoutes(ctx), documentRoutes(ctx), targetRoutes(ctx), graphRoutes(ctx));
  api.use(askRoutes(ctx, limiter(ctx.limits.askPerMinute, 'question')));
  api.use(apiNotFound);
  app.use('/api', api);

  if (options.webDist !== false) app.use(webApp(options.webDist));
  app.use((_req, res) => { res.status(404).json({ error: { code: 'not-found', message: 'not found' } }); });
  app.use(errorHandler(options.log));
  return app;
}
