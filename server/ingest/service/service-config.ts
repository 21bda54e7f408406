import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../config/paths.ts';
import { SourceConfigError } from './errors.ts';

export interface ServiceConfig {
  enabled: boolean;
  /** JSON file of feed sources; read at start when it exists. */
  sourcesFile: string;
  /** Watched folder; files dropped here are ingested once, then moved to done/ or failed/. */
  inboxDir: string | null;
  tickMs: number;
  fetchTimeoutMs: number;
  maxFeedBytes: number;
  /** Ceiling of the failure backoff. */
  maxBackoffMs: number;
}

const schema = z.object({
  STATEGRAPH_INGEST: z.enum(['on', 'off']).default('on'),
  STATEGRAPH_SOURCES_FILE: z.string().min(1).optional(),
  STATEGRAPH_INBOX: z.string().min(1).optional(),
  STATEGRAPH_INGEST_TICK_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  STATEGRAPH_FEED_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  STATEGRAPH_FEED_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  STATEGRAPH_FEED_MAX_BACKOFF_S: z.coerce
    .number()
    .int()
    .min(1)
    .default(6 * 3600),
});

/** The ingest service's settings, from the environment; a bad one fails at start with its name. */
export function readServiceConfig(env: NodeJS.ProcessEnv = process.env, root = projectRoot): ServiceConfig {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SourceConfigError(`stategraph/ingest-service: invalid setting ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    enabled: e.STATEGRAPH_INGEST === 'on',
    sourcesFile: path.resolve(root, e.STATEGRAPH_SOURCES_FILE ?? 'sources.json'),
    inboxDir: path.resolve(root, e.STATEGRAPH_INBOX ?? 'inbox'),
    tickMs: e.STATEGRAPH_INGEST_TICK_MS,
    fetchTimeoutMs: e.STATEGRAPH_FEED_TIMEOUT_MS,
    maxFeedBytes: e.STATEGRAPH_FEED_MAX_BYTES,
    maxBackoffMs: e.STATEGRAPH_FEED_MAX_BACKOFF_S * 1000,
  };
}
