// Serves the built web app (web/dist) with an SPA fallback to index.html for non-/api GET routes.
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

export function webApp(dist: string = WEB_DIST): Router {
  const r = Router();
  r.use(express.static(dist, { index: 'index.html', fallthrough: true, maxAge: '1h', setHeaders: noCacheHtml }));
  r.get(/^(?!\/api(\/|$)).*/, (req, res, next) => {
    const index = join(dist, 'index.html');
    if (/\.[a-z0-9]+$/i.test(req.path) || !req.accepts('html') || !existsSync(index)) return next();   // missing assets stay 404
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return r;
}

function noCacheHtml(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
