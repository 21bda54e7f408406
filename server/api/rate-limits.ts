import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';

export interface RateLimits {
  /** Requests per minute and client address. */
  cypher: number;
  ingest: number;
}

export const defaultRateLimits: RateLimits = { cypher: 60, ingest: 10 };

export function rateLimiter(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: `at most ${perMinute} requests a minute; try again shortly` } });
    },
  });
}
