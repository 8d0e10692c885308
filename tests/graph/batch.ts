// The batch loader (GraphStore.loadDocuments): one transaction for many documents, with the same outcome as loading
// them one by one. Run against every backend beside the contract suite (ladybug.test.ts, neo4j.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore, LoadResult } from '../../graph/index.ts';
import type { FaultInjection } from '../../graph/loader.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { ingestBuffer } from '../../ingest/index.ts';
import type { PolicyDocument } from '../../ingest/model.ts';
import { docA, docB } from './fixtures.ts';
import type { Location, TestStore } from './contract.ts';

type BatchStore = TestStore & {
  loadDocuments(docs: PolicyDocument[]): Promise<LoadResult[]>;
  loadBatchWithFault(docs: PolicyDocument[], fault?: FaultInjection): Promise<LoadResult[]>;
};

/** Every node (with its label and properties, Meta included) and relationship, as sorted JSON lines. */
export async function dump(store: GraphStore): Promise<string[]> {
  const run = (cypher: string) => store.run({ cypher, params: {} }, { readOnly: true });
  const neo = store.backend === 'neo4j';
  const nodes = await run(`MATCH (n) RETURN ${neo ? 'labels(n)[0]' : 'label(n)'} AS l, n AS n`);
  const rels = await run(`MATCH (a)-[r]->(b) RETURN ${neo ? 'type(r)' : 'label(r)'} AS l, a.id AS a, b.id AS b, r AS r`);
  const clean = (o: unknown) => Object.fromEntries(Object.entries(o as Record<string, unknown>).filter(([k]) => !k.startsWith('_') && k !== 'elementId'));
  return [...nodes.map((r) => JSON.stringify([r.l, clean(r.n)])), ...rels.map((r) => JSON.stringify([r.l, r.a, r.b, clean(r.r)]))].sort();
}

/** A few generated documents (real parse): they share agencies and cite each other by number. */
function corpusDocs(count: number): PolicyDocument[] {
  return generateCorpus({ count, seed: 3 }).flatMap((g) => {
    const r = ingestBuffer(Buffer.from(g.text, 'utf8'), { file: g.name });
    return r.ok ? [r.document] : [];
  });
}

export function batchSuite(name: string, newLocation: () => Promise<Location>): void {
  describe(`GraphStore.loadDocuments: ${name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });
    async function fresh(): Promise<BatchStore> {
      const loc = await newLocation();
      const store = (await loc.open()) as BatchStore;
      cleanups.push(() => loc.dispose(), () => store.close());
      return store;
    }
    /** Load `steps` (each a batch) into one store batch by batch and into another one document at a time. */
    async function both(steps: PolicyDocument[][]): Promise<{ batched: string[]; single: string[]; results: LoadResult[][] }> {
      const b = await fresh();
      const results: LoadResult[][] = [];
      for (const batch of steps) results.push(await b.loadDocuments(batch));
      const batched = await dump(b);
      const s = await fresh();
      for (const batch of steps) for (const d of batch) await s.loadDocument(d);
      return { batched, single: await dump(s), results };
    }

    it('a batch of documents sharing agencies and citing each other stores what loading them one by one stores', async () => {
      const docs = [...corpusDocs(6), docA(), docB()];
      const { batched, single, results } = await both([docs]);
      expect(batched.length).toBeGreaterThan(500);
      expect(batched).toEqual(single);
      expect(results[0]!.map((r) => [r.documentId, r.replaced])).toEqual(docs.map((d) => [d.id, false]));
      expect(batched.filter((l) => l.startsWith('["Agency"')).length).toBeLessThan(docs.reduce((n, d) => n + d.agencies.length, 0));
    });

    it('re-loads inside a batch replace the old versions; a cited-only document is filled in', async () => {
      const docs = corpusDocs(4);
      const changed = { ...docs[1]!, title: '改过的标题', measures: docs[1]!.measures.slice(1) };
      const steps = [[docA(), docs[0]!, docs[1]!], [docB(), docA({ title: '新标题' }), changed, docs[2]!, docs[3]!]];
      const { batched, single, results } = await both(steps);
      expect(batched).toEqual(single);
      expect(results[1]!.map((r) => r.replaced)).toEqual([false, true, true, false, false]);
    });

    it('duplicate ids in one batch: the last one wins', async () => {
      const store = await fresh();
      const r = await store.loadDocuments([docA({ title: '第一版' }), docB(), docA({ title: '第二版' })]);
      expect(r.map((x) => [x.documentId, x.replaced])).toEqual([[docA().id, false], [docB().id, false], [docA().id, true]]);
      const titles = await store.run({ cypher: 'MATCH (d:Document {id: $id}) RETURN d.title AS t', params: { id: docA().id } }, { readOnly: true });
      expect(titles).toEqual([{ t: '第二版' }]);
      const single = await fresh();
      await single.loadDocument(docB());
      await single.loadDocument(docA({ title: '第二版' }));
      expect(await dump(store)).toEqual(await dump(single));
    });

    it('a fault at any step of a batch stores nothing of it; the store keeps working', async () => {
      const store = await fresh();
      const docs = corpusDocs(3);
      await store.loadDocuments([docs[0]!, docA()]);
      const before = await dump(store);
      const steps: string[] = [];
      const probe = await fresh();
      await probe.loadBatchWithFault([docs[0]!, docs[1]!, docB(), docs[2]!], (s) => { steps.push(s); });
      expect(steps.length).toBeGreaterThanOrEqual(10);
      for (const step of [...new Set(steps)]) {
        const batch = [{ ...docs[0]!, title: '改' }, docs[1]!, docB(), docs[2]!];
        await expect(store.loadBatchWithFault(batch, (s) => { if (s === step) throw new Error(`injected at ${s}`); }), step).rejects.toThrow();
        expect(await dump(store), `after a fault at ${step}`).toEqual(before);
      }
      expect((await store.loadDocuments([docs[1]!, docs[2]!])).length).toBe(2);
    });
  });
}
