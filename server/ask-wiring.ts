// Connects the question engine (server/ask) to the API: ask(question) → answerQuestion(store, question).
import type { GraphStore } from '../graph/types.ts';
import type { AskFn } from './context.ts';

type AskModule = typeof import('./ask/index.ts');

/** How often the store's write counter is looked at to warm the engine again after writes (once they settle). */
const REWARM_CHECK_MS = 1_000;

/**
 * The ask function for POST /api/ask. The engine (and its LLM client) is imported on first use so the server
 * starts fast; `warm()` (called once the server listens) imports it in the background and builds the lexicon and
 * the whole-graph answers (warmAsk), so the first question does not pay for them. Afterwards, when writes (uploads,
 * deletes) changed the graph and then nothing was written for a second, it warms again. Questions arriving
 * meanwhile share that work.
 */
export function loadAsk(store: GraphStore, log: (line: string) => void): { ask: AskFn; warm(): Promise<void> } {
  let mod: Promise<AskModule> | undefined;
  const load = () => (mod ??= import('./ask/index.ts').then((m) => {
    if (m.llmFromEnv()) log('Question engine: rules + LLM fallback (OPENAI_* configured).');
    return m;
  }));
  let warmed = -1; let seen = store.version; let timer: NodeJS.Timeout | undefined; let running = false;
  const warmNow = async (): Promise<void> => {
    running = true;
    const version = store.version;
    try {
      await (await load()).warmAsk(store);
      warmed = version;
    } catch (err) {
      if (timer) clearInterval(timer);   // e.g. the store was closed: stop watching
      const code = (err as { code?: unknown }).code;
      if (code !== 'closed') log(`Question engine failed to warm up: ${(err as Error).message}`);
    } finally { running = false; }
  };
  const watch = (): void => {
    const now = store.version;
    const settled = now === seen;
    seen = now;
    if (settled && now !== warmed && !running) void warmNow();
  };
  return {
    ask: async (question, page) => (await load()).answerQuestion(store, question, { ...page }),
    warm: async () => {
      await warmNow();
      if (!timer) { timer = setInterval(watch, REWARM_CHECK_MS); timer.unref(); }
    },
  };
}
