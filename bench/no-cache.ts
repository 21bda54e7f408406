import type { GraphVersionCache } from '../server/use-cases/graph-version-cache.ts';

/** A version cache that holds nothing: every request computes its answer, as before the cache (a baseline). */
export const noCache = {
  get: (_db: unknown, _key: string, compute: () => Promise<unknown>) => compute(),
  holds: () => false,
  heldNow: () => null,
} as unknown as GraphVersionCache;
