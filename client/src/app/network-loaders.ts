import { api } from '../api/client.ts';
import type { GraphJson } from '../graph/types.ts';
import type { LoadedData } from './dataset-of.ts';
import type { AppState } from './types.ts';

/** What the page fetched, which the loaders fill: the dataset is derived from it on each rebuild. */
export interface PageData extends LoadedData {
  network: GraphJson | null;
  expansions: Map<string, GraphJson>;
  cypher: GraphJson | null;
  path: GraphJson | null;
  /** The network of all dates, whatever period is shown: the year slider spans it. */
  full: GraphJson | null;
}

/** Loads the network of the state's period and the neighbourhoods of its expanded nodes into `data`. */
export function networkLoaders(data: PageData) {
  let networkRequest = 0;
  return {
    /** An answer that arrives after a newer request is dropped (play asks fast): false then. */
    loadNetwork: async (s: AppState): Promise<boolean> => {
      const ticket = ++networkRequest;
      const { since, until, minOutlets } = s.filters;
      const network = await api.network(since, until, minOutlets);
      if (ticket !== networkRequest) return false;
      data.network = network;
      if (!since && !until && minOutlets === 0) data.full = data.network;
      else data.full ??= await api.network(null, null);
      return ticket === networkRequest;
    },
    loadExpansions: async (s: AppState): Promise<void> => {
      await Promise.all(
        s.focus
          .filter((k) => !data.expansions.has(k))
          .map(async (k) => {
            data.expansions.set(
              k,
              await api
                .neighbourhood(k, s.filters.since, s.filters.until)
                .catch(() => ({ attributes: {}, nodes: [], edges: [] })),
            );
          }),
      );
    },
  };
}
