import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../ingest/html.ts';
import { docFromFile, fixture } from './helpers.ts';

describe('htmlToText', () => {
  it('drops scripts, styles, navigation and footers, keeps blocks as lines', () => {
    const { text } = htmlToText('<html><body><nav>首页 &gt; 政策</nav><script>var a="(一)假";</script>'
      + '<p>一、总则</p><div>(一)真措施。<br>第二行</div><footer>主办单位:某办</footer></body></html>');
    expect(text).toBe('一、总则\n(一)真措施。\n第二行');
  });

  it('reads <meta> hints', () => {
    const { hints } = htmlToText('<head><meta name="ArticleTitle" content="关于印发X的通知"><meta name="PubDate" content="2024-03-12">'
      + '<title>页面标题</title></head><body><p>正文</p></body>');
    expect(hints).toMatchObject({ title: '关于印发X的通知', publishedOn: '2024-03-12' });
  });
});

describe('HTML pages as saved from a government site', () => {
  for (const name of ['page.html', 'page-gbk.html']) {
    it(`parses ${name}: header table, measures, actions, agencies`, () => {
      const d = docFromFile(fixture(name));
      expect(d.source).toMatchObject({ format: 'html', encoding: name.includes('gbk') ? 'gb18030' : 'utf-8' });
      expect(d).toMatchObject({
        id: 'number:某府发〔2024〕9号', number: '某府发〔2024〕9号', issuer: '某某市人民政府',
        writtenOn: '2024-03-08', publishedOn: '2024-03-12', indexNumber: '11150600MB1234567X/2024-00012',
        title: '某某市人民政府关于印发某某市促进消费若干措施任务分解方案的通知',
      });
      expect(d.chapters.map((c) => c.title)).toEqual(['扩大汽车消费', '促进文旅消费']);
      expect(d.measures.map((m) => [m.ref, m.lead, m.cooperating])).toEqual([
        ['1.1', ['市商务局'], ['市财政局', '市工业和信息化局']],
        ['2.1', ['市文化和旅游局'], []],
      ]);
      expect(d.actions.map((a) => [a.ref, a.responsible])).toEqual([['1.1.1', ['市商务局']], ['1.1.2', ['市财政局']]]);
      expect(d.text).not.toMatch(/假措施|首页|var measures/);
      expect(d.targets.map((t) => [t.year, t.value, t.unit, t.comparator])).toEqual([[2024, 2000, '万元', '>='], [null, 5, '亿元', '>']]);
    });
  }
});

describe('task tables (任务分工表)', () => {
  it('reads a table with a 类别 column spanning rows as chapters, measures and roles', () => {
    const d = docFromFile(fixture('task-table.html'));
    expect(d.number).toBe('某政办发〔2024〕30号');
    expect(d.chapters.map((c) => c.title)).toEqual(['政务服务', '市场环境']);
    expect(d.measures.map((m) => [m.ref, m.lead, m.cooperating])).toEqual([
      ['1.1', ['市政务服务局'], ['市大数据中心', '各旗区人民政府']],
      ['1.2', ['市住房和城乡建设局'], ['市自然资源局']],
      ['2.1', ['市市场监督管理局'], []],
    ]);
    expect(d.references.map((r) => [r.id, r.status])).toEqual([['number:某政发〔2023〕11号', 'in-force'], ['title:某某市公平竞争审查实施细则', 'planned']]);
    expect(d.targets[0]).toMatchObject({ year: 2024, value: 95, unit: '%', comparator: '>=' });
  });
});
