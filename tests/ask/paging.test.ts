// Paged answers and the corpus-scale query forms, checked against the one-statement forms on the sample:
// the agency page read at the store (derived counts + first k per role) equals grouping every row; top_agency from
// the derived counts equals the aggregation over every role edge; paths by increasing length equal the shortest of all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, Row } from '../../graph/types.ts';
import { agencyMeasuresPage } from '../../server/ask/agency-page.ts';
import { answerQuestion, loadLexicon, QUERY_TEXT, queryFor, type Intent } from '../../server/ask/index.ts';
import { mergeRows } from '../../server/ask/merge.ts';
import { shortestPaths } from '../../server/ask/paths.ts';
import { targetPage } from '../../server/ask/queries.ts';
import { measuresById, topicMeasureIds } from '../../server/ask/topic-page.ts';
import { shapeRows } from '../../server/ask/post.ts';
import { sampleStore } from './setup.ts';

let store: GraphStore;
beforeAll(async () => { ({ store } = await sampleStore()); });
afterAll(async () => { await store?.close(); });
const RO = { readOnly: true, timeoutMs: 10_000 };
const SCI_TECH = ['1.2', '1.3', '2.1', '4.3', '4.4', '5.1', '5.2', '5.3', '5.5', '6.7', '6.8', '6.9'];

