// Run the real `policy-graph` CLI (bin/policy-graph.js) in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './files.ts';

export const cliPath = join(repoRoot, 'bin', 'policy-graph.js');

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Environment for CLI children: no LLM, no Neo4j, no colours; `extra` overrides. */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const k of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) delete env[k];
  return { ...env, ...extra };
}

/** Start `node bin/policy-graph.js ...args` (cwd = repo root). The caller owns the child. */
export function spawnCli(args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Collect a child's output and exit. */
export function collect(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Run the CLI to completion; kills it (SIGKILL) after `timeoutMs`. */
export async function runCli(args: string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<CliResult> {
  const child = spawnCli(args, opts.env);
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  try { return await collect(child); } finally { clearTimeout(timer); }
}
