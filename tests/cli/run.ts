// Run the real CLI (bin/policy-graph.js) in a child process.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLE = resolve(ROOT, 'seeds/ordos-efufa-2023-58.txt');

export interface CliRun { code: number | null; stdout: string; stderr: string }

export function cli(...args: string[]): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_URI;
  delete env.POLICY_GRAPH_DB;
  const r = spawnSync(process.execPath, [resolve(ROOT, 'bin/policy-graph.js'), ...args], { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace reached the user. */
export function noStack(run: CliRun): boolean {
  return !/\n\s+at .+:\d+:\d+/.test(run.stderr + run.stdout);
}
