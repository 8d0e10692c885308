// LLM mode against a local OpenAI-compatible test server: used only for questions the rules cannot place,
// zod-validated replies, one repair round, and hostile (writing) replies refused with the store unchanged.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/types.ts';
import { answerQuestion, llmFromEnv, type LlmConfig } from '../../server/ask/index.ts';
import { NODES, RELS } from '../../graph/schema.ts';
import { startFakeOpenAI, type FakeOpenAI } from './openai-stub-server.ts';
import { sampleStore } from './setup.ts';

let store: GraphStore; let fake: FakeOpenAI; let llm: LlmConfig;
beforeAll(async () => {
  ({ store } = await sampleStore());
  fake = await startFakeOpenAI();
  llm = { baseURL: fake.baseURL, apiKey: 'test-key', model: 'test-model', timeoutMs: 10_000 };
});
afterAll(async () => { await fake?.close(); await store?.close(); });
beforeEach(() => { fake.requests.length = 0; });

/** Every node property and every relationship of the store, as one JSON string (read-only queries). */
async function snapshot(): Promise<string> {
  const parts: unknown[] = [];
  for (const n of NODES) {
    const props = Object.keys(n.properties).map((p) => `n.\`${p}\` AS \`${p}\``).join(', ');
    parts.push(await store.run({ cypher: `MATCH (n:${n.label}) RETURN ${props} ORDER BY n.id`, params: {} }, { readOnly: true }));
  }
  for (const r of RELS) {
    parts.push(await store.run({ cypher: `MATCH (a)-[r:${r.type}]->(b) RETURN a.id AS src, b.id AS dst ORDER BY src, dst`, params: {} }, { readOnly: true }));
  }
  return JSON.stringify(parts);
}

const UNPLACEABLE = 'Which measure has the longest text?';
const reply = (cypher: string, params: Record<string, unknown> = {}): string => JSON.stringify({ cypher, params, explanation: 'test' });
const GOOD = reply('MATCH (a:Agency)-[:LEADS]->(m:Measure) WHERE a.id = $agency RETURN m.ref AS ref ORDER BY ref', { agency: '市林业和草原局' });

describe('LLM fallback', () => {
  it('is not called for questions the rules place', async () => {
    const a = await answerQuestion(store, '哪些措施涉及市科学技术局?', { llm });
    expect(a.intent).toBe('measures_by_agency');
    expect(fake.requests).toHaveLength(0);
  });
  it('is not called when the question names an agency the graph does not have', async () => {
    const a = await answerQuestion(store, '市商务局牵头的措施', { llm });
    expect(a.intent).toBe('unknown');
    expect(a.answer).toContain('市商务局');
    expect(fake.requests).toHaveLength(0);
  });
  it('runs a good read query; the prompt carries the schema and rule-engine examples; the answer is templated', async () => {
    fake.reply(GOOD);
    const a = await answerQuestion(store, UNPLACEABLE, { llm });
    expect(a.intent).toBe('llm');
    expect(a.rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '1.3']);
    expect(a.columns).toEqual(['ref']);
    expect(a.answer).toContain('3 rows');
    const system = String(fake.requests[0]?.messages[0]?.content);
    expect(system).toContain('COOPERATES_ON');
    expect(system).toContain('措施1.2的牵头单位是谁?');
  });
  it('pages a model-written answer like a rule answer (rows from offset, at most limit; total counts all)', async () => {
    fake.reply(GOOD);
    const a = await answerQuestion(store, UNPLACEABLE, { llm, offset: 1, limit: 1 });
    expect(a.rows.map((r) => r.ref)).toEqual(['1.2']);
    expect(a).toMatchObject({ total: 3, offset: 1, limit: 1 });
  });
  it('accepts a fenced JSON reply and answers a Chinese question in Chinese', async () => {
    fake.reply('Here you go:\n```json\n' + GOOD + '\n```');
    const a = await answerQuestion(store, '给我讲个笑话', { llm });
    expect(a.rows).toHaveLength(3);
    expect(a.answer).toContain('3 条结果');
  });
  it('repairs a syntax error once, sending the error back', async () => {
    fake.reply(reply('MATCH (m:Measure RETURN m.ref AS ref'), GOOD);
    const a = await answerQuestion(store, UNPLACEABLE, { llm });
    expect(fake.requests).toHaveLength(2);
    expect(JSON.stringify(fake.requests[1]?.messages.at(-1))).toContain('failed');
    expect(a.rows).toHaveLength(3);
  });
  it('gives up after one repair round', async () => {
    fake.reply(reply('MATCH (m:Measure RETURN m.ref AS ref'));
    const a = await answerQuestion(store, UNPLACEABLE, { llm });
    expect(fake.requests).toHaveLength(2);
    expect(a.rows).toEqual([]);
    expect(a.answer).toMatch(/could not be answered/);
  });
  it('reports a reply that is not the expected JSON without crashing', async () => {
    fake.reply('I think you should ask someone else.');
    const a = await answerQuestion(store, UNPLACEABLE, { llm });
    expect(a.rows).toEqual([]);
    expect(a.suggestions?.length).toBeGreaterThan(0);
  });
  it('is configured from OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL only', () => {
    expect(llmFromEnv({})).toBeNull();
    expect(llmFromEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' })).toMatchObject({ model: 'gpt-4o-mini' });
    expect(llmFromEnv({ OPENAI_API_KEY: 'k', OPENAI_MODEL: 'm' })).toMatchObject({ apiKey: 'k', model: 'm' });
  });
});

const HOSTILE = [
  "CREATE (:Agency {id: 'x', name: 'x', aliases: []})",
  'MATCH (n:Agency) DETACH DELETE n',
  'MATCH (n:Measure) RETURN n.ref AS ref; MATCH (n) DETACH DELETE n',
  "MATCH (a:Agency) SET/**/a.name = 'pwned' RETURN a.id AS id",
  "MATCH (a:Agency) // harmless\nWITH a MERGE (b:Agency {id: 'y'}) RETURN b.id AS id",
  "ＣＲＥＡＴＥ (:Agency {id: 'fw', name: 'fw', aliases: []})",
  'MATCH (n:Target) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n',
  'CALL show_tables() RETURN *',
  "LOAD FROM '/etc/passwd' RETURN *",
  "COPY Agency FROM '/tmp/agencies.csv'",
  'MATCH (m:Measure) REMOVE m.text RETURN m.ref AS ref',
  'DROP TABLE Target',
];

describe('hostile replies never write', () => {
  it.each(HOSTILE)('%s → refused', async (cypher) => {
    const before = await store.run({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} }, { readOnly: true });
    fake.reply(reply(cypher));
    const a = await answerQuestion(store, UNPLACEABLE, { llm });
    expect(a.intent).toBe('llm');
    expect(a.rows).toEqual([]);
    expect(a.answer).toMatch(/refused|could not be answered/);
    const after = await store.run({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} }, { readOnly: true });
    expect(after).toEqual(before);
  });
  it('leaves the whole store identical', async () => {
    const before = await snapshot();
    for (const cypher of HOSTILE) { fake.reply(reply(cypher)); await answerQuestion(store, UNPLACEABLE, { llm }); }
    expect(await snapshot()).toBe(before);
    const a = await answerQuestion(store, '市林草局牵头的措施有哪些', { llm: null });
    expect(a.rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '1.3']);
  });
});
