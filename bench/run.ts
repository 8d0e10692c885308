// npm run bench [-- --quick] [--scales 100,1000] [--seed 1] [--seconds 10] [--connections 20]
// Parse, load and question figures at several corpus sizes, each beside a ceiling measured in the same process.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { questionMix } from './questions.ts';
import { checkTargets, markdown, type BenchReport, type Machine, type ScaleResult } from './report.ts';
import { serveAndLoad } from './serve.ts';
import { loadStage } from './load-stage.ts';
import { parseStage } from './parse-stage.ts';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const quick = argv.includes('--quick');
const scales = opt('scales', quick ? '100,1000' : '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const seed = Number(opt('seed', '1'));
const seconds = Number(opt('seconds', quick ? '4' : '10'));
const connections = Number(opt('connections', '20'));
const outDir = fileURLToPath(new URL('./out/', import.meta.url));

function machine(): Machine {
  let nproc = cpus().length;
  try { nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()); } catch { /* keep os.cpus() */ }
  return { nproc, memGb: Math.round(totalmem() / 2 ** 30), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform };
}

async function scale(n: number, work: string): Promise<ScaleResult> {
  const log = (msg: string): void => console.error(`[bench ${n}] ${msg}`);
  const corpus = generateCorpus({ count: n, seed });
  const inputs = corpus.map((d) => ({ name: d.name, bytes: Buffer.from(d.text, 'utf8') }));
  log(`parsing ${(inputs.reduce((s, i) => s + i.bytes.length, 0) / 1e6).toFixed(1)} MB`);
  const { figures: parse, docs } = await parseStage(inputs);
  log(`parsed ${docs.length} in ${parse.seconds.toFixed(1)} s; loading`);
  const dir = join(work, String(n));
  const load = await loadStage(docs, dir);
  log(`loaded in ${load.seconds.toFixed(1)} s (COPY ${load.copy.copySeconds.toFixed(2)} s); serving`);
  const questions = questionMix(corpus);
  let serve = null;
  try {
    serve = await serveAndLoad(join(dir, 'db'), [
      { name: 'ping', method: 'GET', path: '/bench/ping' },
      { name: 'ask', method: 'POST', path: '/api/ask', bodies: questions.map((question) => ({ question })) },
      { name: 'agency graph', method: 'GET', path: '/api/graph/agencies' },
    ], connections, seconds);
  } catch (err) {
    log(`serving failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await rm(dir, { recursive: true, force: true });
  return { documents: n, parse, load, serve };
}

const work = join(tmpdir(), `policy-graph-bench-${process.pid}`);
const results: ScaleResult[] = [];
try {
  for (const n of scales) results.push(await scale(n, work));
} finally {
  await rm(work, { recursive: true, force: true });
}
const report: BenchReport = {
  date: new Date().toISOString(), mode: quick ? 'quick' : 'full', seed, machine: machine(), scales: results, targets: checkTargets(results),
};
await mkdir(outDir, { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
await writeFile(join(outDir, `bench-${report.mode}-${stamp}.json`), JSON.stringify(report, null, 2));
await writeFile(join(outDir, `latest-${report.mode}.json`), JSON.stringify(report, null, 2));
console.log(markdown(report));
