import { Graph } from './libraries.ts';
import { analysis } from './load-analysis.ts';
import type { GraphJson } from './types.ts';

/**
 * Louvain communities of the filtered graph, seen as undirected and simple (parallel edges add their weights),
 * numbered by size so the largest community gets the first colour.
 */
export function louvainCommunities(graph: GraphJson): Map<string, number> {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const n of graph.nodes) g.addNode(n.key);
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    const w = typeof e.attributes.count === 'number' ? Math.log1p(e.attributes.count) : 1;
    const edge = g.edge(e.source, e.target);
    if (edge === undefined) g.addEdge(e.source, e.target, { weight: w });
    else g.updateEdgeAttribute(edge, 'weight', (old: number | undefined) => (old ?? 0) + w);
  }
  if (g.size === 0) return new Map();
  const raw = analysis().louvain(g, { getEdgeWeight: 'weight', rng: seeded(7) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  return new Map(Object.entries(raw).map(([k, c]) => [k, rank.get(c)!]));
}

/** A small seeded generator so the same graph always gets the same communities and colours. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
