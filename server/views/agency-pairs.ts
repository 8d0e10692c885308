// Where the agency graph's lead → partner pairs come from: the derived AgencyLink rows (unfiltered) or a Cypher
// aggregation over the measures matching a chapter/document filter. Both give counts first and the measure refs
// afterwards, for the edges kept only.
import type { Query, Row } from '../../graph/types.ts';
import { decodeRefs } from '../../graph/aggregate-counts.ts';
import { num, str } from '../context.ts';
import { agencyLinkRefs, agencyLinks, agencyPairs, type MeasureFilter } from '../queries/index.ts';

export type EdgeRole = 'cooperating' | 'responsible' | 'all';

/** Measures the partner cooperates on / is responsible on (an action of) / both, under one lead. */
export interface Pair { source: string; target: string; cooperating: number; responsible: number; both: number }

export interface PairSource {
  pairs(): Promise<Pair[]>;
  /** Distinct measure refs per edge key (`source->target`) of the edges given, in the chosen edge role. */
  refs(kept: Array<{ key: string }>): Promise<Map<string, Set<string>>>;
}

type Read = (query: Query) => Promise<Row[]>;

/** Refs read per statement (a primary-key lookup each). */
const REF_BATCH = 500;

export function derivedPairs(read: Read, edgeRole: EdgeRole): PairSource {
  return {
    async pairs() {
      return (await read(agencyLinks())).map((r) => ({
        source: str(r.source), target: str(r.target),
        cooperating: num(r.cooperating), responsible: num(r.responsible), both: num(r.both),
      }));
    },
    async refs(kept) {
      const out = new Map<string, Set<string>>();
      const ids = kept.map((e) => e.key);
      for (let i = 0; i < ids.length; i += REF_BATCH) {
        for (const r of await read(agencyLinkRefs(ids.slice(i, i + REF_BATCH)))) {
          const set = new Set<string>();
          if (edgeRole !== 'responsible') for (const ref of decodeRefs(r.coopRefs).keys()) set.add(ref);
          if (edgeRole !== 'cooperating') for (const ref of decodeRefs(r.respRefs).keys()) set.add(ref);
          out.set(str(r.id), set);
        }
      }
      return out;
    },
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
      return [...pairs.values()];
    },
    refs: async () => refs,
  };
}
