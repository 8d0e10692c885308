// Issue 7: ≥20 concurrent /api/ask clients while documents are uploaded → only documented back-pressure, consistent answers, no leaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/index.ts';
import { answerQuestion } from '../../server/ask/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import { miniDoc } from '../../scripts/malformed-cases.ts';
import { openTempStore, loadSample, utf8 } from '../support/index.ts';
import { listenLocal, post, upload, type Reply } from './http.ts';
import { LEAK } from './hostile.ts';

// Agencies that only the sample names: uploads below never touch their answers.
const QUESTIONS = ['哪些措施涉及市能源局?', '市水利局牵头的措施有哪些', 'Which measures involve the Natural Resources Bureau?', '市林草局参与了哪些措施'];
const CLIENTS = 20;
const PER_CLIENT = 12;
const UPLOADS = 6;

const rowsOf = (r: Reply): string => JSON.stringify((r.json as { rows?: unknown }).rows ?? null);
const backPressure = (r: Reply): boolean => r.status === 429 || (r.status === 503 && r.retryAfter !== null);

function uploadDoc(i: number): Uint8Array {
  return utf8(miniDoc().replace('某府发〔2024〕1号', `某统发〔2024〕${i}号`).replace('测试工作', `统计工作${i}`)
    .replaceAll('市科学技术局', '市统计局').replaceAll('市财政局', '市审计局')
    .replaceAll('市人力资源和社会保障局', '市审计局').replaceAll('市人民政府办公室', '市统计局'));
}

describe('concurrent asks during uploads', () => {
  let store: GraphStore;
  let base: string;
  let close: () => Promise<void>;
  const baseline = new Map<string, string>();

  beforeAll(async () => {
    ({ store } = await openTempStore());
    await loadSample(store);
    const app = createApp({
      store, ask: (q) => answerQuestion(store, q), webDist: false, log: () => undefined,
      limits: { askPerMinute: false, uploadPerMinute: false, apiPerMinute: false },
    });
    ({ base, close } = await listenLocal(app));
    for (const q of QUESTIONS) {
      const r = await post(`${base}/api/ask`, { question: q });
      expect(r.status, r.body).toBe(200);
      baseline.set(q, rowsOf(r));
      expect(JSON.parse(baseline.get(q)!)?.length ?? 0, q).toBeGreaterThan(0);
    }
  });
  afterAll(async () => { await close?.(); await store?.close(); });

  it(`${CLIENTS} clients × ${PER_CLIENT} questions while ${UPLOADS} documents (and a re-upload) arrive`, async () => {
    const replies: Array<{ q: string; r: Reply }> = [];
    const client = async (c: number): Promise<void> => {
      for (let i = 0; i < PER_CLIENT; i++) {
        const q = QUESTIONS[(c + i) % QUESTIONS.length]!;
        replies.push({ q, r: await post(`${base}/api/ask`, { question: q }) });
      }
    };
    const uploads: Reply[] = [];
    const uploader = async (): Promise<void> => {
      for (let i = 1; i <= UPLOADS; i++) uploads.push(await upload(base, `stat-${i}.txt`, uploadDoc(i)));
      uploads.push(await upload(base, 'stat-1.txt', uploadDoc(1)));
    };
    await Promise.all([...Array.from({ length: CLIENTS }, (_, c) => client(c)), uploader()]);

    expect(replies.length).toBe(CLIENTS * PER_CLIENT);
    for (const { q, r } of [...replies.map((x) => x), ...uploads.map((r) => ({ q: 'upload', r }))]) {
      expect(r.body, `${q}: ${r.status}`).not.toMatch(LEAK);
      expect(r.status < 500 || backPressure(r), `${q}: ${r.status} ${r.body.slice(0, 200)}`).toBe(true);
    }
    const answered = replies.filter(({ r }) => r.status === 200);
    expect(answered.length).toBeGreaterThan(replies.length / 2);
    for (const { q, r } of answered) expect(rowsOf(r), q).toBe(baseline.get(q));
    const stored = uploads.filter((r) => r.status === 201);
    expect(stored.length + uploads.filter(backPressure).length).toBe(uploads.length);
    expect(uploads.at(-1)!.status === 201 ? (uploads.at(-1)!.json as { replaced: boolean }).replaced : true).toBe(true);
  }, 120_000);

  it('afterwards every uploaded document is listed once and answers are unchanged', async () => {
    const res = await fetch(`${base}/api/documents`);
    const docs = (await res.json()) as Array<{ id: string; title: string; ingested: boolean }>;
    const ids = docs.filter((d) => d.ingested).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(docs.filter((d) => d.ingested && d.title.includes('统计工作')).length).toBe(UPLOADS);
    for (const q of QUESTIONS) expect(rowsOf(await post(`${base}/api/ask`, { question: q })), q).toBe(baseline.get(q));
  });
});
