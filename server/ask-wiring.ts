// Connects the question engine (server/ask, another module) to the API: ask(question) → answerQuestion(store, question).
import type { GraphStore } from '../graph/types.ts';
import type { AskFn } from './context.ts';

type AnswerQuestion = (store: GraphStore, question: string, options?: Record<string, unknown>) => Promise<unknown>;

/** The ask function, or undefined (POST /api/ask → 503) when the engine is not available. */
export async function loadAsk(store: GraphStore, log: (line: string) => void): Promise<AskFn | undefined> {
  const spec = './ask/index.ts';
  try {
    const mod = (await import(spec)) as { answerQuestion?: AnswerQuestion };
    const answer = mod.answerQuestion;
    if (typeof answer !== 'function') throw new Error('server/ask does not export answerQuestion');
    return (question) => answer(store, question);
  } catch (err) {
    log(`Question engine unavailable (${(err as Error).message}); POST /api/ask answers 503.`);
    return undefined;
  }
}
