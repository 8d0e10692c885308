import { describe, expect, it } from 'vitest';
import { findTargets } from '../../ingest/targets.ts';

const pick = (s: string) => findTargets(s).map(({ year, value, unit, comparator }) => ({ year, value, unit, comparator }));

describe('findTargets', () => {
  it('reads the examples of the issue', () => {
    expect(pick('到2025年全市电力总装机达到1亿千瓦。')).toEqual([{ year: 2025, value: 1, unit: '亿千瓦', comparator: '>=' }]);
    expect(pick('2023年底前全市新能源批复规模超过5500万千瓦。')).toEqual([{ year: 2023, value: 5500, unit: '万千瓦', comparator: '>' }]);
    expect(pick('获得不低于1000万元资金支持。')).toEqual([{ year: null, value: 1000, unit: '万元', comparator: '>=' }]);
    expect(pick('2年内建立起300人规模的科研团队。')).toEqual([{ year: null, value: 300, unit: '人', comparator: '=' }]);
    expect(pick('到2025年,绒山羊存栏达到700万只以上。')).toEqual([{ year: 2025, value: 700, unit: '万只', comparator: '>=' }]);
    expect(pick('2023年,新建5000个公共充电桩。')).toEqual([{ year: 2023, value: 5000, unit: '个', comparator: '=' }]);
  });

  it('carries the year within a sentence and reads percentages', () => {
    expect(pick('到2025年全市电力总装机达到1亿千瓦,新能源装机占比超过50%。其他工作。')).toEqual([
      { year: 2025, value: 1, unit: '亿千瓦', comparator: '>=' },
      { year: 2025, value: 50, unit: '%', comparator: '>' },
    ]);
  });

  it('makes a dated clause without a number a target with value null', () => {
    expect(pick('到2025年建成投运沙戈荒大型风电基地。')).toEqual([{ year: 2025, value: null, unit: null, comparator: null }]);
    expect(findTargets('到2025年,划定重点区。')[0]?.text).toBe('到2025年,划定重点区');
  });

  it('ignores years, codes and numbers that are not commitments', () => {
    expect(pick('对2022年后取得星级标识的项目给予奖励。')).toEqual([]);
    expect(pick('推动S27呼和浩特至鄂尔多斯高速公路项目实施。')).toEqual([]);
    expect(pick('全面抓好我市10座城镇污水处理厂的运行情况。')).toEqual([]);
  });

  it('reads caps and ranges', () => {
    expect(pick('给予单个项目最高1000万元支持。')).toEqual([{ year: null, value: 1000, unit: '万元', comparator: '<=' }]);
    expect(pick('到2025年争取有1—2家企业成功申报。')).toEqual([{ year: 2025, value: 1, unit: '家', comparator: '>=' }]);
  });
});
