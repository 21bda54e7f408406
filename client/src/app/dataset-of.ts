import { emptyGraph, mergeGraphs, truncateExpansion } from '../graph/dataset.ts';
import type { GraphJson } from '../graph/types.ts';
import type { AppState } from './types.ts';

export interface LoadedData {
  network: GraphJson | null;
  expansions: ReadonlyMap<string, GraphJson>;
  cypher: GraphJson | null;
  /** The path last found, so that its nodes and relationships are in the dataset and drawn. */
  path?: GraphJson | null;
}

export interface Dataset {
  graph: GraphJson;
  /** Per expanded node: neighbours shown and available. */
  expansionTotals: Map<string, { shown: number; total: number }>;
}

/** The dataset the pipeline starts from: a Cypher result alone, or the network with each expansion cut to what it shows. */
export function datasetOf(data: LoadedData, state: Pick<AppState, 'view' | 'focus' | 'shown'>): Dataset {
  const expansionTotals = new Map<string, { shown: number; total: number }>();
  if (state.view === 'cypher') return { graph: data.cypher ?? emptyGraph(), expansionTotals };
  const parts: GraphJson[] = [data.network ?? emptyGraph()];
  const present = new Set(parts[0]!.nodes.map((n) => n.key));
  for (const key of state.focus) {
    const g = data.expansions.get(key);
    if (!g) continue;
    const shown = state.shown[key] ?? 0;
    const t = truncateExpansion(g, key, shown, present);
    expansionTotals.set(key, { shown: Math.min(shown, t.total), total: t.total });
    parts.push(t.graph);
  }
  if (data.path) parts.push(data.path);
  // The network alone is already one graph: merging it with nothing would only copy 50,000 edges.
  return { graph: parts.length === 1 ? parts[0]! : mergeGraphs(parts), expansionTotals };
}

/** The first and last year anything in a graph is dated, for the date slider. */
export function yearBounds(graph: GraphJson | null): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const see = (y: number) => {
    if (!Number.isFinite(y) || y < 1900) return;
    min = Math.min(min, y);
    max = Math.max(max, y);
  };
  for (const e of graph?.edges ?? []) {
    const a = e.attributes;
    if (typeof a.first === 'string') see(Number(a.first.slice(0, 4)));
    if (typeof a.last === 'string') see(Number(a.last.slice(0, 4)));
    if (typeof a.date === 'string') see(Number(a.date.slice(0, 4)));
    if (typeof a.year === 'number') see(a.year);
  }
  return Number.isFinite(min) ? { min, max } : { min: 2000, max: new Date().getFullYear() };
}
