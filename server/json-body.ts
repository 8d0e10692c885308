// A JSON response serialized once (for views cached per graph version): UTF-8 bytes and their ETag, computed at
// cache time, so a cache hit neither re-stringifies, re-encodes nor re-hashes a few hundred kB per request.
import { createHash } from 'node:crypto';
import type { Response } from 'express';

export interface JsonBody { bytes: Buffer; etag: string }

export function jsonBody(value: unknown): JsonBody {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  return { bytes, etag: `"${createHash('sha1').update(bytes).digest('base64url')}"` };
}

/** Send it (express answers 304 itself when the client's If-None-Match matches the ETag). */
export function sendJson(res: Response, body: JsonBody): void {
  res.set('ETag', body.etag);
  res.type('json').send(body.bytes);
}
