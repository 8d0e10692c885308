import { openStore } from '../../graph/index.ts';
import { ingestBuffer } from '../../ingest/index.ts';
import { answerQuestion } from '../../server/ask/index.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { questionMix } from '../../bench/questions.ts';
const store = await openStore({ db: '/tmp/askexp/bench-' + Date.now() });
const docs = generateCorpus({ count: Number(process.argv[2] ?? 100), seed: 1 });
let t = Date.now();
for (const d of docs) { const r = ingestBuffer(new TextEncoder().encode(d.text), { file: d.name }); if (r.ok) await store.loadDocument(r.document); }
console.log('load', Date.now() - t);
for (const q of [...questionMix(docs), '市水利局和市财政局之间有什么联系?']) {
  t = Date.now(); const a = await answerQuestion(store, q, { llm: null });
  console.log(Date.now() - t, 'ms', a.intent, a.rows.length, q);
}
await store.close();
