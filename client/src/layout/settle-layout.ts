import { Graph } from '../graph/libraries.ts';
import { analysis } from '../graph/load-analysis.ts';
import type { Point } from '../graph/types.ts';
import type { VisualGraph } from '../graph/visual.ts';

/** ForceAtlas2 steps for a graph of this many nodes: a readable picture at start without stalling the first frame. */
const settleIterations = (order: number): number => (order <= 400 ? 150 : order <= 1500 ? 50 : 0);

/**
 * A fixed number of ForceAtlas2 steps on the main thread, from the given positions: the same input always gives
 * the same picture (the web-worker layout runs for a time, not a number of steps, and is left to the user).
 * Unconnected and pinned nodes keep their place.
 */
function settlePositions(visual: VisualGraph, iterations = settleIterations(visual.nodes.length)): Map<string, Point> {
  const out = new Map<string, Point>();
  if (iterations <= 0) return out;
  const g = new Graph({ type: 'undirected', multi: false });
  for (const n of visual.nodes)
    g.addNode(n.key, {
      x: n.attributes.x,
      y: n.attributes.y,
      size: n.attributes.size,
      fixed: n.attributes.fixed === true,
    });
  for (const e of visual.edges) {
    if (e.source === e.target) continue;
    const w = Math.log1p(e.attributes.weight);
    const edge = g.edge(e.source, e.target);
    if (edge === undefined) g.addEdge(e.source, e.target, { weight: w });
    else g.updateEdgeAttribute(edge, 'weight', (old: number | undefined) => (old ?? 0) + w);
  }
  g.forEachNode((k) => {
    if (g.degree(k) === 0) g.dropNode(k);
  });
  if (g.order === 0) return out;
  const { forceAtlas2 } = analysis();
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 400, slowDown: 2 };
  const placed = forceAtlas2(g, { iterations, settings, getEdgeWeight: 'weight' });
  for (const [k, p] of Object.entries(placed)) out.set(k, { x: p.x, y: p.y });
  return out;
}

/** Settles a drawing's nodes in place and records their new positions in `positions`; returns them. */
export function settleInPlace(
  visual: { nodes: { key: string; attributes: { x: number; y: number } }[] },
  positions: Map<string, Point>,
): Map<string, Point> {
  const settled = settlePositions(visual as never);
  for (const n of visual.nodes) {
    const p = settled.get(n.key);
    if (p) Object.assign(n.attributes, p);
  }
  for (const [k, p] of settled) positions.set(k, p);
  return settled;
}
