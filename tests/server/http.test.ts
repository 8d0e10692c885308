// HTTP hardening: headers, same-origin, body limits, malformed JSON, strict input, rate limits, ask delegation, error mapping.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError, type GraphStore } from '../../graph/types.ts';
import { createApp } from '../../server/index.ts';
import { sampleApp, type Fixture } from './setup.ts';

let f: Fixture;
beforeAll(async () => { f = await sampleApp(); });
afterAll(async () => { await f?.store.close(); });

const noStack = (text: string) => { expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/); };

describe('headers and origin', () => {
  it('sends helmet headers with a CSP fit for the web app, and no CORS headers', async () => {
    const r = await request(f.app).get('/api/health').set('Origin', 'https://evil.example').expect(200);
    const csp = r.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/img-src 'self' data:/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-powered-by']).toBeUndefined();
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await request(f.app).options('/api/ask').set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('400 for malformed JSON without echoing it; 413 for a too-large body; 400 for unknown fields', async () => {
    const r = await request(f.app).post('/api/ask').set('Content-Type', 'application/json').send('{"question": "SECRET-7f3a').expect(400);
    expect(r.body.error.code).toBe('bad-json');
    expect(r.text).not.toContain('SECRET-7f3a');
    noStack(r.text);
    const big = await request(f.app).post('/api/ask').send({ question: 'x'.repeat(70_000) }).expect(413);
    expect(big.body.error.code).toBe('too-large');
    const extra = await request(f.app).post('/api/ask').send({ question: '谁负责?', cypher: 'MATCH (n) DETACH DELETE n' }).expect(400);
    expect(extra.body.error.message).toMatch(/cypher|unrecognized/i);
    await request(f.app).post('/api/ask').send({ question: 'x'.repeat(501) }).expect(400);
    await request(f.app).post('/api/ask').send({ question: 42 }).expect(400);
  });

  it('404 JSON for unknown API routes; 400 for a bad percent-encoding', async () => {
    const r = await request(f.app).get('/api/nothing-here').expect(404);
    expect(r.body.error.code).toBe('not-found');
    const bad = await request(f.app).get('/api/agencies/%E0%A4%A').expect(400);
    noStack(bad.text);
  });
});

describe('ask', () => {
  it('delegates the validated question and returns the answer; 503 when no engine is configured', async () => {
    const seen: string[] = [];
    const app = createApp({ store: f.store, webDist: false, ask: async (q) => { seen.push(q); return { question: q, answer: 'ok' }; } });
    const r = await request(app).post('/api/ask').send({ question: '  市科学技术局牵头哪些措施？ ' }).expect(200);
    expect(r.body).toEqual({ question: '市科学技术局牵头哪些措施？', answer: 'ok' });
    expect(seen).toEqual(['市科学技术局牵头哪些措施？']);
    const pages: unknown[] = [];
    const paged = createApp({ store: f.store, webDist: false, ask: async (q, page) => { pages.push(page); return { q }; } });
    await request(paged).post('/api/ask').send({ question: 'x', offset: 50, limit: 10 }).expect(200);
    expect(pages).toEqual([{ offset: 50, limit: 10 }]);
    const none = await request(f.app).post('/api/ask').send({ question: 'hi' }).expect(503);
    expect(none.body.error.code).toBe('unavailable');
  });

  it('429 beyond the configured rate, in the API error shape; disabled limits never refuse', async () => {
    const app = createApp({ store: f.store, webDist: false, limits: { askPerMinute: 2 }, ask: async (q) => ({ q }) });
    await request(app).post('/api/ask').send({ question: 'a' }).expect(200);
    await request(app).post('/api/ask').send({ question: 'b' }).expect(200);
    const r = await request(app).post('/api/ask').send({ question: 'c' }).expect(429);
    expect(r.body.error.code).toBe('rate-limited');
    expect(r.body.error.message).toMatch(/too many/);
    const zh = await request(app).post('/api/ask').send({ question: '市科学技术局牵头哪些措施' }).expect(429);
    expect(zh.body.error.message).toBe('提问太频繁,请一分钟后再试。');
    await request(app).get('/api/health').expect(200);            // other routes have their own budget
    const open = createApp({ store: f.store, webDist: false, limits: { askPerMinute: false }, ask: async (q) => ({ q }) });
    for (let i = 0; i < 5; i++) await request(open).post('/api/ask').send({ question: `q${i}` }).expect(200);
  });
});

describe('errors in the asker\'s language', () => {
  it('answers ask errors in Simplified, Traditional or English like the question', async () => {
    const app = createApp({ store: f.store, webDist: false, ask: async () => { throw new StoreError('timeout', 'The query took too long.'); } });
    const hans = await request(app).post('/api/ask').send({ question: '哪些措施由市能源局负责?' }).expect(503);
    expect(hans.body.error).toEqual({ code: 'timeout', message: '查询超时,请把问题问得更具体一些,或稍后再试。' });
    const hant = await request(app).post('/api/ask').send({ question: '哪些措施由市能源局負責?這個' }).expect(503);
    expect(hant.body.error.message).toBe('查詢逾時,請把問題問得更具體一些,或稍後再試。');
    const en = await request(app).post('/api/ask').send({ question: 'Which measures does the energy bureau lead?' }).expect(503);
    expect(en.body.error.message).toBe('The query took too long.');
    const long = await request(app).post('/api/ask').send({ question: '问'.repeat(501) }).expect(400);
    expect(long.body.error.message).toMatch(/^请求有误\(问题须为 1–500 字\): question/);
  });
});

describe('store errors', () => {
  const failing = (err: Error): GraphStore => ({
    backend: 'ladybug', version: 0, run: async () => { throw err; }, loadDocument: async () => { throw err; },
    removeDocument: async () => false, close: async () => undefined,
  });

  it('locked/unavailable → 503 with Retry-After; anything else → 500 "internal error" without details', async () => {
    const logged: string[] = [];
    const locked = createApp({ store: failing(new StoreError('locked', 'The database is used by another process.', true)), webDist: false });
    const r = await request(locked).get('/api/agencies').expect(503);
    expect(r.headers['retry-after']).toBeDefined();
    expect(r.body.error.code).toBe('locked');
    const boom = createApp({ store: failing(new Error('secret internals /etc/passwd')), webDist: false, log: (m) => logged.push(m) });
    const b = await request(boom).get('/api/stats').expect(500);
    expect(b.body).toEqual({ error: { code: 'internal', message: 'internal error' } });
    noStack(b.text);
    expect(logged.length).toBe(1);
  });
});
