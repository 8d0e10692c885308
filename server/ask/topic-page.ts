// measures_by_topic at corpus scale: the ids of the measures whose text, or one of whose actions' text, contains a
// term (two scans returning one short column each — no per-measure EXISTS, which LadybugDB evaluates as a scan of
// its whole pattern), sorted here in the answer's order; then the page's rows by primary key.
import type { GraphStore, Row } from '../../graph/types.ts';
import type { Page } from './page.ts';

const terms = (params: Record<string, unknown>): string[] => Object.keys(params).filter((k) => /^t\d+$/.test(k));
const any = (prop: string, keys: string[]): string => `(${keys.map((k) => `${prop} CONTAINS $${k}`).join(' OR ')})`;
export const TOPIC_IDS = (keys: string[]): string[] => [
  `MATCH (m:Measure) WHERE ${any('m.textSc', keys)} RETURN m.id AS measureId`,
  `MATCH (m:Measure)-[:HAS_ACTION]->(x:Action) WHERE ${any('x.textSc', keys)} RETURN DISTINCT m.id AS measureId`,
];
export const MEASURES_BY_ID = `UNWIND $ids AS id
MATCH (m:Measure {id: id})
RETURN m.ref AS ref, m.textSc AS text, m.documentId AS documentId, m.id AS measureId`;

/** documentId#chapter.ordinal → [documentId, chapter, ordinal] (ingest/model.ts: a measure's id and ref). */
function key(id: string): [string, number, number] {
  const at = id.lastIndexOf('#');
  const [c = '0', o = '0'] = id.slice(at + 1).split('.');
  return [id.slice(0, at), Number(c), Number(o)];
}
const cmp = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The topic's measure ids in the answer's order (document, chapter, ordinal), and the statements that found them. */
export async function topicMeasureIds(store: GraphStore, params: Record<string, unknown>, timeoutMs: number): Promise<{ ids: string[]; cypher: string }> {
  const keys = terms(params);
  if (!keys.length) return { ids: [], cypher: '' };
  const texts = TOPIC_IDS(keys);
  const found = new Set<string>();
  for (const cypher of texts) {
    for (const r of await store.run({ cypher, params: Object.fromEntries(keys.map((k) => [k, params[k]])) }, { readOnly: true, timeoutMs })) found.add(String(r.measureId));
  }
  const keyed = [...found].map((id) => ({ id, k: key(id) }));
  keyed.sort((a, b) => cmp(a.k[0], b.k[0]) || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
  return { ids: keyed.map((x) => x.id), cypher: texts.join('\n\n') };
}

/** The rows of one page of measure ids, in that order. */
export async function measuresById(store: GraphStore, ids: string[], page: Page, timeoutMs: number): Promise<Row[]> {
  const wanted = ids.slice(page.offset, page.offset + page.limit);
  if (!wanted.length) return [];
  const rows = await store.run({ cypher: MEASURES_BY_ID, params: { ids: wanted } }, { readOnly: true, timeoutMs });
  const byId = new Map(rows.map((r) => [String(r.measureId), r]));
  return wanted.flatMap((id): Row[] => { const r = byId.get(id); return r ? [r] : []; });
}
