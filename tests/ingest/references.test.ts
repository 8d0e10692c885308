import { describe, expect, it } from 'vitest';
import { canonicalNumber } from '../../ingest/index.ts';
import { numberAtStart } from '../../ingest/numbers.ts';
import { citationStatus } from '../../ingest/cite-status.ts';
import { doc } from './helpers.ts';

describe('document numbers', () => {
  it('canonicalizes bracket forms and scripts to 〔〕 Simplified', () => {
    for (const s of ['国函〔2022〕68号', '國函〔2022〕68號', '国函[2022]68号', '国函(2022)68号', '国函（2022）68号', '国函 〔2022〕 第68号', '国函［2022］068号']) {
      expect(canonicalNumber(s), s).toBe('国函〔2022〕68号');
    }
  });

  it('reads broken and unparenthesized numbers after a title', () => {
    expect(numberAtStart('(鄂府函2021〕159号,抓好')).toMatchObject({ number: '鄂府函〔2021〕159号', broken: true });
    expect(numberAtStart('鄂府办发〔2023〕19号,2023')).toMatchObject({ number: '鄂府办发〔2023〕19号', broken: false });
    expect(numberAtStart('(2021—2030年)')).toBeNull();
    expect(numberAtStart('修编工作;2023年')).toBeNull();
  });
});

describe('citation status', () => {
  it('distinguishes in-force, planned and mentioned', () => {
    expect(citationStatus('为深入贯彻落实', '要求')).toBe('in-force');
    expect(citationStatus('指导各旗区制定', '')).toBe('planned');
    expect(citationStatus('完成', '修编工作')).toBe('planned');
    expect(citationStatus('已制定', '')).toBe('in-force');
    expect(citationStatus('自治区印发了', '')).toBe('in-force');
    expect(citationStatus('详见', '')).toBe('mentioned');
  });
});

const SMALL = `某某市落实若干措施分解方案
一、总则
(一)推进改革。(牵头单位:市人社局)
具体落实举措:
1.落实人社部《关于支持科研人员创新创业的指导意见》(人社部发〔2019〕137号)和自治区人社厅《关于转发〈人力资源社会保障部关于支持科研人员创新创业的指导意见〉的通知》(内人社办发〔2020〕36号)要求。(市人社局)
2.制定《名校引才实施方案》,编制《某规划(2021—2030年)》《某报告书》。(市人社局)
`;

describe('references', () => {
  const d = doc(SMALL);
  const byId = new Map(d.references.map((r) => [r.id, r]));

  it('resolves a forwarded document and its direct citation to one reference', () => {
    expect(byId.get('number:人社部发〔2019〕137号')).toMatchObject({ issuer: '人社部', status: 'in-force', forwards: [] });
    expect(byId.get('number:内人社办发〔2020〕36号')).toMatchObject({ issuer: '自治区人社厅', status: 'in-force', forwards: ['number:人社部发〔2019〕137号'] });
    const cites = d.citations.filter((c) => c.referenceId === 'number:人社部发〔2019〕137号');
    expect(cites.map((c) => c.status).sort()).toEqual(['in-force', 'mentioned']);
    expect(cites.every((c) => c.citedBy === `${d.id}#1.1.1`)).toBe(true);
  });

  it('gives un-numbered references a title id and a planned status', () => {
    expect(byId.get('title:名校引才实施方案')).toMatchObject({ number: null, status: 'planned' });
    expect(byId.get('title:某规划(2021—2030年)')?.status).toBe('planned');
    expect(byId.get('title:某报告书')?.status).toBe('planned');
  });

  it('points every citation span at its 《title》 in the normalized text', () => {
    for (const c of d.citations) expect(d.text.slice(c.span.start, c.span.end)).toMatch(/^[《〈]/);
  });
});
