// Public surface of server/ask: a plain-language question → entities + intent → Cypher → rows → answer + graph.
import type { GraphStore, Row } from '../../graph/types.ts';
import { answerText } from './answer.ts';
import { linkEntities, type Entities } from './entities.ts';
import { toElements, type GraphElements } from './graph-elements.ts';
import { classify, type Intent, type IntentName } from './intents.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { askLlm, llmFromEnv, type LlmConfig } from './llm.ts';
import { ambiguousMessage, ambiguousSuggestions, helpMessage, suggestions, unknownMessage } from './messages.ts';
import { normalizeQuestion, toTraditional, type Language } from './normalize.ts';
import { MERGED_COLUMNS } from './merge.ts';
import { pageNote, pageOf } from './page.ts';
import { queryFor } from './queries.ts';
import { cached, forget } from './result-cache.ts';
import { answerRows } from './rows.ts';

export { invalidateLexicon, loadLexicon } from './lexicon.ts';
export { llmFromEnv, type LlmConfig } from './llm.ts';
export { normalizeQuestion, type Language } from './normalize.ts';
export { QUERY_TEXT, queryFor } from './queries.ts';
export type { Entities } from './entities.ts';
export type { Intent, IntentName } from './intents.ts';

export interface AskOptions {
  /** LLM for questions the rules cannot place: undefined → from the environment; null → never. */
  llm?: LlmConfig | null;
  timeoutMs?: number;
  /** Rows the LLM's query may return (default 500). */
  maxRows?: number;
  /** Page of the answer's rows: at most `limit` (default 50, ≤ 1,000) rows from `offset` (default 0). */
  limit?: number;
  offset?: number;
}

export interface AskAnswer {
  question: string;
  language: Language;
  intent: IntentName | 'llm';
  entities: Entities;
  cypher: string | null;
  params: Record<string, unknown>;
  columns: string[];
  rows: Row[];
  answer: string;
  graph: GraphElements;
  suggestions?: string[];
  /** Rows of the whole answer; `rows` holds the page from `offset` of at most `limit` of them. */
  total: number;
  offset: number;
  limit: number;
}

const EMPTY: GraphElements = { nodes: [], edges: [] };
const EMPTY_ENTITIES: Entities = { agencies: [], measures: [], chapters: [], documents: [], years: [], topics: [], ambiguous: [], unknownAgencies: [] };

function columnsOf(cypher: string, rows: Row[]): string[] {
  if (rows[0]) return Object.keys(rows[0]);
  const ret = cypher.slice(cypher.lastIndexOf('RETURN'));
  return [...ret.matchAll(/\bAS\s+([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '');
}

function llmAnswer(count: number, refused: string | undefined, error: string | undefined, language: Language): string {
  const zh = refused ? `这个问题生成的查询被拒绝了(只允许只读查询)。` : error ? `无法回答这个问题:生成的查询没有成功运行。` : `通过模型生成的只读查询找到 ${count} 条结果。`;
  const en = refused ? 'The query generated for this question was refused (only read-only queries are allowed).' : error ? 'The question could not be answered: the generated query did not run.' : `A model-written read-only query found ${count} rows.`;
  return language === 'en' ? en : language === 'zh-Hant' ? toTraditional(zh) : zh;
}


/**
 * Answer one question from the graph: rules first, the LLM only for questions the rules cannot place. A rule answer
 * is kept per graph version, question text and page (result-cache.ts): asking it again until the graph changes costs
 * a lookup — no linking, no templating. Model-written answers are not kept.
 */
export async function answerQuestion(store: GraphStore, question: string, options: AskOptions = {}): Promise<AskAnswer> {
  const page = pageOf(options);
  const key = JSON.stringify(['answer', question, page.offset, page.limit, options.llm === null ? 'rules' : 'auto', options.maxRows ?? null]);
  const answer = await cached(store, key, () => compute(store, question, options));
  if (answer.intent === 'llm') forget(store, key);
  return { ...answer };   // a caller adding fields does not change the kept answer
}

async function compute(store: GraphStore, question: string, options: AskOptions): Promise<AskAnswer> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRows = options.maxRows ?? 500;
  const page = pageOf(options);
  const q = normalizeQuestion(question);
  const lex: Lexicon = await loadLexicon(store);
  const base = { question, language: q.language, params: {}, columns: [], rows: [], graph: EMPTY, cypher: null, total: 0, ...page };
  if (!q.text) return { ...base, intent: 'unknown', entities: EMPTY_ENTITIES, answer: unknownMessage(q.language), suggestions: suggestions(lex, q.language) };
  const entities = linkEntities(q.text, lex);
  const intent: Intent = classify(q.text, entities);
  if (intent.name === 'help') return { ...base, intent: 'help', entities, answer: helpMessage(q.language), suggestions: suggestions(lex, q.language) };
  if (intent.name === 'ambiguous') {
    return { ...base, intent: 'ambiguous', entities, answer: ambiguousMessage(entities.ambiguous, q.language, lex), suggestions: ambiguousSuggestions(question, entities.ambiguous, q.language) };
  }
  if (intent.name === 'unknown') {
    const llm = options.llm === undefined ? llmFromEnv() : options.llm;
    if (llm && !entities.unknownAgencies.length) {
      const r = await askLlm(store, question, llm, { timeoutMs, maxRows });
      return {
        ...base, intent: 'llm', entities, cypher: r.query.cypher || null, params: r.query.params,
        rows: r.rows.slice(page.offset, page.offset + page.limit),
        columns: columnsOf(r.query.cypher, r.rows), total: r.rows.length, answer: llmAnswer(r.rows.length, r.refused, r.error, q.language),
        ...(r.refused || r.error ? { suggestions: suggestions(lex, q.language) } : {}),
      };
    }
    return { ...base, intent: 'unknown', entities, answer: unknownMessage(q.language, entities.unknownAgencies[0]), suggestions: suggestions(lex, q.language) };
  }
  const query = queryFor(intent);
  if (!query) return { ...base, intent: intent.name, entities, answer: unknownMessage(q.language), suggestions: suggestions(lex, q.language) };
  if (intent.name === 'document_lookup' && !intent.id) query.params = { id: intent.number ? `number:${intent.number}` : `title:${intent.title ?? ''}` };
  const paged = await answerRows(store, intent, query, page, timeoutMs);
  const { rows, total } = paged;
  return {
    question, language: q.language, intent: intent.name, entities, cypher: paged.cypher, params: query.params,
    columns: MERGED_COLUMNS[intent.name] ?? columnsOf(query.cypher, rows), rows,
    answer: answerText(intent, rows, lex, q.language, total) + pageNote(total, page, rows.length, q.language),
    graph: toElements(intent, rows, lex), total, ...page,
  };
}

/** Whole-graph questions answered ahead of the first asking (their rows are kept per graph version). */
const WARM_QUESTIONS = ['哪个部门参与的措施最多?', '哪些文件还有待制定?'];

/** Build the store's lexicon and the parameterless whole-graph answers now (at server start), not on a first question. */
export async function warmAsk(store: GraphStore): Promise<void> {
  await loadLexicon(store);
  for (const question of WARM_QUESTIONS) await answerQuestion(store, question, { llm: null });
}
