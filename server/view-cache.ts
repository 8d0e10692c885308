// Per-graph-version cache of expensive read views (the unfiltered graphs): computed once per version, shared by
// concurrent requests, dropped as soon as a write through the store (an upload, a remove) changes its version.
// A Neo4j server can also be written by other processes (the CLI): there entries also expire after `ttlMs`.
import type { GraphStore } from '../graph/types.ts';

export class ViewCache {
  private entries = new Map<string, { version: number; at: number; value: Promise<unknown> }>();

  constructor(private readonly source: Pick<GraphStore, 'version'>, private readonly ttlMs = Infinity, private readonly maxEntries = 16) {}

  /** The cached value of `key` for the current graph version, or `compute()` (one computation for concurrent callers). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = this.source.version;
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && hit.version === version && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    // A write pending or running may land while this computes: the entry is tagged with the version it started at,
    // so it is never served once that write has finished.
    const value = compute();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { version, at: now, value });
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    return value;
  }

  clear(): void { this.entries.clear(); }
}
