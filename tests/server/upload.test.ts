// POST /api/documents: multipart and raw uploads, replace, 413, 415, 422 with nothing stored, serialized writes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson } from '../../graph/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import { createApp } from '../../server/index.ts';
import { repoRoot, sampleBytes } from '../support/index.ts';
import { sampleApp, type Fixture } from './setup.ts';

let f: Fixture;
beforeAll(async () => { f = await sampleApp(); });
afterAll(async () => { await f?.store.close(); });

const exportHash = async (store: GraphStore) => createHash('sha256').update(JSON.stringify(await exportJson(store))).digest('hex');
const malformed = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'malformed', name));

describe('upload', () => {
  it('re-uploading the sample (multipart) replaces it with identical content', async () => {
    const before = await exportHash(f.store);
    const r = await request(f.app).post('/api/documents')
      .attach('file', Buffer.from(sampleBytes()), { filename: 'ordos-efufa-2023-58.txt', contentType: 'text/plain' }).expect(201);
    expect(r.body.document).toEqual({ id: f.doc.id, title: f.doc.title, number: '鄂府发〔2023〕58号' });
    expect(r.body.replaced).toBe(true);
    expect(Array.isArray(r.body.diagnostics)).toBe(true);
    expect(await exportHash(f.store)).toBe(before);
  });

  it('accepts a raw text/plain body; concurrent uploads are serialized and all succeed', async () => {
    const send = () => request(f.app).post('/api/documents').set('Content-Type', 'text/plain; charset=utf-8')
      .set('X-File-Name', 'sample.txt').send(Buffer.from(sampleBytes()));
    const results = await Promise.all([send(), send(), send()]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const health = await request(f.app).get('/api/health').expect(200);
    expect(health.body.documents).toBe(1);
  });

  it('422 with reasons and diagnostics for a rejected document, nothing stored', async () => {
    const before = await exportHash(f.store);
    const r = await request(f.app).post('/api/documents')
      .attach('file', malformed('prose-not-genre.txt'), { filename: 'prose.txt', contentType: 'text/plain' }).expect(422);
    expect(r.body.error.code).toBe('rejected');
    expect(r.body.error.reasons.length).toBeGreaterThan(0);
    expect(Array.isArray(r.body.error.diagnostics)).toBe(true);
    const bin = await request(f.app).post('/api/documents')
      .attach('file', malformed('binary-pdf.txt'), { filename: 'binary.txt', contentType: 'text/plain' });
    expect(bin.status).toBe(422);
    expect(await exportHash(f.store)).toBe(before);
  });

  it('415 for other types, 413 beyond the size limit, 400 without a file', async () => {
    const pdf = await request(f.app).post('/api/documents')
      .attach('file', Buffer.from('%PDF-1.4'), { filename: 'plan.pdf', contentType: 'application/pdf' }).expect(415);
    expect(pdf.body.error.code).toBe('unsupported-type');
    await request(f.app).post('/api/documents').set('Content-Type', 'application/json').send('{"a":1}').expect(415);
    const small = createApp({ store: f.store, webDist: false, limits: { uploadBytes: 1000 } });
    const big = await request(small).post('/api/documents')
      .attach('file', Buffer.from(sampleBytes()), { filename: 'big.txt', contentType: 'text/plain' }).expect(413);
    expect(big.body.error.code).toBe('too-large');
    await request(small).post('/api/documents').set('Content-Type', 'text/plain').send('x'.repeat(2000)).expect(413);
    await request(f.app).post('/api/documents').field('note', 'no file').expect(400);
  });
});
