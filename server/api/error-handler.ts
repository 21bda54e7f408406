import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { mapError } from './map-error.ts';

/** The last middleware: every error becomes `{"error": {"code", "message"}}`; unexpected ones are logged, not shown. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const { status, code, message, details, retryAfter } = mapError(err);
    if (status >= 500 && !['database_unavailable', 'database_busy', 'query_timeout'].includes(code))
      log.error({ err, method: req.method, url: req.originalUrl }, 'request failed');
    res.locals.errorCode = code;
    if (res.headersSent) {
      res.end();
      return;
    }
    if (retryAfter) res.set('Retry-After', String(retryAfter));
    res.status(status).json({ error: { code, message, ...(details ? { details } : {}) } });
  };
}

/** Unknown routes: a 404 that says what was asked. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ error: { code: 'not_found', message: `no route ${req.method} ${req.originalUrl.split('?')[0]}` } });
};
