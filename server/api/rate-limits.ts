import { rateLimit } from 'express-rate-limit';
import type { Request, RequestHandler, Response } from 'express';

export interface RateLimits {
  /** Requests per minute and client address. */
  cypher: number;
  ingest: number;
  /** GET routes that compute much (paths, dyads, neighbourhoods, the network for a period). */
  expensive: number;
}

export const defaultRateLimits: RateLimits = { cypher: 60, ingest: 10, expensive: 120 };

/** Per client address (behind a proxy, as `trust proxy` says), with a 429 that says the limit. */
export function rateLimiter(perMinute: number, skip?: (req: Request, res: Response) => boolean): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(skip ? { skip } : {}),
    handler: (_req, res) => {
      res.status(429).json({
        error: { code: 'rate_limited', message: `at most ${perMinute} requests a minute; try again shortly` },
      });
    },
  });
}
