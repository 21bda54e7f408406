import type { GraphJson, JsonEdge, Quad } from './types.ts';
import { asText } from '../api/json.ts';

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The quad class with most events on a DYAD summary; ties go to the more conflictual class, which readers care about more. */
const quadKeys = [
  [1, 'quad1'],
  [2, 'quad2'],
  [3, 'quad3'],
  [4, 'quad4'],
] as const;

export function dominantQuad(a: Record<string, unknown>): Quad | null {
  let best: Quad | null = null;
  let bestCount = 0;
  for (const [q, key] of quadKeys) {
    const c = num(a[key]);
    if (c > 0 && c >= bestCount) {
      best = q;
      bestCount = c;
    }
  }
  return best;
}

// Few enough to draw them all whenever they are asked for; the cap is for the thousands of summaries.
const alwaysDrawn = new Set(['MESSAGE', 'SANCTION', 'BORDERS']);

/** How much an edge matters when only some can be drawn: events for DYADs; messages, sanctions and borders are always kept. */
export function edgeWeight(e: JsonEdge): number {
  const type = asText(e.attributes.type) ?? '';
  if (type === 'DYAD') return num(e.attributes.count) || 1;
  if (alwaysDrawn.has(type)) return Number.MAX_SAFE_INTEGER;
  return 1;
}

/** Node radius in pixels from its degree: square root so area grows with degree, never below a clickable size. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 4;
  return 3 + 14 * Math.sqrt(Math.max(0, degree) / maxDegree);
}

/** Edge thickness from its event count, on a log scale: counts run from 1 to thousands. */
export function edgeThickness(count: number, maxCount: number): number {
  if (maxCount <= 1) return 1;
  return 0.6 + 5.4 * (Math.log1p(Math.max(0, count)) / Math.log1p(maxCount));
}

/**
 * Keeps the `cap` heaviest edges so a dense graph stays drawable; ties keep the input order,
 * so the same data and cap always draw the same edges.
 */
export function capEdges(graph: GraphJson, cap: number): { graph: GraphJson; dropped: number } {
  if (graph.edges.length <= cap) return { graph, dropped: 0 };
  const ranked = graph.edges.map((e, i) => ({ e, i, w: edgeWeight(e) }));
  ranked.sort((x, y) => y.w - x.w || x.i - y.i);
  const kept = new Set(ranked.slice(0, cap).map((r) => r.i));
  return { graph: { ...graph, edges: graph.edges.filter((_, i) => kept.has(i)) }, dropped: graph.edges.length - cap };
}

/** How many edges to draw at a camera zoom ratio: zooming in (ratio < 1) shows more, in steps so the graph is not rebuilt on every wheel tick. */
export function edgeCapForZoom(base: number, ratio: number, total: number): number {
  const level = ratio >= 0.6 ? 0 : ratio >= 0.3 ? 1 : ratio >= 0.12 ? 2 : 3;
  return Math.min(total, base * 2 ** level);
}

/** Distinct neighbours per node, both directions, ignoring parallel edges. */
export function degrees(graph: GraphJson): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const n of graph.nodes) seen.set(n.key, new Set());
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    seen.get(e.source)?.add(e.target);
    seen.get(e.target)?.add(e.source);
  }
  return new Map([...seen].map(([k, s]) => [k, s.size]));
}

/**
 * Curvature for edges that share their two ends (either direction), so parallel edges fan out instead of
 * overlapping; a lone edge gets 0 and is drawn straight.
 */
export function parallelCurvatures(edges: JsonEdge[], step = 0.12): Map<string, number> {
  const groups = new Map<string, JsonEdge[]>();
  for (const e of edges) {
    const pair = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    (groups.get(pair) ?? groups.set(pair, []).get(pair)!).push(e);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    // A curve bends to the left of its own direction: counting each direction separately, an A→B and a
    // B→A edge with the same curvature already sit on opposite sides.
    const seen = { forward: 0, backward: 0 };
    for (const e of group) {
      if (group.length === 1) {
        out.set(e.key, 0);
        continue;
      }
      const side = e.source < e.target ? 'forward' : 'backward';
      out.set(e.key, step * (1 + seen[side]++));
    }
  }
  return out;
}

/** A stable pseudo-random number in [0, 1) from a string, for jitter that does not change between reloads. */
export function hashUnit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

/** The two state codes an edge between states joins, or null when either end is not a state. */
export function dyadCodes(source: string, target: string): [string, string] | null {
  const m = /^State:([A-Z]{3})$/;
  const a = m.exec(source)?.[1];
  const b = m.exec(target)?.[1];
  return a && b && a !== b ? [a, b] : null;
}

/**
 * Keeps at most `cap` nodes: first the ends of the edges kept (so no drawn edge loses an end), then those
 * in `keep` (pinned, expanded, selected), then the best connected; edges whose ends left go too.
 */
export function capNodes(
  graph: GraphJson,
  cap: number,
  keep: ReadonlySet<string>,
): { graph: GraphJson; dropped: number } {
  if (graph.nodes.length <= cap) return { graph, dropped: 0 };
  const chosen = new Set<string>();
  for (const e of graph.edges) {
    chosen.add(e.source);
    chosen.add(e.target);
  }
  for (const n of graph.nodes) if (keep.has(n.key)) chosen.add(n.key);
  const degree = degrees(graph);
  const rest = graph.nodes
    .filter((n) => !chosen.has(n.key))
    .sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0));
  for (const n of rest) {
    if (chosen.size >= cap) break;
    chosen.add(n.key);
  }
  const nodes = graph.nodes.filter((n) => chosen.has(n.key));
  return {
    graph: { ...graph, nodes, edges: graph.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target)) },
    dropped: graph.nodes.length - nodes.length,
  };
}
