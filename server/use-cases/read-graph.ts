import type { Database } from '../neo4j/database.ts';
import { sinceDate, untilDate } from './date-range.ts';
import type { GraphJson } from './graph-json.ts';
import { defaultNeighbourhoodTypes, defaultNetworkTypes } from './graph-types.ts';
import { readNeighbourhood } from './read-neighbourhood.ts';
import { readStateNetwork } from './read-state-network.ts';

export interface GraphInput {
  focus?: string;
  depth: number;
  types?: string[];
  since?: string;
  until?: string;
  limit: number;
  /** The state network only: facts at least this many publishers report (independent ones with independentOnly). */
  minSources?: number;
  independentOnly?: boolean;
}

/** A subgraph in graphology's JSON: the state network, or the neighbourhood of `focus`. */
export function readGraph(db: Database, input: GraphInput): Promise<GraphJson> {
  const since = sinceDate(input.since);
  const until = untilDate(input.until);
  if (input.focus === undefined)
    return readStateNetwork(db, {
      types: input.types ?? defaultNetworkTypes,
      since,
      until,
      limit: input.limit,
      minSources: input.minSources,
      independentOnly: input.independentOnly,
    });
  return readNeighbourhood(db, {
    focus: input.focus,
    depth: input.depth,
    types: input.types ?? [...defaultNeighbourhoodTypes],
    since,
    until,
    limit: input.limit,
  });
}
