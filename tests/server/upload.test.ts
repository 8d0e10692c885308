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

/** A second, small document in HTML that cites what the sample cites (国函〔2022〕68号) and names 市科学技术局 as lead. */
const SECOND = ['某某市人民政府关于印发测试工作分解方案的通知', '发文字号:鄂府办发〔2024〕9号', '成文日期:2024-01-02', '',
  '一、推进科技创新',
  '(一)建设创新平台,落实《国务院关于同意鄂尔多斯市建设国家可持续发展议程创新示范区的批复》(国函〔2022〕68号)。(牵头单位:市科学技术局,配合单位:市财政局)',
  '具体落实举措:', '1.到2025年建成10个创新平台。(市科学技术局)', '二、加强组织保障', '(一)加强组织领导。(牵头单位:市人民政府办公室)',
].map((l) => `<p>${l}</p>`).join('\n');

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
      .set('X-File-Name', encodeURIComponent('鄂府发〔2023〕58号.txt')).send(Buffer.from(sampleBytes()));
    const results = await Promise.all([send(), send(), send()]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const health = await request(f.app).get('/api/health').expect(200);
    expect(health.body.documents).toBe(1);
    const doc = (await request(f.app).get(`/api/documents/${encodeURIComponent(f.doc.id)}`).expect(200)).body;
    expect(doc.document.sourceFile).toBe('鄂府发〔2023〕58号.txt');
  });

  it('a second document (HTML) shares the cited document and the agency with the sample', async () => {
    const before = (await request(f.app).get('/api/stats').expect(200)).body as Record<string, number>;
    const sciBefore = (await request(f.app).get('/api/agencies').expect(200)).body.find((a: { id: string }) => a.id === '市科学技术局');
    const r = await request(f.app).post('/api/documents')
      .attach('file', Buffer.from(`<!doctype html><html><head><meta charset="utf-8"></head><body>${SECOND}</body></html>`), { filename: 'second.html', contentType: 'text/html' })
      .expect(201);
    expect(r.body.replaced).toBe(false);
    const after = (await request(f.app).get('/api/stats').expect(200)).body as Record<string, number>;
    expect(after.Document).toBe(before.Document! + 1);
    expect(after.ReferencedDocument).toBe(before.ReferencedDocument);      // 国函〔2022〕68号 is shared, not duplicated
    const cited = (await request(f.app).get(`/api/documents/${encodeURIComponent('number:国函〔2022〕68号')}`).expect(200)).body;
    expect(cited.citedBy.map((c: { document: { id: string } }) => c.document.id).sort()).toEqual([r.body.document.id, f.doc.id].sort());
    const sciAfter = (await request(f.app).get('/api/agencies').expect(200)).body.find((a: { id: string }) => a.id === '市科学技术局');
    expect(sciAfter.lead).toBe(sciBefore.lead + 1);
    const targets = (await request(f.app).get('/api/targets?year=2025&agency=市科学技术局').expect(200)).body as Array<{ documentId: string }>;
    expect(targets.some((t) => t.documentId === r.body.document.id)).toBe(true);
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
