// Acceptance on the sample (鄂府發〔2023〕58號): hand-checked facts, then the full golden JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBuffer, type PolicyDocument } from '../../ingest/index.ts';
import { SAMPLE, fixture } from './helpers.ts';

const GOLDEN = fixture('ordos-efufa-2023-58.json');
const result = ingestBuffer(readFileSync(SAMPLE), { file: 'seeds/ordos-efufa-2023-58.txt' });
if (!result.ok) throw new Error(result.reason);
const d: PolicyDocument = result.document;
const ID = 'number:鄂府发〔2023〕58号';

describe('the sample document', () => {
  it('has its metadata', () => {
    expect(d).toMatchObject({ id: ID, number: '鄂府发〔2023〕58号', issuer: '市人民政府办公室',
      writtenOn: '2023-09-18', publishedOn: '2023-09-20', indexNumber: '000014349/2023-05944' });
    expect(d.title).toMatch(/^鄂爾多斯市人民政府關于印發落實.*分解方案的通知$/);
  });

  it('has 7 chapters with 7,6,4,9,7,11,5 measures', () => {
    expect(d.chapters.map((c) => c.title)).toEqual(['筑牢我國北方重要生態安全屏障', '加快構建現代能源體系', '加快形成綠色低碳生產和生活方式',
      '促進城鄉區域協同發展', '推動人才科技教育協同發展', '深化重點領域改革', '加強組織保障']);
    const per = d.chapters.map((c) => d.measures.filter((m) => m.chapterOrdinal === c.ordinal).length);
    expect(per).toEqual([7, 6, 4, 9, 7, 11, 5]);
    expect(d.measures.find((m) => m.ref === '4.9')?.text).toMatch(/^加大5G網絡/);
    expect(d.measures.filter((m) => m.chapterOrdinal === 7).every((m) => m.lead.length === 0 && m.cooperating.length === 0)).toBe(true);
  });

  it('has exactly the 22 agencies of the text, no duplicates', () => {
    expect(d.agencies.map((a) => a.id).sort()).toEqual(['市林业和草原局', '市自然资源局', '市科学技术局', '市财政局', '市水利局',
      '市生态环境局', '市住房和城乡建设局', '市能源局', '市发展和改革委员会', '市工业和信息化局', '鄂尔多斯供电公司', '市农牧局',
      '市市场监督管理局', '市文化和旅游局', '市交通运输局', '市教育体育局', '市大数据中心', '市委组织部', '市人力资源和社会保障局',
      '市公共资源交易中心', '国家税务总局鄂尔多斯市税务局', '市人民政府金融工作办公室'].sort());
  });

  it('resolves bare names, broken parentheses and typos to the right agencies', () => {
    const m = (ref: string) => d.measures.find((x) => x.ref === ref)!;
    const a = (ref: string) => d.actions.find((x) => x.ref === ref)!;
    expect([m('1.3').lead, m('1.3').cooperating]).toEqual([['市林业和草原局'], ['市科学技术局']]);
    expect([m('1.5').lead, m('1.5').cooperating]).toEqual([['市水利局'], ['市自然资源局', '市林业和草原局']]);
    expect(m('3.1').lead).toEqual(['市能源局']);
    expect(a('4.7.1').responsible).toEqual(['市交通运输局']);
    expect(a('6.10.1').responsible).toEqual(['国家税务总局鄂尔多斯市税务局']);
    expect(a('2.3.1').text).toMatch(/^加快沙戈荒/);
    expect(d.actions).toHaveLength(83);
    expect(d.actions.every((x) => x.responsible.length === 1)).toBe(true);
  });

  it('has every cited document with its number and status', () => {
    const refs = new Map(d.references.map((r) => [r.id, r]));
    const status = (id: string) => refs.get(id)?.status;
    for (const n of ['国函〔2022〕68号', '鄂府函〔2021〕159号', '鄂府办发〔2023〕19号', '鄂府办发〔2021〕25号', '鄂府发〔2022〕170号',
      '鄂党办发〔2022〕16号', '鄂府发〔2022〕78号', '鄂府发〔2022〕100号', '内人社发〔2020〕59号', '内人社发〔2021〕6号',
      '人社部发〔2019〕137号', '内人社办发〔2020〕36号']) expect(status(`number:${n}`), n).toBe('in-force');
    expect(status('number:内政字〔2023〕105号')).toBe('in-force'); // 自治区印发了《…》: issued already, the plan rests on it
    for (const t of ['四水四定实施方案', '名校引才实施方案', '十大孔兑综合治理规划', '鄂尔多斯市海绵城市建设管理条例(草案)']) {
      expect(status(`title:${t}`), t).toBe('planned');
    }
    expect(refs.get('number:内人社办发〔2020〕36号')?.forwards).toEqual(['number:人社部发〔2019〕137号']);
    expect(refs.get('number:内人社发〔2021〕6号')?.forwards).toEqual(['title:关于事业单位科研人员职务科技成果转化现金奖励纳入绩效工资管理有关问题的通知']);
    expect(refs.get('number:人社部发〔2019〕137号')?.issuer).toBe('人社部');
    expect(refs.get('number:国函〔2022〕68号')?.issuer).toBe('国务院'); // read from the title: 国务院关于…
    expect(d.citations.find((c) => c.referenceId === 'number:国函〔2022〕68号')?.citedBy).toBe(ID);
    expect(d.citations.find((c) => c.referenceId === 'number:鄂府办发〔2023〕19号')?.citedBy).toBe(`${ID}#3.4.1`);
  });

  it('has the quantified targets with year, value, unit and comparator', () => {
    const t = (actionRef: string) => d.targets.filter((x) => x.actionId === `${ID}#${actionRef}`)
      .map((x) => [x.year, x.value, x.unit, x.comparator]);
    expect(t('2.1.1')).toEqual([[2023, 5500, '万千瓦', '>'], [2025, 1, '亿千瓦', '>='], [2025, 50, '%', '>']]);
    expect(t('3.3.1')).toEqual([[2025, 1000, '万元', '>='], [2025, 5, '个', '>=']]);
    expect(t('3.4.1')[0]).toEqual([2023, 5000, '个', '=']);
    expect(t('5.1.1')[0]).toEqual([null, 300, '人', '=']);
    expect(t('4.3.1')).toContainEqual([2025, 700, '万只', '>=']);
    expect(t('2.3.1')).toEqual([[2023, null, null, null], [2025, null, null, null]]);
  });

  it('reports the sample quirks as diagnostics', () => {
    const codes = d.diagnostics.map((x) => `${x.code}@${x.line}`);
    // 159号, 3.1–3.3, 九), 6.10.1; and the page's own debris: the truncated 《 summary (line 14), 【  】【 buttons (18),
    // the ")" left in 石灰?guī)r (121) and in the garbled line 295.
    expect(d.diagnostics.filter((x) => x.code === 'unbalanced-bracket').map((x) => x.line)).toEqual([14, 18, 101, 121, 153, 159, 165, 241, 295, 385]);
    expect(codes).toContain('agency-typo@231');
    expect(d.diagnostics.filter((x) => x.code === 'garbled-text').length).toBeGreaterThanOrEqual(2);
    expect(d.diagnostics.every((x) => x.severity !== 'fatal')).toBe(true);
  });

  it('points every span into the normalized text', () => {
    for (const m of d.measures) expect(d.text.slice(m.span.start, m.span.end)).toBe(m.text);
    for (const a of d.actions) expect(d.text.slice(a.span.start, a.span.end)).toBe(a.text);
    for (const t of d.targets) expect(d.text.slice(t.span.start, t.span.end)).toBe(t.text);
    expect(d.text).not.toMatch(/發\(fā\)/);
  });

  it('matches the hand-checked golden file', () => {
    if (process.env.UPDATE === '1') writeFileSync(GOLDEN, `${JSON.stringify(d, null, 1)}\n`);
    expect(d).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
