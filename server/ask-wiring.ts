// Connects the question engine (server/ask) to the API: ask(question) → answerQuestion(store, question).
import type { GraphStore } from '../graph/types.ts';
import type { AskFn } from './context.ts';

type AskModule = typeof import('./ask/index.ts');

/**
 * The ask function for POST /api/ask. The engine (and its LLM client) is imported on first use so the server
 * starts fast; `warm()` starts that import in the background once the server listens.
 */
export function loadAsk(store: GraphStore, log: (line: string) => void): { ask: AskFn; warm(): void } {
  let mod: Promise<AskModule> | undefined;
  const load = () => (mod ??= import('./ask/index.ts').then((m) => {
    if (m.llmFromEnv()) log('Question engine: rules + LLM fallback (OPENAI_* configured).');
    return m;
  }));
  return {
    ask: async (question) => (await load()).answerQuestion(store, question),
    warm: () => { load().catch((err: unknown) => log(`Question engine failed to load: ${(err as Error).message}`)); },
  };
}
