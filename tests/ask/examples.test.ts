// Every example question of issue 4, on the sample, offline. Expected sets were read from
// seeds/ordos-efufa-2023-58.txt by hand (measure refs chapter.measure; agencies from 牵头/配合 and action parentheses).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/types.ts';
import type { PolicyDocument } from '../../ingest/index.ts';
import { answerQuestion, type AskAnswer } from '../../server/ask/index.ts';
import { norm, refsOf, sampleStore, sorted } from './setup.ts';

let store: GraphStore; let doc: PolicyDocument;
beforeAll(async () => { ({ store, doc } = await sampleStore()); });
afterAll(async () => { await store?.close(); });
const ask = (q: string): Promise<AskAnswer> => answerQuestion(store, q, { llm: null });

const SCI_TECH = ['1.2', '1.3', '2.1', '4.3', '4.4', '5.1', '5.2', '5.3', '5.5', '6.7', '6.8', '6.9'];

describe('agency questions', () => {
  it.each([
    ['哪些措施涉及市科学技术局?', 'zh-Hans'], ['市科技局参与了哪些措施', 'zh-Hans'],
    ['Which measures involve the Science and Technology Bureau?', 'en'], ['哪些措施涉及市科學技術局?', 'zh-Hant'],
  ])('%s → any role', async (q, language) => {
    const a = await ask(q);
    expect(a.intent).toBe('measures_by_agency');
    expect(a.language).toBe(language);
    expect(refsOf(a.rows)).toEqual(sorted(SCI_TECH));
    expect(a.answer).toContain('12');
    if (language === 'zh-Hant') expect(a.answer).toContain('項');
    if (language === 'en') expect(a.answer).toMatch(/measures/);
    expect(a.graph.nodes.filter((n) => n.data.kind === 'measure')).toHaveLength(12);
  });
  it.each([
    ['市林草局牵头的措施有哪些', ['1.1', '1.2', '1.3']],
    ['Which measures does the Water Resources Bureau lead?', ['1.4', '1.5', '1.6']],
    ['市财政局作为配合单位的措施', ['1.2', '5.1', '5.3', '5.7']],
    ['市科学技术局和市财政局共同参与的措施', ['1.2', '5.1', '5.3', '6.9']],
  ])('%s', async (q, expected) => {
    expect(refsOf((await ask(q)).rows)).toEqual(expected);
  });
  it('哪些部门与市水利局合作? → agencies sharing a measure', async () => {
    const a = await ask('哪些部门与市水利局合作?');
    expect(a.intent).toBe('partners_of');
    expect(sorted(a.rows.map((r) => String(r.agency)))).toEqual(sorted(['市林业和草原局', '市自然资源局', '市生态环境局', '市住房和城乡建设局']));
  });
});

describe('measures, chapters, ranking', () => {
  it('措施1.2的牵头单位是谁?', async () => {
    const a = await ask('措施1.2的牵头单位是谁?');
    expect(a.rows.map((r) => r.agency)).toEqual(['市林业和草原局']);
    expect(a.answer).toContain('市林业和草原局');
  });
  it('第四章第三项措施由哪些单位负责?', async () => {
    const a = await ask('第四章第三项措施由哪些单位负责?');
    expect(a.params).toMatchObject({ refs: ['4.3'] });
    expect(sorted(a.rows.map((r) => String(r.agency)))).toEqual(sorted(['市农牧局', '市科学技术局']));
  });
  it('第二章有几项措施? → 6', async () => {
    const a = await ask('第二章有几项措施?');
    expect(a.rows[0]?.measures).toBe(6);
    expect(a.answer).toContain('6 项');
  });
  it('哪个部门参与的措施最多? → 市科学技术局 (12)', async () => {
    const a = await ask('哪个部门参与的措施最多?');
    expect(a.rows.map((r) => [r.agency, r.measures])).toEqual([['市科学技术局', 12]]);
  });
});

