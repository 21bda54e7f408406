import type { GraphJson, JsonEdge } from './types.ts';
import { asText } from '../api/json.ts';

/** DYAD and BORDERS are one per ordered pair whichever query returned them; their key differs between API views. */
const pairKey = (e: JsonEdge): string | null => {
  const type = asText(e.attributes.type) ?? '';
  return type === 'DYAD' || type === 'BORDERS' ? `${type}|${e.source}|${e.target}` : null;
};

export const emptyGraph = (): GraphJson => ({ attributes: {}, nodes: [], edges: [] });

/**
 * A neighbourhood's nodes ranked by how strongly they tie to the centre (heaviest edge first),
 * those not already in `present` (the network) first, since they are what expanding brings;
 * "show more" reveals the next ones.
 */
export function rankNeighbours(graph: GraphJson, centre: string, present: ReadonlySet<string> = new Set()): string[] {
  const weight = new Map<string, number>();
  for (const e of graph.edges) {
    const other = e.source === centre ? e.target : e.target === centre ? e.source : null;
    if (other === null || other === centre) continue;
    const w = typeof e.attributes.count === 'number' ? e.attributes.count : 1;
    weight.set(other, (weight.get(other) ?? 0) + w);
  }
  const fresh = (k: string) => (present.has(k) ? 1 : 0);
  return [...weight]
    .sort((a, b) => fresh(a[0]) - fresh(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k]) => k);
}

/** The part of an expansion to show: its centre, its `shown` strongest neighbours, and edges among them. */
export function truncateExpansion(
  graph: GraphJson,
  centre: string,
  shown: number,
  present?: ReadonlySet<string>,
): { graph: GraphJson; total: number } {
  const ranked = rankNeighbours(graph, centre, present);
  const keep = new Set([centre, ...ranked.slice(0, shown)]);
  return {
    total: ranked.length,
    graph: {
      ...graph,
      nodes: graph.nodes.filter((n) => keep.has(n.key)),
      edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    },
  };
}

/** The union of graphs: a node seen twice keeps both attribute sets (the first wins on conflicts), duplicated pairs are dropped. */
export function mergeGraphs(graphs: GraphJson[]): GraphJson {
  const nodes = new Map<string, Record<string, unknown>>();
  const edges = new Map<string, JsonEdge>();
  const pairs = new Set<string>();
  for (const g of graphs) {
    for (const n of g.nodes) nodes.set(n.key, { ...n.attributes, ...nodes.get(n.key) });
    for (const e of g.edges) {
      const pair = pairKey(e);
      if (edges.has(e.key) || (pair && pairs.has(pair))) continue;
      if (pair) pairs.add(pair);
      edges.set(e.key, e);
    }
  }
  return {
    attributes: graphs[0]?.attributes ?? {},
    nodes: [...nodes].map(([key, attributes]) => ({ key, attributes })),
    edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)),
  };
}
