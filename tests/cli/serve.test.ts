// `policy-graph serve` in a child process: seeds an empty store, answers HTTP, owns the store (other CLI commands
// are told to use the API), and stops cleanly on SIGINT.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, SAMPLE } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pg-serve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SLOW = 180_000;

describe('policy-graph serve', () => {
  it('serves the seeded store; other commands get the lock message and the API answers instead', async () => {
    const db = join(tmp, 'db');
    const env: NodeJS.ProcessEnv = { ...process.env, POLICY_GRAPH_NO_WEB_BUILD: '1' };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/policy-graph.js'), 'serve', '--port', '0', '--db', db], { cwd: ROOT, env });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { out += d; });
    try {
      const url = await new Promise<string>((res, rej) => {
        const onData = () => { const m = /serving at (http:\/\/\S+)/.exec(out); if (m) res(m[1]!); };
        child.stdout.on('data', onData);
        child.once('exit', (code) => rej(new Error(`serve exited early (${code}): ${out}`)));
      });
      const health = await (await fetch(new URL('api/health', url))).json() as { ok: boolean; backend: string; documents: number };
      expect(health).toMatchObject({ ok: true, backend: 'ladybug', documents: 1 });

      const write = cli('ingest', SAMPLE, '--db', db);
      expect(write.code).toBe(1);
      expect(write.stderr).toMatch(/in use by another process \(is `policy-graph serve` running\?/);
      const read = cli('stats', '--json', '--db', db);
      expect(read.code).toBe(1);
      expect(read.stderr).toMatch(/in use by another process/);
      const stats = await (await fetch(new URL('api/stats', url))).json() as Record<string, number>;
      expect(stats).toMatchObject({ Document: 1, Chapter: 7 });
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGINT');
        const [code] = await once(child, 'exit');
        expect(code).toBe(0);
      }
    }
  }, SLOW);
});
