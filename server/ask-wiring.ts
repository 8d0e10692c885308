// Connects the question engine (server/ask) to the API: ask(question) → answerQuestion(store, question).
import type { GraphStore } from '../graph/types.ts';
import type { AskFn } from './context.ts';

type AskModule = typeof import('./ask/index.ts');

/**
 * The ask function for POST /api/ask. The engine (and its LLM client) is imported on first use so the server
 * starts fast; `warm()` (called once the server listens) imports it in the background and builds the lexicon and
 * the whole-graph answers (warmAsk), so the first question does not pay for them. Questions arriving meanwhile
 * share that work.
 */
export function loadAsk(store: GraphStore, log: (line: string) => void): { ask: AskFn; warm(): Promise<void> } {
  let mod: Promise<AskModule> | undefined;
  const load = () => (mod ??= import('./ask/index.ts').then((m) => {
    if (m.llmFromEnv()) log('Question engine: rules + LLM fallback (OPENAI_* configured).');
    return m;
  }));
  return {
    ask: async (question) => (await load()).answerQuestion(store, question),
    warm: () => load().then((m) => m.warmAsk(store)).catch((err: unknown) => log(`Question engine failed to warm up: ${(err as Error).message}`)),
  };
}
