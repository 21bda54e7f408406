import { Graph } from '../graph/libraries.ts';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { GraphJson } from '../graph/types.ts';
import type { FoundPath } from './types.ts';

/**
 * The shortest path between two nodes of a graph, ignoring direction (relations between states are read
 * both ways), with every edge joining consecutive nodes of it; null when the ends are not connected.
 */
export function shortestPath(graph: GraphJson, from: string, to: string): FoundPath | null {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const n of graph.nodes) g.addNode(n.key);
  const between = new Map<string, string[]>();
  const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target);
    const p = pair(e.source, e.target);
    (between.get(p) ?? between.set(p, []).get(p)!).push(e.key);
  }
  if (!g.hasNode(from) || !g.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const nodes = bidirectional(g, from, to);
  if (!nodes) return null;
  const edges = nodes.slice(1).flatMap((n, i) => between.get(pair(nodes[i]!, n)) ?? []);
  return { nodes, edges };
}
