import { Graph } from './libraries.ts';
import { analysis } from './load-analysis.ts';
import type { GraphJson, SizeMode } from './types.ts';
import { degrees } from './utils.ts';

/** Above this many nodes betweenness (O(nodes × edges)) would stall the page; weighted degree stands in for it. */
const betweennessLimit = 3000;

const countOf = (a: Record<string, unknown>) => (typeof a.count === 'number' && a.count > 0 ? a.count : 1);

/** The graph seen as undirected and simple, parallel edges adding their weights (log of event counts). */
function simpleGraph(graph: GraphJson) {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const n of graph.nodes) g.addNode(n.key);
  for (const e of graph.edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const w = Math.log1p(countOf(e.attributes));
    const edge = g.edge(e.source, e.target);
    if (edge === undefined) g.addEdge(e.source, e.target, { weight: w });
    else g.updateEdgeAttribute(edge, 'weight', (old: number | undefined) => (old ?? 0) + w);
  }
  return g;
}

/**
 * How important each node is under a sizing mode, computed on the whole filtered graph (not only what is drawn):
 * distinct neighbours, events (weighted degree), PageRank, or betweenness.
 */
export function nodeImportance(graph: GraphJson, mode: SizeMode): Map<string, number> {
  const out = new Map<string, number>(graph.nodes.map((n) => [n.key, 0]));
  if (mode === 'weighted' || (mode === 'betweenness' && graph.nodes.length > betweennessLimit)) {
    for (const e of graph.edges) {
      if (e.source === e.target) continue;
      const w = countOf(e.attributes);
      if (out.has(e.source)) out.set(e.source, out.get(e.source)! + w);
      if (out.has(e.target)) out.set(e.target, out.get(e.target)! + w);
    }
    return out;
  }
  if (mode === 'degree') return degrees(graph);
  const g = simpleGraph(graph);
  if (g.size > 0 && mode === 'pagerank')
    for (const [k, v] of Object.entries(analysis().pagerank(g, { getEdgeWeight: 'weight' }))) out.set(k, v);
  else if (g.size > 0)
    for (const [k, v] of Object.entries(analysis().betweenness(g, { getEdgeWeight: null, normalized: true })))
      out.set(k, v);
  return out;
}

/** Node radius in pixels from an importance, square root so area follows it, never below a clickable size. */
export const sizeFromImportance = (value: number, max: number): number =>
  max <= 0 ? 4 : 3 + 14 * Math.sqrt(Math.max(0, value) / max);
