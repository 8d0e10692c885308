import { describe, expect, it } from 'vitest';
import { firstUnmatched } from '../../ingest/brackets.ts';
import { chineseNumeral } from '../../ingest/chinese.ts';
import { doc } from './helpers.ts';

describe('chineseNumeral', () => {
  it('reads 一 … 二十 and rejects non-numerals', () => {
    expect(['一', '九', '十', '十一', '十九', '二十', '二十三'].map(chineseNumeral)).toEqual([1, 9, 10, 11, 19, 20, 23]);
    expect(['', '十十', '一二', '甲'].map(chineseNumeral)).toEqual([null, null, null, null]);
  });
});

describe('structure', () => {
  const HEAD = '某市测试工作分解方案\n一、总则\n';

  it('numbers measures chapter.measure and actions chapter.measure.action, broken 九) included', () => {
    const d = doc(`${HEAD}(一)甲。(牵头单位:市财政局)\n具体落实举措:\n1.乙。(市财政局)\n2.丙。(市财政局)\n二)丁。(牵头单位:市水利局)\n具体落实举措:\n一段没有编号的举措。(市水利局)\n二、其他\n(十一)戊。(牵头单位:市能源局)`);
    expect(d.measures.map((m) => m.ref)).toEqual(['1.1', '1.2', '2.11']);
    expect(d.actions.map((a) => [a.ref, a.text])).toEqual([['1.1.1', '乙。(市财政局)'], ['1.1.2', '丙。(市财政局)'], ['1.2.1', '一段没有编号的举措。(市水利局)']]);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['unbalanced-bracket', 'measure-gap']);
  });

  it('renumbers duplicate measures and actions with a diagnostic, never duplicating ids', () => {
    const d = doc(`${HEAD}(一)甲。(牵头单位:市财政局)\n1.乙。(市财政局)\n1.丙。(市财政局)\n(一)丁。(牵头单位:市水利局)`);
    expect(d.measures.map((m) => m.ref)).toEqual(['1.1', '1.2']);
    expect(d.actions.map((a) => a.ref)).toEqual(['1.1.1', '1.1.2']);
    expect(d.diagnostics.map((x) => x.code).sort()).toEqual(['action-numbering', 'duplicate-measure']);
  });

  it('reads measures before any chapter into chapter 1, with a diagnostic', () => {
    const d = doc('某市测试工作分解方案\n(一)甲。(牵头单位:市财政局)');
    expect(d.measures.map((m) => m.ref)).toEqual(['1.1']);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['measure-without-chapter']);
  });
});

describe('firstUnmatched', () => {
  it('finds the first unmatched bracket of a line', () => {
    expect(firstUnmatched('落实《方案》(国函〔2022〕1号)')).toBe(-1);
    expect(firstUnmatched('制定方案》。')).toBe(4);
    expect(firstUnmatched('(牵头单位:市能源局')).toBe(0);
    expect(firstUnmatched('《关于转发〈通知〉的通知》')).toBe(-1);
  });
});
