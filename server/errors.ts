// One error handler: every failure becomes `{ error: { code, message } }` with a 4xx/5xx status, never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { ZodError } from 'zod';
import { StoreError, type StoreErrorCode } from '../graph/types.ts';
import { localize, type Lang } from './messages.ts';

/** An error whose message is safe to show to the user. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, 'not-found', `${what} not found`);

const STORE_STATUS: Record<StoreErrorCode, number> = {
  'read-only-violation': 400, 'multi-statement': 400, syntax: 400, timeout: 503, locked: 503,
  'schema-version': 503, closed: 503, unavailable: 503, internal: 500,
};

function zodMessage(err: ZodError): string {
  // Paths and messages only: never the offending values.
  return err.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`).join('; ');
}

interface Mapped { status: number; code: string; message: string; extra?: Record<string, unknown>; retryAfter?: number }

/** Classify any thrown value. Unknown errors become 500 "internal error". */
export function classify(err: unknown): Mapped {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message, extra: err.extra };
  if (err instanceof ZodError) return { status: 400, code: 'bad-request', message: zodMessage(err) };
  if (err instanceof StoreError) {
    const status = STORE_STATUS[err.code] ?? 500;
    const message = status === 500 ? 'internal error' : err.message;
    return { status, code: err.code, message, retryAfter: status === 503 ? 2 : undefined };
  }
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return { status: 413, code: 'too-large', message: 'the uploaded file is too large' };
    return { status: 400, code: 'bad-request', message: `bad upload (${err.code}); send one file in the field "file"` };
  }
  const e = err as { type?: unknown; status?: unknown; statusCode?: unknown };
  if (e && typeof e === 'object') {
    if (e.type === 'entity.parse.failed') return { status: 400, code: 'bad-json', message: 'the request body is not valid JSON' };
    if (e.type === 'entity.too.large') return { status: 413, code: 'too-large', message: 'the request body is too large' };
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
      return { status: 415, code: 'unsupported-type', message: 'unsupported content encoding' };
    }
    const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 0;
    if (status >= 400 && status < 500) return { status, code: 'bad-request', message: 'bad request' };
  }
  return { status: 500, code: 'internal', message: 'internal error' };
}

export function errorHandler(log: (msg: string, err: unknown) => void = defaultLog): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const m = classify(err);
    if (m.status === 500) log(`${req.method} ${req.path} → 500`, err);   // expected 4xx/503 are not logged
    if (res.headersSent) { res.end(); return; }
    if (m.retryAfter) res.set('Retry-After', String(m.retryAfter));
    const lang = res.locals.lang as Lang | undefined;   // set by routes that know the user's language (ask)
    res.status(m.status).json({ error: { code: m.code, message: localize(m.code, m.message, lang), ...m.extra } });
  };
}

function defaultLog(msg: string, err: unknown): void {
  console.error(`[policy-graph] ${msg}:`, err);
}

/** Unknown /api routes. */
export const apiNotFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, "not-found", "no such API route"));
