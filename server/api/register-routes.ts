import express, { type Express, type RequestHandler } from 'express';
import { rateLimiter, type RateLimits } from './rate-limits.ts';
import { requireToken } from './require-token.ts';
import type { AnyRoute, RouteContext } from './route-def.ts';
import { validateInput } from './validate-input.ts';

/** Mounts each route: rate limit, token, body parser with its size limit, validation, then its one use-case. */
export function registerRoutes(app: Express, routes: AnyRoute[], ctx: RouteContext, limits: RateLimits): void {
  const limiters = { cypher: rateLimiter(limits.cypher), ingest: rateLimiter(limits.ingest) };
  for (const r of routes) {
    const chain: RequestHandler[] = [];
    if (r.rateLimit) chain.push(limiters[r.rateLimit]);
    if (r.auth === 'token') chain.push(requireToken(ctx.config.apiToken));
    if (r.method === 'post') chain.push(express.json({ limit: r.bodyLimit ?? '100kb', strict: true }));
    chain.push(async (req, res) => {
      const input = {
        params: r.params ? validateInput('params', r.params, req.params) : {},
        query: r.query ? validateInput('query', r.query, req.query) : {},
        body: r.body ? validateInput('body', r.body, req.body) : {},
      };
      const result = await r.handle(input as never, ctx);
      if (r.produces && r.produces !== 'application/json') res.type(r.produces).send(result);
      else res.json(result);
    });
    app[r.method](r.path, ...chain);
  }
}
