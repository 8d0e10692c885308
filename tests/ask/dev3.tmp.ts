import { openStore } from '../../graph/index.ts';
import { ingestFile } from '../../ingest/index.ts';
import { answerQuestion } from '../../server/ask/index.ts';
import { miniDocument } from '../fixtures/ask/mini-doc.ts';
const store = await openStore({ db: '/tmp/askexp/dev3-' + Date.now() });
const r = await ingestFile('seeds/ordos-efufa-2023-58.txt'); if (!r.ok) throw new Error(r.reason);
await store.loadDocument(r.document); await store.loadDocument(miniDocument());
for (const q of ['措施1.1的牵头单位是谁?', '措施1.1的内容', '哪些措施涉及市财政局?', 'measures about hydrogen', '第一章有几项措施', '国函〔2022〕68号被哪些措施引用']) {
  const a = await answerQuestion(store, q, { llm: null }); console.log(`## ${q}\n${a.answer.slice(0, 300)}`);
}
await store.close();
