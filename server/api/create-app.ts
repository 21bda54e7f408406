import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { pino, type Logger } from 'pino';
import type { Config } from '../config/load-config.ts';
import { projectRoot } from '../config/paths.ts';
import type { Database } from '../neo4j/database.ts';
import { cors } from './cors.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { defaultRateLimits, type RateLimits } from './rate-limits.ts';
import { GraphVersionCache } from '../use-cases/graph-version-cache.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { HeldAnswers } from './serve-held-answers.ts';
import { registerRoutes } from './register-routes.ts';
import { requireAllowedHost } from './require-allowed-host.ts';
import { requestLogger } from './request-logger.ts';
import { routeTable } from './route-table.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  logger?: Logger;
  rateLimits?: Partial<RateLimits>;
  /** The built web page; client/dist when it exists. */
  clientDir?: string | null;
  /** The state-network cache; one per app unless given (a benchmark gives one that never holds anything). */
  graphCache?: GraphVersionCache;
}

const defaultClientDir = path.join(projectRoot, 'client', 'dist');

export function createApp({
  db,
  config,
  logger,
  rateLimits,
  clientDir = defaultClientDir,
  graphCache,
}: AppDeps): Express {
  const log = logger ?? pino({ level: config.logLevel });
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy, rate limits count the client the proxy names, not the proxy; off unless TRUST_PROXY says.
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple'); // no nested objects from ?a[b]=c: every query value is a string or a list of them
  // The graph's version is read before cached answers on two connections of its own, so it never waits for others.
  const cache = graphCache ?? new GraphVersionCache(db.limited({ ...config.api, poolSize: 2 }));
  // First of all, before Express itself: repeats of held answers need none of the chain below (serve-held-answers.ts).
  const heldAnswers = new HeldAnswers(cache, db, config.allowedHosts, log);
  heldAnswers.installBefore(app);
  app.use(requestLogger(log));
  app.use(requireAllowedHost(config.allowedHosts));
  app.use(securityHeaders());
  if (config.corsOrigin) app.use(cors(config.corsOrigin));

  // Two pools: the fixed routes' and a small one for user Cypher, so user queries can never starve the fixed routes.
  const apiDb = db.limited(config.api);
  const cypherDb = db.limited({
    readDeadlineMs: config.cypher.timeoutMs + 500,
    writeDeadlineMs: config.cypher.timeoutMs + 500,
    poolSize: config.cypher.poolSize,
    poolWaitMs: config.cypher.poolWaitMs,
  });
  const ctx = { db: apiDb, cypherDb, config, graphCache: cache, heldAnswers };
  registerRoutes(app, routeTable, ctx, { ...defaultRateLimits, ...rateLimits });
  methodNotAllowed(app, routeTable);
  app.use('/api', notFoundHandler);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // The page keeps its view in the URL; any other GET that asks for HTML gets the page.
    app.get(/^\/(?!api\/|healthz$|readyz$).*/, (req, res, next) =>
      req.accepts('html') ? res.sendFile(path.join(clientDir, 'index.html')) : next(),
    );
  }
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  return app;
}
