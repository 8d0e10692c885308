// helmet headers (CSP fit for the web app) and per-IP rate limiters that answer 429 in the API's error shape.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { localize, type Lang } from './messages.ts';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],   // cytoscape and the app set inline styles
        'img-src': ["'self'", 'data:', 'blob:'],       // PNG export
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,           // served over plain http on a LAN or localhost
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,                   // http by default; a TLS proxy in front sets HSTS
  });
}

const pass: RequestHandler = (_req, _res, next) => next();

/** `false` (or a non-positive limit) disables the limiter. */
export function limiter(perMinute: number | false, what: string): RequestHandler {
  if (perMinute === false || perMinute <= 0) return pass;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      const message = localize('rate-limited', `too many ${what} requests; try again in a minute`, res.locals.lang as Lang | undefined);
      res.status(options.statusCode).json({ error: { code: 'rate-limited', message } });
    },
  });
}
