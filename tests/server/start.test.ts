// startServer in-process: seeds an empty store, serves on a free port, close() lets an in-flight upload finish.
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../graph/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { sampleBytes, tempDir } from '../support/index.ts';

let running: RunningServer | undefined;
afterAll(async () => { await running?.close(); });

/** Send half of a raw upload now; `finish()` sends the rest and resolves with the response. */
function halfUpload(url: string, body: Uint8Array): Promise<() => Promise<number>> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL('api/documents', url), {
      method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': String(body.length) },
    });
    const status = new Promise<number>((res, rej) => {
      req.on('response', (r) => { r.resume(); r.on('end', () => res(r.statusCode ?? 0)); });
      req.on('error', rej);
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half), () => resolve(() => { req.end(body.slice(half)); return status; }));
  });
}

describe('startServer', () => {
  it('ingests seeds into an empty store, serves the API, and closes after in-flight requests', async () => {
    const db = join(tempDir('pg-start-'), 'db');
    const lines: string[] = [];
    running = await startServer({ db, port: 0, host: '127.0.0.1', buildWeb: false, handleSignals: false, log: (l) => lines.push(l) });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lines.join('\n')).toContain(running.url);
    const health = await (await fetch(new URL('api/health', running.url))).json();
    expect(health).toEqual({ ok: true, backend: 'ladybug', documents: 1 });

    const url = running.url;
    const finish = await halfUpload(url, sampleBytes());
    const closing = running.close();
    expect(await finish()).toBe(201);
    await closing;
    running = undefined;
    await expect(fetch(new URL('api/health', url))).rejects.toThrow();   // no longer accepting

    const store = await openStore({ db });          // closed cleanly: the database reopens
    try {
      const rows = await store.run({ cypher: 'MATCH (d:Document) WHERE d.ingested = true RETURN count(d) AS n', params: {} }, { readOnly: true });
      expect(Number(rows[0]?.n)).toBe(1);
    } finally { await store.close(); }
  });
});
