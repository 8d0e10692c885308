// A per-store graph version for the ask caches (lexicon, whole-graph aggregates), kept without asking the graph:
// the first time the engine sees a store it wraps that store object's write methods so that every write made
// through it bumps the version (before and after the write, so a cache built while a write runs is not kept).
// An embedded LadybugDB file has a single writer — the process that opened it — so that sees every write. A Neo4j
// server can be written by other processes: there `graphVersion` returns null and callers check the graph instead.
import type { GraphStore, RunOptions } from '../../graph/types.ts';

interface Counter { n: number }
const counters = new WeakMap<GraphStore, Counter>();

/** Methods that write; `run` only when not read-only. Methods a backend lacks are skipped. */
const WRITERS = ['loadDocument', 'loadDocuments', 'loadWithFault', 'removeDocument'] as const;

type AnyFn = (...args: unknown[]) => unknown;

function bumping(counter: Counter, fn: AnyFn, self: unknown, args: unknown[]): unknown {
  counter.n++;
  const after = (): void => { counter.n++; };
  let result: unknown;
  try { result = fn.apply(self, args); } catch (e) { after(); throw e; }
  if (result instanceof Promise) return result.finally(after);
  after();
  return result;
}

function track(store: GraphStore): Counter {
  let counter = counters.get(store);
  if (counter) return counter;
  counter = { n: 0 };
  counters.set(store, counter);
  const c = counter;
  const target = store as unknown as Record<string, unknown>;
  for (const name of WRITERS) {
    const fn = target[name];
    if (typeof fn !== 'function') continue;
    target[name] = function (this: unknown, ...args: unknown[]) { return bumping(c, fn as AnyFn, this, args); };
  }
  const run = store.run;
  target.run = function (this: unknown, ...args: unknown[]) {
    const options = args[1] as RunOptions | undefined;
    return options?.readOnly === true ? run.apply(this, args as Parameters<GraphStore['run']>) : bumping(c, run as AnyFn, this, args);
  };
  return counter;
}

/**
 * The store's current version, or null when writes by other processes are possible (Neo4j). Equal versions mean
 * no write went through this store object in between.
 */
export function graphVersion(store: GraphStore): number | null {
  const counter = track(store);
  return store.backend === 'ladybug' ? counter.n : null;
}

/** Mark the store as changed (for writers that bypass the store object's methods). */
export function bumpGraphVersion(store: GraphStore): void {
  track(store).n++;
}
