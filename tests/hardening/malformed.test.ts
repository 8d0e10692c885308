// Issue 7: ≥100 malformed files → each rejected or accepted with diagnostics, never a throw, never half-stored.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBuffer } from '../../ingest/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import { repoRoot, tempDir, openTempStore, exportHash, snapshotStore, documentCounts, runCli, utf8, loadSample } from '../support/index.ts';
import { resultProblems, noThrow } from './check.ts';

interface Entry { file: string; category: string; note: string; expect: 'rejected' | 'accepted'; reason?: string; diagnostics?: string[]; diagnosed?: boolean }
const dir = join(repoRoot, 'tests', 'fixtures', 'malformed');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
const read = (f: string): Uint8Array => new Uint8Array(readFileSync(join(dir, f)));

describe('malformed corpus', () => {
  it('has at least 100 files, each with an expectation', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(100);
    for (const e of manifest) expect(['rejected', 'accepted'], e.file).toContain(e.expect);
  });

  it.each(manifest)('$file ($category) → $expect', (entry) => {
    const { value: result, thrown } = noThrow(() => ingestBuffer(read(entry.file), { file: entry.file }));
    expect(thrown, `${entry.file} threw`).toBeUndefined();
    if (!result) return;
    expect(resultProblems(result), entry.file).toEqual([]);
    expect(result.ok ? 'accepted' : 'rejected', `${entry.file}: ${entry.note} — ${result.ok ? '' : result.reason}`).toBe(entry.expect);
    if (!result.ok) {
      if (entry.reason) expect(result.reason.toLowerCase()).toContain(entry.reason.toLowerCase());
    } else {
      const codes = result.diagnostics.map((d) => d.code);
      for (const code of entry.diagnostics ?? []) expect(codes, entry.file).toContain(code);
      if (entry.diagnosed) expect(codes.length, `${entry.file}: ${entry.note} — accepted without any diagnostic`).toBeGreaterThan(0);
    }
  });

  it('a 10 MB single line (generated) is handled without a throw', () => {
    const line = '推进科技创新建设,'.repeat(Math.ceil(10_000_000 / 27));
    const { value, thrown } = noThrow(() => ingestBuffer(utf8(line), { file: 'ten-mb-line.txt' }));
    expect(thrown).toBeUndefined();
    expect(resultProblems(value!)).toEqual([]);
  });
});

describe('malformed corpus through the store', () => {
  let store: GraphStore;
  let db: string;
  beforeAll(async () => { ({ store, db } = await openTempStore()); });
  afterAll(async () => { await store?.close(); });

  // Up to 3 accepted files per category (every category, ~45 files): each load + check + remove costs two checkpoints.
  const perCategory = new Map<string, number>();
  const sampleOfAccepted = manifest.filter((e) => e.expect === 'accepted')
    .filter((e) => { const n = perCategory.get(e.category) ?? 0; perCategory.set(e.category, n + 1); return n < 3; });

  it(`accepted files (${sampleOfAccepted.length}, up to 3 per category) load completely, or leave the store unchanged`, async () => {
    const empty = await exportHash(store);
    const refused: string[] = [];
    for (const entry of sampleOfAccepted) {
      const result = ingestBuffer(read(entry.file), { file: entry.file });
      if (!result.ok) continue; // reported by the per-file test
      const doc = result.document;
      const error = await store.loadDocument(doc).then(() => null, (e: unknown) => e);
      if (error) {
        refused.push(`${entry.file}: ${(error as Error).message.slice(0, 120)}`);
        expect(await exportHash(store), `${entry.file} was half-stored`).toBe(empty);
        continue;
      }
      const counts = documentCounts(await snapshotStore(store), doc.id);
      expect({ file: entry.file, Chapter: counts.Chapter, Measure: counts.Measure, Action: counts.Action, Target: counts.Target, Document: counts.Document })
        .toEqual({ file: entry.file, Chapter: doc.chapters.length, Measure: doc.measures.length, Action: doc.actions.length, Target: doc.targets.length, Document: 1 });
      expect(await store.removeDocument(doc.id)).toBe(true);
      expect(await exportHash(store), `removing ${entry.file} left something behind`).toBe(empty);
    }
    // A refusal is atomic (checked above) but still a bug upstream: ingest accepted a document the store cannot hold.
    expect(refused).toEqual([]);
  }, 240_000);

  it('the CLI rejects every rejected file, names it, exits ≠ 0 and leaves the store unchanged', async () => {
    const rejected = manifest.filter((e) => e.expect === 'rejected');
    await loadSample(store);                       // a non-empty store: the hash covers real content
    const before = await exportHash(store);
    await store.close();
    const big = join(tempDir('pg-big-'), 'ten-mb-binary.txt');
    writeFileSync(big, new Uint8Array(10_000_000).map((_, i) => (i * 7919) % 251));
    const files = [...rejected.map((e) => join(dir, e.file)), big];
    const out = await runCli(['ingest', '--db', db, ...files], { timeoutMs: 120_000 });
    expect(out.code, out.stderr).not.toBe(0);
    const text = out.stdout + out.stderr;
    for (const e of rejected.slice(0, 10)) expect(text).toContain(e.file);
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
    ({ store } = await reopen(db));
    expect(await exportHash(store)).toBe(before);
  });
});

async function reopen(db: string): Promise<{ store: GraphStore }> {
  const { openStore } = await import('../../graph/index.ts');
  return { store: await openStore({ db }) };
}
