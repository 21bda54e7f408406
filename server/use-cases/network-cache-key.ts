import type { GraphInput } from './read-graph.ts';

/** The cache key of a state-network request, or null for a neighbourhood (not cached: it depends on its focus). */
export const networkCacheKey = (input: GraphInput): string | null =>
  input.focus !== undefined
    ? null
    : JSON.stringify([
        input.types ?? null,
        input.since ?? null,
        input.until ?? null,
        input.limit,
        input.minSources ?? null,
        input.independentOnly ?? null,
      ]);
