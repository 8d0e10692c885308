// The rows of one page of a rule answer, and the total: read at the store page by page where a query form allows it
// (an agency's measures, a topic's measures), else the whole shaped list kept per graph version and sliced.
import type { GraphStore, Query, Row } from '../../graph/types.ts';
import { agencyMeasuresPage, pagedAtStore } from './agency-page.ts';
import type { Intent } from './intents.ts';
import { MERGED_COLUMNS, mergeRows, RAW_MAX_ROWS } from './merge.ts';
import type { Page } from './page.ts';
import { shortestPaths } from './paths.ts';
import { shapeRows } from './post.ts';
import { cached } from './result-cache.ts';
import { targetPage, TARGET_LISTS } from './queries.ts';
import { measuresById, topicMeasureIds } from './topic-page.ts';

export interface PagedRows { rows: Row[]; total: number; cypher: string }

/** Rows a rule query may return (its answer's full list, before paging). */
const ROW_CAP = 200_000;

export async function answerRows(store: GraphStore, intent: Intent, query: Query, page: Page, timeoutMs: number): Promise<PagedRows> {
  const merged = intent.name in MERGED_COLUMNS;
  const whole = (): Promise<PagedRows> => cached(store, JSON.stringify([intent.name, query.cypher, query.params]), async () => {
    const { rows: raw, cypher } = intent.name === 'path_between' ? await shortestPaths(store, query.params, timeoutMs)
      : { rows: await store.run(query, { readOnly: true, timeoutMs, maxRows: merged ? RAW_MAX_ROWS : ROW_CAP }), cypher: query.cypher };
    return { rows: shapeRows(intent, mergeRows(intent, raw, ROW_CAP)), total: 0, cypher };
  }).then((all) => ({ rows: all.rows.slice(page.offset, page.offset + page.limit), total: all.rows.length, cypher: all.cypher }));
  if (pagedAtStore(intent)) {
    return cached(store, JSON.stringify(['page', intent, page]), async () => await agencyMeasuresPage(store, intent, page, timeoutMs) ?? whole());
  }
  if (intent.name === 'measures_by_topic') {
    const found = await cached(store, JSON.stringify(['topic', query.params]), () => topicMeasureIds(store, query.params, timeoutMs));
    const rows = await cached(store, JSON.stringify(['topic', query.params, page]), () => measuresById(store, found.ids, page, timeoutMs));
    return { rows, total: found.ids.length, cypher: found.cypher };
  }
  if (TARGET_LISTS.has(intent.name)) {
    const { page: pq, count } = targetPage(query, page.offset, page.limit);
    const ro = { readOnly: true, timeoutMs };
    const total = await cached(store, JSON.stringify(['count', count]), async () => Number((await store.run(count, ro))[0]?.n ?? 0));
    const rows = await cached(store, JSON.stringify(['rows', pq]), () => store.run(pq, ro));
    return { rows, total, cypher: pq.cypher };
  }
  return whole();
}
