// Issue 7: hostile text in every path id and query parameter of the read API → 4xx or an answer, never a 5xx,
// never an echo of internals, and the store never changes (the API only runs named, parameterized queries).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Application } from 'express';
import { createApp } from '../../server/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import { exportHash } from '../support/index.ts';
import { hostile, LEAK, openHostileStore } from './hostile.ts';

const values = [
  ...hostile.cypher.slice(0, 30).map((c) => c.cypher).filter((c) => c.length < 250),
  "市财政局') RETURN 1 //", '../../../../etc/passwd', '%00', '\u0000', '{{7*7}}', '${process.exit(1)}', 'ＭＡＴＣＨ', 'x'.repeat(5000),
];
const paths = (v: string): string[] => {
  const e = encodeURIComponent(v);
  return [`/api/agencies/${e}`, `/api/measures/${e}`, `/api/documents/${e}`, `/api/documents/${e}/text`, `/api/graph/measures/${e}`,
    `/api/targets?agency=${e}`, `/api/targets?year=${e}`, `/api/graph/agencies?document=${e}`, `/api/graph/agencies?role=${e}`,
    `/api/graph/agencies?chapter=${e}`, `/api/graph/citations?document=${e}`];
};

describe('hostile path ids and query parameters', () => {
  let store: GraphStore;
  let app: Application;
  let before: string;
  beforeAll(async () => {
    ({ store, before } = await openHostileStore());
    app = createApp({ store, webDist: false, log: () => undefined, limits: { apiPerMinute: false } });
  });
  afterAll(async () => { await store?.close(); });

  it(`${values.length} values × 11 routes → no 5xx, no internals, store unchanged`, async () => {
    const problems: string[] = [];
    for (const v of values) {
      for (const p of paths(v)) {
        const r = await request(app).get(p);
        if (r.status >= 500) problems.push(`${r.status} ${p.slice(0, 120)}: ${r.text.slice(0, 120)}`);
        if (LEAK.test(r.text)) problems.push(`leak ${p.slice(0, 120)}: ${r.text.slice(0, 120)}`);
        if (r.status >= 400 && !(r.body as { error?: { message?: string } }).error?.message) problems.push(`${r.status} without a JSON error: ${p.slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await exportHash(store)).toBe(before);
  }, 120_000);
});
