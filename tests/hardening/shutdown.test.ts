// Issue 7: the real `policy-graph serve` stops cleanly on SIGINT/SIGTERM: in-flight requests finish, the store closes, exit 0.
import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { openStore } from '../../graph/index.ts';
import { miniDoc } from '../../scripts/malformed-cases.ts';
import { collect, runCli, samplePath, spawnCli, tempDir, utf8, type CliResult } from '../support/index.ts';

async function serve(db: string): Promise<{ child: ChildProcess; url: string; done: Promise<CliResult> }> {
  const child = spawnCli(['serve', '--db', db, '--port', '0'], { PORT: '0', HOST: '127.0.0.1', POLICY_GRAPH_NO_WEB_BUILD: '1' });
  const done = collect(child);
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL: ${seen}`)), 60_000);
    child.stdout!.on('data', (d: Buffer | string) => {
      seen += String(d);
      const m = /(http:\/\/[\w.[\]:]+:\d+)\//.exec(seen);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    void done.then((r) => { clearTimeout(timer); reject(new Error(`serve exited early (${r.code}): ${r.stderr}`)); });
  });
  return { child, url, done };
}

/** Start a raw-body upload, send the first half, and return a function that sends the rest and awaits the response. */
function halfUpload(url: string, body: Uint8Array): Promise<{ finish(): Promise<{ status: number; body: string }> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/documents`, {
      method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length), 'x-file-name': 'inflight.txt' },
    });
    const response = new Promise<{ status: number; body: string }>((res, rej) => {
      req.on('response', (r) => { let b = ''; r.setEncoding('utf8'); r.on('data', (d: string) => { b += d; }); r.on('end', () => res({ status: r.statusCode ?? 0, body: b })); });
      req.on('error', rej);
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half), () => resolve({ finish: async () => { req.end(body.slice(half)); return response; } }));
  });
}

describe('clean shutdown of `policy-graph serve`', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: an upload in flight completes, exit code 0, the store reopens with the document`, async () => {
      const db = join(tempDir('pg-serve-'), 'db');
      const { child, url, done } = await serve(db);
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);

      const doc = utf8(miniDoc().replace('某府发〔2024〕1号', '某府发〔2024〕42号'));
      const inflight = await halfUpload(url, doc);
      await new Promise((r) => setTimeout(r, 300));
      child.kill(signal);
      await new Promise((r) => setTimeout(r, 300));
      const reply = await inflight.finish();
      expect(reply.status, reply.body).toBe(201);
      const exit = await done;
      expect(exit.code, exit.stderr).toBe(0);
      expect(exit.stderr).not.toMatch(/\n\s+at /);

      const store = await openStore({ db });
      try {
        const rows = await store.run({ cypher: 'MATCH (d:Document) WHERE d.ingested = true AND d.number CONTAINS $n RETURN d.id AS id', params: { n: '42' } }, { readOnly: true });
        expect(rows.length).toBe(1);
      } finally { await store.close(); }
    }, 120_000);
  }

  it('a second process writing to the served store gets a clear message; the server is unaffected and stops cleanly', async () => {
    const db = join(tempDir('pg-serve-'), 'db');
    const { child, url, done } = await serve(db);
    const before = await (await fetch(`${url}/api/stats`)).text();
    const other = await runCli(['ingest', '--db', db, samplePath], { timeoutMs: 60_000 });
    expect(other.code).not.toBe(0);
    expect(other.stdout + other.stderr).toMatch(/in use|serve|API/i);
    expect(other.stderr).not.toMatch(/\n\s+at /);
    expect(await (await fetch(`${url}/api/stats`)).text()).toBe(before);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  }, 120_000);
});
