import { z } from 'zod';
import { findPath } from '../../use-cases/find-path.ts';
import { readGraph } from '../../use-cases/read-graph.ts';
import { entityRef, isoDate, typeList } from '../input-schemas.ts';
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
      maxHops: z.coerce.number().int().min(1).max(6).default(4).describe('longest path accepted, 1 to 6'),
      limit: z.coerce.number().int().min(1).max(25).default(5).describe('most paths returned'),
    }),
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
    description: 'Without focus: every state (with lat/lon and degree) and DYAD summaries, messages, sanctions (and borders when asked) between them. With focus: breadth-first neighbourhood up to depth, capped at limit relationships.',
    query: z.object({
      focus: entityRef.optional(),
      depth: z.coerce.number().int().min(1).max(3).default(1),
      types: typeList.optional(),
      since: isoDate.optional(),
      until: isoDate.optional(),
      limit: z.coerce.number().int().min(1).max(10_000).default(5000).describe('most edges (network) or relationships (neighbourhood)'),
    }),
    responses: { 200: 'the graph', 404: 'no such focus node' },
    returns: 'Graph',
    handle: ({ query }, { db }) => readGraph(db, query),
  }),
];
