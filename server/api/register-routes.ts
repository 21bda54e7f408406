import express, { type Express, type RequestHandler } from 'express';
import { isPreparedJson } from '../use-cases/prepared-json.ts';
import { rateLimiter, type RateLimits } from './rate-limits.ts';
import { requireToken } from './require-token.ts';
import type { AnyRoute, RouteContext } from './route-def.ts';
import { sendPrepared } from './send-prepared.ts';
import { validateInput } from './validate-input.ts';

/**
 * Mounts each route: rate limit, token, body parser with its size limit, validation, then its one use-case.
 * A limit that skips cheap requests judges them on the validated input, so it comes after validation.
 */
export function registerRoutes(app: Express, routes: AnyRoute[], ctx: RouteContext, limits: RateLimits): void {
  const shared = {
    cypher: rateLimiter(limits.cypher),
    ingest: rateLimiter(limits.ingest),
    expensive: rateLimiter(limits.expensive),
  };
  for (const r of routes) {
    const chain: RequestHandler[] = [];
    const key = (input: { params: never; query: never }) => {
      const k = r.cacheKey ? r.cacheKey(input) : null;
      return k === null ? null : `${r.id} ${k}`;
    };
    // A request the cache answers costs next to nothing, so only the others count towards an expensive route's limit.
    const skip = r.cacheKey
      ? (input: { params: never; query: never }) => {
          const k = key(input);
          return k !== null && ctx.graphCache.holds(k);
        }
      : null;
    if (r.rateLimit && !skip) chain.push(shared[r.rateLimit]);
    if (r.auth === 'token') chain.push(requireToken(ctx.config.apiToken));
    if (r.method === 'post') chain.push(express.json({ limit: r.bodyLimit ?? '100kb', strict: true }));
    chain.push((req, res, next) => {
      res.locals.input = {
        params: r.params ? validateInput('params', r.params, req.params) : {},
        query: r.query ? validateInput('query', r.query, req.query) : {},
        body: r.body ? validateInput('body', r.body, req.body) : {},
      };
      next();
    });
    if (r.rateLimit && skip)
      chain.push(rateLimiter(limits[r.rateLimit], (_req, res) => skip(res.locals.input as never)));
    chain.push(async (req, res) => {
      const input = res.locals.input as Parameters<AnyRoute['handle']>[0];
      const k = key(input as never);
      const result =
        k === null ? await r.handle(input, ctx) : await ctx.graphCache.get(ctx.db, k, () => r.handle(input, ctx));
      if (k !== null && isPreparedJson(result)) ctx.heldAnswers?.remember(req, res, k);
      if (isPreparedJson(result)) sendPrepared(req, res, result);
      else if (r.produces && r.produces !== 'application/json') res.type(r.produces).send(result);
      else res.json(result);
    });
    app[r.method](r.path, ...chain);
  }
}
