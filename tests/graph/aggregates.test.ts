// The derived agency counts (graph/aggregates.ts) kept by the loader must equal, after loads, a remove and a
// re-load, the Cypher aggregation over every measure (the queries the agency graph used before) — and a version-1
// store must be migrated to them on open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRows, generateCorpus, truthDocument } from '../../bench/index.ts';
import lbug from '@ladybugdb/core';
import { openStore, type GraphStore } from '../../graph/index.ts';
import { rebuildAggregates } from '../../graph/aggregates.ts';
import { databaseFile } from '../../graph/ladybug/index.ts';
import { aggregateDrift, derived, oracle } from '../support/aggregates.ts';
import { removeDir, tempDir } from '../support/index.ts';

const docs = generateCorpus({ count: 8, seed: 5 }).map(truthDocument);
async function expectConsistent(store: GraphStore): Promise<number> {
  const want = await oracle(store);
  expect(await derived(store)).toEqual(want);
  expect(await aggregateDrift(store)).toEqual([]);
  return Object.keys(want.links).length;
}

describe('derived agency counts', () => {
  let dir: string;
  let store: GraphStore;
  beforeAll(async () => {
    dir = tempDir('pg-aggregates-');
    store = await openStore({ backend: 'ladybug', db: dir });
  });
  afterAll(async () => {
    await store.close();
    removeDir(dir);
  });

  it('equal the whole-graph aggregation after loads, a remove and a re-load', async () => {
    for (const d of docs.slice(0, 6)) await store.loadDocument(d);
    const links = await expectConsistent(store);
    expect(links).toBeGreaterThan(20);
    // the COPY ceiling's rows for the same documents hold the same derived rows
    const copied = collectRows(docs.slice(0, 6)).nodes;
    for (const label of ['AgencyCount', 'AgencyLink']) {
      const stored = await store.run({ cypher: `MATCH (x:${label}) RETURN x ORDER BY x.id`, params: {} });
      const want = [...copied.get(label)!].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      expect(stored.map((r) => { const { _id, _label, ...rest } = r.x as Record<string, unknown>; return rest; })).toEqual(want);
    }
    // the drift check sees a count that is off by one (so the kill loop's use of it can fail)
    const [link] = await store.run({ cypher: 'MATCH (x:AgencyLink) RETURN x.id AS id, x.cooperating AS c ORDER BY x.id LIMIT 1', params: {} });
    const bump = (c: number) => store.run({ cypher: 'MATCH (x:AgencyLink) WHERE x.id = $id SET x.cooperating = $c', params: { id: link!.id, c } });
    await bump(Number(link!.c) + 1);
    expect((await aggregateDrift(store)).join('\n')).toContain(`links ${String(link!.id)}:`);
    await bump(Number(link!.c));
    expect(await store.removeDocument(docs[2]!.id)).toBe(true);
    await expectConsistent(store);
    await store.loadDocument(docs[4]!);                    // re-load: its old contribution is replaced, not doubled
    await store.loadDocument(docs[2]!);
    await expectConsistent(store);
  });

  it('a re-load with different agencies moves the counts', async () => {
    const d = docs[0]!;
    const changed = { ...d, measures: d.measures.map((m) => ({ ...m, cooperating: [] })) };
    await store.loadDocument(changed);
    await expectConsistent(store);
    await store.loadDocument(d);
    await expectConsistent(store);
  });

  it('removing every document leaves no derived row', async () => {
    const ids = (await store.run({ cypher: 'MATCH (d:Document) WHERE d.ingested = true RETURN d.id AS id', params: {} })).map((r) => String(r.id));
    for (const id of ids) await store.removeDocument(id);
    expect(await derived(store)).toEqual({ agencies: {}, links: {} });
  });
});

describe('schema version 1 → 2', () => {
  it('a version-1 store gets the derived tables created and counted on its first read-write open', async () => {
    const dir = tempDir('pg-migrate-');
    try {
      let store = await openStore({ backend: 'ladybug', db: dir });
      for (const d of docs.slice(3, 8)) await store.loadDocument(d);
      const want = await oracle(store);
      // make it a version-1 store: no derived tables
      await store.run({ cypher: 'DROP TABLE AgencyLink', params: {} });
      await store.run({ cypher: 'DROP TABLE AgencyCount', params: {} });
      await store.run({ cypher: "MATCH (m:Meta {key: 'schemaVersion'}) SET m.value = '1'", params: {} });
      await store.close();
      await expect(openStore({ backend: 'ladybug', db: dir, readOnly: true })).rejects.toMatchObject({ code: 'schema-version' });
      store = await openStore({ backend: 'ladybug', db: dir });
      try {
        expect(await derived(store)).toEqual(want);
        const v = await store.run({ cypher: "MATCH (m:Meta {key: 'schemaVersion'}) RETURN m.value AS v", params: {} });
        expect(v[0]?.v).toBe('2');
      } finally {
        await store.close();
      }
      // rebuilt two documents per pass (ranges of sorted ids), inside a transaction on the raw database
      const db = new lbug.Database(databaseFile(dir));
      const conn = new lbug.Connection(db);
      const run = async (cypher: string, params: Record<string, unknown> = {}) => {
        const res = await conn.execute(await conn.prepare(cypher), params as Record<string, lbug.LbugValue>);
        const all = Array.isArray(res) ? res : [res];
        const rows: Record<string, unknown>[] = [];
        for (const r of all) { rows.push(...(await r.getAll())); r.close(); }
        return rows;
      };
      try {
        await run('BEGIN TRANSACTION');
        await run('MATCH (x:AgencyLink) SET x.both = 99');
        await rebuildAggregates({ run, toDouble: (e) => `CAST(${e} AS DOUBLE)` }, 2);
        const fake = { run: (q: { cypher: string; params: Record<string, unknown> }) => run(q.cypher, q.params) } as unknown as GraphStore;
        expect(await derived(fake)).toEqual(want);
        await run('ROLLBACK');
      } finally {
        await conn.close();
        await db.close();
      }
    } finally {
      removeDir(dir);
    }
  });
});
