// The CLI's batch loading (cli/ingest.ts + cli/batch.ts) on a real store: a batch that fails to load is retried one
// document at a time, so one bad document does not sink its neighbours; parse failures are skipped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestApi } from '../../cli/ingest.ts';
import { openStore, stats } from '../../graph/index.ts';
import type { IngestResult, PolicyDocument } from '../../ingest/model.ts';
import { docA, docB } from '../graph/fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pg-cli-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function api(entries: Array<[string, PolicyDocument | string]>): IngestApi {
  const byFile = new Map(entries);
  return {
    expandInputs: async () => ({ files: entries.map(([f]) => f), missing: [] }),
    ingestFile: async (file) => {
      const e = byFile.get(file)!;
      return (typeof e === 'string' ? { ok: false, file, reason: e, diagnostics: [] } : { ok: true, file, document: e, diagnostics: [] }) as IngestResult;
    },
  };
}

describe('policy-graph ingest in batches', () => {
  it('one document that cannot be stored is rejected alone; its batch neighbours and later batches load', async () => {
    const a = docA();
    const b = docB();
    // parses, but its chapter id is A's: the batch's Chapter CREATE fails, and so does this document alone after A
    const clash: PolicyDocument = { ...b, id: 'number:冲突〔2024〕1号', number: '冲突〔2024〕1号', chapters: [{ ...a.chapters[0]!, ordinal: 1 }],
      measures: [], actions: [], targets: [], citations: [], references: [] };
    const db = join(tmp, 'db1');
    const files: Array<[string, PolicyDocument | string]> = [['0.txt', b], ['1.txt', a], ['2.txt', clash], ['3.txt', 'not a policy document'],
      ['4.txt', { ...b, title: '再版' }]];
    const s = await ingestAll(['x'], api(files), () => openStore({ db, backend: 'ladybug' }));
    expect(s.loaded.map((l) => [l.file, l.replaced])).toEqual([['0.txt', false], ['1.txt', false], ['4.txt', true]]);
    expect(s.rejected.map((r) => r.file).sort()).toEqual(['2.txt', '3.txt']);
    expect(s.rejected.find((r) => r.file === '2.txt')!.reason).toMatch(/^not stored: /);
    const store = await openStore({ db, backend: 'ladybug' });
    try {
      expect(await stats(store)).toMatchObject({ Document: 2, Chapter: 3 });
      const t = await store.run({ cypher: 'MATCH (d:Document {id: $id}) RETURN d.title AS t', params: { id: b.id } }, { readOnly: true });
      expect(t).toEqual([{ t: '再版' }]);
    } finally { await store.close(); }
  });
});