describe('documents', () => {
  it('第一章引用了哪些文件?', async () => {
    const a = await ask('第一章引用了哪些文件?');
    expect(sorted(a.rows.map((r) => norm(r.title)))).toEqual(sorted([
      '鄂尔多斯“三北”和“几字弯”攻坚战项目可研报告编制工作方案', '鄂尔多斯市国际荒漠化防治技术创新中心建设方案',
      '“四水四定”实施方案', '十大孔兑综合治理规划', '鄂尔多斯市海绵城市建设管理条例(草案)', '鄂尔多斯市区域再生水循环利用试点实施方案',
    ].map(norm)));
    expect(a.rows.find((r) => norm(r.title).includes('再生水'))?.number).toBe('鄂府函〔2021〕159号');
  });
  it('鄂府办发〔2021〕25号是什么文件? 哪些措施引用了它?', async () => {
    const a = await ask('鄂府办发〔2021〕25号是什么文件? 哪些措施引用了它?');
    expect(norm(a.rows[0]?.title)).toBe(norm('鄂尔多斯市电动汽车充电基础设施建设运营管理暂行办法'));
    expect(a.rows[0]?.citedBy).toEqual(['3.4']);
    for (const form of ['鄂府办发[2021]25号是什么文件', '鄂府辦發(2021)25號是什麼文件?']) expect((await ask(form)).rows[0]?.citedBy).toEqual(['3.4']);
  });
  it('哪些文件还有待制定?', async () => {
    const a = await ask('哪些文件还有待制定?');
    expect(sorted(a.rows.map((r) => norm(r.title)))).toEqual(sorted([
      '鄂尔多斯市国际荒漠化防治技术创新中心建设方案', '“四水四定”实施方案', '十大孔兑综合治理规划', '鄂尔多斯市海绵城市建设管理条例(草案)',
      '绿色智慧陆港物流实施方案', '内蒙古自治区鄂尔多斯市高铝粉煤灰综合利用推进方案', '国家现代农业产业园规划', '国家现代农业产业园实施方案',
      '内蒙古鄂尔多斯市华莲旅游度假区总体规划(2021—2030年)', '七星湖旅游景区质量等级申请评定报告书',
      '鄂尔多斯市境内剩余49段收费公路新能源车辆2折差异化收费可行性研究方案', '“蒙科聚”创新驱动分中心(鄂尔多斯)实施方案',
      '鄂尔多斯市示范性就业技能实训基地和家庭服务职业培训示范基地认定管理办法(2023—2025年)', '名校引才实施方案',
      '鄂尔多斯市促进产业基金高质量发展三年行方案(2023—2025年)',
    ].map(norm)));
  });
  it('内人社发〔2021〕6号转发了哪个文件?', async () => {
    const a = await ask('内人社发〔2021〕6号转发了哪个文件?');
    expect(a.rows.map((r) => norm(r.title))).toEqual([norm('关于事业单位科研人员职务科技成果转化现金奖励纳入绩效工资管理有关问题的通知')]);
  });
});

describe('targets', () => {
  it('2023年有哪些量化目标? → every quantified 2023 target ingest found, including the hand-checked ones', async () => {
    const a = await ask('2023年有哪些量化目标?');
    const ids = sorted(a.rows.map((r) => String(r.id)));
    expect(ids).toEqual(sorted(doc.targets.filter((t) => t.year === 2023 && t.value !== null).map((t) => t.id)));
    expect(a.rows.every((r) => typeof r.value === 'number')).toBe(true);
    const all = await ask('2023年有哪些目标?');
    expect(all.rows.length).toBe(doc.targets.filter((t) => t.year === 2023).length);
    expect(all.rows.length).toBeGreaterThan(a.rows.length);
    const texts = a.rows.map((r) => norm(r.text)).join('|');
    for (const s of ['5000个公共充电桩', '盘活闲置水指标1000万立方米', '5500万千瓦', '150亿元']) expect(texts).toContain(s);
    expect(a.rows.every((r) => r.year === 2023)).toBe(true);
  });
  it('关于充电桩的目标 → the 5000 public charging piles of measure 3.4', async () => {
    const a = await ask('关于充电桩的目标');
    expect(a.rows.map((r) => [r.ref, r.value])).toEqual([['3.4', 5000]]);
  });
  it('市能源局到2025年要完成什么? → targets of its actions, not the power company\'s', async () => {
    const a = await ask('市能源局到2025年要完成什么?');
    expect(refsOf(a.rows)).toEqual(['2.1', '2.3', '2.4', '2.5']);
    const texts = a.rows.map((r) => norm(r.text)).join('|');
    expect(texts).toContain('1亿千瓦');
    expect(texts).not.toContain('5000万千瓦');
    expect(a.rows.every((r) => r.year === 2025)).toBe(true);
  });
});

describe('topics, paths, ambiguity', () => {
  it.each([['哪些措施与碳汇有关?', ['6.5']], ['measures about hydrogen', ['2.1', '2.4', '2.6']], ['有關氫能的措施', ['2.1', '2.4', '2.6']]])('%s', async (q, expected) => {
    expect(refsOf((await ask(q)).rows)).toEqual(expected);
  });
  it('市水利局和市财政局之间有什么联系? → both shortest paths through 市林业和草原局', async () => {
    const a = await ask('市水利局和市财政局之间有什么联系?');
    expect(a.intent).toBe('path_between');
    expect(sorted(a.rows.map((r) => (r.path as string[]).join('>')))).toEqual([
      '市水利局>1.4>市林业和草原局>1.2>市财政局', '市水利局>1.5>市林业和草原局>1.2>市财政局',
    ]);
    expect(a.graph.edges.length).toBeGreaterThanOrEqual(6);
  });
  it.each(['局', '哪些措施涉及局?', '(五)的牵头单位是谁?'])('%s → ambiguous with suggestions, nothing guessed', async (q) => {
    const a = await ask(q);
    expect(a.intent).toBe('ambiguous');
    expect(a.rows).toEqual([]);
    expect(a.suggestions?.length).toBeGreaterThan(0);
  });
  it('财政局 alone is one agency', async () => {
    expect(refsOf((await ask('财政局牵头的措施')).rows)).toEqual(['6.9']);
  });
  it('an unplaceable question → unknown in the user\'s language, with suggestions', async () => {
    const a = await ask('今天天氣怎麼樣?');
    expect(a.intent).toBe('unknown');
    expect(a.answer).toContain('問題');
    expect(a.suggestions?.length).toBeGreaterThan(3);
  });
});
