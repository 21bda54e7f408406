import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/** One log line per request when it ends: method, path, status, duration, and the error code if any. */
export function requestLogger(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        method: req.method,
        url: req.originalUrl.length > 300 ? `${req.originalUrl.slice(0, 300)}…` : req.originalUrl,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        ...(res.locals.errorCode ? { error: res.locals.errorCode } : {}),
      };
      if (res.statusCode >= 500) log.warn(line, 'request');
      else log.info(line, 'request');
    });
    next();
  };
}
