import { z } from 'zod';
import { readStats } from '../../stats/read-stats.ts';
import { checkReadiness } from '../../use-cases/check-readiness.ts';
import { ingestDocument } from '../../use-cases/ingest-document.ts';
import { runUserCypher } from '../../use-cases/run-user-cypher.ts';
import { text } from '../input-schemas.ts';
import { route } from '../route-def.ts';

export const systemRoutes = [
  route({
    id: 'runCypher',
    method: 'post',
    path: '/api/cypher',
    tag: 'cypher',
    summary: 'Run a read-only Cypher query',
    description:
      'Refused with 400 and a reason: writes, LOAD CSV, USE, schema and administration commands, procedures outside a small allowlist, several statements, ' +
      'more than 32 levels of nesting or 256 operators, parameters over 16 KB. The text is checked as Neo4j reads it (\\u escapes decoded, every line terminator), ' +
      "and Neo4j's plan must be read only with no LoadCSV operator and no procedure outside the allowlist; it then runs in a read transaction with a timeout " +
      '(504 when reached) and a row cap (flagged as capped), on a small connection pool of its own (503 database_busy with Retry-After when it is full).',
    body: z.object({
      query: text(1, 10_000),
      params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown()).default({}),
    }),
    // Room for every query the document allows: 10,000 characters written as \u escapes of surrogate pairs are 120 KB.
    bodyLimit: '160kb',
    rateLimit: 'cypher',
    responses: {
      200: 'columns and rows, and a graph when they hold nodes, relationships or paths',
      400: 'the query is refused or invalid',
      504: 'the query ran past the timeout',
    },
    returns: 'CypherResult',
    handle: ({ body }, { cypherDb, config }) => runUserCypher(cypherDb, config.cypher, body),
  }),
  route({
    id: 'ingest',
    method: 'post',
    path: '/api/ingest',
    tag: 'writes',
    summary: 'Load user records or articles (the ingest command formats); needs the bearer token',
    body: z.object({
      format: z.enum(['records', 'articles']),
      filename: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^/\\]+$/, 'a file name, without folders'),
      content: z.string().min(1),
    }),
    bodyLimit: '10mb',
    auth: 'token',
    rateLimit: 'ingest',
    responses: {
      200: 'the ingest summary',
      401: 'no or wrong bearer token',
      422: 'records or document rejected, nothing written',
      501: 'ingest not available',
    },
    returns: 'Object',
    handle: ({ body }, { db }) => ingestDocument(db, body),
  }),
  route({
    id: 'stats',
    method: 'get',
    path: '/api/stats',
    tag: 'system',
    summary: 'Node counts per label and relationship counts per type',
    responses: { 200: 'the counts' },
    returns: 'Stats',
    handle: (_input, { db }) => readStats(db),
  }),
  route({
    id: 'healthz',
    method: 'get',
    path: '/healthz',
    tag: 'system',
    summary: 'Liveness: the process serves requests',
    responses: { 200: 'alive' },
    returns: 'Object',
    handle: () => Promise.resolve({ status: 'ok' }),
  }),
  route({
    id: 'readyz',
    method: 'get',
    path: '/readyz',
    tag: 'system',
    summary: 'Readiness: Neo4j answers',
    responses: { 200: 'ready', 503: 'Neo4j does not answer' },
    returns: 'Object',
    handle: (_input, { db }) => checkReadiness(db),
  }),
];
