// POST /api/documents: multipart field `file` (or a raw text/* body) → ingest → load through the write queue.
import express, { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import type { Ctx } from '../context.ts';
import { HttpError } from '../errors.ts';

// Loaded on first use: the ingest pipeline (dictionaries, decoders) is not needed to start serving.
let ingest: Promise<typeof import('../../ingest/index.ts')> | undefined;
const loadIngest = () => (ingest ??= import('../../ingest/index.ts'));

const EXT = /\.(txt|htm|html)$/i;
const isText = (type: string | undefined): boolean => !!type && /^text\//i.test(type.trim());

function unsupported(): HttpError {
  return new HttpError(415, 'unsupported-type', 'only .txt, .htm or .html documents (text/*) are accepted');
}

/** Picks multer for multipart, a raw parser for text/*, and refuses everything else with 415. */
function bodyParser(limit: number): RequestHandler {
  const multipart = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limit, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
    defParamCharset: 'utf8',
  } as multer.Options).single('file');
  const raw = express.raw({ type: () => true, limit });
  return (req, res, next) => {
    if (req.is('multipart/form-data')) return multipart(req, res, next);
    if (isText(req.get('content-type'))) return raw(req, res, next);
    next(unsupported());
  };
}

interface Upload { bytes: Uint8Array; name: string | null; contentType: string | undefined }

function readUpload(req: Request): Upload {
  if (req.is('multipart/form-data')) {
    const f = req.file;
    if (!f) throw new HttpError(400, 'bad-request', 'send the document in the multipart field "file"');
    if (!EXT.test(f.originalname) && !isText(f.mimetype)) throw unsupported();
    return { bytes: new Uint8Array(f.buffer), name: f.originalname || null, contentType: isText(f.mimetype) ? f.mimetype : undefined };
  }
  const body: unknown = req.body;
  if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'bad-request', 'the request body is empty');
  return { bytes: new Uint8Array(body), name: headerName(req.get('x-file-name')), contentType: req.get('content-type') };
}

/** `X-File-Name`, percent-encoded when not ASCII (encodeURIComponent). */
function headerName(raw: string | undefined): string | null {
  if (!raw) return null;
  let name = raw;
  try { name = decodeURIComponent(raw); } catch { /* keep it as sent */ }
  return name.slice(0, 300) || null;
}

export function uploadRoutes(ctx: Ctx, limiter: RequestHandler): Router {
  const r = Router();
  r.post('/documents', limiter, bodyParser(ctx.limits.uploadBytes), async (req, res) => {
    const up = readUpload(req);
    const { ingestBuffer } = await loadIngest();
    const result = ingestBuffer(up.bytes, { file: up.name, contentType: up.contentType });
    if (!result.ok) {
      throw new HttpError(422, 'rejected', result.reason, { reasons: [result.reason], diagnostics: result.diagnostics });
    }
    const doc = result.document;
    const loaded = await ctx.writes.run(() => ctx.store.loadDocument(doc));
    res.status(201).json({
      document: { id: doc.id, title: doc.title, number: doc.number },
      replaced: loaded.replaced,
      diagnostics: result.diagnostics,
    });
  });
  return r;
}
