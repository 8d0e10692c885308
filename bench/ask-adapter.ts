// The question engine as the bench's server gets it: the rule engine only (no LLM), as the targets are stated for it.
import type { GraphStore } from '../graph/types.ts';
import type { AskFn } from '../server/index.ts';
import { answerQuestion } from '../server/ask/index.ts';

export async function makeAsk(store: GraphStore): Promise<AskFn> {
  return (question) => answerQuestion(store, question, { llm: null });
}
