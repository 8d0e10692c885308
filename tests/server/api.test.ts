// Read routes over the real sample: values checked against the ingested PolicyDocument and a few literal facts.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../server/ask/index.ts';
import { enc, SCI, sampleApp, type Fixture } from './setup.ts';

let f: Fixture;
beforeAll(async () => {
  f = await sampleApp({ ask: (q, page) => answerQuestion(f.store, q, { llm: null, ...page }) });
});
afterAll(async () => { await f?.store.close(); });

const get = (path: string) => request(f.app).get(path);

describe('meta', () => {
  it('health and stats count what the document holds', async () => {
    const h = await get('/api/health').expect(200);
    expect(h.body).toEqual({ ok: true, backend: 'ladybug', documents: 1 });
    const s = (await get('/api/stats').expect(200)).body as Record<string, number>;
    expect(s.Document).toBe(1);
    expect(s.Measure).toBe(f.doc.measures.length);
    expect(s.Action).toBe(f.doc.actions.length);
    expect(s.Target).toBe(f.doc.targets.length);
    expect(s.ReferencedDocument).toBeGreaterThan(0);
    expect(s.LEADS).toBe(f.doc.measures.reduce((n, m) => n + m.lead.length, 0));
  });
});

describe('agencies', () => {
  it('lists agencies with per-role counts matching the document', async () => {
    const list = (await get('/api/agencies').expect(200)).body as Array<Record<string, unknown>>;
    const sci = list.find((a) => a.id === SCI);
    expect(sci).toBeDefined();
    const led = f.doc.measures.filter((m) => m.lead.includes(SCI)).length;
    const coop = f.doc.measures.filter((m) => m.cooperating.includes(SCI)).length;
    const resp = new Set(f.doc.actions.filter((a) => a.responsible.includes(SCI)).map((a) => a.measureId)).size;
    expect(sci).toMatchObject({ lead: led, cooperating: coop, responsible: resp });
    expect(coop).toBeGreaterThanOrEqual(4);
  });

  it('gives one agency its measures by role, found also by a Traditional alias', async () => {
    const body = (await get(`/api/agencies/${enc(SCI)}`).expect(200)).body;
    expect(body.agency.id).toBe(SCI);
    const m12 = body.measures.find((m: { ref: string }) => m.ref === '1.2');
    expect(m12.roles).toEqual(['cooperating', 'responsible']);
    const alias = (await get(`/api/agencies/${enc('市科學技術局')}`).expect(200)).body;
    expect(alias.agency.id).toBe(SCI);
  });

  it('404 for an unknown agency, 400 for an over-long id', async () => {
    const r = await get(`/api/agencies/${enc('不存在的局')}`).expect(404);
    expect(r.body.error.code).toBe('not-found');
    await get(`/api/agencies/${'x'.repeat(301)}`).expect(400);
  });
});

