// Long mode of the kill -9 test: `node bin/run-ts.js scripts/kill-loop.ts --runs 20 [--seed N]`.
// Exits 1 if any run leaves a document partly stored or the final clean ingest fails.
import { parseArgs } from 'node:util';
import { killLoop, snapshotOf, classify } from './kill-loop-lib.ts';
import { runCli } from '../tests/support/index.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, seed: { type: 'string', default: '99' } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1) { console.error('--runs must be a positive integer'); process.exit(2); }

const { results, db, files, ref } = await killLoop({ runs, seed, log: (l) => console.log(l) });
const broken = results.flatMap((r) => r.broken.map((b) => `run ${r.run}: ${b}`));
const killed = results.filter((r) => r.killed).length;
const after = await runCli(['ingest', '--db', db, ...files], { timeoutMs: 120_000 });
const final = await snapshotOf(db).then((snap) => classify(snap, ref),
  (e: unknown) => ({ present: [] as string[], absent: [] as string[], broken: [`the store does not open: ${(e as Error).message}`] }));
console.log(`${runs} runs, ${killed} killed mid-ingest, ${broken.length} partial documents; final clean ingest exit ${after.code}, ` +
  `${final.present.length}/${ref.size} documents present`);
for (const b of [...broken, ...final.broken]) console.log(`BROKEN ${b}`);
process.exit(broken.length === 0 && after.code === 0 && final.present.length === ref.size ? 0 : 1);
