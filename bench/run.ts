// npm run bench [-- --quick] [--scales 100,1000] [--seed 1] [--seconds 10] [--connections 20] [--load-budget 60] [--probe-limit 180]
// Parse, load and question figures at several corpus sizes, each beside a ceiling measured in the same process.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { loadStage } from './load-stage.ts';
import { parseStage } from './parse-stage.ts';
import { questionMix } from './questions.ts';
import { checkTargets, markdown, type BenchReport, type Machine, type ScaleResult } from './report.ts';
import { serveAndLoad } from './serve.ts';

delete process.env.NEO4J_URI;   // the bench measures the embedded store
const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const quick = argv.includes('--quick');
const scales = opt('scales', quick ? '100,1000' : '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const seed = Number(opt('seed', '1'));
const seconds = Number(opt('seconds', quick ? '3' : '10'));
const connections = Number(opt('connections', '20'));
const loadBudget = Number(opt('load-budget', quick ? '5' : '600'));
const probeLimitMs = Number(opt('probe-limit', quick ? '5' : '180')) * 1000;
const t0 = performance.now();
const outDir = fileURLToPath(new URL('./out/', import.meta.url));

function machine(): Machine {
  let nproc = cpus().length;
  try { nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()); } catch { /* keep os.cpus() */ }
  return {
    nproc, memGb: Math.round(totalmem() / 2 ** 30), cpu: cpus()[0]?.model ?? 'unknown', node: process.version,
    platform: process.platform, loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

async function scale(n: number, work: string): Promise<ScaleResult> {
  const log = (msg: string): void => console.error(`[bench ${n} +${((performance.now() - t0) / 1000).toFixed(0)}s] ${msg}`);
  const corpus = generateCorpus({ count: n, seed });
  const inputs = corpus.map((d) => ({ name: d.name, bytes: Buffer.from(d.text, 'utf8') }));
  log(`parsing ${(inputs.reduce((s, i) => s + i.bytes.length, 0) / 1e6).toFixed(1)} MB`);
  const { figures: parse, docs } = await parseStage(inputs);
  log(`parsed ${docs.length} in ${parse.seconds.toFixed(1)} s; loading (budget ${loadBudget} s)`);
  const dir = join(work, String(n));
  const load = await loadStage(docs, dir, loadBudget);
  log(`loaded ${load.loaded} in ${load.seconds.toFixed(1)} s; COPY of all ${docs.length} ${load.copy.copySeconds.toFixed(2)} s`);
  // the server gets the whole corpus: the loader's store when it finished, else the same rows bulk-copied
  if (load.error) log(`load stopped: ${load.error}`);
  const served = load.partial ? load.copy.db : load.db;
  log('serving');
  let serve = null;
  let error: string | undefined;
  try {
    // every request carries a browser's Accept-Encoding: large cached views are sent gzipped to such clients
    const headers = { 'accept-encoding': 'gzip, deflate, br' };
    serve = await serveAndLoad(served, [
      { name: 'ping', method: 'GET', path: '/bench/ping', headers },
      { name: 'ask', method: 'POST', path: '/api/ask', bodies: questionMix(corpus).map((question) => ({ question })), headers },
      { name: 'agency graph', method: 'GET', path: '/api/graph/agencies', headers },
    ], connections, seconds, probeLimitMs);
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
    log(`serving failed: ${error}`);
  }
  await rm(dir, { recursive: true, force: true });
  log('done');
  return { documents: n, parse, load, serve, servedFrom: load.partial ? 'copy' : 'loader', error };
}

const work = join(tmpdir(), `policy-graph-bench-${process.pid}`);
const results: ScaleResult[] = [];
const started = machine();
try {
  for (const n of scales) results.push(await scale(n, work));
} catch (err) {
  console.error(`bench stopped: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
const report: BenchReport = {
  date: new Date().toISOString(), mode: quick ? 'quick' : 'full', seed, machine: { ...started, loadAverageEnd: loadavg().map((x) => Number(x.toFixed(2))) },
  scales: results, targets: checkTargets(results),
};
await mkdir(outDir, { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
await writeFile(join(outDir, `bench-${report.mode}-${stamp}.json`), JSON.stringify(report, null, 2));
await writeFile(join(outDir, `latest-${report.mode}.json`), JSON.stringify(report, null, 2));
console.log(markdown(report));
