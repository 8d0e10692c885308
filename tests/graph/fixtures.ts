// Small hand-made PolicyDocuments for the store tests (validated by the shared zod model).
import { createHash } from 'node:crypto';
import { PolicyDocument, type Agency } from '../../ingest/model.ts';

const span = { start: 0, end: 1, line: 1 };
const agency = (id: string, aliases: string[], nameEn: string | null = null): Agency => ({ id, name: id, nameEn, aliases });

export const TRICKY = `引号'单"双\`反引号\` {大括号} $param \\ 反斜杠 <&> ; CREATE (n) // 注释 /* x */ 中文`;

/** Document A (国函-style number) cites B by number and a planned plan by title; two measures, three actions, one target. */
export function docA(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  const id = 'number:鄂府发〔2023〕58号';
  return PolicyDocument.parse({
    id, title: '鄂尔多斯市关于落实《国务院关于推动内蒙古高质量发展》的分解方案', number: '鄂府发〔2023〕58号', issuer: '鄂尔多斯市人民政府',
    writtenOn: '2023-05-10', publishedOn: '2023-05-12', indexNumber: '11150600/2023-00058', text: '全文 ' + TRICKY,
    source: { file: 'a.txt', format: 'text', encoding: 'utf-8', sha256: createHash('sha256').update('a').digest('hex') },
    chapters: [{ id: `${id}#1`, ordinal: 1, title: '一、能源', span }, { id: `${id}#2`, ordinal: 2, title: '二、生态 ' + TRICKY, span }],
    measures: [
      { id: `${id}#1.1`, ref: '1.1', chapterOrdinal: 1, ordinal: 1, text: '(一)發展新能源 ' + TRICKY, lead: ['市发展和改革委员会'],
        cooperating: ['市能源局', '市林业和草原局'], span },
      { id: `${id}#2.1`, ref: '2.1', chapterOrdinal: 2, ordinal: 1, text: '(一)生态保护', lead: ['市林业和草原局'], cooperating: [], span },
    ],
    actions: [
      { id: `${id}#1.1.1`, ref: '1.1.1', measureId: `${id}#1.1`, ordinal: 1, text: '1.到2025年装机达到1亿千瓦。(市能源局)', responsible: ['市能源局'], span },
      { id: `${id}#1.1.2`, ref: '1.1.2', measureId: `${id}#1.1`, ordinal: 2, text: '2.制定《新能源规划》。(市发展和改革委员会)', responsible: ['市发展和改革委员会'], span },
      { id: `${id}#2.1.1`, ref: '2.1.1', measureId: `${id}#2.1`, ordinal: 1, text: '1.植树。', responsible: ['市林业和草原局'], span },
    ],
    agencies: [
      agency('市发展和改革委员会', ['市发改委', '市發展和改革委員會'], 'Development and Reform Commission'),
      agency('市能源局', ['能源局']), agency('市林业和草原局', ['市林草局', '林业和草原局']),
    ],
    references: [
      { id: 'number:国函〔2022〕68号', title: '国务院关于推动内蒙古高质量发展的意见', number: '国函〔2022〕68号', issuer: '国务院', status: 'in-force', forwards: [] },
      { id: 'title:新能源规划', title: '新能源规划', number: null, issuer: null, status: 'planned', forwards: [] },
    ],
    citations: [
      { referenceId: 'number:国函〔2022〕68号', citedBy: id, status: 'in-force', span },
      { referenceId: 'number:国函〔2022〕68号', citedBy: `${id}#1.1`, status: 'in-force', span },
      { referenceId: 'title:新能源规划', citedBy: `${id}#1.1.2`, status: 'planned', span },
    ],
    targets: [{ id: `${id}#1.1.1/t1`, measureId: `${id}#1.1`, actionId: `${id}#1.1.1`, year: 2025, value: 1, unit: '亿千瓦', comparator: '>=', text: '到2025年装机达到1亿千瓦', span }],
    diagnostics: [],
    ...overrides,
  });
}

/** The cited 国函〔2022〕68号 itself, ingested: shares 市能源局 (with a new alias) with A. */
export function docB(): PolicyDocument {
  const id = 'number:国函〔2022〕68号';
  return PolicyDocument.parse({
    id, title: '国务院关于推动内蒙古高质量发展的意见', number: '国函〔2022〕68号', issuer: '国务院',
    writtenOn: '2022-10-28', publishedOn: null, indexNumber: null, text: '意见全文',
    source: { file: 'b.txt', format: 'text', encoding: 'utf-8', sha256: createHash('sha256').update('b').digest('hex') },
    chapters: [{ id: `${id}#1`, ordinal: 1, title: '一、总体要求', span }],
    measures: [{ id: `${id}#1.1`, ref: '1.1', chapterOrdinal: 1, ordinal: 1, text: '(一)能源', lead: ['市能源局'], cooperating: [], span }],
    actions: [{ id: `${id}#1.1.1`, ref: '1.1.1', measureId: `${id}#1.1`, ordinal: 1, text: '1.值 3.5 万吨', responsible: ['市能源局'], span }],
    agencies: [agency('市能源局', ['Energy Bureau'], 'Energy Bureau')],
    references: [
      { id: 'title:转发的通知', title: '关于转发〈新能源规划〉的通知', number: null, issuer: null, status: 'mentioned', forwards: ['title:新能源规划'] },
      { id: 'title:新能源规划', title: '新能源规划', number: null, issuer: '国家能源局', status: 'in-force', forwards: [] },
    ],
    citations: [{ referenceId: 'title:转发的通知', citedBy: `${id}#1.1.1`, status: 'mentioned', span }],
    targets: [{ id: `${id}#1.1.1/t1`, measureId: `${id}#1.1`, actionId: `${id}#1.1.1`, year: null, value: 3.5, unit: '万吨', comparator: '=', text: '值 3.5 万吨', span }],
    diagnostics: [],
  });
}