describe('measures and documents', () => {
  it('returns a measure with chapter, agencies, actions, citations and targets', async () => {
    const m = f.doc.measures.find((x) => x.ref === '3.4')!;
    const body = (await get(`/api/measures/${enc(m.id)}`).expect(200)).body;
    expect(body.measure).toMatchObject({ id: m.id, ref: '3.4', start: m.span.start, end: m.span.end });
    expect(body.chapter.ordinal).toBe(3);
    expect(body.document.number).toBe('鄂府发〔2023〕58号');
    expect(body.actions.map((a: { ref: string }) => a.ref)).toEqual(
      f.doc.actions.filter((a) => a.measureId === m.id).map((a) => a.ref));
    const cite = body.citations.find((c: { document: { number: string } }) => c.document.number === '鄂府办发〔2021〕25号');
    expect(cite).toMatchObject({ citedBy: '3.4.3', status: 'in-force' });
    expect(cite.document.ingested).toBe(false);
    const energy = body.actions.find((a: { ref: string }) => a.ref === '3.4.3');
    expect(energy.responsible.map((a: { id: string }) => a.id)).toEqual(['市能源局']);
    await get(`/api/measures/${enc(`${m.id}x`)}`).expect(404);
    const m44 = f.doc.measures.find((x) => x.ref === '4.4')!;
    const b44 = (await get(`/api/measures/${enc(m44.id)}`).expect(200)).body;
    expect(b44.targets.length).toBe(f.doc.targets.filter((t) => t.measureId === m44.id).length);
    expect(b44.targets.find((t: { actionRef: string }) => t.actionRef === '4.4.2').agencies).toEqual([SCI]);
  });

  it('lists documents, shows one with what it cites, and its text', async () => {
    const docs = (await get('/api/documents').expect(200)).body as Array<Record<string, unknown>>;
    const own = docs.find((d) => d.id === f.doc.id)!;
    expect(own).toMatchObject({ ingested: true, measures: f.doc.measures.length, writtenOn: '2023-09-18' });
    expect(docs.filter((d) => !d.ingested).length).toBe(f.doc.references.length);
    const detail = (await get(`/api/documents/${enc(f.doc.id)}`).expect(200)).body;
    const c = detail.cites.find((x: { document: { number: string } }) => x.document.number === '鄂府办发〔2021〕25号');
    expect(c.by).toEqual(['3.4.3']);
    const cited = (await get(`/api/documents/${enc(c.document.id)}`).expect(200)).body;
    expect(cited.citedBy).toEqual([{ document: expect.objectContaining({ id: f.doc.id }), by: ['3.4.3'] }]);
    const text = (await get(`/api/documents/${enc(f.doc.id)}/text`).expect(200)).body;
    expect(text.text).toBe(f.doc.text);
    await get(`/api/documents/${enc(c.document.id)}/text`).expect(404);   // cited only: no text
    await get(`/api/documents/${enc('number:无')}`).expect(404);
  });
});

describe('targets', () => {
  it('lists every target with refs and responsible agencies; filters by year and agency', async () => {
    const all = (await get('/api/targets').expect(200)).body as Array<Record<string, unknown>>;
    expect(all.length).toBe(f.doc.targets.length);
    const year = f.doc.targets.find((t) => t.year !== null)!.year!;
    const byYear = (await get(`/api/targets?year=${year}`).expect(200)).body as Array<{ year: number }>;
    expect(byYear.length).toBe(f.doc.targets.filter((t) => t.year === year).length);
    expect(byYear.every((t) => t.year === year)).toBe(true);
    const sci = (await get(`/api/targets?agency=${enc(SCI)}`).expect(200)).body as Array<{ agencies: string[]; actionRef: string }>;
    expect(sci.length).toBeGreaterThan(0);
    expect(sci.every((t) => t.agencies.includes(SCI))).toBe(true);
    expect(sci.some((t) => t.actionRef === '4.4.2')).toBe(true);   // 到2025年，新增10家技术转移服务机构
    await get('/api/targets?year=abc').expect(400);
    await get('/api/targets?colour=red').expect(400);
  });
});

describe('ask', () => {
  it('answers a Chinese question through the question engine, in Chinese', async () => {
    const r = await request(f.app).post('/api/ask').send({ question: '市科学技术局配合哪些措施？' }).expect(200);
    expect(r.body.language).toBe('zh-Hans');
    expect(r.body.rows.length).toBeGreaterThan(0);
    expect(r.body.answer).toMatch(/[\u4e00-\u9fff]/);
    expect(r.body.graph).toHaveProperty('nodes');
  });

  it('pages an answer when the body asks for offset/limit; a bad page is a 400', async () => {
    const question = '哪些措施涉及市科学技术局?';
    const all = (await request(f.app).post('/api/ask').send({ question, limit: 1000 }).expect(200)).body;
    expect(all.total).toBeGreaterThan(4);
    expect(all.rows.length).toBe(all.total);
    const second = (await request(f.app).post('/api/ask').send({ question, offset: 2, limit: 2 }).expect(200)).body;
    expect(second).toMatchObject({ offset: 2, limit: 2, total: all.total });
    expect(second.rows).toEqual(all.rows.slice(2, 4));
    for (const bad of [{ limit: 0 }, { limit: 5000 }, { offset: -1 }, { offset: 'x' }, { limit: 1.5 }]) {
      await request(f.app).post('/api/ask').send({ question, ...bad }).expect(400);
    }
  });
});
