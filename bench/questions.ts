// A mix of rule-engine questions (简/繁/English, every main intent: agency, sharing, partners, path, measure, chapter,
// document, ranking, targets by year/topic/agency, topic, planned) about entities that exist in the corpus.
import type { GeneratedDocument } from './corpus.ts';

export function questionMix(docs: GeneratedDocument[]): string[] {
  const agencies = [...new Set(docs.flatMap((d) => d.truth.measures.flatMap((m) => m.lead)))].slice(0, 6);
  const numbers = docs.slice(0, 4).map((d) => d.truth.number);
  const planned = docs.flatMap((d) => d.truth.citations.filter((c) => c.status === 'planned')).length > 0;
  const [a = '市科学技术局', b = '市财政局', c = '市水利局'] = agencies;
  const out = [
    `哪些措施涉及${a}?`,
    `${b}牵头的措施有哪些`,
    `${a}和${b}共同参与的措施`,
    `哪些部门与${c}合作?`,
    '哪个部门参与的措施最多?',
    '2025年有哪些量化目标?',
    '哪些措施与碳汇有关?',
    'Which measures involve the Science and Technology Bureau?',
    '哪些措施涉及市財政局?',
    `${numbers[0] ?? '国函〔2022〕68号'}是什么文件?`,
    `哪些措施引用了${numbers[1] ?? '国发〔2021〕23号'}?`,
    `市能源局到2025年要完成什么?`,
    `${c}和${b}之间有什么联系?`,
    'What is measure 2.3 about?',
    '第二章有幾項措施?',
    'targets about charging piles',
  ];
  if (planned) out.push('哪些文件还有待制定?');
  return out;
}
