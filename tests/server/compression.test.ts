// Cached views are gzipped once and sent compressed only to clients that accept gzip, with their own ETag.
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleApp, type Fixture } from './setup.ts';

let f: Fixture;
let server: Server;
beforeAll(async () => {
  f = await sampleApp();
  server = await new Promise<Server>((resolve) => { const s = f.app.listen(0, '127.0.0.1', () => resolve(s)); });
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await f?.store.close();
});

interface Raw { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** The raw response bytes over real HTTP (no client-side decompression). */
const raw = (accept: string, etag?: string): Promise<Raw> => new Promise((resolve, reject) => {
  const { port } = server.address() as AddressInfo;
  const headers: Record<string, string> = { 'accept-encoding': accept };
  if (etag) headers['if-none-match'] = etag;
  get({ host: '127.0.0.1', port, path: '/api/graph/agencies', headers }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject);
});

describe('gzip of large JSON views', () => {
  it('sends the same JSON gzipped when accepted, identity otherwise, each with its own ETag', async () => {
    const plain = await raw('identity');
    expect(plain.status).toBe(200);
    const body = plain.body;
    expect(body.length).toBeGreaterThan(8 * 1024);   // large enough to be compressed (else this test proves nothing)
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);

    const zipped = await raw('gzip, deflate');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    const bytes = zipped.body;
    expect(bytes.length).toBeLessThan(body.length / 2);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(JSON.parse(body.toString('utf8')));
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
  });

  it('answers 304 to a client revalidating either representation', async () => {
    const zipped = await raw('gzip');
    expect(zipped.status).toBe(200);
    expect((await raw('gzip', zipped.headers.etag)).status).toBe(304);
    const plain = await raw('identity');
    expect((await raw('identity', plain.headers.etag)).status).toBe(304);
    // a gzip ETag does not validate the identity body
    expect((await raw('identity', zipped.headers.etag)).status).toBe(200);
  });

  it('leaves small bodies uncompressed', async () => {
    const r = await request(f.app).get('/api/stats').set('Accept-Encoding', 'gzip').expect(200);
    expect(r.headers['content-encoding']).toBeUndefined();
  });
});
