import type { Quad } from '../graph/types.ts';

/** What the user chose to see. Kinds and types are listed by exclusion, so kinds that arrive with a new graph show up. */
export interface Filters {
  excludedKinds: string[];
  excludedTypes: string[];
  quads: Quad[];
  /** ISO dates, inclusive; null for open ends. */
  since: string | null;
  until: string | null;
}

export interface FilterOptions {
  nodeKinds: string[];
  relationTypes: string[];
}
