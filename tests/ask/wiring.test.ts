// The server's ask wiring warms the engine at start (lexicon + whole-graph answers) and again after writes settle:
// a warmed question then runs no query at all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphStore, Query } from '../../graph/types.ts';
import { loadAsk } from '../../server/ask-wiring.ts';
import { miniDocument } from '../fixtures/ask/mini-doc.ts';
import { sampleStore } from './setup.ts';

let store: GraphStore;
const ran: string[] = [];
beforeAll(async () => {
  ({ store } = await sampleStore());
  const run = store.run.bind(store);
  store.run = (q: Query, o) => { ran.push(q.cypher); return run(q, o); };
});
afterAll(async () => { await store?.close(); });

describe('ask wiring', () => {
  it('answers the whole-graph questions from the warm-up, and warms again once writes settle', async () => {
    const lines: string[] = [];
    const engine = loadAsk(store, (l) => lines.push(l));
    await engine.warm();
    expect(ran.some((c) => c.includes('MATCH (a:Agency) RETURN'))).toBe(true);   // the lexicon was read
    ran.length = 0;
    const top = await engine.ask('哪个部门参与的措施最多?') as { intent: string; rows: unknown[] };
    expect(top.intent).toBe('top_agency');
    expect(top.rows.length).toBeGreaterThan(0);
    expect(ran).toEqual([]);
    await store.loadDocument(miniDocument());
    ran.length = 0;
    await vi.waitFor(() => { expect(ran.filter((c) => c.includes('AgencyCount'))).toHaveLength(1); }, { timeout: 10_000, interval: 100 });
    await vi.waitFor(async () => {
      ran.length = 0;
      const again = await engine.ask('哪个部门参与的措施最多?') as { intent: string };
      expect(again.intent).toBe('top_agency');
      expect(ran).toEqual([]);
    }, { timeout: 10_000, interval: 200 });
    const commerce = await engine.ask('市商务局牵头的措施') as { intent: string };
    expect(commerce.intent).toBe('measures_by_agency');   // the re-warmed lexicon knows the new agency
    expect(lines).toEqual([]);
  });
});
