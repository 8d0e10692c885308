// The contract suite on embedded LadybugDB, plus what only an embedded store has: the file lock.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../graph/index.ts';
import { databaseFile } from '../../graph/ladybug/index.ts';
import { docA, docB } from './fixtures.ts';
import { aggregateDrift } from '../support/aggregates.ts';
import { batchSuite } from './batch.ts';
import { contractSuite, type Location, type TestStore } from './contract.ts';

const A = 'number:鄂府发〔2023〕58号';
const B = 'number:国函〔2022〕68号';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pg-store-'));
}

async function location(): Promise<Location> {
  const dir = tempDir();
  return {
    open: async (opts = {}) => (await openStore({ backend: 'ladybug', db: dir, readOnly: opts.readOnly })) as TestStore,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

contractSuite('LadybugDB', location);
batchSuite('LadybugDB', location);

describe('LadybugDB file lock', () => {
  it('a second process that wants to write gets a clear "locked" message', async () => {
    const dir = tempDir();
    const store = await openStore({ backend: 'ladybug', db: dir });
    try {
      const child = spawnSync(process.execPath, ['bin/run-ts.js', 'tests/graph/lock-child.ts', dir], {
        encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' },
      });
      const out = JSON.parse(child.stdout.trim()) as { code: string; message: string };
      expect(out.code).toBe('locked');
      expect(out.message).toContain(dir);
      expect(out.message).toMatch(/in use by another process.*policy-graph serve/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('LadybugDB in one process', () => {
  it('refuses a second store on an open file (it would corrupt it), allows it again once closed', async () => {
    const dir = tempDir();
    try {
      const first = await openStore({ backend: 'ladybug', db: dir });
      const err = await openStore({ backend: 'ladybug', db: dir }).then(() => null, (e: unknown) => e);
      expect((err as { code?: string }).code).toBe('locked');
      expect(String((err as Error).message)).toMatch(/in use by another store in this process/);
      await first.close();
      const again = await openStore({ backend: 'ladybug', db: dir });
      await again.close();
      expect(await openStore({ backend: 'ladybug', db: join(dir, 'missing'), readOnly: true }).then(() => 'opened', (e: { code?: string }) => e.code)).toBe('unavailable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('LadybugDB after an unclean shutdown', () => {
  it('removes a document whose stored footprint no longer matches its load record, keeps the intact one', async () => {
    const dir = tempDir();
    try {
      const store = await openStore({ backend: 'ladybug', db: dir });
      await store.loadDocument(docA());
      await store.loadDocument(docB());
      // what a half-applied checkpoint looks like: one CITES edge of A missing
      await store.run({ cypher: 'MATCH (m:Measure {id: $id})-[r:CITES]->(:Document) DELETE r', params: { id: `${A}#1.1` } });
      // … and derived counts torn with it
      await store.run({ cypher: 'MATCH (c:AgencyCount) SET c.lead = c.lead + 5', params: {} });
      await store.close();
      writeFileSync(`${databaseFile(dir)}.wal`, '');   // the mark an unclean shutdown leaves
      const reopened = await openStore({ backend: 'ladybug', db: dir });
      try {
        const docs = await reopened.run({ cypher: 'MATCH (d:Document) WHERE d.ingested = true RETURN d.id AS id', params: {} }, { readOnly: true });
        expect(docs).toEqual([{ id: B }]);
        expect(await aggregateDrift(reopened)).toEqual([]);   // counted again from what is left
        expect(await reopened.run({ cypher: 'MATCH (m:Measure) WHERE m.documentId = $id RETURN count(m) AS n', params: { id: A } }))
          .toEqual([{ n: 0 }]);
        await reopened.loadDocument(docA());   // and it can be ingested again
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
