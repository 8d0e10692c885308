// The GraphStore contract: one suite, run against every available backend (see ladybug.test.ts, neo4j.test.ts).
import { load } from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { exportGraphml, exportJson, stats, StoreError, type GraphStore } from '../../graph/index.ts';
import type { FaultInjection } from '../../graph/loader.ts';
import type { PolicyDocument } from '../../ingest/model.ts';
import { docA, docB, TRICKY } from './fixtures.ts';

export type TestStore = GraphStore & { loadWithFault(doc: PolicyDocument, fault?: FaultInjection): Promise<unknown> };
/** A place for one store: open it (again) as often as needed; `dispose` closes nothing, it removes the data. */
export interface Location { open(opts?: { readOnly?: boolean }): Promise<TestStore>; dispose(): Promise<void> }

const A = 'number:鄂府发〔2023〕58号';
const B = 'number:国函〔2022〕68号';
const read = (s: GraphStore, cypher: string, params: Record<string, unknown> = {}) => s.run({ cypher, params }, { readOnly: true });
const code = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof StoreError ? e.code : `other: ${String(e)}`));

export function contractSuite(name: string, newLocation: () => Promise<Location>): void {
  describe(`GraphStore contract: ${name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });
    async function fresh(): Promise<{ store: TestStore; loc: Location }> {
      const loc = await newLocation();
      const store = await loc.open();
      cleanups.push(() => loc.dispose(), () => store.close());
      return { store, loc };
    }

    it('loads a document with its own nodes, shared agencies and cited-only documents', async () => {
      const { store } = await fresh();
      const r = await store.loadDocument(docA());
      expect(r).toMatchObject({ documentId: A, replaced: false });
      expect(await stats(store)).toMatchObject({ Document: 1, ReferencedDocument: 2, Chapter: 2, Measure: 2, Action: 3, Agency: 3,
        Target: 1, LEADS: 2, COOPERATES_ON: 2, RESPONSIBLE_FOR: 3, CITES: 3, HAS_TARGET: 2, HAS_ACTION: 3 });
      const ex = await exportJson(store);
      expect(ex.measures.find((m) => m.ref === '1.1')).toMatchObject({ lead: ['市发展和改革委员会'], cooperating: ['市林业和草原局', '市能源局'] });
      expect(ex.actions.find((a) => a.ref === '1.1.2')).toMatchObject({ measureId: `${A}#1.1`, responsible: ['市发展和改革委员会'] });
      expect(ex.targets).toEqual([{ id: `${A}#1.1.1/t1`, measureId: `${A}#1.1`, actionId: `${A}#1.1.1`, year: 2025, value: 1,
        unit: '亿千瓦', comparator: '>=', text: '到2025年装机达到1亿千瓦' }]);
      expect(ex.references.find((d) => d.id === B)).toMatchObject({ ingested: false, status: 'in-force', citedBy: [A, `${A}#1.1`] });
      // driver values are plain objects: no internal ids or labels
      expect(await read(store, 'MATCH (a:Agency {id: $id}) RETURN a', { id: '市发展和改革委员会' })).toEqual([{ a: {
        id: '市发展和改革委员会', name: '市发展和改革委员会', nameEn: 'Development and Reform Commission', aliases: ['市发改委', '市發展和改革委員會'],
      } }]);
    });

    it('stops a query at its timeout and refuses work once closed', async () => {
      const { store } = await fresh();
      // 10⁹ rows from small lists: the engine checks its deadline between chunks (one huge list would not be interruptible)
      const slow = 'UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c ' +
        'WITH a, b, c WHERE (a * b + c) % 7 = 3 RETURN count(*) AS n';
      expect(await code(store.run({ cypher: slow, params: {} }, { readOnly: true, timeoutMs: 1 }))).toBe('timeout');
      expect(await read(store, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
      await store.close();
      expect(await code(read(store, 'RETURN 1 AS one'))).toBe('closed');
    });

    it('exports GraphML that an XML parser reads back: one element per node and relationship', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      await store.loadDocument(docB());
      const $ = load(await exportGraphml(store), { xml: true });
      const s = await stats(store);
      const nodes = ['Document', 'ReferencedDocument', 'Chapter', 'Measure', 'Action', 'Agency', 'Target'].reduce((n, k) => n + s[k]!, 0);
      const rels = ['HAS_CHAPTER', 'HAS_MEASURE', 'HAS_ACTION', 'LEADS', 'COOPERATES_ON', 'RESPONSIBLE_FOR', 'CITES', 'FORWARDS', 'HAS_TARGET']
        .reduce((n, k) => n + s[k]!, 0);
      expect($('graph > node').length).toBe(nodes);
      expect($('graph > edge').length).toBe(rels);
      const ids = new Set($('graph > node').map((_, el) => $(el).attr('id')).get());
      $('graph > edge').each((_, el) => { expect(ids.has($(el).attr('source') ?? '')).toBe(true); expect(ids.has($(el).attr('target') ?? '')).toBe(true); });
      expect($(`node[id="Chapter:${A}#2"] > data[key="n_title"]`).text()).toBe('二、生态 ' + TRICKY);
    });

    it('re-loading the same document replaces it: identical counts and export, no duplicates', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      const before = [await stats(store), JSON.stringify(await exportJson(store)), await exportGraphml(store)];
      const again = await store.loadDocument(docA());
      expect(again.replaced).toBe(true);
      expect([await stats(store), JSON.stringify(await exportJson(store)), await exportGraphml(store)]).toEqual(before);
    });

    it('shares agencies and referenced documents across documents; a cited document becomes ingested and back', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      await store.loadDocument(docB());
      const s = await stats(store);
      expect(s).toMatchObject({ Document: 2, ReferencedDocument: 2, Agency: 3, FORWARDS: 1 });
      const energy = await read(store, 'MATCH (a:Agency {id: $id}) RETURN a.aliases AS aliases, a.nameEn AS nameEn', { id: '市能源局' });
      expect(energy).toHaveLength(1);
      expect([...(energy[0]!.aliases as string[])].sort()).toEqual(['Energy Bureau', '能源局']);
      const refs = (await exportJson(store)).references;
      expect(refs.find((d) => d.id === B)).toMatchObject({ ingested: true, title: '国务院关于推动内蒙古高质量发展的意见', citedBy: [A, `${A}#1.1`] });
      expect(refs.find((d) => d.id === 'title:新能源规划')).toMatchObject({ issuer: '国家能源局', citedBy: [B, `${A}#1.1.2`] });
      expect(refs.find((d) => d.id === 'title:转发的通知')).toMatchObject({ forwards: ['title:新能源规划'] });

      expect(await store.removeDocument(B)).toBe(true);
      expect(await store.removeDocument(B)).toBe(false);
      expect(await stats(store)).toMatchObject({ Document: 1, ReferencedDocument: 2, Agency: 3, FORWARDS: 0, Chapter: 2 });
      const back = await read(store, 'MATCH (d:Document {id: $id}) RETURN d.ingested AS ingested, d.title AS title, d.text AS text', { id: B });
      expect(back).toEqual([{ ingested: false, title: '国务院关于推动内蒙古高质量发展的意见', text: null }]);
    });

    it('removing the last document removes everything it alone referenced', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      expect(await store.removeDocument(A)).toBe(true);
      expect(await store.removeDocument('number:no such')).toBe(false);
      const s = await stats(store);
      expect(Object.values(s).every((n) => n === 0)).toBe(true);
    });

    it('stores parameters with quotes, backticks, braces and Chinese exactly', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      const rows = await read(store, 'MATCH (m:Measure) WHERE m.text CONTAINS $needle RETURN m.text AS text, m.textSc AS sc', { needle: TRICKY });
      expect(rows).toEqual([{ text: '(一)發展新能源 ' + TRICKY, sc: '(一)发展新能源 ' + TRICKY }]);
      expect(await read(store, 'RETURN $x AS x, $n AS n, $list AS list', { x: TRICKY, n: 42, list: ['甲', "'"] }))
        .toEqual([{ x: TRICKY, n: 42, list: ['甲', "'"] }]);
      expect(await exportGraphml(store)).toContain('二、生态 引号&apos;单&quot;双`反引号` {大括号} $param \\ 反斜杠 &lt;&amp;&gt; ;');
    });

    it('read-only runs refuse writes, multiple statements and unbounded paths; nothing changes', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      const before = await stats(store);
      expect(await code(store.run({ cypher: "CREATE (d:Document {id: 'x'})", params: {} }, { readOnly: true }))).toBe('read-only-violation');
      expect(await code(store.run({ cypher: "MATCH (d:Document) SET d.title = 'x'", params: {} }, { readOnly: true }))).toBe('read-only-violation');
      expect(await code(store.run({ cypher: 'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', params: {} }))).toBe('multi-statement');
      expect(await code(store.run({ cypher: 'MATCH (a)-[*]->(b) RETURN count(*) AS n', params: {} }, { readOnly: true }))).toBe('read-only-violation');
      expect(await code(store.run({ cypher: 'MATCH (d:Document RETURN d', params: {} }, { readOnly: true }))).toBe('syntax');
      expect(await stats(store)).toEqual(before);
      expect(await store.run({ cypher: 'MATCH (a:Action) RETURN a.id AS id', params: {} }, { readOnly: true, maxRows: 2 })).toHaveLength(2);
    });

    it('a store opened read-only serves reads and refuses loads', async () => {
      const { store, loc } = await fresh();
      await store.loadDocument(docA());
      await store.close();
      const ro = await loc.open({ readOnly: true });
      cleanups.push(() => ro.close());
      expect((await stats(ro)).Document).toBe(1);
      expect(await code(ro.loadDocument(docB()))).toBe('read-only-violation');
      expect(await code(ro.run({ cypher: "CREATE (d:Document {id: 'x'})", params: {} }))).toBe('read-only-violation');
    });

    it('rolls the whole load back when it fails half-way', async () => {
      const { store } = await fresh();
      await store.loadDocument(docA());
      const before = JSON.stringify(await exportJson(store));
      const boom = (at: string): FaultInjection => (step) => { if (step === at) throw new Error(`injected fault at ${step}`); };
      await expect(store.loadWithFault(docB(), boom('nodes:Action'))).rejects.toThrow();
      await expect(store.loadWithFault(docA({ title: '改过的标题' }), boom('edges:LEADS'))).rejects.toThrow();
      expect(JSON.stringify(await exportJson(store))).toBe(before);
      await store.loadDocument(docB());   // the store still works after a rollback
      expect((await stats(store)).Document).toBe(2);
    });

    it('re-opens idempotently with its data, and refuses a store created by another schema version', async () => {
      const first = await fresh();
      await first.store.loadDocument(docA());
      const before = await stats(first.store);
      await first.store.close();
      const store = await first.loc.open();
      const loc = first.loc;
      cleanups.push(() => store.close());
      expect(await stats(store)).toEqual(before);
      await store.run({ cypher: "MATCH (m:Meta {key: 'schemaVersion'}) SET m.value = '999'", params: {} });
      await store.close();
      const err = await loc.open().then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('schema-version');
      expect((err as StoreError).message).toMatch(/999/);
    });
  });
}
