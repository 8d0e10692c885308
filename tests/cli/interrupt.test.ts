// Interrupted ingests (Ctrl-C, kill -9): every document is fully present or absent afterwards.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, SAMPLE } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pg-int-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copies(dir: string): void {
  mkdirSync(dir);
  const text = readFileSync(SAMPLE, 'utf8');
  expect(text).toContain('〕58號');
  for (let n = 1; n <= 10; n++) writeFileSync(join(dir, `copy-${String(n).padStart(2, '0')}.txt`), text.replace('〕58號', `〕${100 + n}號`));
}

/** Start `ingest dir --db db` and resolve once the progress shows document `after` done. */
async function ingestUntil(dir: string, db: string, after: number) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/policy-graph.js'), 'ingest', dir, '--db', db], { cwd: ROOT, env });
  const io = { out: '', err: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => { io.out += d; });
  await new Promise<void>((res) => child.stderr.setEncoding('utf8').on('data', (d: string) => {
    io.err += d;
    if (new RegExp(`\\[ ?${after}/10\\]`).test(io.err)) res();
  }));
  return { child, io };
}

/** Every ingested document is complete (the sample has 7 chapters). */
function expectComplete(db: string, documents?: number): number {
  const run = cli('stats', '--json', '--db', db);
  expect(run.code, run.stderr).toBe(0);
  const stats = JSON.parse(run.stdout) as Record<string, number>;
  const n = stats.Document!;
  if (documents !== undefined) expect(n).toBe(documents);
  expect(stats.Chapter).toBe(7 * n);
  expect(stats.HAS_CHAPTER).toBe(7 * n);
  if (n > 0) {
    expect(stats.Measure! % n).toBe(0);
    expect(stats.Action! % n).toBe(0);
    expect(stats.HAS_ACTION).toBe(stats.Action);
  }
  return n;
}

describe('policy-graph ingest interrupted', () => {
  it('SIGINT stops after the current document, exits 130 and leaves only complete documents', async () => {
    const dir = join(tmp, 'docs-int');
    copies(dir);
    const db = join(tmp, 'db-int');
    const { child, io } = await ingestUntil(dir, db, 1);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code, io.out + io.err).toBe(130);
    expect(io.out).toMatch(/Interrupted/);
    const loaded = Number(/Loaded (\d+) document/.exec(io.out)?.[1]);
    expect(loaded).toBeGreaterThanOrEqual(1);
    expect(loaded).toBeLessThan(10);
    expectComplete(db, loaded);
  }, 180_000);

  it('kill -9 mid-ingest: documents reported loaded survive, the one in flight is absent or complete, the store reopens', async () => {
    const dir = join(tmp, 'docs-kill');
    copies(dir);
    const db = join(tmp, 'db-kill');
    const { child } = await ingestUntil(dir, db, 2);
    await new Promise((r) => setTimeout(r, 150));   // land inside the next document's transaction, most likely
    child.kill('SIGKILL');
    await once(child, 'exit');
    const n = expectComplete(db);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThan(10);
    expect(cli('ingest', dir, '--db', db).code).toBe(0);   // and it takes the rest
    expectComplete(db, 10);
  }, 240_000);
});
