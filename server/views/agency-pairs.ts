// Where the agency graph's lead → partner pairs come from: the derived AgencyLink rows (unfiltered: only the pairs
// heavy enough to be kept are read, with their refs) or a Cypher aggregation over the measures matching a
// chapter/document filter (every pair).
import type { Query, Row } from '../../graph/types.ts';
import { decodeRefs } from '../../graph/aggregate-counts.ts';
import { num, str } from '../context.ts';
import { agencyLinkFloor, agencyLinks, agencyLinkStats, agencyPairs, type MeasureFilter } from '../queries/index.ts';

export type EdgeRole = 'cooperating' | 'responsible' | 'all';

/** Measures the partner cooperates on / is responsible on (an action of) / both, under one lead. */
export interface Pair { source: string; target: string; cooperating: number; responsible: number; both: number }

export interface PairSource {
  /**
   * Every pair that can be among the `limit` heaviest (ties included), and how many pairs weigh > 0 in the role when
   * not all pairs were read (else the caller counts them).
   */
  pairs(limit: number): Promise<{ pairs: Pair[]; total?: number }>;
  /** Distinct measure refs per edge key (`source->target`) of the edges given, in the chosen edge role. */
  refs(kept: Array<{ key: string }>): Promise<Map<string, Set<string>>>;
}

type Read = (query: Query) => Promise<Row[]>;

export function derivedPairs(read: Read, edgeRole: EdgeRole): PairSource {
  const refs = new Map<string, Set<string>>();
  return {
    async pairs(limit) {
      const total = num((await read(agencyLinkStats(edgeRole)))[0]?.n);
      const floor = total > limit ? num((await read(agencyLinkFloor(edgeRole, limit)))[0]?.w) : 1;
      const pairs = (await read(agencyLinks(edgeRole, floor))).map((r) => {
        const p = {
          source: str(r.source), target: str(r.target),
          cooperating: num(r.cooperating), responsible: num(r.responsible), both: num(r.both),
        };
        const set = new Set<string>();
        if (edgeRole !== 'responsible') for (const ref of decodeRefs(r.coopRefs).keys()) set.add(ref);
        if (edgeRole !== 'cooperating') for (const ref of decodeRefs(r.respRefs).keys()) set.add(ref);
        refs.set(`${p.source}->${p.target}`, set);
        return p;
      });
      return { pairs, total };
    },
    refs: async () => refs,
  };
}

export function scannedPairs(read: Read, filter: MeasureFilter, edgeRole: EdgeRole): PairSource {
  const refs = new Map<string, Set<string>>();
  return {
    async pairs() {
      const pairs = new Map<string, Pair>();
      for (const row of await read(agencyPairs(filter, edgeRole))) {
        const source = str(row.source), target = str(row.target), kind = str(row.kind);
        const key = `${source}->${target}`;
        let p = pairs.get(key);
        if (!p) {
          pairs.set(key, (p = { source, target, cooperating: 0, responsible: 0, both: 0 }));
          refs.set(key, new Set());
        }
        if (kind === 'cooperating' || kind === 'responsible' || kind === 'both') p[kind] = num(row.n);
        if (Array.isArray(row.refs)) for (const ref of row.refs) refs.get(key)!.add(str(ref));
      }
      return { pairs: [...pairs.values()] };
    },
    refs: async () => refs,
  };
}
