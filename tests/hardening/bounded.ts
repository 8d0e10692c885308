// Runs hostile queries in a child process (scripts/hostile-runner.ts) so a query that ignores its timeout
// cannot wedge the test process: a query still running after `stallMs` is recorded as unbounded and the child killed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, cliEnv } from '../support/index.ts';

export type Outcome = { outcome: 'rows'; rows: number } | { outcome: 'error'; code: string; message: string } | { outcome: 'unbounded' };

function runOnce(db: string, ids: string[], stallMs: number, into: Map<string, Outcome>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'run-ts.js'), 'scripts/hostile-runner.ts', '--db', db, '--ids', ids.join(',')],
      { cwd: repoRoot, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let current: string | null = null;
    let buf = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => { clearTimeout(timer); timer = setTimeout(() => { if (current) into.set(current, { outcome: 'unbounded' }); child.kill('SIGKILL'); }, stallMs); };
    arm();
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        let msg: Record<string, unknown>;
        try { msg = JSON.parse(line) as Record<string, unknown>; } catch { continue; }
        if (msg.start) { current = String(msg.id); arm(); } else if (msg.outcome) { into.set(String(msg.id), msg as unknown as Outcome); current = null; arm(); }
      }
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`hostile runner failed (${code}): ${stderr.slice(0, 500)}`));
      else resolve();
    });
  });
}

/** Outcome per id; restarts the child after a kill until every id has an outcome. The store at `db` must be closed. */
export async function runBounded(db: string, ids: string[], stallMs = 15_000): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  for (let attempt = 0; attempt <= ids.length && out.size < ids.length; attempt++) {
    await runOnce(db, ids.filter((id) => !out.has(id)), stallMs, out);
  }
  return out;
}
