// Ctrl-C during a multi-file ingest: the run stops between documents; every document is fully present or absent.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, SAMPLE } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pg-int-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('policy-graph ingest interrupted', () => {
  it('SIGINT stops after the current document, exits 130 and leaves only complete documents', async () => {
    const dir = join(tmp, 'docs');
    mkdirSync(dir);
    const text = readFileSync(SAMPLE, 'utf8');
    expect(text).toContain('〕58號');
    for (let n = 1; n <= 10; n++) writeFileSync(join(dir, `copy-${String(n).padStart(2, '0')}.txt`), text.replace('〕58號', `〕${100 + n}號`));
    const db = join(tmp, 'db');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/policy-graph.js'), 'ingest', dir, '--db', db], { cwd: ROOT, env });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    await new Promise<void>((res) => child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      if (/\[ ?1\/10\]/.test(err)) res();
    }));
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code, out + err).toBe(130);
    expect(out).toMatch(/Interrupted/);
    const loaded = Number(/Loaded (\d+) document/.exec(out)?.[1]);
    expect(loaded).toBeGreaterThanOrEqual(1);
    expect(loaded).toBeLessThan(10);
    const stats = JSON.parse(cli('stats', '--json', '--db', db).stdout) as Record<string, number>;
    expect(stats.Document).toBe(loaded);
    expect(stats.Chapter).toBe(7 * loaded);
    expect(stats.HAS_CHAPTER).toBe(7 * loaded);
    expect(stats.Measure! % loaded).toBe(0);
    expect(stats.Action! % loaded).toBe(0);
  }, 180_000);
});
