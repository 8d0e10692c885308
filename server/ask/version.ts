// The graph version the ask caches (lexicon, whole-graph aggregates) are tagged with: the store's own write counter
// (`GraphStore.version`), plus the explicit invalidations made through `bumpGraphVersion`. An embedded LadybugDB file
// has a single writer — the process that opened it — so its counter sees every write. A Neo4j server can be written
// by other processes: there `graphVersion` returns null and callers check the graph instead.
import type { GraphStore } from '../../graph/types.ts';

const bumps = new WeakMap<GraphStore, number>();

/**
 * The store's current version, or null when writes by other processes are possible (Neo4j). Equal versions mean
 * no write went through this store object in between.
 */
export function graphVersion(store: GraphStore): number | null {
  return store.backend === 'ladybug' ? store.version + (bumps.get(store) ?? 0) : null;
}

/** Mark the store as changed (for writers that bypass the store object). */
export function bumpGraphVersion(store: GraphStore): void {
  bumps.set(store, (bumps.get(store) ?? 0) + 1);
}
