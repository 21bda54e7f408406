import type { RequestHandler } from 'express';

/**
 * Answers only requests whose Host is one the server is meant to be reached by. A web page on another
 * origin that rebinds its DNS name to 127.0.0.1 still sends its own name as Host, so it is refused here,
 * before any route, the page or a static file. With `trust proxy` set, Express reads X-Forwarded-Host.
 */
export function requireAllowedHost(allowed: string[]): RequestHandler {
  const hosts = new Set(allowed.map((h) => h.toLowerCase()));
  return (req, res, next) => {
    const host = (req.hostname ?? '').toLowerCase();
    if (hosts.has(host)) return next();
    res.locals.errorCode = 'host_not_allowed';
    res.status(403).json({
      error: {
        code: 'host_not_allowed',
        message: `the Host ${JSON.stringify(host.slice(0, 100))} is not one this server answers to; ALLOWED_HOSTS lists them`,
      },
    });
  };
}
