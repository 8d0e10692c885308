// Issue 7: ≥50 hostile queries against the guard and the store's read-only run → refused or bounded, store unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectReadOnly, checkReadOnly, openStore } from '../../graph/index.ts';
import { StoreError, type GraphStore } from '../../graph/types.ts';
import { exportHash } from '../support/index.ts';
import { hostile, LEAK, openHostileStore } from './hostile.ts';
import { runBounded } from './bounded.ts';

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
    ({ store, before } = await openHostileStore());
  });
  afterAll(async () => { await store?.close(); });

  it.each(hostile.cypher.filter((c) => c.guard === 'refuse'))('$id → refused before the engine; store unchanged', async ({ cypher }) => {
    const error = await store.run({ cypher, params: {} }, BOUNDS).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(['read-only-violation', 'multi-statement']).toContain((error as StoreError).code);
    expect((error as StoreError).message).not.toMatch(LEAK);
    expect(await exportHash(store)).toBe(before);
  });

  it('the planted text is stored as data, verbatim', async () => {
    const rows = await store.run({ cypher: "MATCH (a:Action) WHERE a.text CONTAINS 'DETACH DELETE' RETURN a.text AS text", params: {} }, BOUNDS);
    expect(rows.length).toBeGreaterThan(0);
    expect(String(rows[0]!.text)).toContain('MATCH (n) DETACH DELETE n');
  });
});

describe('hostile Cypher that passes the guard: bounded by timeout and row limit (in a child process)', () => {
  it('each query returns at most maxRows rows or fails with a StoreError, within a watchdog; store unchanged', async () => {
    const { store, db, before } = await openHostileStore();
    await store.close();
    const ids = hostile.cypher.filter((c) => c.guard === 'any').map((c) => c.id);
    const outcomes = await runBounded(db, ids);
    const problems: string[] = [];
    for (const id of ids) {
      const o = outcomes.get(id);
      if (!o || o.outcome === 'unbounded') problems.push(`${id}: still running after the watchdog — not bounded by its timeout`);
      else if (o.outcome === 'rows' && o.rows > BOUNDS.maxRows) problems.push(`${id}: ${o.rows} rows > maxRows ${BOUNDS.maxRows}`);
      else if (o.outcome === 'error' && o.code === 'thrown') problems.push(`${id}: threw a non-StoreError: ${o.message}`);
      else if (o.outcome === 'error' && LEAK.test(o.message)) problems.push(`${id}: error text leaks internals: ${o.message}`);
    }
    expect(problems).toEqual([]);
    const again = await openStore({ db });
    try { expect(await exportHash(again)).toBe(before); } finally { await again.close(); }
  }, 240_000);
});
