// Serve an express app on 127.0.0.1 (random port) and small fetch helpers for load tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application } from 'express';

export async function listenLocal(app: Application): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export interface Reply { status: number; body: string; json: unknown; retryAfter: string | null }

export async function post(url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body) : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body: text, json, retryAfter: res.headers.get('retry-after') };
}

/** A multipart upload of `bytes` as field `file`. */
export async function upload(base: string, name: string, bytes: Uint8Array): Promise<Reply> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(bytes)], { type: 'text/plain' }), name);
  const res = await fetch(`${base}/api/documents`, { method: 'POST', body: form });
  const text = await res.text();
  let json: unknown = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body: text, json, retryAfter: res.headers.get('retry-after') };
}
