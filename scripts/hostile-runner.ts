// Child process for tests/hardening: runs hostile Cypher (by id, from tests/fixtures/hostile.json) through the store's
// read-only run with the API's bounds and prints one JSON line per step. A parent kills it if a query never returns.
// Usage: node bin/run-ts.js scripts/hostile-runner.ts --db <dir> --ids a,b,c [--timeout-ms 3000] [--max-rows 500]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../graph/index.ts';
import { StoreError } from '../graph/types.ts';
import { repoRoot } from '../tests/support/files.ts';

const { values } = parseArgs({ options: {
  db: { type: 'string' }, ids: { type: 'string', default: '' },
  'timeout-ms': { type: 'string', default: '3000' }, 'max-rows': { type: 'string', default: '500' },
} });
if (!values.db) { console.error('--db is required'); process.exit(2); }
const all = (JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'hostile.json'), 'utf8')) as { cypher: Array<{ id: string; cypher: string }> }).cypher;
const wanted = new Set(values.ids.split(',').filter(Boolean));
const bounds = { readOnly: true, timeoutMs: Number(values['timeout-ms']), maxRows: Number(values['max-rows']) };

const print = (o: Record<string, unknown>): void => { process.stdout.write(`${JSON.stringify(o)}\n`); };
const store = await openStore({ db: values.db });
print({ ready: true });
for (const c of all.filter((x) => wanted.has(x.id))) {
  print({ id: c.id, start: true });
  try {
    const rows = await store.run({ cypher: c.cypher, params: {} }, bounds);
    print({ id: c.id, outcome: 'rows', rows: rows.length });
  } catch (e) {
    const code = e instanceof StoreError ? e.code : 'thrown';
    print({ id: c.id, outcome: 'error', code, message: e instanceof Error ? e.message : String(e) });
  }
}
await store.close();
print({ done: true });
