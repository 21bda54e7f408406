import type { GraphJson, JsonEdge } from './types.ts';
import { edgeWeight } from './utils.ts';

export interface DrawnSelection {
  graph: GraphJson;
  /** Edges of the filtered graph left undrawn by the cap. */
  droppedEdges: number;
  /** Nodes without any filtered relation, left out of the drawing (network view only). */
  unconnected: number;
  /** Nodes whose every relation was left undrawn by the cap. */
  droppedNodes: number;
}

export interface DrawOptions {
  cap: number;
  /** Focused, selected, expanded, pinned and path nodes: drawn with every one of their edges, whatever the cap. */
  keep: ReadonlySet<string>;
  /** How many of its strongest relations each node keeps before the rest compete by weight. */
  perNode?: number;
  /** Leave nodes without a drawn edge out (the state network); a Cypher result draws every node. */
  dropUnconnected: boolean;
}

/**
 * What to draw of a filtered graph: the edges of kept nodes, then the network's backbone (each node's `perNode`
 * strongest relations, handed out in rounds so every state stays attached by its main tie), then the heaviest of the rest up to the cap.
 * Ties keep the input order, so the same data always draws the same edges.
 */
export function selectDrawn(graph: GraphJson, opts: DrawOptions): DrawnSelection {
  const perNode = opts.perNode ?? 2;
  const chosen = new Set<number>();
  const ranked = graph.edges.map((e, i) => ({ e, i, w: edgeWeight(e) })).sort((x, y) => y.w - x.w || x.i - y.i);
  for (const { e, i } of ranked) if (opts.keep.has(e.source) || opts.keep.has(e.target)) chosen.add(i);
  if (graph.edges.length <= opts.cap) for (let i = 0; i < graph.edges.length; i++) chosen.add(i);
  else {
    // Round r gives every node its r-th strongest relation before any node gets its (r+1)-th.
    const taken = new Map<string, number>();
    const take = (k: string) => taken.set(k, (taken.get(k) ?? 0) + 1);
    for (let round = 1; round <= perNode; round++) {
      for (const { e, i } of ranked) {
        if (chosen.size >= opts.cap) break;
        if (chosen.has(i) || e.source === e.target) continue;
        if ((taken.get(e.source) ?? 0) < round || (taken.get(e.target) ?? 0) < round) {
          chosen.add(i);
          take(e.source);
          take(e.target);
        }
      }
    }
    for (const { i } of ranked) {
      if (chosen.size >= opts.cap) break;
      chosen.add(i);
    }
  }
  const edges: JsonEdge[] = graph.edges.filter((_, i) => chosen.has(i));
  const ends = new Set<string>();
  for (const e of edges) ends.add(e.source).add(e.target);
  const connected = new Set<string>();
  for (const e of graph.edges) connected.add(e.source).add(e.target);
  let unconnected = 0;
  let droppedNodes = 0;
  const nodes = graph.nodes.filter((n) => {
    if (!opts.dropUnconnected || ends.has(n.key) || opts.keep.has(n.key)) return true;
    if (connected.has(n.key)) droppedNodes++;
    else unconnected++;
    return false;
  });
  return {
    graph: { ...graph, nodes, edges },
    droppedEdges: graph.edges.length - edges.length,
    unconnected,
    droppedNodes,
  };
}
