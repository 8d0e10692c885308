// Start the server under test in a child process, load it with autocannon, read its peak memory, stop it.
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadResult, type LoadSpec } from './http-load.ts';

const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const child = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export interface ServeResult {
  startupMs: number;
  askAvailable: boolean;
  loads: LoadResult[];
  rssMb: number;        // resident set size after the load
  peakRssMb: number;    // VmHWM: the peak over the server's life
}

async function memory(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

function start(db: string): Promise<{ proc: ChildProcess; port: number; startupMs: number; ask: boolean }> {
  const proc = fork(runTs, [child, '--db', db], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (m) => {
      const msg = m as { port: number; startupMs: number; ask: boolean };
      resolve({ proc, port: msg.port, startupMs: msg.startupMs, ask: msg.ask });
    });
    proc.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before listening`)));
  });
}

export async function serveAndLoad(db: string, specs: LoadSpec[], connections: number, seconds: number): Promise<ServeResult> {
  const { proc, port, startupMs, ask } = await start(db);
  try {
    const base = `http://127.0.0.1:${port}`;
    const loads: LoadResult[] = [];
    for (const spec of specs) {
      if (spec.path === '/api/ask' && !ask) continue;
      await runLoad(base, spec, Math.min(connections, 4), 1);   // warm-up (JIT, caches, lexicon)
      loads.push(await runLoad(base, spec, connections, seconds));
    }
    const mem = await memory(proc.pid!);
    return { startupMs, askAvailable: ask, loads, rssMb: mem.rss, peakRssMb: mem.hwm };
  } finally {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
}
