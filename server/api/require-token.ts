import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../use-cases/app-error.ts';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Bearer-token check for write routes. Without a configured token the route is closed to everyone.
 * Tokens are compared as hashes in constant time, so timing says nothing about the token.
 */
export function requireToken(token: string | null): RequestHandler {
  return (req, _res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!token)
      return next(new AppError(401, 'unauthorized', 'writes are disabled: the server has no STATEGRAPH_API_TOKEN'));
    if (!m || !timingSafeEqual(digest(m[1]!), digest(token)))
      return next(new AppError(401, 'unauthorized', 'a valid bearer token is required'));
    next();
  };
}
