// Issue 7: atomic ingest — an injected fault mid-load leaves nothing; kill -9 of a CLI ingest leaves whole documents or none.
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/types.ts';
import type { PolicyDocument } from '../../ingest/model.ts';
import { ingestBuffer } from '../../ingest/index.ts';
import { miniDoc } from '../../scripts/malformed-cases.ts';
import { killLoop, snapshotOf, classify } from '../../scripts/kill-loop-lib.ts';
import { openTempStore, sampleDocument, exportHash, snapshotStore, documentCounts, runCli, utf8 } from '../support/index.ts';

type FaultStore = GraphStore & { loadWithFault(doc: PolicyDocument, fault?: (step: string) => void): Promise<unknown> };

function asFaultStore(store: GraphStore): FaultStore {
  expect(typeof (store as Partial<FaultStore>).loadWithFault, 'the LadybugDB store exposes loadWithFault').toBe('function');
  return store as FaultStore;
}

function miniDocument(n: number): PolicyDocument {
  const r = ingestBuffer(utf8(miniDoc().replace('某府发〔2024〕1号', `某府发〔2024〕${n}号`)), { file: `mini-${n}.txt` });
  if (!r.ok) throw new Error(`mini document rejected: ${r.reason}`);
  return r.document;
}

describe('fault injected mid-load', () => {
  it('a fault at every step of a load leaves the store exactly as it was; a good load then succeeds', async () => {
    const { store } = await openTempStore();
    try {
      const fs = asFaultStore(store);
      const sample = sampleDocument();
      const other = miniDocument(7);
      await fs.loadDocument(other);
      // Discover the loader's steps with a hook that only records.
      const steps: string[] = [];
      const { store: probe } = await openTempStore();
      await asFaultStore(probe).loadWithFault(sample, (s) => { steps.push(s); });
      await probe.close();
      expect(steps.length).toBeGreaterThanOrEqual(5);

      const before = await exportHash(store);
      for (const step of steps) {
        await expect(fs.loadWithFault(sample, (s) => { if (s === step) throw new Error(`injected at ${s}`); }), step).rejects.toThrow();
        expect(await exportHash(store), `after a fault at ${step}`).toBe(before);
      }
      await fs.loadDocument(sample);
      const counts = documentCounts(await snapshotStore(store), sample.id);
      expect([counts.Chapter, counts.Measure, counts.Action]).toEqual([sample.chapters.length, sample.measures.length, sample.actions.length]);
      expect(documentCounts(await snapshotStore(store), other.id).Measure).toBe(other.measures.length);
    } finally { await store.close(); }
  });

  it('a fault while replacing a document keeps the previous version whole', async () => {
    const { store } = await openTempStore();
    try {
      const fs = asFaultStore(store);
      const v1 = miniDocument(3);
      await fs.loadDocument(v1);
      const before = await exportHash(store);
      const r = ingestBuffer(utf8(miniDoc().replace('某府发〔2024〕1号', '某府发〔2024〕3号') + '三、新增章节\n(一)新增措施。(牵头单位:市水利局)\n'), { file: 'v2.txt' });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.document.id).toBe(v1.id);
      for (const step of ['removed', 'nodes:Measure', 'edges:LEADS']) {
        await expect(fs.loadWithFault(r.document, (s) => { if (s === step) throw new Error('boom'); })).rejects.toThrow();
        expect(await exportHash(store), step).toBe(before);
      }
      await fs.loadDocument(r.document);
      expect(documentCounts(await snapshotStore(store), v1.id).Chapter).toBe(r.document.chapters.length);
    } finally { await store.close(); }
  });
});

describe('kill -9 of a CLI ingest (quick mode: 5 runs; long mode: scripts/kill-loop.ts --runs 20)', () => {
  it('after each kill the store opens and every document is fully present or absent; a clean ingest then loads all', async () => {
    // Quick mode = the first 5 runs of the long mode (same seed and corpus).
    const { results, db, files, ref } = await killLoop({ runs: 5 });
    expect(results.flatMap((r) => r.broken.map((b) => `run ${r.run}: ${b}`))).toEqual([]);
    expect(results.length).toBe(5);
    const after = await runCli(['ingest', '--db', db, ...files], { timeoutMs: 120_000 });
    expect(after.code, after.stderr).toBe(0);
    const final = classify(await snapshotOf(db), ref);
    expect(final.present.length).toBe(ref.size);
  }, 300_000);
});
