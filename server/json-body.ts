// A JSON response serialized once (for views cached per graph version): UTF-8 bytes and their ETag, computed at
// cache time, so a cache hit neither re-stringifies, re-encodes nor re-hashes a few hundred kB per request.
// Large bodies are also gzipped once, on the first request that accepts gzip (the whole agency graph at 10,000
// documents is ≈790 kB of JSON, ≈64 kB gzipped): sending the raw bytes to 20 clients is what limited its p99.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Response } from 'express';

export interface JsonBody { bytes: Buffer; etag: string; gzipped?: Buffer }

/** Below this size gzip saves too little to be worth the header and the CPU. */
const GZIP_MIN_BYTES = 8 * 1024;

export function jsonBody(value: unknown): JsonBody {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  return { bytes, etag: `"${createHash('sha1').update(bytes).digest('base64url')}"` };
}

/** Send it (express answers 304 itself when the client's If-None-Match matches the ETag), gzipped when accepted. */
export function sendJson(res: Response, body: JsonBody): void {
  res.set('ETag', body.etag);
  res.type('json');
  if (body.bytes.length >= GZIP_MIN_BYTES) {
    res.vary('Accept-Encoding');
    if (res.req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      body.gzipped ??= gzipSync(body.bytes);
      // another representation, another ETag (a cache must not hand gzip bytes to a client that did not ask for them)
      res.set('ETag', `${body.etag.slice(0, -1)}-gz"`);
      res.set('Content-Encoding', 'gzip');
      res.send(body.gzipped);
      return;
    }
  }
  res.send(body.bytes);
}
