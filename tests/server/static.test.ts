// The built web app at `/`, SPA fallback for non-/api GET routes, API 404s stay JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import { openTempStore, tempDir } from '../support/index.ts';

let store: GraphStore;
let dist: string;
beforeAll(async () => {
  ({ store } = await openTempStore());
  dist = tempDir('pg-dist-');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Policy Graph</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app")');
});
afterAll(async () => { await store?.close(); });

describe('static web app', () => {
  it('serves index.html, assets, and falls back to index.html for app routes only', async () => {
    const app = createApp({ store, webDist: dist });
    const home = await request(app).get('/').expect(200);
    expect(home.text).toContain('<title>Policy Graph</title>');
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    const js = await request(app).get('/assets/app.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    const deep = await request(app).get('/agencies/市科学技术局').set('Accept', 'text/html').expect(200);
    expect(deep.text).toContain('<title>Policy Graph</title>');
    await request(app).get('/assets/missing.js').expect(404);
    const api = await request(app).get('/api/no-such').set('Accept', 'text/html').expect(404);
    expect(api.body.error.code).toBe('not-found');
    const post = await request(app).post('/agencies').expect(404);
    expect(post.body.error.code).toBe('not-found');
  });

  it('health answers on an empty store', async () => {
    const app = createApp({ store, webDist: false });
    const r = await request(app).get('/api/health').expect(200);
    expect(r.body).toEqual({ ok: true, backend: 'ladybug', documents: 0 });
  });
});
