// Pure stages: normalization, numerals and references, entity linking against an in-memory lexicon, intent rules.
import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../server/ask/entities.ts';
import { classify } from '../../server/ask/intents.ts';
import type { Lexicon } from '../../server/ask/lexicon.ts';
import { expandAgencyForms } from '../../server/ask/aliases.ts';
import { canonicalNumber, detectLanguage, normalizeQuestion } from '../../server/ask/normalize.ts';
import { findChapters, findMeasureRefs, findYears, parseNumeral } from '../../server/ask/refs.ts';

function lexicon(): Lexicon {
  const agencies = new Map([
    ['市科学技术局', { id: '市科学技术局', name: '市科学技术局', nameEn: 'Science and Technology Bureau' }],
    ['市财政局', { id: '市财政局', name: '市财政局', nameEn: 'Finance Bureau' }],
    ['市水利局', { id: '市水利局', name: '市水利局', nameEn: null }],
  ]);
  const agencyForms = new Map<string, Set<string>>();
  for (const a of agencies.values()) for (const f of [a.name, ...(a.nameEn ? [a.nameEn] : [])].flatMap(expandAgencyForms)) {
    const k = f.toLowerCase(); agencyForms.set(k, new Set([...(agencyForms.get(k) ?? []), a.id]));
  }
  const doc = { id: 'number:鄂府办发〔2021〕25号', number: '鄂府办发〔2021〕25号', title: '暂行办法', titleSc: '暂行办法', ingested: false };
  return { agencies, agencyForms, documents: [doc], numbers: new Map([[doc.number, doc]]), chapters: [], measureRefs: new Set(['1.5', '2.5', '4.3']), signature: '' };
}
const link = (q: string) => linkEntities(normalizeQuestion(q).text, lexicon());
const intentOf = (q: string) => classify(normalizeQuestion(q).text, link(q));

describe('normalize', () => {
  it.each([['哪些措施涉及市科学技术局?', 'zh-Hans'], ['哪些措施涉及市科學技術局?', 'zh-Hant'], ['Who leads measure 1.2?', 'en'],
    ['What is 人社部发[2019]137号?', 'en'], ['鄂府辦發(2021)25號是什麼?', 'zh-Hant']])('%s → %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
  it('folds widths and scripts', () => {
    expect(normalizeQuestion('措施１．２的牽頭單位？').text).toBe('措施1.2的牵头单位?');
  });
  it.each(['鄂府办发〔2021〕25号', '鄂府办发[2021]25号', '鄂府辦發(2021)25號', '鄂府办发【2021】25号', '鄂府办发2021〕25号'])('%s → canonical', (n) => {
    expect(canonicalNumber(n)).toBe('鄂府办发〔2021〕25号');
  });
});

describe('references', () => {
  it('reads Chinese numerals', () => {
    expect(['一', '五', '十', '十一', '二十三', '7', '百'].map(parseNumeral)).toEqual([1, 5, 10, 11, 23, 7, null]);
  });
  it('finds measure refs in every written form', () => {
    const refs = (q: string) => findMeasureRefs(normalizeQuestion(q).text).map((h) => h.ref);
    expect(refs('措施1.2的牵头单位')).toEqual(['1.2']);
    expect(refs('第四章第三项措施')).toEqual(['4.3']);
    expect(refs('第二章第五项')).toEqual(['2.5']);
    expect(refs('measure 3 of chapter 4')).toEqual(['4.3']);
    expect(refs('the third measure of chapter 4')).toEqual(['4.3']);
    expect(refs('投资2.6亿元')).toEqual([]);
  });
  it('finds chapters and years, not the year inside a document number', () => {
    expect(findChapters('第一章和chapter 3').map((c) => c.ordinal)).toEqual([1, 3]);
    expect(findYears('到2025年的目标')).toEqual([2025]);
    expect(findYears('targets by 2030')).toEqual([2030]);
    expect(findYears('鄂府办发〔2021〕25号')).toEqual([]);
  });
});

describe('entity linking', () => {
  it('links agencies by abbreviation, without 市, in Traditional and in English', () => {
    for (const q of ['市科技局参与了哪些措施', '科学技术局的措施', '市科學技術局的措施', 'measures of the Science and Technology Bureau', 'bureau of science and technology']) {
      expect(link(q).agencies.map((a) => a.id), q).toEqual(['市科学技术局']);
    }
    expect(link('市水利局和财政局').agencies.map((a) => a.id)).toEqual(['市水利局', '市财政局']);
    expect(link('Water Resources Bureau').agencies.map((a) => a.id)).toEqual(['市水利局']);
  });
  it('links document numbers in any bracket form', () => {
    for (const q of ['鄂府办发〔2021〕25号是什么', '鄂府办发[2021]25号是什么', '請問鄂府辦發(2021)25號']) expect(link(q).documents[0]?.id, q).toBe('number:鄂府办发〔2021〕25号');
  });
  it('never guesses: a bare 局 or an unplaced (五) is ambiguous', () => {
    expect(link('局').ambiguous[0]?.candidates.length).toBe(3);
    expect(link('(五)的牵头单位').ambiguous[0]?.candidates).toEqual(['1.5', '2.5']);
    expect(link('第二章(五)的牵头单位').measures.map((m) => m.ref)).toEqual(['2.5']);
    expect(link('布局怎么样').ambiguous).toEqual([]);
    expect(link('哪些措施涉及市商务局').unknownAgencies).toEqual(['市商务局']);
    expect(intentOf('市商务局牵头的措施').name).toBe('unknown');
  });
  it('maps English topic words to Chinese terms', () => {
    expect(link('measures about hydrogen').topics[0]?.terms).toEqual(['氢']);
    expect(link('targets for charging piles').topics[0]?.terms).toEqual(['充电桩']);
    expect(link('哪些措施与碳汇有关').topics[0]?.terms).toEqual(['碳汇']);
  });
});

describe('intent rules', () => {
  it.each([
    ['哪些措施涉及市科学技术局?', 'measures_by_agency'], ['市财政局作为配合单位的措施', 'measures_by_agency'],
    ['市科学技术局和市财政局共同参与的措施', 'agencies_sharing'], ['市水利局和市财政局之间有什么联系?', 'path_between'],
    ['哪些部门与市水利局合作?', 'partners_of'], ['措施1.2的牵头单位是谁?', 'measure_agencies'], ['第二章有几项措施?', 'chapter_measure_count'],
    ['第一章引用了哪些文件?', 'chapter_citations'], ['哪个部门参与的措施最多?', 'top_agency'], ['哪些文件还有待制定?', 'planned_documents'],
    ['鄂府办发〔2021〕25号转发了哪个文件?', 'forwards'], ['2023年有哪些量化目标?', 'targets_by_year'], ['关于充电桩的目标', 'targets_by_topic'],
    ['市水利局到2025年要完成什么?', 'agency_targets'], ['measures about hydrogen', 'measures_by_topic'], ['help', 'help'], ['今天天气怎么样', 'unknown'],
  ])('%s → %s', (q, intent) => {
    expect(intentOf(q).name).toBe(intent);
  });
  it('reads the role asked for', () => {
    expect(intentOf('市科技局牵头的措施').name).toBe('measures_by_agency');
    expect(intentOf('Which measures does the Finance Bureau lead?')).toMatchObject({ role: 'lead' });
    expect(intentOf('市财政局作为配合单位的措施')).toMatchObject({ role: 'cooperating' });
    expect(intentOf('市财政局负责落实的措施')).toMatchObject({ role: 'responsible' });
    expect(intentOf('哪些措施涉及市财政局')).toMatchObject({ role: 'any' });
  });
});
