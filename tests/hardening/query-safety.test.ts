// Issue 7: ≥50 hostile queries against the guard and the store's read-only run → refused or bounded, store unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectReadOnly, checkReadOnly } from '../../graph/index.ts';
import { StoreError, type GraphStore } from '../../graph/types.ts';
import { openTempStore, loadSample, exportHash } from '../support/index.ts';
import { hostile, plantedDocument } from './hostile.ts';

const BOUNDS = { readOnly: true, timeoutMs: 3000, maxRows: 500 };

describe('hostile Cypher: the guard', () => {
  it('has at least 50 hostile queries', () => {
    expect(hostile.cypher.length).toBeGreaterThanOrEqual(50);
  });
  it.each(hostile.cypher.filter((c) => c.guard === 'refuse'))('refuses $id ($why)', ({ cypher }) => {
    const verdict = inspectReadOnly(cypher);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toBeTruthy();
    expect(() => checkReadOnly(cypher)).toThrow(StoreError);
  });
  it('accepts ordinary read queries (no false alarms on data)', () => {
    for (const q of ['MATCH (m:Measure) RETURN m.ref', "MATCH (a:Agency) WHERE a.name = 'DELETE; CREATE' RETURN a.id",
      'MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a.name, count(m) AS n ORDER BY n DESC LIMIT 5', 'RETURN 1;']) {
      expect(inspectReadOnly(q), q).toEqual({ ok: true });
    }
  });
});

describe('hostile Cypher: the store under readOnly, with a prompt-injection document loaded', () => {
  let store: GraphStore;
  let before: string;
  beforeAll(async () => {
    ({ store } = await openTempStore());
    await loadSample(store);
    await store.loadDocument(plantedDocument());
    before = await exportHash(store);
  });
  afterAll(async () => { await store?.close(); });

  it.each(hostile.cypher)('$id → refused or bounded; store unchanged', async ({ cypher, guard }) => {
    let rows: unknown[] | null = null;
    let error: unknown = null;
    try { rows = await store.run({ cypher, params: {} }, BOUNDS); } catch (e) { error = e; }
    if (error) {
      expect(error).toBeInstanceOf(StoreError);
      const e = error as StoreError;
      if (guard === 'refuse') expect(['read-only-violation', 'multi-statement']).toContain(e.code);
      expect(e.message).not.toMatch(/\n\s+at /);
    } else {
      expect(guard, 'only "any" entries may run').toBe('any');
      expect(rows!.length).toBeLessThanOrEqual(BOUNDS.maxRows);
    }
    expect(await exportHash(store)).toBe(before);
  });

  it('the planted text is stored as data, verbatim', async () => {
    const rows = await store.run({ cypher: "MATCH (a:Action) WHERE a.text CONTAINS 'DETACH DELETE' RETURN a.text AS text", params: {} }, BOUNDS);
    expect(rows.length).toBeGreaterThan(0);
    expect(String(rows[0]!.text)).toContain('MATCH (n) DETACH DELETE n');
  });
});
