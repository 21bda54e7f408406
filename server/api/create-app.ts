import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from '../config/load-config.ts';
import type { Database } from '../neo4j/database.ts';
import { readStats } from '../stats/read-stats.ts';

export interface AppDeps {
  db: Database;
  config: Config;
}

export function createApp({ db }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.get('/api/stats', async (_req, res, next) => {
    try {
      res.json(await readStats(db));
    } catch (err) {
      next(err);
    }
  });
  return app;
}
