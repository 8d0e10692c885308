// One fixture per layout of the genre (tests/fixtures/ingest/layout-*.txt).
import { describe, expect, it } from 'vitest';
import { docFromFile, fixture } from './helpers.ts';

const roles = (name: string) => {
  const d = docFromFile(fixture(name));
  return { d, measures: d.measures.map((m) => [m.ref, m.lead, m.cooperating]), actions: d.actions.map((a) => [a.ref, a.responsible]) };
};

describe('layouts of the genre', () => {
  it('(X牵头,Y按职责分工负责)', () => {
    const { d, measures } = roles('layout-lead-by.txt');
    expect(d.number).toBe('某政办发〔2024〕12号');
    expect(measures).toEqual([
      ['1.1', ['市政务服务局'], ['市大数据中心', '各县区人民政府']],
      ['1.2', ['市市场监督管理局'], ['市司法局']],
      ['2.1', ['市发展和改革委员会'], ['市市场监督管理局', '市司法局']],
    ]);
    expect(d.references.map((r) => [r.id, r.status])).toEqual([
      ['number:国发〔2021〕7号', 'in-force'], ['title:某某市公平竞争审查实施细则', 'planned']]);
  });

  it('lines 牵头单位:X / 责任单位:Y under numbered items', () => {
    const { d, measures, actions } = roles('layout-role-lines.txt');
    expect(measures).toEqual([
      ['1.1', ['县农业农村局'], ['县财政局', '县自然资源局']],
      ['1.2', ['县商务局'], []],
      ['2.1', [], []],
    ]);
    expect(actions).toEqual([['2.1.1', ['县农业农村局', '县人力资源和社会保障局']], ['2.1.2', ['县人力资源和社会保障局']]]);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['measure-without-agencies']);
  });

  it('(责任单位:X、Y): the first listed leads the measure', () => {
    const { measures, actions } = roles('layout-responsible.txt');
    expect(measures).toEqual([
      ['1.1', ['市工业和信息化局'], ['市通信发展管理办公室', '各旗区人民政府']],
      ['1.2', ['市大数据中心'], []],
    ]);
    expect(actions).toEqual([['1.1.1', ['市工业和信息化局', '市自然资源局']], ['1.1.2', ['市住房和城乡建设局']]]);
  });

  it('由X会同Y负责落实', () => {
    const { d, measures } = roles('layout-by-with.txt');
    expect(measures).toEqual([
      ['1.1', ['市住房和城乡建设局'], ['市自然资源局', '市财政局']],
      ['1.2', ['市水利局'], []],
      ['1.3', ['市住房和城乡建设局'], ['市水利局']],
    ]);
    expect(d.id).toBe('title:某某市城市更新行动实施方案');
    expect(d.targets.map((t) => [t.year, t.value, t.unit])).toEqual([[2025, 300, '个']]);
  });

  it('Traditional text with full-width punctuation', () => {
    const { d, measures, actions } = roles('layout-traditional.txt');
    expect(d).toMatchObject({ number: '某府发〔2023〕21号', issuer: '某某市人民政府', writtenOn: '2023-05-06' });
    expect(measures).toEqual([
      ['1.1', ['市能源局'], ['市发展和改革委员会', '市自然资源局']],
      ['1.2', ['市住房和城乡建设局'], ['市交通运输局']],
    ]);
    expect(actions).toEqual([['1.1.1', ['市能源局']], ['1.1.2', ['市发展和改革委员会']], ['1.2.1', ['市住房和城乡建设局']]]);
    expect(d.measures[0]!.text).toMatch(/^大力發展新能源/);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['agency-typo']);
    expect(d.references.map((r) => [r.id, r.status])).toEqual([
      ['title:某某市新能源发展规划', 'planned'], ['number:内政发〔2022〕16号', 'in-force']]);
  });

  it('a title broken over several lines is joined back', () => {
    const { d, measures } = roles('layout-split-title.txt');
    expect(d.title).toBe('落实自治区人民政府支持某某市建设国家可持续发展议程创新示范区若干政策措施分解方案');
    expect(d.id).toBe(`title:${d.title}`);
    expect(measures).toEqual([['1.1', ['市林业和草原局'], ['市自然资源局']]]);
  });
});
