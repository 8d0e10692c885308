// Heavy views: the edge cap with its flag, and the per-graph-version cache (shared, invalidated by writes).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../graph/types.ts';
import { deadline } from '../../server/deadline.ts';
import { createApp } from '../../server/index.ts';
import { ViewCache } from '../../server/view-cache.ts';
import { openTempStore, removeDir, sampleDocument } from '../support/index.ts';
import { sampleApp, SCI, type Fixture } from './setup.ts';

let f: Fixture;
beforeAll(async () => { f = await sampleApp(); });
afterAll(async () => { await f?.store.close(); });

interface Edge { data: { id: string; source: string; target: string; weight: number } }
interface Graph { nodes: Array<{ data: { id: string } }>; edges: Edge[]; capped?: boolean; totalEdges?: number }

describe('agency graph edge cap', () => {
  it('keeps the heaviest edges, says it was capped and how many there were', async () => {
    const full = (await request(f.app).get('/api/graph/agencies').expect(200)).body as Graph;
    expect(full.capped).toBeUndefined();
    const weights = full.edges.map((e) => e.data.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const small = createApp({ store: f.store, webDist: false, limits: { graphEdges: 3 } });
    const capped = (await request(small).get('/api/graph/agencies').expect(200)).body as Graph;
    expect(capped.capped).toBe(true);
    expect(capped.totalEdges).toBe(full.edges.length);
    expect(capped.edges.map((e) => e.data.weight)).toEqual(weights.slice(0, 3));
    const ids = new Set(capped.nodes.map((n) => n.data.id));
    for (const e of capped.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
  });
});

describe('view cache', () => {
  it('computes once per graph version, shares a running computation, recomputes after a write', async () => {
    const { store, db } = await openTempStore();
    try {
      const cache = new ViewCache(store);
      let calls = 0;
      const compute = async () => ++calls;
      const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
      expect([a, b, calls]).toEqual([1, 1, 1]);
      expect(await cache.get('k', compute)).toBe(1);                  // reads do not change the version
      await store.run({ cypher: 'MATCH (a:Agency) RETURN count(a) AS n', params: {} }, { readOnly: true });
      expect(await cache.get('k', compute)).toBe(1);
      await store.loadDocument(sampleDocument());
      expect(await cache.get('k', compute)).toBe(2);
      await store.run({ cypher: 'CREATE (:Agency {id: $id})', params: { id: 'x' } }).catch(() => undefined);
      expect(await cache.get('k', compute)).toBe(3);                  // so does a write through run()
      await expect(cache.get('bad', async () => { throw new Error('x'); })).rejects.toThrow('x');
      expect(await cache.get('bad', compute)).toBe(4);                // a failed computation is not kept
    } finally {
      await store.close();
      removeDir(db);
    }
  });

  it('an upload through the API invalidates the cached agency graph, document list and citation graph', async () => {
    const weightOf = (g: Graph) => g.edges.find((e) => e.data.source === SCI && e.data.target === '市财政局')?.data.weight ?? 0;
    const before = weightOf((await request(f.app).get('/api/graph/agencies').expect(200)).body as Graph);
    const docsBefore = ((await request(f.app).get('/api/documents').expect(200)).body as unknown[]).length;
    const citing = async () => ((await request(f.app).get('/api/graph/citations').expect(200)).body as Graph).nodes.length;
    const nodesBefore = await citing();
    const text = ['测试市人民政府关于印发缓存测试分解方案的通知', '发文字号:测府发〔2024〕3号', '成文日期:2024-01-02', '',
      '一、推进科技创新', '(一)建设创新平台。(牵头单位:市科学技术局,配合单位:市财政局)',
      '具体落实举措:', '1.到2025年建成10个创新平台。(市科学技术局)'].join('\n');
    await request(f.app).post('/api/documents').set('content-type', 'text/plain; charset=utf-8').send(text).expect(201);
    const after = weightOf((await request(f.app).get('/api/graph/agencies').expect(200)).body as Graph);
    expect(after).toBe(before + 1);
    expect(((await request(f.app).get('/api/documents').expect(200)).body as unknown[]).length).toBe(docsBefore + 1);
    expect(await citing()).toBe(nodesBefore + 1);
  });
});

describe('deadline', () => {
  it('passes a result through, and turns a wait past the deadline into a retriable timeout', async () => {
    expect(await deadline(Promise.resolve(7), 1000)).toBe(7);
    await expect(deadline(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
    let finish: (v: number) => void = () => undefined;
    const slow = new Promise<number>((resolve) => { finish = resolve; });
    const err = await deadline(slow, 20).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'timeout', retriable: true });
    finish(1);                                            // the work itself goes on and may still finish
    expect(await slow).toBe(1);
  });
});
