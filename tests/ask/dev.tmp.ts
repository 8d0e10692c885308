import { openStore } from '../../graph/index.ts';
import { ingestFile } from '../../ingest/index.ts';
import { answerQuestion } from '../../server/ask/index.ts';
const store = await openStore({ db: '/tmp/askexp/dev-' + Date.now() });
const r = await ingestFile('seeds/ordos-efufa-2023-58.txt');
if (!r.ok) throw new Error(r.reason);
await store.loadDocument(r.document);
const qs = process.argv.slice(2).length ? process.argv.slice(2) : [
 '哪些措施涉及市科学技术局?', '市科技局参与了哪些措施', 'Which measures involve the Science and Technology Bureau?',
 '市林草局牵头的措施有哪些', 'Which measures does the Water Resources Bureau lead?', '市财政局作为配合单位的措施',
 '市科学技术局和市财政局共同参与的措施', '哪些部门与市水利局合作?', '措施1.2的牵头单位是谁?', '第四章第三项措施由哪些单位负责?',
 '第二章有几项措施?', '哪个部门参与的措施最多?', '第一章引用了哪些文件?', '鄂府办发〔2021〕25号是什么文件? 哪些措施引用了它?',
 '哪些文件还有待制定?', '内人社发〔2021〕6号转发了哪个文件?', '2023年有哪些量化目标?', '关于充电桩的目标', '市能源局到2025年要完成什么?',
 '哪些措施与碳汇有关?', 'measures about hydrogen', '市水利局和市财政局之间有什么联系?', '局', '哪些措施涉及局?', '市科學技術局參與了哪些措施?',
];
for (const q of qs) {
  const a = await answerQuestion(store, q, { llm: null });
  console.log(`\n## ${q}\n[${a.intent}] ${JSON.stringify(a.params)} ${JSON.stringify(a.entities).slice(0, 300)}\n${a.answer}`);
}
await store.close();
