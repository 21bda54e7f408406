import { z } from 'zod';
import { feedSourceSchema } from '../../ingest/service/source-spec.ts';
import { addIngestSource } from '../../use-cases/add-ingest-source.ts';
import { listIngestJobs } from '../../use-cases/list-ingest-jobs.ts';
import { listIngestSources } from '../../use-cases/list-ingest-sources.ts';
import { limit } from '../input-schemas.ts';
import { route } from '../route-def.ts';

export const ingestRoutes = [
  route({
    id: 'listIngestJobs',
    method: 'get',
    path: '/api/ingest/jobs',
    tag: 'ingest',
    summary: 'Ingest jobs, newest first: state, counts, progress and last error',
    query: z.object({
      state: z.enum(['queued', 'running', 'done', 'failed']).optional(),
      limit: limit(50, 500),
    }),
    responses: { 200: 'the jobs' },
    returns: 'Object',
    handle: ({ query }, { db }) => listIngestJobs(db, query),
  }),
  route({
    id: 'listIngestSources',
    method: 'get',
    path: '/api/ingest/sources',
    tag: 'ingest',
    summary: 'Configured sources (feeds, inbox, upload endpoint): state, counts, next poll and last error',
    responses: { 200: 'the sources' },
    returns: 'Object',
    handle: (_input, { db }) => listIngestSources(db),
  }),
  route({
    id: 'addIngestSource',
    method: 'post',
    path: '/api/ingest/sources',
    tag: 'writes',
    summary: 'Add or update an RSS 2.0, Atom or JSON Feed source; needs the bearer token',
    body: feedSourceSchema,
    bodyLimit: '8kb',
    auth: 'token',
    rateLimit: 'ingest',
    responses: { 200: 'the source as stored', 401: 'no or wrong bearer token' },
    returns: 'Object',
    handle: ({ body }, { db }) => addIngestSource(db, body),
  }),
];
