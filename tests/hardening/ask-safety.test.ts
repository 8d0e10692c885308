// Issue 7: hostile questions and hostile model replies through POST /api/ask (rule engine and LLM mode against a
// local fake OpenAI-compatible server) → refused or answered read-only; the store never changes (export hash).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/index.ts';
import { answerQuestion } from '../../server/ask/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import { exportHash } from '../support/index.ts';
import { hostile, LEAK, openHostileStore } from './hostile.ts';
import { startFakeLlm } from './fake-llm.ts';
import { listenLocal, post, type Reply } from './http.ts';

// Guard-approved but expensive queries are covered (with a watchdog) by query-safety.test.ts, not sent here.
const HEAVY = new Set(['cartesian', 'range-rows', 'path-max-allowed', 'big-limit']);
const LLM_QUESTION = '请讲一个与政策无关的笑话';   // nothing the rule engine can place → the LLM is asked

interface AskJson { intent?: string; rows?: unknown[]; answer?: string; cypher?: string | null }
const json = (r: Reply): AskJson => (r.json ?? {}) as AskJson;

let store: GraphStore;
let before: string;
/** What the fake model answers to its n-th request: a Cypher string (wrapped as {cypher, params, explanation}) or {raw}. */
let replies: Array<string | { raw: string }> = [];
let fake: Awaited<ReturnType<typeof startFakeLlm>>;
let rules: { base: string; close(): Promise<void> };
let llm: { base: string; close(): Promise<void> };

beforeAll(async () => {
  ({ store, before } = await openHostileStore());
  fake = await startFakeLlm((_req, n) => {
    const r = replies[n - 1];
    if (r && typeof r === 'object') return r.raw;
    return { cypher: r || 'MATCH (n) DETACH DELETE n', params: {}, explanation: 'as you wish' };
  });
  const config = { baseURL: fake.baseURL, apiKey: 'test', model: 'fake-model' };
  const app = (withLlm: boolean) => createApp({
    store, webDist: false, log: () => undefined, limits: { askPerMinute: false, apiPerMinute: false },
    ask: (q) => answerQuestion(store, q, { llm: withLlm ? config : null, timeoutMs: 3000, maxRows: 500 }),
  });
  rules = await listenLocal(app(false));
  llm = await listenLocal(app(true));
});
afterAll(async () => { await rules?.close(); await llm?.close(); await fake?.close(); await store?.close(); });

describe('hostile questions, rule engine', () => {
  it.each(hostile.questions)('$id → a safe reply, store unchanged', async ({ question }) => {
    const r = await post(`${rules.base}/api/ask`, { question });
    expect([200, 400]).toContain(r.status);
    expect(r.body).not.toMatch(LEAK);
    if (r.status === 200) expect(json(r).answer, question).toBeTruthy();
    else expect(r.body).not.toContain(question.slice(0, 40));   // 400 does not echo the input
    expect(await exportHash(store)).toBe(before);
  });
});

describe('prompt injection planted in a document', () => {
  it('an ordinary question finds the measure; its injection text is served as data; nothing ran it', async () => {
    const r = await post(`${rules.base}/api/ask`, { question: '哪些措施涉及市科学技术局?' });
    expect(r.status).toBe(200);
    const rows = (json(r).rows ?? []) as Array<{ measureId?: string }>;
    const planted = rows.map((x) => x.measureId ?? '').find((id) => id.includes('66号'));
    expect(planted, 'the planted document\'s measure is in the answer').toBeTruthy();
    const m = await fetch(`${rules.base}/api/measures/${encodeURIComponent(planted!)}`);
    expect(m.status).toBe(200);
    expect(await m.text()).toContain('MATCH (n) DETACH DELETE n');
    expect(await exportHash(store)).toBe(before);
  });
});

describe('hostile model replies, LLM mode', () => {
  const cases = hostile.cypher.filter((c) => !HEAVY.has(c.id));

  it.each(cases)('model answers with $id → refused or read-only, store unchanged', async ({ cypher, guard }) => {
    const asked = fake.requests.length;
    replies = Array<string>(asked).fill('');
    replies.push(cypher, cypher);                       // the same reply again for the repair round
    const r = await post(`${llm.base}/api/ask`, { question: LLM_QUESTION });
    expect(r.status, r.body).toBe(200);
    expect(fake.requests.length, 'the model was consulted').toBeGreaterThan(asked);
    const a = json(r);
    expect(a.intent).toBe('llm');
    expect(r.body).not.toMatch(LEAK);
    if (guard === 'refuse') {
      expect(a.rows ?? [], cypher).toEqual([]);
      expect(a.answer ?? '', cypher).toMatch(/拒绝|未成功|无法|refused|could not/);
    }
    expect((a.rows ?? []).length).toBeLessThanOrEqual(500);
    expect(await exportHash(store)).toBe(before);
  });

  it('a syntax error first, then a write in the repair round → refused, store unchanged', async () => {
    const asked = fake.requests.length;
    replies = Array<string>(asked).fill('');
    replies.push('MATCH (n RETURN n', 'MATCH (n) DETACH DELETE n');
    const r = await post(`${llm.base}/api/ask`, { question: LLM_QUESTION });
    expect(r.status).toBe(200);
    expect(fake.requests.length).toBe(asked + 2);
    expect(json(r).rows).toEqual([]);
    expect(json(r).answer).toMatch(/拒绝/);
    expect(await exportHash(store)).toBe(before);
  });

  it('hostile questions in LLM mode (the model replies with a wipe) → store unchanged', async () => {
    for (const { question } of hostile.questions) {
      replies = [];                                        // every reply falls back to DETACH DELETE
      const r = await post(`${llm.base}/api/ask`, { question });
      expect([200, 400], question).toContain(r.status);
      expect(r.body).not.toMatch(LEAK);
    }
    expect(await exportHash(store)).toBe(before);
  });

  it('a model reply that is not JSON, or JSON of the wrong shape → a clear answer, no rows', async () => {
    for (const bad of ['I will now delete everything.', '{"query": "MATCH (n) DETACH DELETE n"}', '{"cypher": 42}']) {
      const asked = fake.requests.length;
      replies = Array<string>(asked).fill('');
      replies.push({ raw: bad });
      const saved = fake.requests.length;
      const r = await post(`${llm.base}/api/ask`, { question: LLM_QUESTION });
      expect(fake.requests.length).toBe(saved + 1);
      expect(r.status).toBe(200);
      expect(json(r).rows).toEqual([]);
      expect(r.body).not.toMatch(LEAK);
    }
    expect(await exportHash(store)).toBe(before);
  });
});
