import { z } from 'zod';
import { findPath } from '../../use-cases/find-path.ts';
import { readGraph } from '../../use-cases/read-graph.ts';
import { networkCacheKey } from '../../use-cases/network-cache-key.ts';
import { entityRef, isoDate, typeList, wholeNumber, withDefault } from '../input-schemas.ts';
import { route } from '../route-def.ts';

export const graphRoutes = [
  route({
    id: 'findPath',
    method: 'get',
    path: '/api/path',
    tag: 'graph',
    summary: 'The shortest paths between two entities over meaningful relationships',
    query: z.object({
      from: entityRef,
      to: entityRef,
      maxHops: withDefault(wholeNumber(1, 6), 4, 'longest path accepted, 1 to 6'),
      limit: withDefault(wholeNumber(1, 25), 5, 'most paths returned'),
    }),
    rateLimit: 'expensive',
    responses: { 200: 'the paths (empty when none within maxHops) and a graph of them', 404: 'an end is unknown' },
    returns: 'PathResult',
    handle: ({ query }, { db }) => findPath(db, query),
  }),
  route({
    id: 'readGraph',
    method: 'get',
    path: '/api/graph',
    tag: 'graph',
    summary: "A subgraph in graphology's serialized JSON: the state network, or the neighbourhood of a focus node",
    description:
      'Without focus: every state (with lat/lon and degree) and DYAD summaries, messages, sanctions (and borders when asked) between them, ' +
      'computed once per change of the graph and sent with an ETag and Cache-Control: no-cache (a repeat with If-None-Match answers 304), ' +
      'brotli or gzip when accepted. With focus: breadth-first neighbourhood up to depth, capped at limit relationships. ' +
      'Requests not answered from the cache count towards the rate limit of expensive routes.',
    query: z.object({
      focus: entityRef.optional(),
      depth: withDefault(wholeNumber(1, 3), 1),
      types: typeList.optional(),
      since: isoDate.optional(),
      until: isoDate.optional(),
      limit: withDefault(wholeNumber(1, 10_000), 5000, 'most edges (network) or relationships (neighbourhood)'),
      minSources: wholeNumber(1, 1000)
        .optional()
        .describe(
          'network only: DYADs counted over events at least this many distinct publishers report, and messages and sanctions as many report',
        ),
      independentOnly: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional()
        .describe('network only: count only publishers that are not state media of a party (alone: at least one)'),
    }),
    rateLimit: 'expensive',
    cacheKey: ({ query }) => networkCacheKey(query),
    responses: {
      200: 'the graph',
      304: 'the graph has not changed since the ETag given in If-None-Match',
      404: 'no such focus node',
    },
    returns: 'Graph',
    handle: ({ query }, { db }) => readGraph(db, query),
  }),
];
