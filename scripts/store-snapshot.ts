// Prints the deterministic snapshot (tests/support snapshotStore) of a store as JSON on stdout.
// Run in a child process by the kill loop, so a store that crashes its opener is recorded, not fatal.
// Usage: node bin/run-ts.js scripts/store-snapshot.ts --db <dir>
import { parseArgs } from 'node:util';
import { openStore } from '../graph/index.ts';
import { aggregateDrift } from '../tests/support/aggregates.ts';
import { snapshotStore } from '../tests/support/store.ts';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) { console.error('--db is required'); process.exit(2); }
try {
  const store = await openStore({ db: values.db });
  const snap = await snapshotStore(store);
  const derivedDrift = await aggregateDrift(store);   // the derived agency counts must still match the graph
  await store.close();
  process.stdout.write(JSON.stringify({ ...snap, derivedDrift }));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
