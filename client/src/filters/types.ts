import type { Quad } from '../graph/types.ts';

/** What the user chose to see. Kinds and types are listed by exclusion, so kinds that arrive with a new graph show up. */
export interface Filters {
  excludedKinds: string[];
  excludedTypes: string[];
  quads: Quad[];
  /** ISO dates, inclusive; null for open ends. */
  since: string | null;
  until: string | null;
  /**
   * Relations (DYADs, messages, sanctions) corroborated by at least this many independent outlets: publishers that
   * are not state media of a party; a data set's record counts as one. 0 shows every relation.
   */
  minOutlets: number;
}

export interface FilterOptions {
  nodeKinds: string[];
  relationTypes: string[];
}
