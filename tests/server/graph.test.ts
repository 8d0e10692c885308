// Cytoscape views over the real sample.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, truthDocument } from '../../bench/index.ts';
import { createApp } from '../../server/index.ts';
import { openTempStore, removeDir } from '../support/index.ts';
import { enc, SCI, sampleApp, type Fixture } from './setup.ts';

let f: Fixture;
beforeAll(async () => { f = await sampleApp(); });
afterAll(async () => { await f?.store.close(); });

interface El { data: Record<string, unknown> & { id: string; source?: string; target?: string } }
interface Els { nodes: El[]; edges: El[] }
const get = async (path: string): Promise<Els> => (await request(f.app).get(path).expect(200)).body as Els;

describe('agency graph', () => {
  it('has directed lead → cooperating/responsible edges weighted by shared measures', async () => {
    const g = await get('/api/graph/agencies');
    const forestry = '市林业和草原局';
    const m12 = f.doc.measures.find((m) => m.ref === '1.2')!;
    expect(m12.lead).toContain(forestry);
    const e = g.edges.find((x) => x.data.source === forestry && x.data.target === SCI)!;
    const shared = f.doc.measures.filter((m) => m.lead.includes(forestry) && (m.cooperating.includes(SCI)
      || f.doc.actions.some((a) => a.measureId === m.id && a.responsible.includes(SCI))));
    expect(e.data.weight).toBe(shared.length);
    expect(e.data.measures).toEqual(shared.map((m) => m.ref));
    const ids = new Set(g.nodes.map((n) => n.data.id));
    for (const edge of g.edges) { expect(ids.has(edge.data.source!)).toBe(true); expect(ids.has(edge.data.target!)).toBe(true); }
    const sci = g.nodes.find((n) => n.data.id === SCI)!;
    expect(sci.data).toMatchObject({ kind: 'agency', label: SCI });
    expect(sci.data.measures).toBeGreaterThanOrEqual(5);
  });

  it('filters by chapter, role and document', async () => {
    const ch1 = await get('/api/graph/agencies?chapter=1&role=cooperating');
    const refs = ch1.edges.flatMap((e) => e.data.measures as string[]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.startsWith('1.'))).toBe(true);
    expect(ch1.edges.every((e) => (e.data.roles as string[]).join() === 'cooperating')).toBe(true);
    const none = await get(`/api/graph/agencies?document=${enc('number:无')}`);
    expect(none).toEqual({ nodes: [], edges: [] });
    await request(f.app).get('/api/graph/agencies?role=boss').expect(400);
  });

  it('unfiltered (from the derived counts) equals the view aggregated over the one loaded document, in every role', async () => {
    // the sample, and a generated document where cooperating and responsible agencies differ more
    const other = await openTempStore();
    try {
      const doc = truthDocument(generateDocument(5, 1));
      await other.store.loadDocument(doc);
      const app = createApp({ webDist: false, log: () => undefined, store: other.store });
      // capped at 7 edges: the derived path reads only the pairs at least as heavy as the 7th (ties included)
      const capped = createApp({ webDist: false, log: () => undefined, store: other.store, limits: { graphEdges: 7 } });
      const top = (await request(capped).get('/api/graph/agencies').expect(200)).body as Els & { capped?: boolean; totalEdges?: number };
      expect(top.edges).toHaveLength(7);
      expect(top.capped).toBe(true);
      expect(top.totalEdges).toBeGreaterThan(7);
      for (const [a, id] of [[f.app, f.doc.id], [app, doc.id], [capped, doc.id]] as const) {
        for (const role of ['all', 'lead', 'cooperating', 'responsible']) {
          const derived = (await request(a).get(`/api/graph/agencies?role=${role}`).expect(200)).body as Els;
          const scanned = (await request(a).get(`/api/graph/agencies?role=${role}&document=${enc(id)}`).expect(200)).body as Els;
          expect(derived.edges.length).toBeGreaterThan(0);
          expect(derived).toEqual(scanned);
        }
      }
    } finally {
      await other.store.close();
      removeDir(other.db);
    }
  });
});

describe('citation and measure graphs', () => {
  it('links the document to what it cites, and filters by document', async () => {
    const g = await get('/api/graph/citations');
    const cited = g.edges.filter((e) => e.data.source === f.doc.id && e.data.kind === 'cites').map((e) => e.data.target);
    expect(new Set(cited)).toEqual(new Set(f.doc.references.map((r) => r.id)));
    const one = f.doc.references.find((r) => r.number === '鄂府办发〔2021〕25号')!;
    const sub = await get(`/api/graph/citations?document=${enc(one.id)}`);
    expect(sub.edges.map((e) => [e.data.source, e.data.target])).toContainEqual([f.doc.id, one.id]);
    expect(sub.nodes.find((n) => n.data.id === one.id)!.data).toMatchObject({ kind: 'document', ingested: false, status: 'in-force' });
    await request(f.app).get(`/api/graph/citations?document=${enc('number:无')}`).expect(404);
  });

  it('draws one measure with its actions, agencies, citations and targets', async () => {
    const m = f.doc.measures.find((x) => x.ref === '3.4')!;
    const g = await get(`/api/graph/measures/${enc(m.id)}`);
    const kinds = new Set(g.nodes.map((n) => n.data.kind));
    for (const k of ['measure', 'action', 'agency', 'document']) expect(kinds.has(k)).toBe(true);
    const action = f.doc.actions.find((a) => a.ref === '3.4.3')!;
    expect(g.edges.map((e) => [e.data.source, e.data.target, e.data.label])).toContainEqual(['市能源局', action.id, 'responsible']);
    for (const n of g.nodes) expect(typeof n.data.label).toBe('string');
    await request(f.app).get(`/api/graph/measures/${enc('nope')}`).expect(404);
  });
});
