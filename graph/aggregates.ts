// Derived per-agency and per-agency-pair counts kept in the graph, so whole-corpus views (the agency graph) read
// O(agencies + pairs) rows instead of aggregating every measure. Maintained by the loader inside the load/remove
// transaction. INTERFACE ONLY for now: the implementation is being written (issue 6); until then these do nothing.
import type { Tx } from './loader.ts';
import type { LoadPlan } from './plan.ts';

/** Add the contribution of freshly loaded documents (call after their nodes and edges are created). */
export async function addAggregates(_tx: Tx, _plans: LoadPlan[]): Promise<void> {}

/** Subtract the stored contribution of these documents (call BEFORE their subgraphs are deleted). */
export async function retractAggregates(_tx: Tx, _documentIds: string[]): Promise<void> {}
