// path_between by increasing length: the paths of exactly 2 hops, else 3, else 4 (an agency has no edge to an
// agency, so none has 1 hop). The first length with a path is the shortest; reading all paths up to 4 hops and
// sorting them (the one-statement form in queries.ts) enumerates millions of walks between two busy agencies.
import type { GraphStore, Row } from '../../graph/types.ts';

export const PATH_HOPS = [2, 3, 4] as const;

/** The paths of exactly `hops` hops between agencies $a and $b (at most 200). */
export const pathsOfLength = (hops: number): string => `MATCH p = (a:Agency {id: $a})-[:LEADS|COOPERATES_ON|RESPONSIBLE_FOR|HAS_ACTION*${hops}..${hops}]-(b:Agency {id: $b})
RETURN nodes(p) AS path, length(p) AS hops
LIMIT 200`;

/** The shortest paths (≤ 4 hops) and the statement that found them (the last one tried when there are none). */
export async function shortestPaths(store: GraphStore, params: Record<string, unknown>, timeoutMs: number): Promise<{ rows: Row[]; cypher: string }> {
  let cypher = '';
  for (const hops of PATH_HOPS) {
    cypher = pathsOfLength(hops);
    const rows = await store.run({ cypher, params: { a: params.a, b: params.b } }, { readOnly: true, timeoutMs, maxRows: 200 });
    if (rows.length) return { rows, cypher };
  }
  return { rows: [], cypher };
}
