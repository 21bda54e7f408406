import type { Database } from '../neo4j/database.ts';
import type { GraphVersionCache } from './graph-version-cache.ts';
import type { PreparedJson } from './prepared-json.ts';
import { readGraph, type GraphInput } from './read-graph.ts';

/** The cache key of a state-network request, or null for a neighbourhood (not cached: it depends on its focus). */
export const networkCacheKey = (input: GraphInput): string | null =>
  input.focus !== undefined ? null : JSON.stringify(['network', input.types ?? null, input.since ?? null, input.until ?? null, input.limit]);

/** readGraph, with the state network served from the cache while the graph's version stays the same. */
export function readGraphCached(db: Database, cache: GraphVersionCache, input: GraphInput): Promise<PreparedJson | unknown> {
  const key = networkCacheKey(input);
  if (key === null) return readGraph(db, input);
  return cache.get(db, key, () => readGraph(db, input));
}
