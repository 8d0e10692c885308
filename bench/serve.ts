// Start the server under test in a child process, load it with autocannon, read its peak memory, stop it.
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadResult, type LoadSpec } from './http-load.ts';

const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const child = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export interface ServeResult {
  startupMs: number;
  /** The question engine's warm-up after listening (lexicon, whole-graph answers), before any probe. */
  warmMs?: number;
  askAvailable: boolean;
  /** Each route's figures; `singleMs` is one request alone before the load. */
  loads: Array<LoadResult & { singleMs: number; cut?: boolean; coldMs?: number[] }>;
  rssMb: number;        // resident set size after the load
  peakRssMb: number;    // VmHWM: the peak over the server's life
}

/** Time one request on its own (body `i` for a POST), giving up after `limitMs` (then `ms` is a lower bound). */
async function probe(base: string, spec: LoadSpec, limitMs: number, i = 0): Promise<{ ms: number; ok: boolean; cut: boolean }> {
  const t = performance.now();
  const signal = AbortSignal.timeout(limitMs);
  try {
    const res = await fetch(base + spec.path, spec.method === 'POST'
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec.bodies?.[i] ?? {}), signal }
      : { signal });
    await res.arrayBuffer();
    return { ms: Math.round(performance.now() - t), ok: res.ok, cut: false };
  } catch (err) {
    if (!signal.aborted) throw err;
    return { ms: limitMs, ok: false, cut: true };
  }
}

const emptyLoad = (spec: LoadSpec, connections: number): LoadResult => ({
  name: spec.name, path: spec.path, connections, seconds: 0, requests: 1, rps: 0, p50: 0, p99: 0, max: 0, non2xx: 0, errors: 0,
});

async function memory(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

function start(db: string): Promise<{ proc: ChildProcess; port: number; startupMs: number; warmMs: number; ask: boolean }> {
  const proc = fork(runTs, [child, '--db', db], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (m) => {
      const msg = m as { port: number; startupMs: number; warmMs: number; ask: boolean };
      resolve({ proc, port: msg.port, startupMs: msg.startupMs, warmMs: msg.warmMs, ask: msg.ask });
    });
    proc.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before listening`)));
  });
}

/** `probeLimitMs`: how long one request alone may take before the route is reported as slower than that. */
export async function serveAndLoad(db: string, specs: LoadSpec[], connections: number, seconds: number, probeLimitMs = 180_000): Promise<ServeResult> {
  const { proc, port, startupMs, warmMs, ask } = await start(db);
  try {
    const base = `http://127.0.0.1:${port}`;
    const loads: ServeResult['loads'] = [];
    for (const spec of specs) {
      if (spec.path === '/api/ask' && !ask) continue;
      const single = await probe(base, spec, probeLimitMs);   // one request alone (also warms JIT, caches, the ask lexicon)
      if (single.ms > seconds * 1000 || single.cut) {
        // one request takes longer than the whole load window: 20 clients would only queue behind it
        const row = { ...emptyLoad(spec, connections), p50: single.ms, p99: single.ms, max: single.ms, non2xx: single.ok || single.cut ? 0 : 1 };
        loads.push({ ...row, singleMs: single.ms, cut: single.cut });
        if (single.cut) break;   // the server is still busy with it; later routes would measure the queue
        continue;
      }
      // every other body once alone too: the cold path of each question (the load below mostly meets cached answers)
      const coldMs = [single.ms];
      for (let i = 1; i < (spec.bodies?.length ?? 0); i++) {
        const p = await probe(base, spec, probeLimitMs, i);
        coldMs.push(p.ms);
        if (p.cut) break;
      }
      await runLoad(base, spec, Math.min(connections, 4), 1);
      loads.push({ ...(await runLoad(base, spec, connections, seconds)), singleMs: single.ms, ...(spec.bodies ? { coldMs } : {}) });
    }
    const mem = await memory(proc.pid!);
    return { startupMs, warmMs, askAvailable: ask, loads, rssMb: mem.rss, peakRssMb: mem.hwm };
  } finally {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    const killer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  }
}
