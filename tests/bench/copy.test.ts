// The load ceiling writes the same rows as the real loader: COPY into a fresh database and store.loadDocument of the
// same documents end with the same node and relationship counts per label.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../graph/index.ts';
import { collectRows, copyCeiling, generateCorpus, truthDocument } from '../../bench/index.ts';

const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

describe('copyCeiling', () => {
  it('COPYs exactly the rows the loader writes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-bench-copy-'));
    dirs.push(dir);
    // later documents cite earlier ones, so ingested documents and cited-only references overlap
    const docs = generateCorpus({ count: 8, seed: 3 }).map(truthDocument);
    const store = await openStore({ db: join(dir, 'store') });
    try {
      for (const d of docs) await store.loadDocument(d);
      const copied = await copyCeiling(collectRows(docs), join(dir, 'copy'));
      const nodes = await store.run({ cypher: "MATCH (n) WHERE label(n) <> 'Meta' RETURN count(n) AS n", params: {} });
      const rels = await store.run({ cypher: 'MATCH ()-[r]->() RETURN count(r) AS n', params: {} });
      expect(copied.nodes).toBe(Number(nodes[0]?.n));
      expect(copied.relationships).toBe(Number(rels[0]?.n));
      expect(copied.nodes).toBeGreaterThan(docs.length * 10);
      expect(copied.copySeconds).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
