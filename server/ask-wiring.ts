// Connects the question engine (server/ask) to the API: ask(question) → answerQuestion(store, question).
import type { GraphStore } from '../graph/types.ts';
import { answerQuestion, llmFromEnv } from './ask/index.ts';
import type { AskFn } from './context.ts';

/** The ask function for POST /api/ask; the LLM fallback is configured from OPENAI_* when present. */
export async function loadAsk(store: GraphStore, log: (line: string) => void): Promise<AskFn | undefined> {
  if (llmFromEnv()) log('Question engine: rules + LLM fallback (OPENAI_* configured).');
  return (question) => answerQuestion(store, question);
}
