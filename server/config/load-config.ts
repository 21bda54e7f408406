import { z } from 'zod';
import path from 'node:path';
import { ConfigError } from './config-error.ts';
import { hostAllowlist, trustProxy, type TrustProxy } from './host-allowlist.ts';
import { memoryLimits } from './memory-limits.ts';
import { defaultCacheDir } from './paths.ts';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'expected a size such as 1g or 512m')
    .default('2g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'expected a size such as 1g or 512m')
    .default('1g'),
  NEO4J_TX_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'expected a duration such as 120s')
    .default('120s'),
  NEO4J_TX_MEMORY: z
    .string()
    .regex(/^\d+[mg]$/, 'expected a size such as 1g or 512m')
    .optional(),
  STATEGRAPH_CACHE_DIR: z.string().min(1).optional(),
  STATEGRAPH_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  STATEGRAPH_CORS_ORIGIN: z.string().url().optional(),
  CYPHER_TIMEOUT_MS: positiveInt.default(5000),
  CYPHER_ROW_CAP: positiveInt.default(5000),
  CYPHER_POOL_SIZE: positiveInt.max(50).default(4),
  CYPHER_POOL_WAIT_MS: positiveInt.default(1000),
  API_QUERY_DEADLINE_MS: positiveInt.optional(),
  API_WRITE_DEADLINE_MS: positiveInt.optional(),
  DB_POOL_SIZE: positiveInt.max(500).default(16),
  DB_POOL_WAIT_MS: positiveInt.default(2000),
  ALLOWED_HOSTS: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  STATEGRAPH_NONCOMMERCIAL_DATA: z.enum(['include', 'exclude']).default('include'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** Set when the user points StateGraph at their own server; nothing is provisioned then. */
  external: { uri: string; user: string; password: string } | null;
  database: string;
  neo4j: {
    boltPort: number;
    heap: string;
    pagecache: string;
    txTimeout: string;
    txMemory: string;
    txTotalMemory: string;
  };
  cacheDir: string;
  apiToken: string | null;
  corsOrigin: string | null;
  cypher: { timeoutMs: number; rowCap: number; poolSize: number; poolWaitMs: number };
  /** Limits of the queries the fixed routes run: a client-side deadline below the server's timeout, and the pool. */
  api: { readDeadlineMs: number; writeDeadlineMs: number; poolSize: number; poolWaitMs: number };
  /** Host header values served; anything else is refused. */
  allowedHosts: string[];
  trustProxy: TrustProxy;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** load data/noncommercial/ (CC BY-NC 4.0)? */
  nonCommercialData: boolean;
}

/** Reads and validates the environment once; a bad setting fails here with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`stategraph/config: invalid setting ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('stategraph/config: NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  const txTimeoutMs = durationMs(e.NEO4J_TX_TIMEOUT);
  // Defaults below the server's timeout: reads 30 s (a busy machine is slow, not broken), writes 5/6 of it.
  const readDeadlineMs = e.API_QUERY_DEADLINE_MS ?? Math.min(30_000, Math.floor(txTimeoutMs / 2));
  const writeDeadlineMs = e.API_WRITE_DEADLINE_MS ?? Math.floor((txTimeoutMs * 5) / 6);
  for (const [name, ms] of [
    ['API_QUERY_DEADLINE_MS', readDeadlineMs],
    ['API_WRITE_DEADLINE_MS', writeDeadlineMs],
    ['CYPHER_TIMEOUT_MS', e.CYPHER_TIMEOUT_MS],
  ] as const) {
    // The client gives up first, so it is never the server's timeout that frees a connection.
    if (ms >= txTimeoutMs)
      throw new ConfigError(
        `stategraph/config: invalid setting ${name}: ${ms} ms must be shorter than NEO4J_TX_TIMEOUT (${e.NEO4J_TX_TIMEOUT})`,
      );
  }
  const memory = memoryLimits(e.NEO4J_HEAP, e.NEO4J_TX_MEMORY);
  const allowedHosts = hostAllowlist(e.HOST, e.ALLOWED_HOSTS);
  return {
    port: e.PORT,
    host: e.HOST,
    external: e.NEO4J_URI ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD! } : null,
    database: e.NEO4J_DATABASE,
    neo4j: {
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pagecache: e.NEO4J_PAGECACHE,
      txTimeout: e.NEO4J_TX_TIMEOUT,
      ...memory,
    },
    cacheDir: path.resolve(e.STATEGRAPH_CACHE_DIR ?? defaultCacheDir),
    apiToken: e.STATEGRAPH_API_TOKEN ?? null,
    corsOrigin: e.STATEGRAPH_CORS_ORIGIN ?? null,
    cypher: {
      timeoutMs: e.CYPHER_TIMEOUT_MS,
      rowCap: e.CYPHER_ROW_CAP,
      poolSize: e.CYPHER_POOL_SIZE,
      poolWaitMs: e.CYPHER_POOL_WAIT_MS,
    },
    api: { readDeadlineMs, writeDeadlineMs, poolSize: e.DB_POOL_SIZE, poolWaitMs: e.DB_POOL_WAIT_MS },
    allowedHosts,
    trustProxy: trustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    nonCommercialData: e.STATEGRAPH_NONCOMMERCIAL_DATA === 'include',
  };
}

/** `120s`, `500ms`, `2m` in milliseconds. */
function durationMs(d: string): number {
  const n = Number(/^\d+/.exec(d)![0]);
  return d.endsWith('ms') ? n : d.endsWith('m') ? n * 60_000 : n * 1000;
}
