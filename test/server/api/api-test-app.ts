import { afterAll, beforeAll } from '@jest/globals';
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp } from '../../../server/api/create-app.ts';
import { loadConfig, type Config } from '../../../server/config/load-config.ts';
import type { Database } from '../../../server/neo4j/database.ts';
import { openTestDb } from '../../support/test-db.ts';
import { ensureReferenceWorld, ensureSeedArticle } from '../../support/world.ts';

export const testToken = 'test-token-0123456789abcdef';

/** The test configuration: the test Neo4j from global-setup, a known API token, quiet logs. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, STATEGRAPH_API_TOKEN: testToken, LOG_LEVEL: 'silent', ...env });
}

/** The app as `npm start` builds it, on the given database; rate limits high enough for a test file's many requests. */
export function testApp(
  db: Database,
  opts: { config?: Config; rateLimits?: { cypher?: number; ingest?: number; expensive?: number } } = {},
): Express {
  const config = opts.config ?? testConfig();
  return createApp({
    db,
    config,
    logger: pino({ level: 'silent' }),
    rateLimits: { cypher: 1000, ingest: 1000, expensive: 1000, ...opts.rateLimits },
    clientDir: null,
  });
}

/**
 * Registers the hooks of an API test file: the test database with the reference world (and the seed
 * article when asked), and the app on it. The returned getters are valid inside tests.
 */
export function useApiOnWorld(opts: { seed?: boolean } = {}): { db: () => Database; app: () => Express } {
  let db: Database;
  let app: Express;
  beforeAll(async () => {
    db = await openTestDb();
    await (opts.seed ? ensureSeedArticle(db) : ensureReferenceWorld(db));
    app = testApp(db);
  }, 240_000);
  afterAll(() => db.close());
  return { db: () => db, app: () => app };
}