describe('paged answers', () => {
  it('pages a 12-measure answer in order, with the total and a note in the asker\'s language', async () => {
    const q = '哪些措施涉及市科学技术局?';
    const whole = await answerQuestion(store, q, { llm: null });
    expect(whole).toMatchObject({ total: 12, offset: 0, limit: 50 });
    expect(whole.answer).not.toContain('显示');
    const pages = await Promise.all([0, 5, 10].map((offset) => answerQuestion(store, q, { llm: null, offset, limit: 5 })));
    expect(pages.map((p) => p.rows.length)).toEqual([5, 5, 2]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.ref))).toEqual(whole.rows.map((r) => r.ref));
    expect([...whole.rows.map((r) => String(r.ref))].sort()).toEqual(SCI_TECH);
    expect(pages[0]?.answer).toContain('共 12 项,显示前 5 项');
    expect(pages[1]?.answer).toContain('显示第 6–10 项');
    expect(pages[0]?.graph.nodes.filter((n) => n.data.kind === 'measure')).toHaveLength(5);
    const en = await answerQuestion(store, 'Which measures involve the Science and Technology Bureau?', { llm: null, limit: 5 });
    expect(en.answer).toContain('12 in total, showing the first 5');
    expect((await answerQuestion(store, '哪些措施涉及市科學技術局?', { llm: null, limit: 5 })).answer).toContain('共 12 項');
  });

  it('reads an agency\'s page at the store exactly as grouping all its rows would, for every agency and role', async () => {
    const lex = await loadLexicon(store);
    let checked = 0;
    for (const agency of lex.agencies.keys()) {
      for (const role of ['any', 'lead', 'cooperating', 'responsible'] as const) {
        const intent: Intent = { name: 'measures_by_agency', agency, role, chapter: 0, terms: [''], topic: '' };
        const query = queryFor(intent);
        if (!query) throw new Error('no query');
        const all = mergeRows(intent, await store.run(query, RO), Infinity);
        const page = await agencyMeasuresPage(store, intent, { offset: 1, limit: 4 }, 10_000);
        expect(page, `${agency} ${role}`).not.toBeNull();
        expect(page?.total, `${agency} ${role} total`).toBe(all.length);
        expect(page?.rows, `${agency} ${role} rows`).toEqual(all.slice(1, 5));
        checked += all.length > 1 ? 1 : 0;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('ranks agencies from the derived counts as the aggregation over every role edge does', async () => {
    const reference = `MATCH (a:Agency)-[:LEADS|COOPERATES_ON|RESPONSIBLE_FOR]->(x)
OPTIONAL MATCH (p:Measure)-[:HAS_ACTION]->(x)
WITH a, CASE WHEN p IS NULL THEN x.id ELSE p.id END AS measureId
RETURN a.id AS agencyId, count(DISTINCT measureId) AS measures`;
    const want = (await store.run({ cypher: reference, params: {} }, RO)).map((r) => `${String(r.agencyId)}=${String(r.measures)}`).sort();
    const got = (await store.run({ cypher: QUERY_TEXT.top_agency, params: {} }, RO)).map((r) => `${String(r.agencyId)}=${String(r.measures)}`).sort();
    expect(got).toEqual(want);
    expect(want.length).toBeGreaterThan(10);
  });

  it('finds the same shortest paths by increasing length as the sorted search up to 4 hops', async () => {
    const key = (rows: Row[]): string[] => rows.map((r) => (r.ids as string[]).join('>')).sort();
    let found = 0;
    for (const [a, b] of [['市水利局', '市财政局'], ['市科学技术局', '市能源局'], ['市林业和草原局', '市商务局']]) {
      const intent: Intent = { name: 'path_between', a: a ?? '', b: b ?? '' };
      const all = await store.run({ cypher: QUERY_TEXT.path_between, params: { a, b } }, RO);
      const stepwise = await shortestPaths(store, { a, b }, 10_000);
      expect(key(shapeRows(intent, stepwise.rows)), `${a}–${b}`).toEqual(key(shapeRows(intent, all)));
      found += stepwise.rows.length ? 1 : 0;
    }
    expect(found).toBeGreaterThan(1);
  });

  it('finds a topic\'s measures by id, then the page by key, in the order of the one-statement form', async () => {
    let found = 0;
    for (const terms of [['碳汇'], ['氢'], ['生态', '绿色'], ['能源'], ['不存在的主题']]) {
      const want = await store.run({ cypher: QUERY_TEXT.measures_by_topic, params: { terms } }, RO);
      const query = queryFor({ name: 'measures_by_topic', terms, topic: terms[0] ?? '' });
      if (!query) throw new Error('no query');
      const { ids } = await topicMeasureIds(store, query.params, 10_000);
      expect(ids, terms.join()).toEqual(want.map((r) => r.measureId));
      expect(await measuresById(store, ids, { offset: 1, limit: 3 }, 10_000)).toEqual(want.slice(1, 4));
      found += want.length > 1 ? 1 : 0;
    }
    expect(found).toBeGreaterThan(1);
  });

  it('pages target lists at the store (SKIP/LIMIT and a count) as slicing the whole list would', async () => {
    let found = 0;
    const intents: Intent[] = [
      ...[2023, 2025, 2030].flatMap((year) => [true, false].map((quantified): Intent => ({ name: 'targets_by_year', year, quantified }))),
      { name: 'targets_by_topic', terms: ['充电'], topic: '充电', year: null, quantified: false },
    ];
    for (const intent of intents) {
      const query = queryFor(intent);
      if (!query) throw new Error('no query');
      const whole = await store.run(query, RO);
      const { page, count } = targetPage(query, 2, 3);
      expect(Number((await store.run(count, RO))[0]?.n), JSON.stringify(intent)).toBe(whole.length);
      expect(await store.run(page, RO), JSON.stringify(intent)).toEqual(whole.slice(2, 5));
      found += whole.length > 4 ? 1 : 0;
    }
    expect(found).toBeGreaterThan(1);
  });

  it('lists planned documents from their citations as the path from every measure did', async () => {
    const reference = `MATCH (m:Measure)-[:HAS_ACTION*0..1]->(x)-[r:CITES {status: 'planned'}]->(d:Document)
RETURN d.title AS title, d.number AS number, collect(DISTINCT m.ref) AS refs, d.id AS documentId,
  collect(DISTINCT m.id) AS measureIds
ORDER BY title`;
    const intent: Intent = { name: 'planned_documents' };
    const norm = (rows: Row[]): unknown[] => shapeRows(intent, rows).map((r) => ({ ...r, refs: [...(r.refs as string[])].sort() }));
    const want = norm(await store.run({ cypher: reference, params: {} }, RO));
    const query = queryFor(intent);
    if (!query) throw new Error('no query');
    expect(norm(await store.run(query, RO))).toEqual(want);
    expect(want.length).toBeGreaterThan(10);
  });
});
