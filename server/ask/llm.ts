// LLM fallback for questions the rules cannot place: langchain ChatOpenAI → JSON {cypher, params, explanation}
// validated by zod → read-only guard → read-only run with timeout and row limit; one repair round on a syntax error.
import { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import { checkReadOnly } from '../../graph/guard.ts';
import { NODES, RELS } from '../../graph/schema.ts';
import { StoreError, type GraphStore, type Query, type Row } from '../../graph/types.ts';
import { EXAMPLE_CYPHER } from './llm-examples.ts';
import { queryFor } from './queries.ts';
import type { Intent } from './intents.ts';

export interface LlmConfig { apiKey?: string; baseURL?: string; model: string; timeoutMs?: number }

/** LLM settings from OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL; null when neither key nor URL is set. */
export function llmFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) return null;
  return { apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL || 'gpt-4o-mini' };
}

export const LlmReply = z.object({
  cypher: z.string().min(1).max(4000),
  params: z.record(z.string(), z.unknown()).default({}),
  explanation: z.string().default(''),
});
export type LlmReply = z.infer<typeof LlmReply>;

const EXAMPLES: Array<[string, Intent]> = [
  ['哪些措施涉及市科学技术局?', { name: 'measures_by_agency', agency: '市科学技术局', role: 'any', chapter: 0, terms: [''], topic: '' }],
  ['措施1.2的牵头单位是谁?', { name: 'measure_agencies', ref: '1.2', refs: ['1.2'], role: 'lead' }],
  ['市科学技术局和市财政局共同参与的措施', { name: 'agencies_sharing', agencies: ['市科学技术局', '市财政局'] }],
  ['2025年有哪些量化目标?', { name: 'targets_by_year', year: 2025, quantified: true }],
  ['哪些文件还有待制定?', { name: 'planned_documents' }],
];

export function systemPrompt(): string {
  const nodes = NODES.map((n) => `(:${n.label} {${Object.entries(n.properties).map(([k, v]) => `${k}: ${v}`).join(', ')}})`).join('\n');
  const rels = RELS.map((r) => r.pairs.map(([a, b]) => `(:${a})-[:${r.type}${Object.keys(r.properties).length ? ` {${Object.keys(r.properties).join(', ')}}` : ''}]->(:${b})`).join('\n')).join('\n');
  const examples = EXAMPLES.map(([q, i]) => { const query = queryFor(i) as Query; return `Q: ${q}\n${JSON.stringify({ cypher: EXAMPLE_CYPHER[i.name] ?? query.cypher, params: query.params, explanation: '…' })}`; }).join('\n\n');
  return [
    'You translate questions about Chinese government policy documents into ONE read-only Cypher query.',
    'The graph (agency ids and names are Simplified Chinese full names such as 市科学技术局; measure refs look like "1.2"; textSc holds Simplified text):',
    nodes, rels,
    'Rules: a single MATCH … RETURN statement; never CREATE, MERGE, SET, DELETE, REMOVE, DROP, LOAD, COPY or CALL; put every literal value in params; alias every returned column.',
    'Reply with JSON only: {"cypher": "...", "params": {...}, "explanation": "..."}.',
    'Worked examples:', examples,
  ].join('\n\n');
}

function parseReply(content: unknown): LlmReply {
  const text = typeof content === 'string' ? content : Array.isArray(content) ? content.map((c) => (typeof c === 'string' ? c : (c as { text?: string }).text ?? '')).join('') : '';
  const body = /```(?:json)?\s*([\s\S]*?)```/.exec(text)?.[1] ?? text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
  return LlmReply.parse(JSON.parse(body));
}

export interface LlmResult { query: Query; rows: Row[]; explanation: string; refused?: string; error?: string }

export async function askLlm(store: GraphStore, question: string, config: LlmConfig, limits: { timeoutMs: number; maxRows: number }): Promise<LlmResult> {
  const model = new ChatOpenAI({
    model: config.model, apiKey: config.apiKey ?? 'not-needed', temperature: 0, maxRetries: 0,
    timeout: config.timeoutMs ?? 30_000, useResponsesApi: false,
    configuration: config.baseURL ? { baseURL: config.baseURL } : undefined,
  });
  const messages: Array<[string, string]> = [['system', systemPrompt()], ['human', question]];
  let last: Query = { cypher: '', params: {} };
  for (let round = 0; round < 2; round++) {
    let reply: LlmReply;
    try {
      reply = parseReply((await model.invoke(messages)).content);
    } catch (e) {
      return { query: last, rows: [], explanation: '', error: e instanceof z.ZodError || e instanceof SyntaxError ? 'the model reply was not valid JSON of the expected shape' : 'the model could not be reached' };
    }
    last = { cypher: reply.cypher, params: reply.params };
    try {
      checkReadOnly(reply.cypher);
    } catch (e) {
      return { query: last, rows: [], explanation: reply.explanation, refused: (e as Error).message };
    }
    try {
      const rows = await store.run(last, { readOnly: true, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows });
      return { query: last, rows, explanation: reply.explanation };
    } catch (e) {
      const code = e instanceof StoreError ? e.code : 'internal';
      if (code === 'read-only-violation' || code === 'multi-statement') return { query: last, rows: [], explanation: reply.explanation, refused: (e as Error).message };
      if (code !== 'syntax' || round === 1) return { query: last, rows: [], explanation: reply.explanation, error: (e as Error).message };
      messages.push(['ai', JSON.stringify(reply)], ['human', `That query failed: ${(e as Error).message}. Reply with a corrected JSON object.`]);
    }
  }
  return { query: last, rows: [], explanation: '', error: 'no usable query' };
}
