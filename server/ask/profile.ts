// Per-question profile of the engine on a real store: each question of the bench mix (or given ones) asked twice —
// cold (first asking at this graph version) and warm — with the time of every Cypher statement it ran.
// Usage: node bin/run-ts.js server/ask/profile.ts --db <a COPY of a store> [--no-warm] ["question" …]
// Opening a store read-write may write to it (e.g. a schema migration): never point it at a shared store.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { GraphStore, Query, RunOptions } from '../../graph/types.ts';
import { answerQuestion, warmAsk } from './index.ts';

export interface Profile { question: string; intent: string; coldMs: number; warmMs: number; total: number; queries: Array<{ ms: number; rows: number; cypher: string }> }

/** Ask each question cold then warm; `store.run` is timed for the duration (and restored afterwards). */
export async function profileQuestions(store: GraphStore, questions: string[]): Promise<Profile[]> {
  const run = store.run.bind(store);
  let log: Profile['queries'] = [];
  store.run = async (q: Query, o?: RunOptions) => {
    const t = performance.now(); const rows = await run(q, o);
    log.push({ ms: performance.now() - t, rows: rows.length, cypher: q.cypher.replace(/\s+/g, ' ') });
    return rows;
  };
  const out: Profile[] = [];
  try {
    for (const question of questions) {
      log = [];
      const t0 = performance.now(); const a = await answerQuestion(store, question, { llm: null }); const coldMs = performance.now() - t0;
      const queries = log; log = [];
      const t1 = performance.now(); await answerQuestion(store, question, { llm: null }); const warmMs = performance.now() - t1;
      out.push({ question, intent: a.intent, coldMs, warmMs, total: a.total, queries });
    }
  } finally { store.run = run; }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--db');
  const db = at >= 0 ? args[at + 1] : undefined;
  if (!db) throw new Error('usage: profile.ts --db <copy of a store> [--no-warm] ["question" …]');
  const given = args.filter((a, i) => !a.startsWith('--') && i !== at + 1);
  const { openStore } = await import('../../graph/index.ts');
  const store = await openStore({ db, backend: 'ladybug' });
  try {
    if (!args.includes('--no-warm')) { const t = performance.now(); await warmAsk(store); console.log(`warm-up ${(performance.now() - t).toFixed(0)} ms`); }
    const { generateCorpus, questionMix } = await import('../../bench/index.ts');
    const questions = given.length ? given : questionMix(generateCorpus({ count: 40, seed: 1 }));   // the mix reads the first documents only
    for (const p of await profileQuestions(store, questions)) {
      console.log(`${p.intent.padEnd(22)} cold ${p.coldMs.toFixed(0).padStart(6)} ms  warm ${p.warmMs.toFixed(1).padStart(6)} ms  total ${String(p.total).padStart(6)}  ${p.question}`);
      for (const q of p.queries) console.log(`    ${q.ms.toFixed(0).padStart(6)} ms ${String(q.rows).padStart(7)} rows  ${q.cypher.slice(0, 110)}`);
    }
  } finally { await store.close(); }
}
